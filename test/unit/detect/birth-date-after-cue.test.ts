import { describe, expect, it } from 'vitest';
import { findBirthDatesAfterCue } from '../../../lib/detect/recognizers/birth-date.ts';

const dates = (text: string) => findBirthDatesAfterCue(text).map((c) => text.slice(c.start, c.end));

// A date of birth asked for in one sentence and given in the next: the first date after
// the cue, close enough, unless it is an appointment or a deadline.
describe('a date of birth given after its cue', () => {
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
    ['a deadline: "avant le"', 'sa date de naissance à envoyer avant le 12/05/2024'],
    ['an appointment: "rdv le"', 'date de naissance ? rdv le 12/05/2024'],
    ['an appointment: "rendez-vous le"', 'date de naissance ? rendez-vous le 12/05/2024'],
    ['an appointment: "réunion le"', 'date de naissance ? réunion le 12/05/2024'],
    ['an appointment: "meeting on"', 'date de naissance ? meeting on 12/05/2024'],
    ['a deadline: "deadline"', 'date de naissance ? deadline 12/05/2024'],
    ['a deadline: "jusqu\'au"', "date de naissance ? jusqu'au 12/05/2024"],
    ['a deadline: "until"', 'date of birth? until 12/05/2024'],
    ['a deadline: "by the"', 'date of birth? by the 12/05/2024'],
  ])('not %s', (_case, text) => expect(dates(text)).toEqual([]));
});
