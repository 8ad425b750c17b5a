import { describe, expect, it } from 'vitest';
import { findBirthDatesAfterCue } from '../../../lib/detect/recognizers/birth-date.ts';
import { foundOfType } from './helpers.ts';

const dates = (text: string) => findBirthDatesAfterCue(text).map((c) => text.slice(c.start, c.end));

// Words after the cue that bring the date to start exactly `at` characters after it.
const EN_WORDS =
  ', which the school asked for again because the form they had on file was filled in by hand and nobody could read it at all';
const FR_WORDS =
  ", que l'école redemande parce que le formulaire rempli à la main l'an dernier est illisible pour tout le monde au secrétariat";
const filler = (words: string, at: number) => words.slice(0, at - 1) + ' ';

// The window after a birth cue bounds where the date starts, not where it ends: a long
// date that starts near the edge is read whole.
describe('a date of birth near the edge of its cue’s window', () => {
  it('the filler words are long enough', () => {
    expect(EN_WORDS.length).toBeGreaterThanOrEqual(121);
    expect(FR_WORDS.length).toBeGreaterThanOrEqual(121);
  });

  const LONG_DATES: Array<[string, string, string]> = [
    ['date of birth', '21st of September 1990', EN_WORDS],
    ['date of birth', 'September 21st, 1990', EN_WORDS],
    ['date of birth', 'Sept. 21st, 1990', EN_WORDS],
    ['DOB', '21 September 1990', EN_WORDS],
    ['born on', '3rd of December 1987', EN_WORDS],
    ['date de naissance', '21 septembre 1990', FR_WORDS],
    ['date de naissance', '1er décembre 1987', FR_WORDS],
    ['née le', '14/02/1936', FR_WORDS],
    ['ddn', '1990-09-21', FR_WORDS],
  ];

  for (const at of [100, 110, 115, 118, 120])
    it.each(LONG_DATES)(`starting ${at} characters after "%s": %s`, (cue, date, words) => {
      const text = `${cue}${filler(words, at)}${date}, merci`;
      expect(text.indexOf(date) - cue.length).toBe(at);
      expect(dates(text)).toEqual([date]);
    });

  it.each(LONG_DATES)(
    'starting 121 characters after "%s" is another subject: %s',
    (cue, date, words) => {
      const text = `${cue}${filler(words, 121)}${date}, merci`;
      expect(dates(text)).toEqual([]);
    },
  );

  it('the whole message gives the whole date', () => {
    const date = '21st of September 1990';
    const text = `Date of birth${filler(EN_WORDS, 119)}${date}.`;
    expect(foundOfType(text, 'DOB')).toEqual([date]);
  });
});

// A year alone after a birth cue is a partial date, like an age: no entity (see the
// comment in lib/detect/recognizers/birth-date.ts). A full date after the same cue is one.
describe('a year of birth alone', () => {
  it.each([
    'né en 1990',
    'elle est née en 1985 à Lyon',
    'nee en 92 je crois',
    "born in '85",
    'born in 1990 in Leeds',
    'he was born in the 80s',
    'née en mars 1990',
    'born in March 1990',
    'sa date de naissance ? 1990',
    'DOB: 1985',
  ])('is no date of birth: %s', (text) => expect(foundOfType(text, 'DOB')).toEqual([]));

  it.each([
    ['née le 3 mars 1990', '3 mars 1990'],
    ['born on 3 March 1990', '3 March 1990'],
    ['DOB: 12/03/1985', '12/03/1985'],
  ])('a full date still is: %s', (text, date) => expect(foundOfType(text, 'DOB')).toEqual([date]));
});
