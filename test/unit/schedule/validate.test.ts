import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../../lib/schedule/types';
import { validateSchedule } from '../../../lib/schedule/validate';
import { scheduleWith } from './fixtures';

const week = scheduleWith().week;

/** The error paths for an input, [] when valid. */
function errorPaths(input: unknown): string[] {
  const result = validateSchedule(input);
  return result.ok ? [] : result.errors.map((error) => error.path);
}

describe('validateSchedule', () => {
  it('accepts the default schedule', () => {
    expect(validateSchedule(DEFAULT_SCHEDULE)).toEqual({ ok: true, schedule: DEFAULT_SCHEDULE });
  });

  it('sorts ranges and absences, trims notes, keeps only known fields', () => {
    const result = validateSchedule({
      ...scheduleWith(),
      extra: 'ignored',
      week: {
        ...week,
        mon: [
          { start: '14:00', end: '18:00' },
          { start: '08:00', end: '12:00' },
        ],
      },
      absences: [
        { start: '2026-08-01', end: '2026-08-02', note: '  vacances ' },
        { start: '2026-07-01', end: '2026-07-01', note: '' },
      ],
    });
    expect(result.ok && result.schedule.week.mon.map((range) => range.start)).toEqual([
      '08:00',
      '14:00',
    ]);
    expect(result.ok && result.schedule.absences).toEqual([
      { start: '2026-07-01', end: '2026-07-01' },
      { start: '2026-08-01', end: '2026-08-02', note: 'vacances' },
    ]);
    expect(result.ok && 'extra' in result.schedule).toBe(false);
  });

  it.each([
    ['not an object', 'schedule', ['']],
    ['an array', [], ['']],
    ['unknown version', scheduleWith({ version: 2 as 1 }), ['version']],
    ['unknown time zone', scheduleWith({ timeZone: 'Europe/Atlantis' }), ['timeZone']],
    ['missing week', { ...scheduleWith(), week: undefined }, ['week']],
    ['missing day', { ...scheduleWith(), week: { ...week, wed: undefined } }, ['week.wed']],
    [
      'range not an object',
      scheduleWith({ week: { ...week, mon: ['8-18' as never] } }),
      ['week.mon[0]'],
    ],
    [
      'bad start time',
      scheduleWith({ week: { ...week, mon: [{ start: '8h', end: '18:00' }] } }),
      ['week.mon[0].start'],
    ],
    [
      'hour out of range',
      scheduleWith({ week: { ...week, mon: [{ start: '08:00', end: '25:00' }] } }),
      ['week.mon[0].end'],
    ],
    [
      '24:00 as a start',
      scheduleWith({ week: { ...week, mon: [{ start: '24:00', end: '24:00' }] } }),
      ['week.mon[0].start'],
    ],
    [
      'reversed range',
      scheduleWith({ week: { ...week, tue: [{ start: '18:00', end: '08:00' }] } }),
      ['week.tue[0]'],
    ],
    [
      'empty range',
      scheduleWith({ week: { ...week, tue: [{ start: '08:00', end: '08:00' }] } }),
      ['week.tue[0]'],
    ],
    [
      'overlapping ranges',
      scheduleWith({
        week: {
          ...week,
          fri: [
            { start: '08:00', end: '12:30' },
            { start: '12:00', end: '18:00' },
          ],
        },
      }),
      ['week.fri[1]'],
    ],
    ['missing holidays', { ...scheduleWith(), holidays: null }, ['holidays']],
    [
      'bad country',
      scheduleWith({ holidays: { country: 'France', enabled: true } }),
      ['holidays.country'],
    ],
    [
      'lower-case country',
      scheduleWith({ holidays: { country: 'fr', enabled: true } }),
      ['holidays.country'],
    ],
    [
      'bad region',
      scheduleWith({ holidays: { country: 'FR', region: 'Bas Rhin', enabled: true } }),
      ['holidays.region'],
    ],
    [
      'holidays on/off missing',
      { ...scheduleWith(), holidays: { country: 'FR' } },
      ['holidays.enabled'],
    ],
    ['absences not a list', { ...scheduleWith(), absences: {} }, ['absences']],
    ['absence not an object', scheduleWith({ absences: [null as never] }), ['absences[0]']],
    [
      'absence with an impossible date',
      scheduleWith({ absences: [{ start: '2026-02-30', end: '2026-03-02' }] }),
      ['absences[0].start'],
    ],
    [
      'absence with a malformed end',
      scheduleWith({ absences: [{ start: '2026-03-02', end: '02/03/2026' }] }),
      ['absences[0].end'],
    ],
    [
      'absence ending before it starts',
      scheduleWith({ absences: [{ start: '2026-03-10', end: '2026-03-02' }] }),
      ['absences[0].end'],
    ],
    [
      'absence note too long',
      scheduleWith({
        absences: [{ start: '2026-03-02', end: '2026-03-02', note: 'x'.repeat(201) }],
      }),
      ['absences[0].note'],
    ],
    ['unknown manual state', { ...scheduleWith(), manual: { state: 'busy' } }, ['manual']],
    [
      'away until a non-date',
      scheduleWith({ manual: { state: 'away', until: 'lundi' } }),
      ['manual.until'],
    ],
    [
      'away until a date without time',
      scheduleWith({ manual: { state: 'away', until: '2026-01-19' } }),
      ['manual.until'],
    ],
  ])('refuses %s', (_name, input, paths) => {
    expect(errorPaths(input)).toEqual(paths);
  });

  it('reports every problem at once, each in both languages', () => {
    const result = validateSchedule({
      ...scheduleWith({ timeZone: 'Nowhere' }),
      week: { ...week, mon: [{ start: '18:00', end: '08:00' }] },
      absences: [{ start: '2026-03-10', end: '2026-03-02' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual([
      'timeZone',
      'week.mon[0]',
      'absences[0].end',
    ]);
    expect(result.errors[1].message.fr).toBe(
      'Le lundi, la plage 18:00–08:00 finit avant de commencer.',
    );
    expect(result.errors[1].message.en).toBe(
      'On Monday, the range 18:00–08:00 ends before it starts.',
    );
  });

  it('never throws, whatever comes in', () => {
    for (const input of [undefined, null, 0, '', [], { week: 'x' }, { week: { mon: 'x' } }]) {
      expect(() => validateSchedule(input)).not.toThrow();
    }
  });

  it('checks the holiday area when given a way to', () => {
    const result = validateSchedule(scheduleWith({ holidays: { country: 'ZZ', enabled: true } }), {
      isKnownHolidayArea: (country) => country === 'FR',
    });
    expect(!result.ok && result.errors[0].message.en).toBe(
      'No known public holiday calendar for ZZ.',
    );
  });
});
