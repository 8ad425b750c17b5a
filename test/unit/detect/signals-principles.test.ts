import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// False alarms fixed by a general rule, not by a phrase: someone else's accident, an
// everyday note, a medicine omitted, a habit rather than now. Each table holds catches
// and traps, French and English, in wording of our own.

const read = (text: string) => {
  const a = analyze(text);
  return { signals: a.signals.filter((s) => s !== 'VAGUE'), distress: a.distress };
};

describe('another person’s accident is not self-harm', () => {
  it.each([
    'Mon collègue s’est coupé la main avec le cutter au travail, il saigne beaucoup.',
    'Julien s’est coupé avec le massicot ce matin, il a saigné partout.',
    'mon fils s’est coupé avec un couteau, il saigne beaucoup, je fais quoi ?',
    'A colleague cut himself on the slicer at work, he’s bleeding a lot.',
    'my flatmate cut her hand on a glass and it won’t stop bleeding',
    'The new guy burned his hand on the coffee machine, it’s blistering.',
  ])('%s', (text) => {
    expect(read(text).distress).not.toContain('self-harm');
  });

  it('“les urgences” is a ward, not the word “urgent”', () => {
    expect(
      read('Mon collègue s’est coupé la main au travail, il est aux urgences.').signals,
    ).toEqual([]);
    expect(read('c’est une urgence, rappelle-moi').signals).toContain('URGENT');
  });

  it.each([
    'je me suis coupée exprès hier soir, ça saigne beaucoup',
    'je me suis recoupée et j’arrive pas à arrêter de saigner',
    'I cut myself again last night',
    'I just cut too deep and it won’t stop bleeding',
  ])('the writer’s own still counts: %s', (text) => {
    expect(read(text).distress).toContain('self-harm');
  });
});

describe('an everyday note is not a farewell', () => {
  it.each([
    'I left a note for my flatmate about the rent.',
    'J’ai laissé un mot à ma coloc pour le loyer.',
    'I wrote a note to my manager to ask for Friday off.',
    'I’ve written a letter to my landlord about the heating.',
    'je t’ai laissé un mot sur ton bureau pour la réunion de demain',
    'I left a note for my mum on the fridge.',
  ])('%s', (text) => {
    expect(read(text).signals).toEqual([]);
  });

  it.each([
    'I left a note for my mum, she’ll understand when she finds it.',
    'j’ai laissé une lettre pour mes parents, ils comprendront',
    'J’ai laissé une lettre pour mes enfants sur la table.',
    'I’ve written letters to everyone I love, just in case.',
    'I’ve sorted out my affairs and left a note for my son.',
  ])('a letter left for the people closest, or with another sign, is: %s', (text) => {
    expect(read(text).distress).toContain('farewell');
  });
});

describe('a medicine forgotten is an omission, not a misuse', () => {
  it.each([
    'forgot to take my meds this morning',
    'I keep forgetting my pills, any tips for a reminder?',
    'I missed my antidepressant dose yesterday',
    'j’ai oublié de prendre mes médicaments ce matin',
    'j’ai sauté ma dose hier, je la prends ce soir',
  ])('%s', (text) => {
    expect(read(text).signals).toEqual([]);
  });

  it.each([
    'je prends plus de médicaments que prescrit pour tenir',
    'I take extra pills to get through the day',
    'j’avale des somnifères la journée pour plus rien sentir',
    'I double my Xanax before every shift',
    'je double mes anxiolytiques avant chaque réunion',
  ])('taking more to cope still counts: %s', (text) => {
    expect(read(text).distress).toContain('substance');
  });
});

describe('a habit is not now', () => {
  it.each([
    'mon ex m’attend devant le travail tous les soirs',
    'mon ex m’attend devant chez moi depuis une semaine, j’ai peur',
    'il tape contre ma porte tous les soirs',
    'my ex waits outside my office every evening',
  ])('not urgent: %s', (text) => {
    expect(read(text).signals).not.toContain('URGENT');
  });

  it.each([
    'mon ex m’attend devant chez moi là, j’ose pas sortir',
    'il tape contre ma porte en ce moment',
    'il m’attend devant le bureau tous les soirs, et là il est encore là',
    'my ex is outside my office right now, waiting for me',
  ])('urgent when it is now: %s', (text) => {
    expect(read(text).signals).toContain('URGENT');
  });

  it('stalking told as a habit is still distress', () => {
    expect(read('mon ex m’attend devant chez moi depuis une semaine, j’ai peur').signals).toEqual([
      'DISTRESS',
    ]);
  });
});

