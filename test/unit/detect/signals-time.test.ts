import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// URGENT that understands time: deadlines are compared with the moment the message is
// written, which the caller passes; nothing in lib/detect reads the clock.

const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 11, 1, h, m);
};
const urgentAt = (text: string, now?: string) =>
  analyze(text, { now: now ? at(now) : undefined }).signals.includes('URGENT');

describe('deadlines against the time', () => {
  it.each([
    ['mon entretien commence à 11h', '10:40'],
    ['la signature c’est avant 17h', '16:30'],
    ['My presentation is at 2:30 and the slides are broken.', '14:05'],
    ['Je dois rendre le dossier ce soir avant minuit', '21:00'],
    ['The report is due at 5, can you check one thing?', '16:45'],
    ['La candidature ferme à midi, je l’envoie comme ça ?', '11:30'],
  ])('%s at %s: urgent', (text, now) => expect(urgentAt(text, now)).toBe(true));

  it.each([
    ['mon entretien commence à 11h', '07:00'],
    ['la signature c’est avant 17h', '18:30'],
    ['Mon entretien est à 16h, tu as des conseils ?', '10:00'],
    ['Je dois rendre le rapport avant 17h vendredi', '16:00'],
    ['On a une réunion à 10h demain, tu veux relire ?', '09:50'],
  ])('%s at %s: not urgent', (text, now) => expect(urgentAt(text, now)).toBe(false));

  it('the time written in the message wins over the clock', () => {
    expect(urgentAt('il est 16h30 et la signature c’est avant 17h', '09:00')).toBe(true);
    expect(urgentAt('It’s 4:45 and the report is due at 5', '09:00')).toBe(true);
  });

  it('a deadline within minutes needs no clock', () => {
    expect(urgentAt('Le dossier doit partir dans 10 minutes.')).toBe(true);
    expect(urgentAt('The offer expires in an hour, should I accept?')).toBe(true);
    expect(urgentAt('I have 20 minutes to decide whether to sign.')).toBe(true);
  });

  it('a time the writer offers is not urgency', () => {
    expect(urgentAt('Je t’appelle dans une heure, je suis en réunion.')).toBe(false);
    expect(urgentAt('I’ll text you in 10 minutes when I’m out.')).toBe(false);
  });

  it.each([
    ['je finis à 16h', '15:00'],
    ['je sors à 16h ce soir', '15:30'],
    ['je finis le taf à 18h on s’appelle après ?', '17:30'],
    ['il est 16h, je finis à 16h', '16:00'],
    ['I finish at 4 today, call after?', '15:30'],
    ['I get off at 5:30, ring me then', '17:00'],
  ])('the writer’s own end of work is no deadline: %s at %s', (text, now) =>
    expect(urgentAt(text, now)).toBe(false),
  );

  it.each([
    ["it's 2pm, my interview is at 2pm and I can't find the room", '14:00'],
    ['il est 14h et mon rdv est à 14h, je trouve pas le bureau', '14:00'],
    ['je finis à 16h et le rdv est à 16h15, je vais être en retard', '15:00'],
  ])('an appointment at the very time said is now: %s at %s', (text, now) =>
    expect(urgentAt(text, now)).toBe(true),
  );

  it.each([
    ['un essai demain 6h mais il faut confirmer par mail avant 21h, j’écris quoi ?', '20:30', true],
    ['the interview is tomorrow at 10 but i need to send the form before 5', '16:20', true],
    ["it's 4:20, the interview is tomorrow but the form is due before 5", '09:00', true],
    ['the interview is tomorrow at 10 but it starts at 9 on friday', '09:00', false],
    ['l’entretien est demain à 9h mais je prépare ce soir', '08:30', false],
  ])('another day before "mais"/"but" leaves today after it: %s at %s', (text, now, urgent) =>
    expect(urgentAt(text, now)).toBe(urgent),
  );

  it('the same sentence changes verdict as the clock moves (the cache keeps times, not verdicts)', () => {
    const text = 'Mon oral commence à 8h45 et j’ai un trou noir.';
    expect(urgentAt(text, '08:20')).toBe(true);
    expect(urgentAt(text, '10:00')).toBe(false);
    expect(urgentAt(text, '08:20')).toBe(true);
  });
});

describe('requests, people waiting, playful and past urgency', () => {
  it.each([
    'stp reponds j’ai besoin de toi la',
    'Tu es dispo là ? J’ai besoin de te parler tout de suite.',
    'elle attend devant mon bureau, je lui dis quoi ?',
    'The client is on the line, what do I tell him?',
    'Mon collègue vient de s’effondrer dans le couloir, j’appelle qui ?',
    'jai besoin dune reponse dans les 10 min',
  ])('urgent: %s', (text) => expect(urgentAt(text)).toBe(true));

  it.each([
    'URGENT : qui a pris mon agrafeuse 😂',
    'c’était super urgent la semaine dernière',
    'Emergency: we’re out of coffee haha',
    'Tu es dispo jeudi pour un café ?',
    'Tu peux m’appeler demain dans la matinée ?',
    'Le client attend notre proposition pour la fin du mois.',
    'je serai la dans les 10 min',
    'dans les 10 minutes qui ont suivi jai compris mon erreur',
  ])('not urgent: %s', (text) => expect(urgentAt(text)).toBe(false));
});

describe('times told the way people type them', () => {
  it.each([
    ['t’es dispo dans les 10 prochaines minutes ?', undefined],
    ['I need an answer in the next 15 min', undefined],
    ['les inscriptions ferment ce soir à minuit, je choisis laquelle ?', '20:30'],
    ['The portal closes at noon, French or English?', '11:40'],
    ['our call was at 3, are you joining?', '15:10'],
    ['on devait s’appeler à 14h, tu viens ?', '14:12'],
  ])('%s (at %s): urgent', (text, now) => expect(urgentAt(text, now)).toBe(true));

  it.each([
    ['our call was at 3, are you joining?', '18:30'],
    ['on s’appelle dans 10 min ?', undefined],
    ['si je m’endors pas avant minuit je serai KO demain', undefined],
    ['asap = as soon as possible, c’est ça ?', undefined],
    ['The portal closes at noon on Friday', '11:40'],
  ])('%s (at %s): not urgent', (text, now) => expect(urgentAt(text, now)).toBe(false));
});
