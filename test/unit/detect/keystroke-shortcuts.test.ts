import { describe, expect, it } from 'vitest';
import { ampersandGap } from '../../../lib/detect/recognizers/lower-case-orgs.ts';
import { found } from './helpers.ts';

// The keystroke path tells some things without a pattern or before the costlier tests;
// what it tells must stay what the pattern or the full test told.
describe('an ampersand gap told without its pattern', () => {
  it.each(['&', ' & ', ' &', '& ', ' ', '', '&&', '  & ', ' &  ', 'et', ', ', '& x'])(
    'as /^ ?& ?$/ for %j',
    (gap) => {
      expect(ampersandGap(gap)).toBe(/^ ?& ?$/.test(gap));
    },
  );
});

describe('names and companies read through the shortcuts', () => {
  it.each([
    [
      'a founders’ firm after a head noun',
      'Cabinet Pierre Durand & Associés',
      ['ORG:Cabinet Pierre Durand & Associés'],
    ],
    [
      'two names joined, then a plural verb',
      "seppi et pierre m'ont aidé hier",
      ['PERSON:seppi', 'PERSON:pierre'],
    ],
    [
      'a coined name with "&" and no digit',
      'je bosse chez net&clean depuis lundi',
      ['ORG:net&clean'],
    ],
    ['a coined name with a digit', 'il a été pris chez hire2go en janvier', ['ORG:hire2go']],
    ['a lower-case company after "chez"', 'il bosse chez safran depuis mai', ['ORG:safran']],
    ['a title then a lower-case surname', 'appelle mme boyer demain', ['PERSON:mme boyer']],
    ['common words only', 'je vais et je viens tous les jours', []],
    ['no cue before a coined shape', 'le code covid19 est expiré', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
