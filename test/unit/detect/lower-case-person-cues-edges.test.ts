import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { foundOfType } from './helpers.ts';

const people = (text: string) => foundOfType(text, 'PERSON');

const personReasons = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'PERSON')
    .map((f) => [f.text, f.score, f.reason, f.reasonEn]);

const TITLED = ['nom de personne (avec civilité)', 'person name (with title)'];
const FULL = ['nom et prénom', 'full name'];

// The edges of lowerCasePerson (lower-case-names.ts) after the titles: a title's particle
// or first name, a surname written first, the possessive, two names joined, the cues
// around a first name that is also a word, and a surname alone.
describe('lower-case person: what follows a title', () => {
  it.each([
    // "m." is no spelled-out title: a first name that is a word counts after it anyway.
    ['"m." then a first name that is a common word', 'm. prudence a appelé', ['m. prudence']],
    ['"m." then an English first name that is a word', 'm. hope called', ['m. hope']],
    // A particle with nothing that names after it: the title alone is nobody.
    ['a title, "de" and a common word', 'mme de rien', []],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));

  it('a title and a particle give the titled reason', () =>
    expect(personReasons('mme de la fontaine est là')).toEqual([
      ['mme de la fontaine', 0.9, ...TITLED],
    ]));
});

// "nguyen thi hoa", "zhang wei": a surname written first, then its given names in lower
// case; a capitalised word after it is read on its own.
describe('lower-case person: a surname written first', () => {
  it.each([
    ['the surname then a verb', 'tran est là', []],
    ['the surname then a capitalised first name', 'nguyen Hoa est là', ['Hoa']],
    ['a second given name with a capital', 'zhang wei Ming', ['zhang wei', 'Ming']],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});

describe('lower-case person: a Korean name says why', () => {
  it('a Korean surname and a hyphenated given name give a full name', () =>
    expect(personReasons('kim min-jun est arrivé')).toEqual([['kim min-jun', 0.85, ...FULL]]));
});

// "sunnys dad", "hope's mum": a first name's possessive, with or without its apostrophe.
describe('lower-case person: a possessive before family or a boss', () => {
  it.each([
    ['a name ending in s, then the apostrophe', "iris's mum called", ['iris']],
    // "jedi" is no possessive: only a final s is one ("jed" is a first name).
    ['a word whose last letter is no s', 'jedi boss fights are long', []],
    // Without the possessive, a word between the name and the family: a verb and its object.
    ['a first name that is a verb, then "your mum"', 'hope your mum is better', []],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});
