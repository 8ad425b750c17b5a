import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';

// Urgency as people say it without the word: time pressed ("ça presse"), an answer wanted
// now in a clause of its own, noon as a deadline, a caller holding the writer, a fire, an
// accident just had, a lift stuck. Written from the phenomenon (a probe of urgency in
// several voices), each beside the ordinary messages that share its words. Read by the
// rules alone, at 10:00 on a weekday.

beforeAll(() => useSignalModel(null));
afterAll(() => useSignalModel(undefined));

const NOW = new Date('2026-12-02T10:00:00');
const signals = (text: string, now = NOW) =>
  createAnalyzer()
    .analyze(text, now)
    .signals.filter((s) => s === 'DISTRESS' || s === 'URGENT')
    .sort();

describe('time pressed, said of the matter; the phone to be answered', () => {
  it.each([
    "jai besoin dune reponse avant ce soir c'est pressé",
    'ça presse un peu, tu peux regarder ?',
    "c'est assez pressant, le client relance",
    "it's time-sensitive, can you look?",
    'y a moyen que tu me repondes maintenant',
    'faut que tu me rappelles vite, le notaire attend',
    'answer ur phone omg',
    'pick up pick up pick up',
    "t'es ou ?? reponds",
    'décroche ton tel stp',
  ])('%s: urgent', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each([
    "un jus pressé le matin c'est la vie",
    'je suis trop pressée de te voir demain',
    'rien ne presse, regarde quand tu peux',
    'ça presse pas du tout',
    "c'est pas pressé",
    "c'était pressé la semaine dernière mais c'est réglé",
    'pas besoin que tu me répondes tout de suite',
    "it's a pressing matter for next quarter",
    "what's the answer",
    'je reponds au telephone pour le service client',
    'i answer the phone at work all day',
    'decroche ton telephone de temps en temps lol',
    'one more rep',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('noon as the hour of a deadline', () => {
  it.each([
    "the deadline is noon today and i'm not done",
    "due at noon and i'm not done",
    "la deadline c'est midi et j'ai pas fini",
  ])('%s: urgent at 10:00', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each([
    'rdv à midi et demie, il est 12h10, tu peux me répondre ?',
    'rdv à 12h30, il est 12h10, tu peux me répondre ?',
  ])('"midi et demie" is 12:30, read as the digits are: %s', (text) =>
    expect(signals(text)).toEqual(['URGENT']),
  );

  it('a deadline at noon is not close at 7 in the morning', () =>
    expect(
      signals('la deadline c’est midi et j’ai pas fini', new Date('2026-12-02T07:00:00')),
    ).toEqual([]));

  it.each([
    'on mange ensemble à midi ?',
    'je suis dans le midi pour les vacances',
    "ce midi j'ai mangé une salade",
    'see you at noon tomorrow',
    'the deadline is noon on friday',
    'la deadline c’est midi jeudi',
    "j'ai dormi jusqu'à midi lol",
    'lunch at noon was great',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('held on the line, a fire, an accident just had, a lift stuck', () => {
  it.each([
    "they've got me on hold, what do i say",
    "il y a le feu dans l'immeuble je fais quoi",
    "there's a fire downstairs, we're going out",
    "i've just had a crash on the motorway",
    'je viens d’avoir un accident sur la rocade',
    'just crashed into a bollard, car is a mess',
    "je suis coincée dans l'ascenseur depuis 30 min",
    "we're stuck in the lift between two floors",
  ])('%s: urgent, no distress', (text) => expect(signals(text)).toEqual(['URGENT']));

  it.each([
    'they put me on hold for 40 minutes yesterday, what a joke',
    'y a pas le feu, prends ton temps',
    'y a le feu au lac ou quoi ?',
    'il y a un feu rouge devant chez moi qui dure 5 minutes',
    'y a le feu dans la salle ce soir 🔥🔥',
    "there's a fire in my heart for this job lol",
    'my son just had an accident at school, nothing serious, he wet himself',
    'i just had a crash course in excel',
    'my laptop just crashed again',
    'on vient d’avoir un accrochage avec le client sur le prix',
    'je viens d’avoir un accident de parcours, rien de grave',
    "je suis restée coincée dans l'ascenseur hier, flippant",
    'encore coincée dans le rer, je serai en retard',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));
});

describe('what sounds urgent and is not', () => {
  it.each([
    'urgence absolue : il reste plus de café au bureau 😭',
    "my manager wants the report asap but honestly it's fine",
    'la réunion commence dans 10 minutes, je te raconte après',
    'je suis aux urgences pour mon poignet, rien de cassé, je rentre',
    "j'ai appelé les pompiers pour le chat coincé dans l'arbre 😂",
    'on a eu une alerte incendie au bureau, fausse alerte',
    "vite vite je veux savoir comment ça s'est passé ton entretien !!",
    "maintenant que j'ai mon diplôme, je cherche un appart !!",
    'now that the course is over, what should i read next??',
    'je pars dans 10 min pour mon rdv, souhaite moi bonne chance !',
    'my interview starts in 5 mins wish me luck!!',
  ])('%s: nothing', (text) => expect(signals(text)).toEqual([]));

  it.each([
    'appelle moi vite, je te raconte',
    "stuck in the lift, call me now, i'll tell you more",
    "mon collègue vient de s'effondrer, ambulance en route, haha non je rigole pas",
    'maintenant que tu es là, aide moi vite stp',
    // The news asked for undoes "vite vite" only, not a call about to end.
    "avant que je raccroche, dis moi comment ça s'est passé pour toi",
    'my interview starts in 5 mins and i forgot my cv, what do i do??',
  ])('%s: still urgent', (text) => expect(signals(text)).toContain('URGENT'));
});
