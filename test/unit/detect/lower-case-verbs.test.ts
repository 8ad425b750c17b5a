import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// "pierre" is a first name and a word: typed in lower case, it names someone only with a
// cue after it. Each row is one way of saying what someone did, is, or where they work.
describe('a verb or a department after a name that is also a word', () => {
  it.each([
    'pierre écrit un mail',
    'pierre est parti',
    'pierre est partie',
    'pierre est absent',
    'pierre est revenu',
    'pierre est arrivé',
    'pierre etait absent',
    'pierre était malade',
    'pierre est en congé',
    'pierre est enceinte',
    'pierre est d accord',
    "pierre m'a encore dit",
    "pierre m'a deja dit",
    "pierre m'a jamais dit",
    'pierre a aussi dit',
    "pierre m'a meme dit",
    "pierre s'est blessé",
    'pierre s est blessé',
    'pierre sest barré',
    'pierre a laissé tomber',
    'pierre ma lâché',
    'pierre pense que oui',
    'pierre veut partir',
    'pierre arrete pas',
    'pierre says hi',
    'pierre is leaving',
    'pierre just called',
    'pierre du service achats',
    'pierre de la compta',
    'pierre de la comptabilite',
    'pierre des rh',
    'pierre de l equipe',
    'pierre de la direction',
    'pierre de la paie',
    'pierre de la logistique',
    'pierre de notre team',
    'pierre from hr',
    'pierre from the gym',
    'pierre from our team',
  ])('%s', (text) => expect(found(text)).toEqual(['PERSON:pierre']));

  it.each(['une pierre précieuse', 'pierre ponce', 'la pierre est tombée'])(
    'no one in %s',
    (text) => expect(found(text)).toEqual([]),
  );
});
