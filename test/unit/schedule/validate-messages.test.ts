import { describe, expect, it } from 'vitest';
import { validateSchedule, type ValidationError } from '../../../lib/schedule/validate';
import { scheduleWith } from './fixtures';

// What the schedule editor and an import show, word for word: a person reads these to fix
// their schedule, so each must name the problem, the value and the expected form.

const week = scheduleWith().week;

function errorsFor(input: unknown, options = {}): ValidationError[] {
  const result = validateSchedule(input, options);
  return result.ok ? [] : result.errors;
}

const error = (path: string, fr: string, en: string): ValidationError => ({
  path,
  message: { fr, en },
});

// Both dates of the first absence refused, in the words the options page shows.
const invalidAbsenceDates = () => [
  error(
    'absences[0].start',
    'Absence n° 1 : date de début invalide (AAAA-MM-JJ).',
    'Absence #1: invalid start date (YYYY-MM-DD).',
  ),
  error(
    'absences[0].end',
    'Absence n° 1 : date de fin invalide (AAAA-MM-JJ).',
    'Absence #1: invalid end date (YYYY-MM-DD).',
  ),
];

describe('validation messages, in French and English', () => {
  it.each<[string, unknown, ValidationError[]]>([
    [
      'not an object',
      null,
      [
        error(
          '',
          "Les horaires ne sont pas lisibles (ce n'est pas un objet).",
          'The schedule is unreadable (not an object).',
        ),
      ],
    ],
    [
      'unknown version',
      scheduleWith({ version: 2 as 1 }),
      [
        error(
          'version',
          'Version des horaires inconnue (1 attendue).',
          'Unknown schedule version (expected 1).',
        ),
      ],
    ],
    [
      'unknown time zone',
      scheduleWith({ timeZone: 'Europe/Atlantis' }),
      [
        error(
          'timeZone',
          'Fuseau horaire inconnu (exemple : Europe/Paris).',
          'Unknown time zone (for example Europe/Paris).',
        ),
      ],
    ],
    [
      'a time zone that is not text',
      scheduleWith({ timeZone: 42 as never }),
      [
        error(
          'timeZone',
          'Fuseau horaire inconnu (exemple : Europe/Paris).',
          'Unknown time zone (for example Europe/Paris).',
        ),
      ],
    ],
    [
      'missing week',
      { ...scheduleWith(), week: 'lundi-vendredi' },
      [error('week', 'Les plages de la semaine manquent.', 'The weekly hours are missing.')],
    ],
    [
      'missing day',
      { ...scheduleWith(), week: { ...week, wed: undefined } },
      [
        error(
          'week.wed',
          'Les plages du mercredi manquent (une liste, vide si fermé).',
          "Wednesday's hours are missing (a list, empty when closed).",
        ),
      ],
    ],
    [
      'unreadable range',
      scheduleWith({ week: { ...week, sat: ['8-18' as never] } }),
      [error('week.sat[0]', 'Plage illisible le samedi.', 'Unreadable range on Saturday.')],
    ],
    [
      'bad start and end together',
      scheduleWith({ week: { ...week, sun: [{ start: '8h', end: '25:00' }] } }),
      [
        error(
          'week.sun[0].start',
          'Heure de début invalide le dimanche (format HH:MM, ex. 08:00).',
          'Invalid start time on Sunday (format HH:MM, e.g. 08:00).',
        ),
        error(
          'week.sun[0].end',
          'Heure de fin invalide le dimanche (format HH:MM, ex. 18:00).',
          'Invalid end time on Sunday (format HH:MM, e.g. 18:00).',
        ),
      ],
    ],
    [
      'times that are not text',
      scheduleWith({ week: { ...week, thu: [{ start: 8, end: 18 } as never] } }),
      [
        error(
          'week.thu[0].start',
          'Heure de début invalide le jeudi (format HH:MM, ex. 08:00).',
          'Invalid start time on Thursday (format HH:MM, e.g. 08:00).',
        ),
        error(
          'week.thu[0].end',
          'Heure de fin invalide le jeudi (format HH:MM, ex. 18:00).',
          'Invalid end time on Thursday (format HH:MM, e.g. 18:00).',
        ),
      ],
    ],
    [
      'a bad end only',
      scheduleWith({ week: { ...week, tue: [{ start: '08:00', end: '18h' }] } }),
      [
        error(
          'week.tue[0].end',
          'Heure de fin invalide le mardi (format HH:MM, ex. 18:00).',
          'Invalid end time on Tuesday (format HH:MM, e.g. 18:00).',
        ),
      ],
    ],
    [
      'overlapping ranges',
      scheduleWith({
        week: {
          ...week,
          fri: [
            { start: '12:00', end: '18:00' },
            { start: '08:00', end: '12:30' },
          ],
        },
      }),
      [
        error(
          'week.fri[0]',
          'Le vendredi, deux plages se chevauchent : 08:00–12:30 / 12:00–18:00.',
          'On Friday, two ranges overlap: 08:00–12:30 / 12:00–18:00.',
        ),
      ],
    ],
    [
      'too many ranges in a day',
      scheduleWith({
        week: {
          ...week,
          thu: Array.from({ length: 13 }, (_, hour) => ({
            start: `${String(hour + 6).padStart(2, '0')}:00`,
            end: `${String(hour + 6).padStart(2, '0')}:30`,
          })),
        },
      }),
      [
        error(
          'week.thu',
          'Trop de plages le jeudi (13, 12 au plus).',
          'Too many ranges on Thursday (13, at most 12).',
        ),
      ],
    ],
    [
      'times that are lists, not text',
      scheduleWith({
        week: { ...week, mon: [{ start: ['08:00'], end: ['18:00'] } as never] },
      }),
      [
        error(
          'week.mon[0].start',
          'Heure de début invalide le lundi (format HH:MM, ex. 08:00).',
          'Invalid start time on Monday (format HH:MM, e.g. 08:00).',
        ),
        error(
          'week.mon[0].end',
          'Heure de fin invalide le lundi (format HH:MM, ex. 18:00).',
          'Invalid end time on Monday (format HH:MM, e.g. 18:00).',
        ),
      ],
    ],
    [
      'a three-letter country',
      scheduleWith({ holidays: { country: 'FRA', enabled: true } }),
      [
        error(
          'holidays.country',
          'Pays invalide (code à deux lettres majuscules, ex. FR).',
          'Invalid country (two capital letters, e.g. FR).',
        ),
      ],
    ],
    [
      'missing holidays',
      { ...scheduleWith(), holidays: [] },
      [
        error(
          'holidays',
          'Le réglage des jours fériés manque.',
          'The public holiday setting is missing.',
        ),
      ],
    ],
    [
      'holidays neither on nor off',
      { ...scheduleWith(), holidays: { country: 'FR', enabled: 'oui' } },
      [error('holidays.enabled', 'Jours fériés : activé ou non ?', 'Public holidays: on or off?')],
    ],
    [
      'bad country',
      scheduleWith({ holidays: { country: 'France', enabled: true } }),
      [
        error(
          'holidays.country',
          'Pays invalide (code à deux lettres majuscules, ex. FR).',
          'Invalid country (two capital letters, e.g. FR).',
        ),
      ],
    ],
    [
      'a country code inside a longer text',
      scheduleWith({ holidays: { country: 'xFRx', enabled: true } }),
      [
        error(
          'holidays.country',
          'Pays invalide (code à deux lettres majuscules, ex. FR).',
          'Invalid country (two capital letters, e.g. FR).',
        ),
      ],
    ],
    [
      'bad region',
      scheduleWith({ holidays: { country: 'FR', region: 'Bas Rhin', enabled: true } }),
      [
        error(
          'holidays.region',
          'Région invalide (code court, ex. 67 pour le Bas-Rhin).',
          'Invalid region (a short code, e.g. 67 for Bas-Rhin).',
        ),
      ],
    ],
    [
      'a region that is not text',
      scheduleWith({ holidays: { country: 'FR', region: 67 as never, enabled: true } }),
      [
        error(
          'holidays.region',
          'Région invalide (code court, ex. 67 pour le Bas-Rhin).',
          'Invalid region (a short code, e.g. 67 for Bas-Rhin).',
        ),
      ],
    ],
    [
      'a region code too long',
      scheduleWith({ holidays: { country: 'FR', region: 'ABCDEFG', enabled: true } }),
      [
        error(
          'holidays.region',
          'Région invalide (code court, ex. 67 pour le Bas-Rhin).',
          'Invalid region (a short code, e.g. 67 for Bas-Rhin).',
        ),
      ],
    ],
    [
      'absences not a list',
      { ...scheduleWith(), absences: 'août' },
      [error('absences', 'La liste des absences manque.', 'The list of absences is missing.')],
    ],
    [
      'the second absence unreadable',
      scheduleWith({ absences: [{ start: '2026-03-02', end: '2026-03-02' }, 'x' as never] }),
      [error('absences[1]', 'Absence n° 2 illisible.', 'Absence #2 is unreadable.')],
    ],
    [
      'absence dates invalid',
      scheduleWith({ absences: [{ start: '2026-02-30', end: '02/03/2026' }] }),
      invalidAbsenceDates(),
    ],
    [
      'absence dates that are not text',
      scheduleWith({ absences: [{ start: 20260302, end: null } as never] }),
      invalidAbsenceDates(),
    ],
    [
      'absence dates that are lists, not text',
      scheduleWith({ absences: [{ start: ['2026-03-02'], end: ['2026-03-02'] } as never] }),
      invalidAbsenceDates(),
    ],
    [
      'too many absences',
      scheduleWith({
        absences: Array.from({ length: 51 }, () => ({ start: '2026-03-02', end: '2026-03-02' })),
      }),
      [
        error(
          'absences',
          "Trop d'absences (51, 50 au plus) : retirez les anciennes.",
          'Too many absences (51, at most 50): remove past ones.',
        ),
      ],
    ],
    [
      'absence ending before it starts',
      scheduleWith({ absences: [{ start: '2026-03-10', end: '2026-03-02' }] }),
      [
        error(
          'absences[0].end',
          'Absence n° 1 : la fin (2026-03-02) est avant le début (2026-03-10).',
          'Absence #1: the end (2026-03-02) is before the start (2026-03-10).',
        ),
      ],
    ],
    [
      'absence note too long',
      scheduleWith({
        absences: [{ start: '2026-03-02', end: '2026-03-02', note: 'x'.repeat(201) }],
      }),
      [
        error(
          'absences[0].note',
          'Absence n° 1 : la note doit être un texte de 200 caractères au plus.',
          'Absence #1: the note must be text of at most 200 characters.',
        ),
      ],
    ],
    [
      'absence note not text',
      scheduleWith({ absences: [{ start: '2026-03-02', end: '2026-03-02', note: 7 as never }] }),
      [
        error(
          'absences[0].note',
          'Absence n° 1 : la note doit être un texte de 200 caractères au plus.',
          'Absence #1: the note must be text of at most 200 characters.',
        ),
      ],
    ],
    [
      'unknown manual status',
      { ...scheduleWith(), manual: 'away' },
      [
        error(
          'manual',
          'Statut manuel inconnu (disponible ou absent).',
          'Unknown manual status (available or away).',
        ),
      ],
    ],
    [
      'away until a non-date',
      scheduleWith({ manual: { state: 'away', until: 'lundi' } }),
      [
        error(
          'manual.until',
          "Fin d'absence invalide (date et heure ISO avec fuseau).",
          'Invalid end of away status (ISO date and time with offset).',
        ),
      ],
    ],
  ])('%s', (_name, input, errors) => {
    expect(errorsFor(input)).toEqual(errors);
  });

  it('names the region when the holiday calendar does not know it', () => {
    const input = scheduleWith({ holidays: { country: 'FR', region: '99', enabled: true } });
    expect(errorsFor(input, { isKnownHolidayArea: () => false })).toEqual([
      error(
        'holidays.region',
        'Pays ou région sans calendrier de jours fériés connu : FR-99.',
        'No known public holiday calendar for FR-99.',
      ),
    ]);
  });

  it('names the country when no region is set', () => {
    const input = scheduleWith({ holidays: { country: 'ZZ', enabled: false } });
    expect(errorsFor(input, { isKnownHolidayArea: () => false })).toEqual([
      error(
        'holidays.country',
        'Pays ou région sans calendrier de jours fériés connu : ZZ.',
        'No known public holiday calendar for ZZ.',
      ),
    ]);
  });
});

