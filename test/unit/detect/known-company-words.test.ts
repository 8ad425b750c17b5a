import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// A known company of several words is matched word by word, joined as it is written:
// a space, a hyphen, an apostrophe, an ampersand. Other joins leave only its first word,
// read as any capitalised word after "chez" is. A known name that is also a word counts
// inside a sentence or after a cue, not at its start.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('the words of a known company', () => {
  it.each([
    ['je bosse chez Marks & Spencer', ['ORG:Marks & Spencer']],
    ['je bosse chez Fred & Farid', ['ORG:Fred & Farid']],
    ["je bosse chez Sainsbury's", ["ORG:Sainsbury's"]],
    ['je bosse chez Sainsbury’s', ['ORG:Sainsbury’s']],
    ['je bosse chez Co-op', ['ORG:Co-op']],
    ['je bosse chez Pret A Manger', ['ORG:Pret A Manger']],
    ['je bosse chez John Lewis', ['ORG:John Lewis']],
    ['je bosse chez Costa Coffee', ['ORG:Costa Coffee']],
    ['je bosse chez Marks and Spencer', ['ORG:Marks', 'PERSON:Spencer']],
    ['je bosse chez Co op', ['ORG:Co']],
    ['je bosse chez Pret', ['ORG:Pret']],
    ['je bosse chez Action', ['ORG:Action']],
    ['le magasin Action', ['ORG:Action']],
    ["depuis que action m'a viré", ['ORG:action']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each(['Pret a fermé', 'Action a fermé'])('no company in %s', (text) =>
    expect(names(text)).toEqual([]),
  );
});

describe('a known company that is also a word, named by what it did', () => {
  it.each([
    ["depuis que carrefour m'a pas renouvelée", ['ORG:carrefour']],
    ["depuis que carrefour m'a pas renouvelé", ['ORG:carrefour']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
