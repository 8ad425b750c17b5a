import { describe, expect, it } from 'vitest';
import { findBirthDates } from '../../../lib/detect/recognizers/birth-date.ts';

const dates = (text: string) => [
  ...new Set(findBirthDates(text).map((c) => text.slice(c.start, c.end))),
];

// A date is a date of birth only after the words that say so; every way of writing it.
describe('dates of birth in every written form', () => {
  it.each([
    ['slashes', 'né le 12/03/1996', '12/03/1996'],
    ['dots', 'née le 12.03.1996', '12.03.1996'],
    ['dashes', 'né le 12-03-1996', '12-03-1996'],
    ['a two-digit year', 'né le 12/03/96', '12/03/96'],
    ['a one-digit month', 'né le 12/3/1996', '12/3/1996'],
    ['"1er" and a month', 'né le 1er mars 1990', '1er mars 1990'],
    ['a one-digit day and a month', 'né le 2 mars 1990', '2 mars 1990'],
    ['an abbreviated month with its dot', 'né le 3 janv. 1990', '3 janv. 1990'],
    ['"the 3rd of May"', 'born on the 3rd of May 1990', '3rd of May 1990'],
    ['"21st June"', 'born 21st June 1985', '21st June 1985'],
    ['"March 3rd,"', 'born on March 3rd, 1990', 'March 3rd, 1990'],
    ['"May 3"', 'born May 3 1990', 'May 3 1990'],
    ['ISO', 'dob: 1990-03-12', '1990-03-12'],
    ['"né(e)"', 'né(e) le 12/03/1996', '12/03/1996'],
    ['"ddn"', 'ddn : 12/03/1996', '12/03/1996'],
    ['"D.O.B."', 'D.O.B. 12/03/1996', '12/03/1996'],
    ['"d.o.b"', 'd.o.b 12/03/1996', '12/03/1996'],
    ['"naissance:"', 'naissance: 12/03/1996', '12/03/1996'],
    ['"nee" typed without its accent', 'nee le 12/03/1996', '12/03/1996'],
    ['"is" after the cue', 'date of birth is 3 May 1990', '3 May 1990'],
    [
      'words between the field and the date',
      'date de naissance de la candidate : 21/03/1996',
      '21/03/1996',
    ],
  ])('%s', (_form, text, date) => expect(dates(text)).toEqual([date]));

  it.each([
    ['a cue inside a word', 'renée le 12/03/1996'],
    ['a cue glued to letters', 'ddnx 12/03/1996'],
    ['a full stop between the cue and the date', 'date de naissance. Le 12/03/1996'],
    [
      'an exclamation between the field and the date',
      'date de naissance sur le dossier, vérifiée ! 21/03/1996',
    ],
    ['too many words between the cue and the date', 'elle est née, je crois, le 12/03/1996'],
    ['a day of three digits', 'né le 123/03/1996'],
    ['a deadline at the start of a short message', 'ddn avant le 12/05/2024'],
    ['a deadline after the field', 'date de naissance à fournir avant le 12/05/2024'],
    ['an appointment after the field', 'date de naissance, puis rendez vous le 12/05/2024'],
  ])('not with %s', (_case, text) => expect(dates(text)).toEqual([]));
});

describe('words of an appointment only count right before the date', () => {
  it('an appointment word earlier in the sentence does not hide the birth date', () =>
    expect(dates('avant tout, elle est née le 12/03/1990')).toEqual(['12/03/1990']));

  it('a birth date says so, in both languages', () =>
    expect(findBirthDates('né le 12/03/1996').map((c) => [c.type, c.reason, c.reasonEn])).toEqual([
      ['DOB', 'date de naissance', 'date of birth'],
    ]));
});