describe('what validation accepts, at its limits', () => {
  const accepted = (input: unknown, options = {}) => {
    const result = validateSchedule(input, options);
    expect(result.ok ? [] : result.errors).toEqual([]);
    return result.ok ? result.schedule : undefined;
  };

  it('ranges that touch without overlapping, merged into one', () => {
    const mon = [
      { start: '08:00', end: '12:00' },
      { start: '12:00', end: '24:00' },
    ];
    expect(accepted(scheduleWith({ week: { ...week, mon } }))?.week.mon).toEqual([
      { start: '08:00', end: '24:00' },
    ]);
  });

  it('a region the holiday calendar knows, kept with its country', () => {
    const holidays = { country: 'FR', region: '67', enabled: true };
    const seen: unknown[] = [];
    const schedule = accepted(scheduleWith({ holidays }), {
      isKnownHolidayArea: (country: string, region?: string) => {
        seen.push([country, region]);
        return true;
      },
    });
    expect(schedule?.holidays).toEqual(holidays);
    expect(seen).toEqual([['FR', '67']]);
  });

  it('holidays turned off, without a region key', () => {
    const holidays = { country: 'BE', enabled: false };
    expect(accepted(scheduleWith({ holidays }))?.holidays).toStrictEqual(holidays);
  });

  it('a note trimmed, and a note of spaces only left out', () => {
    const absences = [
      { start: '2026-03-02', end: '2026-03-02', note: '  congés  ' },
      { start: '2026-03-09', end: '2026-03-09', note: '   ' },
    ];
    expect(accepted(scheduleWith({ absences }))?.absences).toStrictEqual([
      { start: '2026-03-02', end: '2026-03-02', note: 'congés' },
      { start: '2026-03-09', end: '2026-03-09' },
    ]);
  });

  it('a note of exactly 200 characters, and a one-day absence', () => {
    const absence = { start: '2026-03-02', end: '2026-03-02', note: 'x'.repeat(200) };
    expect(accepted(scheduleWith({ absences: [absence] }))?.absences).toEqual([absence]);
  });

  it.each([
    [{ state: 'away' }, { state: 'away' }],
    [
      { state: 'away', until: '2026-01-19T18:00+01:00' },
      { state: 'away', until: '2026-01-19T18:00+01:00' },
    ],
    [
      { state: 'away', until: '2026-01-19T18:00:30.5Z' },
      { state: 'away', until: '2026-01-19T18:00:30.5Z' },
    ],
    [{ state: 'available', until: 'ignored' }, { state: 'available' }],
  ])('manual status %j', (manual, expected) => {
    expect(accepted({ ...scheduleWith(), manual })?.manual).toEqual(expected);
  });

  it.each(['2026-13-45T18:00Z', 'x2026-01-19T18:00Z', '2026-01-19T18:00Zx', '2026-01-19 18:00Z'])(
    'refuses an away status until %s',
    (until) => {
      expect(
        errorsFor(scheduleWith({ manual: { state: 'away', until } })).map((e) => e.path),
      ).toEqual(['manual.until']);
    },
  );
});
