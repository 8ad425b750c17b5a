import { describe, expect, it } from 'vitest';
import { findDigitRuns } from '../../../lib/detect/recognizers/digit-runs.ts';

// The runs of digits every number recogniser reads: where each starts and ends, its
// digits, and what splits two numbers.
const runs = (text: string) =>
  findDigitRuns(text).map((r) => [text.slice(r.start, r.end), r.digits, r.raw]);

describe('runs of digits', () => {
  it.each([
    [
      'a country code in brackets',
      'tel (+33) 6 12 34 56 78 ok',
      [['(+33) 6 12 34 56 78', '+33612345678', '(+33) 6 12 34 56 78']],
    ],
    [
      'a full stop after it',
      'au 06 12 34 56 78. merci',
      [['06 12 34 56 78', '0612345678', '06 12 34 56 78']],
    ],
    ['a dash after it', '06 12 34 56 78- ', [['06 12 34 56 78', '0612345678', '06 12 34 56 78']]],
    [
      'an opening bracket after it',
      '06 12 34 56 78 (',
      [['06 12 34 56 78', '0612345678', '06 12 34 56 78']],
    ],
    [
      'a closing bracket opened before it',
      '(06 12 34 56 78)',
      [['06 12 34 56 78', '0612345678', '06 12 34 56 78']],
    ],
    ['brackets inside it', '06 (12) 34', [['06 (12) 34', '061234', '06 (12) 34']]],
    ['a trunk zero in brackets', '+33 (0)6 12', [['+33 (0)6 12', '+330612', '+33 (0)6 12']]],
    ['a word glued before it', 'x12 45 et 7', [['7', '7', '7']]],
    ['a unit glued after a number', 'à 9h45', [['9', '9', '9']]],
    [
      'two spaces between two numbers',
      '06 12  34 56',
      [
        ['06 12', '0612', '06 12'],
        ['34 56', '3456', '34 56'],
      ],
    ],
    [
      'a spaced dash between two numbers',
      '06.12.34 - 56',
      [
        ['06.12.34', '061234', '06.12.34'],
        ['56', '56', '56'],
      ],
    ],
    [
      'two dots between two numbers',
      'réf 12.34..56',
      [
        ['12.34', '1234', '12.34'],
        ['56', '56', '56'],
      ],
    ],
    [
      'a decimal comma',
      '1 234,56',
      [
        ['1 234', '1234', '1 234'],
        ['56', '56', '56'],
      ],
    ],
    [
      'brackets around the whole number',
      'tel (+33 6 12 34 56 78) ok',
      [['+33 6 12 34 56 78', '+33612345678', '+33 6 12 34 56 78']],
    ],
    [
      'brackets around a number that holds brackets',
      'tel (+33 (0)6 12 34 56 78) ok',
      [['+33 (0)6 12 34 56 78', '+330612345678', '+33 (0)6 12 34 56 78']],
    ],
    [
      'brackets that close before the end',
      'tel (+33) 6 12 34 56 (78)',
      [['(+33) 6 12 34 56 (78)', '+33612345678', '(+33) 6 12 34 56 (78)']],
    ],
    [
      'brackets that close twice',
      'tel (+33 6) 12 (34)',
      [['(+33 6) 12 (34)', '+3361234', '(+33 6) 12 (34)']],
    ],
    [
      'non-breaking spaces, as pasted from a page',
      'tel 06\u00a012\u00a034 ok',
      [['06\u00a012\u00a034', '061234', '06\u00a012\u00a034']],
    ],
    ['a bracket closing at its end', 'tel 06 (12) ok', [['06 (12)', '0612', '06 (12)']]],
    [
      'a full stop inside the closing bracket',
      '(voir le 06 12 34 56 78.)',
      [['06 12 34 56 78', '0612345678', '06 12 34 56 78']],
    ],
    [
      'a space before the closing bracket',
      '(au 06 12 34 56 78 )',
      [['06 12 34 56 78', '0612345678', '06 12 34 56 78']],
    ],
    [
      'a bracket never closed',
      'tel (+33 6 12 34 56 78 ok',
      [['(+33 6 12 34 56 78', '+33612345678', '(+33 6 12 34 56 78']],
    ],
    ['a run at the very start', '06 12 34 ok', [['06 12 34', '061234', '06 12 34']]],
  ])('%s', (_case, text, expected) => expect(runs(text)).toEqual(expected));
});
