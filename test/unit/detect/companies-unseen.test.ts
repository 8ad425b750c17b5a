import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies, people and their traps on text nobody tuned to: each class with fresh
// sentences in French and English.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('companies that title-case rules must not swallow', () => {
  it.each([
    [
      'a known company after a capitalised first word',
      'Chez Orange, on m’a proposé un CDD.',
      'ORG:Orange',
    ],
    ['a known company after "Avec"', 'Avec Free, la fibre arrive lundi.', 'ORG:Free'],
    ['a one-word employer after "at"', 'My sister works at Siemens now.', 'ORG:Siemens'],
    ['a company after "from"', 'Two engineers from Siemens came by.', 'ORG:Siemens'],
    [
      'an article that opens a shop’s name',
      'On commande chez Les Jardins de Margot.',
      'ORG:Les Jardins de Margot',
    ],
    [
      'an article inside a sentence',
      'Le traiteur, c’est La Belle Assiette, à Nantes.',
      'ORG:La Belle Assiette',
    ],
  ])('%s', (_case, text, expected) => expect(names(text)).toContain(expected));
  it.each([
    ['a room after "at"', 'We met at Reception on Monday.'],
    ['a team after "from"', 'Notes from Marketing are in the folder.'],
    ['a city with an article', 'Il a déménagé vers Le Mans puis à La Rochelle.'],
    ['an office after "at"', 'She left her badge at Head Office.'],
  ])('not %s', (_case, text) => expect(names(text)).toEqual([]));
});
