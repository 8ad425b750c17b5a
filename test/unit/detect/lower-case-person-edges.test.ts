import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const people = (text: string) =>
  found(text)
    .filter((f) => f.startsWith('PERSON:'))
    .map((f) => f.slice('PERSON:'.length));

// The edges of lowerCasePerson (lower-case-names.ts): a title and what may follow it, a
// bare "m" for Monsieur (not metres, not the end of a message), and a surname written
// first with its given names.
describe('lower-case person: titles and a bare "m"', () => {
  it.each([
    [
      '"m" then a surname, a time earlier in the sentence',
      'rdv à 15h avec m ferrand',
      ['m ferrand'],
    ],
    ['"m" after a closing quote', "il a dit 'ok' m ferrand arrive", ['m ferrand']],
    ['"m" after a number is metres', 'il fait 3 m ferrand', []],
    ['a lone "m" at the end of a message', 'ok m', []],
    ['"m" after a number and two spaces is metres', 'il fait 3  m ferrand', []],
    ['"m" then a short known surname', 'm diop est là', ['m diop']],
    ['"m" then an unknown five-letter surname', 'm zorbi est là', ['m zorbi']],
    ['"m", a foreign particle and a known surname', 'm dos santos est là', ['m dos santos']],
    ['"m", a foreign particle and an unknown word', 'm da zorbak', []],
    [
      'a capitalised "Maitre" before a first name that is a word',
      'Maitre pierre',
      ['Maitre pierre'],
    ],
    [
      '"maitre" before a first name that is no common word',
      'jvois maitre ambre demain',
      ['maitre ambre'],
    ],
    ['a title, "la" and a capitalised role', 'mme la Comptable a dit oui', []],
    ['a capitalised title before a brand', "j'utilise Mr propre", []],
    ['a capitalised title before a product', 'ouvre Ms planner', []],
    ['a full stop and no space after a word that is no title', 'on verra.rose', []],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});

// A family nickname used as a title ("tonton", "mamie", "papi", "auntie") names someone
// with the surname after it; alone, or before a common word, it names nobody.
describe('lower-case person: a family title then a surname', () => {
  it.each([
    ['a known surname', 'jai vu tonton dupont hier', ['tonton dupont']],
    ['a surname that is also a first name elsewhere', 'tonton moreau est venu', ['tonton moreau']],
    ['"mamie" then a surname', 'mamie lefort garde les petits', ['mamie lefort']],
    ['English "auntie" then a surname', 'auntie okafor called me', ['auntie okafor']],
    ['a first name, as before', 'tata odile passe ce soir', ['tata odile']],
    ['a common word after the title', 'mamie gateau est passée', []],
    ['a word that is also a surname', 'papi blanc comme un linge', []],
    ['the nickname alone', 'tonton arrive demain', []],
    ['a plural nickname: a film', 'on regarde les tontons flingueurs', []],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});

describe('lower-case person: a surname written first', () => {
  it.each([
    ['a middle name and two given names', 'tran van minh anh est là', ['tran van minh anh']],
  ])('%s', (_case, text, expected) => expect(people(text)).toEqual(expected));
});