// A joke, a film, the past or someone else holds over its own part of the sentence (cut
// at "mais", "but", "and then", "aujourd'hui"…) and its own sentence, not the message.
describe('context vetoes stay in their own part', () => {
  it.each([
    [
      'so yeah the training went fine and then when I got home my husband pushed me against the wall again',
      'violence',
    ],
    [
      'la formation s’est bien passée et puis en rentrant mon mari m’a encore poussée contre le mur',
      'violence',
    ],
    ['c’était drôle mdr mais sinon je me suis encore coupée hier soir', 'self-harm'],
    [
      'il y a dix ans je buvais un peu, aujourd’hui je bois une bouteille tous les soirs pour tenir',
      'substance',
    ],
    [
      'j’ai vu un reportage sur le harcèlement et je me suis reconnue, mon chef me touche les fesses',
      'violence',
    ],
    [
      'ma collègue part en congé maternité, et moi je pense de plus en plus à en finir',
      'passive-ideation',
    ],
    ['Le médecin parle de burn-out mais je ne peux pas me permettre un arrêt.', 'hopelessness'],
    [
      'The movie was great but honestly I wish I could fall asleep and not wake up',
      'passive-ideation',
    ],
  ] as const)('%s', (text, category) => {
    expect(read(text).distress).toContain(category);
  });

  it.each([
    'il y a dix ans, je me scarifiais ; aujourd’hui j’en parle dans les lycées',
    'Years ago I thought about ending it. Now I’m a peer supporter, can you read my letter?',
    'j’ai envie de mourir de honte mais bon lol',
    'Dans le film, elle se sent vide et inutile.',
    'ma pote m’a dit que son mec la frappe. moi ça va, je suis juste secouée',
    'Je vais me pendre… à ton cou quand tu rentres 😘',
    'j’ai fait une crise d’angoisse hier mais ça va mieux',
  ])('leaves alone: %s', (text) => {
    expect(read(text).signals).not.toContain('DISTRESS');
  });

  it('a goodbye of someone else does not cancel a farewell to the reader', () => {
    expect(
      read(
        'Mon collègue part à la retraite vendredi, on lui fait un pot. Et toi, merci pour tout, je voulais te le dire avant qu’il soit trop tard, prends soin de toi.',
      ).distress,
    ).toContain('farewell');
    expect(
      read('Dernier jour du programme demain ! Merci pour tout, prends soin de toi.').signals,
    ).toEqual([]);
  });

  it('a joke or the past in one sentence does not undo a deadline in another', () => {
    const at = new Date(2026, 11, 1, 10, 40);
    for (const text of [
      'Merci pour hier, c’était top 😂. Mon entretien commence à 11h et j’ai pas de réponse pour le salaire.',
      'Le client m’a appelé hier. Il veut le devis avant 11h.',
    ])
      expect(analyze(text, { now: at }).signals).toContain('URGENT');
    for (const text of [
      'URGENT : qui a fini le café ?? 😂',
      'c’était super urgent la semaine dernière, maintenant ça va',
    ])
      expect(analyze(text, { now: at }).signals).not.toContain('URGENT');
  });
});

// Written from the clinical descriptions (C-SSRS "wish to be dead", PHQ-9 item 9
// "better off dead", preparatory acts), in indirect wording.
describe('passive ideation and farewells in indirect wording', () => {
  it.each([
    ['I wouldn’t mind if a car hit me on the way home', 'passive-ideation'],
    ['ça me dérangerait pas qu’une voiture me renverse', 'passive-ideation'],
    ['I’m done with life', 'passive-ideation'],
    ['I think about being dead a lot', 'passive-ideation'],
    ['I don’t see a future for me at all', 'hopelessness'],
    ['je me vois pas d’avenir, je me vois pas vieillir', 'hopelessness'],
    ['j’ai tout réglé pour après', 'farewell'],
    ['I just wanted to say thank you for everything, before it’s too late', 'farewell'],
    ['I’ve paid off all my debts so nobody has to deal with them', 'farewell'],
    ['j’ai donné mon chat à ma voisine, elle s’en occupera mieux', 'farewell'],
    ['I’ve updated my will and sorted the passwords', 'farewell'],
  ] as const)('%s', (text, category) => {
    expect(read(text).distress).toContain(category);
  });

  it.each([
    'I’m done with this project, honestly',
    'I’ve updated my will after the baby was born',
    'j’ai fait mon testament chez le notaire, c’est plus prudent avec la maison',
    'j’ai tout réglé pour le déménagement',
    'you can have my old laptop, I got a new one',
    'c’est la dernière fois qu’on se voit avant les vacances, merci pour tout',
    'I hope the meeting gets cancelled tomorrow',
    'I’ve paid off my student loan, finally!',
  ])('leaves alone: %s', (text) => {
    expect(read(text).signals).not.toContain('DISTRESS');
  });
});

describe('a method looked up (C-SSRS: thoughts with a method)', () => {
  it.each([
    'on a different note i’ve been looking up which bridge is the highest near me',
    'je me suis renseignée sur le pont le plus haut de la ville',
    'j’ai cherché sur internet combien de cachets il faudrait',
    'I googled the lethal dose of paracetamol last night',
  ])('%s', (text) => {
    expect(read(text).distress).toContain('active-ideation');
  });

  it.each([
    'I looked up the highest-rated restaurants near the office',
    'je me suis renseignée sur le pont de l’Ascension pour poser mes congés',
    'j’ai cherché combien de cachets de Doliprane on peut prendre par jour pour une migraine',
    'we looked up the tallest building in Paris for the team quiz',
  ])('leaves alone: %s', (text) => {
    expect(read(text).signals).toEqual([]);
  });
});

describe('words that only look like a cue', () => {
  const signalsOf = (text: string) => analyze(text).signals.filter((s) => s !== 'VAGUE');
  it.each([
    'Tu me conseilles plutôt un Trafic ou un Jumpy ?',
    "j'ai cassé mon téléphone ce matin",
    'g cassé un carton au rack 12, ils vont me le retenir sur la paie ?',
    'il faut 5 g de sucre',
  ])('no signal in %s', (text) => expect(signalsOf(text)).toEqual([]));
  it.each([
    ['g envie de disparaitre', ['DISTRESS', 'URGENT']],
    ['il a tout cassé chez moi et j ai peur de lui', ['DISTRESS']],
    ['i want to jump', ['DISTRESS', 'URGENT']],
  ])('%s', (text, expected) => expect(signalsOf(text)).toEqual(expected));
});
