import { describe, expect, it } from 'vitest';
import { findBirthDatesAfterCue } from '../../../lib/detect/recognizers/birth-date.ts';

// Words that bring the date to exactly 120 characters after the cue, the farthest it is read.
const AT_120 =
  ", je l'ai notée quelque part dans le dossier bleu rangé dans l'armoire du fond, avec les autres papiers de la famille :";

const dates = (text: string) => findBirthDatesAfterCue(text).map((c) => text.slice(c.start, c.end));

// A date of birth asked for in one sentence and given in the next: the first date after
// the cue, close enough, unless it is an appointment or a deadline.
describe('a date of birth given after its cue', () => {
  it('the words used to reach the limit are 120 characters long', () =>
    expect(AT_120.length + 1).toBe(120));

  it.each([
    [
      'in the next sentence',
      "on me demande la date de naissance de Mme Santoni. Sur sa carte, c'est le 14/02/1936",
      '14/02/1936',
    ],
    ['after "ddn ?"', 'ddn ? 14/02/1936', '14/02/1936'],
    ['after "date of birth?"', 'date of birth? 14/02/1936', '14/02/1936'],
    ['after "born on"', 'born on a Monday, 14/02/1936', '14/02/1936'],
    ['after "née le"', 'née le jour de Noël, 25/12/1936', '25/12/1936'],
    ['on the next line', 'date de naissance ?\nLe 14/02/1936', '14/02/1936'],
    ['after "né le"', 'né le jour de Noël, 25/12/1936', '25/12/1936'],
    [
      'after sentences that come before the cue',
      'Bonjour. Une question. Sa date de naissance ? 14/02/1936',
      '14/02/1936',
    ],
    ['a month written with a capital', 'date de naissance ? Le 3 Mars 1936', '3 Mars 1936'],
    ['120 characters after the cue', `date de naissance${AT_120} 14/02/1936`, '14/02/1936'],
  ])('%s', (_case, text, date) => expect(dates(text)).toEqual([date]));

  it.each([
    ['two sentences later', 'date de naissance ? Je ne sais pas. Je regarde. Le 14/02/1936'],
    ['two sentences later, in English', 'DOB? she told me. 14/02/1936'],
    ['a full stop and another sentence', 'date de naissance. Voilà. 14/02/1936'],
    [
      'more than 120 characters later',
      "sa date de naissance, je l'ai notée quelque part dans le dossier bleu rangé dans l'armoire du fond, avec les autres papiers de la famille et le reste, 14/02/1936",
    ],
    ['a cue glued to letters', 'la ddnx 14/02/1936'],
    ['a cue inside a word', 'la tournée le 14/02/2024 commence à 9h'],
    [
      'an appointment: "rendez vous" without its hyphen',
      'date de naissance ? rendez vous le 12/05/2024',
    ],
    ['an appointment: "reunion" without its accent', 'date de naissance ? reunion le 12/05/2024'],
    ['a deadline: "avant le"', 'sa date de naissance à envoyer avant le 12/05/2024'],
    ['an appointment: "rdv le"', 'date de naissance ? rdv le 12/05/2024'],
    ['an appointment: "rendez-vous le"', 'date de naissance ? rendez-vous le 12/05/2024'],
    ['an appointment: "réunion le"', 'date de naissance ? réunion le 12/05/2024'],
    ['an appointment: "meeting on"', 'date de naissance ? meeting on 12/05/2024'],
    ['a deadline: "deadline"', 'date de naissance ? deadline 12/05/2024'],
    ['a deadline glued to its date', 'date de naissance ? deadline:12/05/2024'],
    ['an appointment and a colon', 'date de naissance ? rdv : 12/05/2024'],
    ['a deadline: "jusqu\'au"', "date de naissance ? jusqu'au 12/05/2024"],
    ['a deadline: "until"', 'date of birth? until 12/05/2024'],
    ['a deadline: "by the"', 'date of birth? by the 12/05/2024'],
  ])('not %s', (_case, text) => expect(dates(text)).toEqual([]));
});

it('a date of birth after its cue says so, in both languages', () =>
  expect(
    findBirthDatesAfterCue('ddn ? 14/02/1936').map((c) => [c.type, c.reason, c.reasonEn]),
  ).toEqual([['DOB', 'date de naissance', 'date of birth']]));
