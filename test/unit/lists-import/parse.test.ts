import { describe, expect, it } from 'vitest';
import { parseListImport, splitCsvLine } from '@/lib/lists-import';

describe('parseListImport', () => {
  it.each([
    ['one name per line', 'Dupont\nMartin\n\nDurand', 'paste', ['Dupont', 'Martin', 'Durand'], []],
    [
      'semicolons and tabs split a paste',
      'Dupont; Martin\tDurand',
      'paste',
      ['Dupont', 'Martin', 'Durand'],
      [],
    ],
    ['a comma stays inside a pasted name', 'Dupont, Jean', 'paste', ['Dupont, Jean'], []],
    ['spaces are tidied', '  Jean   Dupont  ', 'paste', ['Jean Dupont'], []],
    ['a header row keeps only the names column', 'Nom;Ville\nDupont;Lyon', 'csv', ['Dupont'], []],
    [
      'comma CSV with quotes',
      'name,city\n"Dupont, Jean",Paris\nMartin,Lyon',
      'csv',
      ['Dupont, Jean', 'Martin'],
      [],
    ],
    [
      'without a header every cell is a name',
      'Dupont;Martin\nDurand',
      'csv',
      ['Dupont', 'Martin', 'Durand'],
      [],
    ],
    ['escaped quotes', '"Le ""Petit"" Café"', 'csv', ['Le "Petit" Café'], []],
    [
      'Windows line ends and a byte-order mark',
      '\uFEFFDupont\r\nMartin\r\n',
      'csv',
      ['Dupont', 'Martin'],
      [],
    ],
  ] as const)('%s', (_label, text, source, names, problems) => {
    expect(parseListImport(text, source)).toEqual({ names, problems });
  });

  it('reports duplicates by folded spelling, with their line', () => {
    expect(parseListImport('Élodie\nelodie\nELODIE ', 'paste').problems).toEqual([
      { line: 2, text: 'elodie', reason: 'duplicate' },
      { line: 3, text: 'ELODIE', reason: 'duplicate' },
    ]);
  });

  it('reports names already in the list', () => {
    expect(parseListImport('Dupont\nMartin', 'paste', ['dupont'])).toEqual({
      names: ['Martin'],
      problems: [{ line: 1, text: 'Dupont', reason: 'already-listed' }],
    });
  });

  it('reports names longer than a list accepts', () => {
    const long = 'x'.repeat(121);
    expect(parseListImport(`Dupont\n${long}`, 'paste').problems).toEqual([
      { line: 2, text: long, reason: 'too-long' },
    ]);
  });

  it('reports a line whose quote is never closed and keeps the others', () => {
    expect(parseListImport('"Dupont\nMartin', 'csv')).toEqual({
      names: ['Martin'],
      problems: [{ line: 1, text: '"Dupont', reason: 'unclosed-quote' }],
    });
  });

  it('an empty text gives nothing and no problem', () => {
    expect(parseListImport('\n \n', 'paste')).toEqual({ names: [], problems: [] });
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['"a,b",c', ',', ['a,b', 'c']],
    ['a;;b', ';', ['a', '', 'b']],
    ['"open', ',', null],
  ] as const)('%s', (line, separator, cells) => {
    expect(splitCsvLine(line, separator)).toEqual(cells);
  });
});
