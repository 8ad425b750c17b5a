import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const companies = (text: string) => foundOfType(text, 'ORG');

// Companies as people type them: names of single letters joined by "&" ("m&s", "H&M"),
// known names made of common words after an employer cue ("at the body shop", "chez la
// mutuelle generale"), and an employer named after whoever hired the writer ("hired by",
// "recrutée par", "started at"). Beside each, what only looks like one.
describe('a company named with "&"', () => {
  it.each([
    ['tidy, French', 'Je bosse chez H&M depuis mars', 'H&M'],
    ['tidy, English', 'I work at M&S on Saturdays', 'M&S'],
    ['lower case after "chez"', 'je taff chez m&s depuis 2 ans', 'm&s'],
    ['lower case after "at"', 'my shift at b&q starts at 6', 'b&q'],
    ['lower case, first in the sentence', 'c&a m a rappelée pour un cdd', 'c&a'],
    ['a two-letter first part', 'at&t called me back', 'at&t'],
    ['with spaces', 'Marks & Spencer is hiring', 'Marks & Spencer'],
    ['a dot', 'je bosse chez e.leclerc depuis mai', 'e.leclerc'],
    ['a plus', "j'ai un cdi chez kuehne+nagel", 'kuehne+nagel'],
  ])('%s', (_case, text, company) => expect(companies(text)).toEqual([company]));

  it.each([
    ['"c a" for "c\'est à"', 'le rdv a la banque c a 10h avec elle'],
    ['a hospital department', 'i was at a&e all night'],
    ['research and development', "j'ai un stage en r&d"],
    ['a bed and breakfast', 'we stayed at a b&b'],
    ['food and beverage', 'i work in f&b'],
    ['questions and answers', 'q&a session at 5'],
    ['health and safety', 'h&s training tomorrow'],
  ])('no company: %s', (_case, text) => expect(companies(text)).toEqual([]));
});

describe('known companies made of common words, after an employer cue', () => {
  it.each([
    ['"the body shop"', 'i work at the body shop', 'the body shop'],
    ['"new look"', 'she works at new look', 'new look'],
    ['"la mutuelle generale"', 'je bosse chez la mutuelle generale', 'la mutuelle generale'],
    ['"vision express"', 'got a trial shift at vision express', 'vision express'],
  ])('%s', (_case, text, company) => expect(companies(text)).toEqual([company]));

  it.each([
    ['a look', 'the new look of the app is great'],
    ['a river', 'we walked to the river island in the park'],
  ])('no company: %s', (_case, text) => expect(companies(text)).toEqual([]));
});

describe('an employer named by who hired the writer', () => {
  it.each([
    ['"hired by"', 'i got hired by kradex', 'kradex'],
    ['"recrutée par"', "je viens d'etre recrutée par kradex", 'kradex'],
    ['"started at"', 'i started at kradex last week', 'kradex'],
    ['"commencé chez"', "j'ai commencé chez kradex en mai", 'kradex'],
  ])('%s', (_case, text, company) => expect(companies(text)).toEqual([company]));

  it.each([
    ['a public body', 'i got hired by the council'],
    ['a place', 'i started at the bottom'],
    ['a time', "j'ai commencé à 9h"],
    ['a department', 'recruté par le service rh'],
    ['a person', 'hired by a recruiter'],
  ])('no company: %s', (_case, text) => expect(companies(text)).toEqual([]));
});
