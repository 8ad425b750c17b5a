import { describe, expect, it } from 'vitest';
import { parseListImport } from '@/lib/lists-import';
import { MAX_LIST_VALUE } from '@/lib/db/lists';

describe('importing a list: the cases a spreadsheet produces', () => {
  it.each([
    'Nom',
    'noms',
    'Name',
    'NAMES',
    'Valeur',
    'value',
    'Client',
    'clients',
    'Liste',
    'list',
  ])('a first row "%s" is a header, not a name', (header) => {
    expect(parseListImport(`${header};Ville\nDupont;Lyon`, 'csv')).toEqual({
      names: ['Dupont'],
      problems: [],
    });
  });

  it('a header word further down is a name like any other', () => {
    expect(parseListImport('Dupont\nClient\nMartin', 'paste').names).toEqual([
      'Dupont',
      'Client',
      'Martin',
    ]);
  });

  it('reads old Mac line ends', () => {
    expect(parseListImport('Dupont\rMartin', 'paste').names).toEqual(['Dupont', 'Martin']);
  });

  it('accepts a name of exactly the longest length a list holds', () => {
    const longest = 'x'.repeat(MAX_LIST_VALUE);
    expect(parseListImport(longest, 'paste')).toEqual({ names: [longest], problems: [] });
  });

  it('reports an unclosed quote with the line as the user typed it, spaces trimmed', () => {
    expect(parseListImport('  "Dupont  ', 'csv').problems).toEqual([
      { line: 1, text: '"Dupont', reason: 'unclosed-quote' },
    ]);
  });

  it('opens a quote after spaces at the start of a cell', () => {
    expect(parseListImport(' "Dupont, Jean",Paris', 'csv').names).toEqual([
      'Dupont, Jean',
      'Paris',
    ]);
  });

  it('finds the separator on the first line that is not blank', () => {
    expect(parseListImport('   \nDupont;Martin, Jean', 'csv').names).toEqual([
      'Dupont',
      'Martin, Jean',
    ]);
  });

  it('splits on commas when the first line has no separator at all', () => {
    expect(parseListImport('Dupont\nMartin,Durand', 'csv').names).toEqual([
      'Dupont',
      'Martin',
      'Durand',
    ]);
  });
});
