import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deniesHarm } from '../../../lib/detect/signals/context.ts';
import { useSignalModel } from '../../../lib/detect/signals/model.ts';
import { isDistress, isNothing, signals, withRulesAlone } from './signal-rules.ts';

// Distress denied, and a past that is over, as people write them (tidy and phone-typed),
// beside what looks like them and is distress: a wish said through a negation ("pas me
// réveiller"), a relapse after a past. Read by the rules alone, except where the model's
// reading is what a denial must set aside.

withRulesAlone();

describe('a negation denies harm, not life', () => {
  it.each([
    // French drops "ne": the negation follows the verb, or sits in a cue's gap.
    'je ne me scarifie plus du tout',
    'je me coupe plus, promis',
    'je pense pas a me tuer hein, juste fatiguee',
    'je pense plus du tout au suicide',
    'je ne pense pas à me suicider, je suis juste crevée',
    "je vais bien je t'assure, pas d'idées noires",
    'je vais bien je t assure pas didees noires',
    "t'inquiète je vais pas faire de bêtise",
    'tkt jvais pas faire de connerie',
    'jamais je ferais ça',
    "j'ai pas envie de mourir, juste de dormir 3 jours",
    // English.
    'not suicidal just tired',
    "I'm not thinking about killing myself, just stressed",
    'im not going to hurt myself dont worry',
    "I'd never kill myself, I have my kids",
    'no suicidal thoughts, just burnout',
  ])('denied: %s', isNothing);

  it.each([
    // The wish said through a negation stays a wish.
    "j'aimerais m'endormir et ne pas me réveiller",
    "j'ai plus envie de vivre",
    'i dont want to live anymore',
    "I can't stop hurting myself",
    "don't care if I die tbh",
    // "de plus en plus" is no negation.
    'je pense de plus en plus à en finir',
  ])('still distress: %s', isDistress);
});

describe('a denial sets the model aside', () => {
  beforeAll(() => useSignalModel(undefined));
  afterAll(() => useSignalModel(null));

  it.each([
    "no i'm not gonna do anything stupid",
    'je ne pense pas à me suicider, je suis juste crevée',
  ])('%s', (text) => expect(signals(text)).not.toContain('DISTRESS'));

  it.each([
    ['not gonna do anything stupid', true],
    ['pas de idees noires', true],
    ['je veux pas me reveiller', false],
    ['i dont care if i die', false],
    ['je pense de plus en plus a en finir', false],
    ['je dors pas je veux mourir', false],
    ['i am not going to do anything stupid', true],
  ])('deniesHarm(%s) is %s', (text, denied) => expect(deniesHarm(text)).toBe(denied));
});

describe('a past that is over', () => {
  it.each([
    "il y a deux ans je voulais plus vivre, aujourd'hui ça va",
    'il y a 2 ans je voulais plus vivre ajd ca va',
    'back in 2019 i used to cut, been clean since',
    "c'était une période noire, c'est derrière moi",
    'quand j’étais au lycée je voulais mourir, maintenant je suis heureuse',
    "back then i wanted to disappear, now i'm doing great",
    "j'ai longtemps eu envie de disparaître mais c'est du passé",
    'je buvais pour tenir après mon divorce, sobre depuis 3 ans',
    'years ago I tried to kill myself, I’m in a much better place now',
    'I used to self harm as a teen but I have been clean for 6 years',
    'elle dit que je suis sortie de la dépression, ça fait du bien',
  ])('over: %s', isNothing);

  it.each([
    // A relapse after a past, and a present after a resolution, still count.
    "j'avais arrêté de me couper mais ça recommence",
    'javais arrete de me scarifier et ca revient',
    'il y a deux ans je voulais plus vivre et ça revient',
    'I used to cut and I started again last night',
    "j'étais clean depuis 2 ans et je me suis recoupée hier",
    'back then i wanted to die and now those thoughts are back',
    // Not sober is no resolution.
    'chui pas rentre sobre depuis une semaine, je bois tous les soirs pour dormir',
  ])('still distress: %s', isDistress);
});

// More ways of telling that it is over: an age, a season gone by, "longtemps" in the past
// tense, a recovery said plainly. "Depuis" / "since" keep the season open, and what comes
// back after it still counts.
describe('a past that is over: ages, seasons, a recovery said plainly', () => {
  it.each([
    'I tried to kill myself when I was 16, I’m 30 now and in a good place',
    'I was suicidal at 19, therapy saved me',
    'quand j’avais 15 ans je me scarifiais, plus maintenant',
    'je pleurais tous les soirs l’hiver dernier, ça va beaucoup mieux',
    'last winter i cried every night, im fine now',
    "j'ai été harcelée par mon ancien chef, j'ai changé de boîte et tout va bien",
    "j'ai longtemps voulu disparaître, aujourd'hui ça va",
  ])('over: %s', isNothing);

  it.each([
    "depuis l'hiver dernier je pleure tous les soirs",
    'since last summer I cry every night',
    'je fais semblant que tout va bien mais je me coupe',
    "j'ai longtemps tenu mais là je veux mourir",
    'ça fait longtemps que je veux disparaître',
    "i've felt suicidal since i was 16",
    "l'été dernier j'ai voulu mourir et ça recommence",
    "quand j'avais 15 ans je me scarifiais et j'ai recommencé hier",
    'I was at 19 Baker Street when I decided to kill myself tonight',
  ])('still distress: %s', isDistress);
});

// "Aujourd'hui j'ai envie de vivre": the opposite of a wish to be gone, for the rules and
// for the model; a denied wish to live, or a wish to die beside it, still counts.
describe('a wish to live', () => {
  beforeAll(() => useSignalModel(undefined));
  afterAll(() => useSignalModel(null));

  it.each([
    "aujourd'hui j'ai envie de vivre",
    'aujourdhui jai envie de vivre',
    "j'ai longtemps voulu disparaître, aujourd'hui j'ai envie de vivre",
    'i love my life now',
    'la vie est belle',
  ])('nothing: %s', isNothing);

  it.each([
    "j'ai plus envie de vivre",
    'jai pas envie de vivre',
    "I don't want to live like this anymore",
    "j'ai envie de vivre mais je veux mourir",
    'I want to live but everyone would be better off without me',
    "je veux disparaitre, j'aime plus la vie",
  ])('still distress: %s', isDistress);
});
