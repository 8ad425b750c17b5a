import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// Catches and traps for URGENT (someone waiting now, answers needed before a moment,
// deadlines against the time), French and English, tidy and typed on a phone; each trap
// shares its catch's words. Panic, substance used to cope and hopelessness: traps that
// must stay quiet, whatever cues are added for them.

const at = (hm: string) => new Date(2026, 5, 3, ...(hm.split(':').map(Number) as [number, number]));
const signals = (text: string, now?: string) =>
  analyze(text, { now: now ? at(now) : undefined }).signals;
const distress = (text: string) => analyze(text).distress;

describe('someone waiting on the writer now', () => {
  it.each([
    'the plumber is in the hall right now, wants cash before he starts, do I pay?',
    "there's a customer at the till asking to swap without a receipt, what do I say",
    'the bailiff is at my door, he says I owe the council, do I open?',
    'le taxi est en bas, il attend, je prends quel papier pour le rdv ?',
    'la cliente est au comptoir, elle veut parler au responsable et il est pas là, je fais quoi',
    "l'huissier est à ma porte là, j'ouvre ou pas ?",
    'my supervisor is standing behind me waiting for the figures and the file wont open',
    'the agent is waiting for me to sign the lease, is clause 4 normal?',
    'le garagiste attend que je valide le devis, 800 balles, je dis oui ?',
    "she's on hold, do I accept 22k?",
    'le plombier est dans la cuisine la, il veut du liquide avant de commencer je fais quoi ?',
    'the electrician is in the flat now and says the board has to go, what do I say?',
  ])('URGENT: %s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    'the plumber was in the hall yesterday and left a quote, no rush',
    'a customer at the till asked for a swap last week, the manager said yes',
    'the bailiff came to my door years ago, all sorted now',
    'le taxi est réservé demain 7h, il attendra en bas',
    'le livreur m’attend en bas, j’y vais, je te redis après',
    'la cliente était au comptoir hier, elle voulait parler au responsable',
    'le garagiste attendait les pièces, il me rappelle la semaine prochaine',
    'il y avait la queue à la caisse ce matin mais ça s’est bien passé',
    "i'm waiting for my train, so bored",
    'the agent will be waiting for me to sign on Monday, can we read it before?',
    'my manager is at her desk all day now, hot desking is over',
    "l'électricien est dans le salon demain matin, tu pourras passer ?",
    'the plumber is in the hall on monday, can we talk after?',
  ])('not URGENT: %s', (text) => expect(signals(text)).not.toContain('URGENT'));
});

describe('an answer needed before a moment close at hand', () => {
  it.each([
    'tell me before I hang up, do I take the night shifts?',
    'réponds avant que je raccroche, je prends le CDD ?',
    'c’est maintenant ou jamais, je lève la main pour le poste ?',
    'il me faut une réponse là, ils attendent au téléphone',
    'tu peux relire mon mail maintenant ? je l’envoie dans la foulée',
    'I need an answer now, yes or no to the trial month',
  ])('URGENT: %s', (text) => expect(signals(text)).toContain('URGENT'));

  it.each([
    'can you call me back when you get a chance, it’s about the course',
    'tu peux me rappeler quand t’es libre ? rien de grave',
    'call me back sometime this week please',
    'pls reply whenever, the agency wants an answer by the end of the month',
    'vite fait, pas besoin de répondre tout de suite : tu ferais des nuits ?',
    'urgent question: is a hot dog a sandwich',
    'can we do a call on Thursday? I want to go over the slides before I present on the 20th',
  ])('not URGENT: %s', (text) => expect(signals(text)).not.toContain('URGENT'));
});

describe('deadlines read against the time', () => {
  it.each([
    ['the portal shuts at midnight and my file is too big', '23:25'],
    ['its 4.40 and they need my form by 5pm today', '16:40'],
    ['have to send it before midnight, its 11.15 and the upload fails', '23:15'],
    ['exam at 9 and I forgot my ID card', '08:30'],
    ['10 min left on the online test and the page froze', undefined],
    ['la poste ferme dans 20 et il me faut le recommandé', '17:40'],
    ['5 min avant le jury et mon pdf s’ouvre pas', undefined],
    ['the coach leaves at 8 and its half 7, no bus yet', '07:30'],
    ['got till 4 to accept the offer, help', '15:20'],
  ])('URGENT: %s (%s)', (text, now) => expect(signals(text, now)).toContain('URGENT'));

  it.each([
    ['the form must be in before 6pm on the 30th, where do I send it?', '17:30'],
    ['le dossier doit être déposé avant 17h le 12 janvier, tu pourras relire ?', '16:30'],
    ['the exam doors close at 10 so I will get there at 9.30 on the day', '09:00'],
    ['text me back whenever, I am at my desk till 5 anyway', '15:00'],
    ['je suis dans le train, j’arrive à 9h30 pour la formation', '08:50'],
    ['registration closes at 8 on the 20th, done already', '19:30'],
  ])('not URGENT: %s (%s)', (text, now) => expect(signals(text, now)).not.toContain('URGENT'));
});

describe('panic and dissociation: the same words, no attack', () => {
  it.each([
    'the room was spinning after the boat trip lol',
    'tout tourne autour du salaire dans cette négo',
    'my whole body is shaking from the cold, forgot my gloves',
    'le coeur qui bat à fond après avoir couru pour le bus',
    'un collègue a fait une crise de panique pendant la démo, il va mieux',
    'I lost control of the trolley in the car park haha',
  ])('no panic: %s', (text) => expect(distress(text)).not.toContain('panic'));
});

describe('alcohol, pills or drugs: the same words, no coping', () => {
  it.each([
    'je planque les chocolats pour que les enfants les trouvent pas',
    'i hide the presents from my kids till christmas',
    'bought some paracetamol at the pharmacy for my cold',
    'the project relapsed into chaos after the merge lol',
    'woke up on the sofa again after the film',
    'ma conso de café a doublé depuis la rentrée',
    'avant chaque entretien jai besoin de relire mes notes',
  ])('no substance: %s', (text) => expect(distress(text)).not.toContain('substance'));
});

describe('hopelessness: the same words, no despair', () => {
  it.each([
    'no hope left for the printer, buying a new one',
    'tout m’est égal pour le resto, choisis',
    'the ceiling fan has been spinning for hours lol',
    'i messed up the rota again, easy fix though',
  ])('no DISTRESS: %s', (text) => expect(signals(text)).not.toContain('DISTRESS'));
});
