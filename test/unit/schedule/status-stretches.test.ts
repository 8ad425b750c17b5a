import { describe, expect, it } from 'vitest';
import { SEARCH_DAYS, status, type WindowStatus } from '../../../lib/schedule/status';
import type { Schedule, TimeRange, Weekday } from '../../../lib/schedule/types';
import { addDays } from '../../../lib/schedule/calendar-date';
import { NO_HOLIDAYS, scheduleWith } from './fixtures';

// Where one stretch of open time ends: ranges join across midnight only when one ends at
// 24:00 and the next day's starts at 00:00, a wall-clock gap the clocks jump over is no
// gap, and a holiday right after a stretch across midnight still ends it at its last range.
// The popup's "until …" comes from these: a wrong end tells the mentee the wrong time.

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const only = (days: Partial<Record<Weekday, TimeRange[]>>): Schedule =>
  scheduleWith({ week: { ...closed, ...days } });
const r = (start: string, end: string): TimeRange => ({ start, end });

function summary(result: WindowStatus) {
  return {
    state: result.state,
    until: result.until?.toISOString(),
    nextOpening: result.nextOpening?.toISOString(),
  };
}

// 2026-01-12 is a Monday; Paris is UTC+1 in winter. 2026-03-29, a Sunday, is the March change.
describe('where a stretch of open time ends', () => {
  it.each<[string, string, Schedule, ReadonlySet<string>, ReturnType<typeof summary>]>([
    [
      'a range to midnight, then one the next morning: two stretches',
      '2026-01-12T20:00:00Z',
      only({ mon: [r('20:00', '24:00')], tue: [r('06:00', '08:00')] }),
      NO_HOLIDAYS,
      { state: 'open', until: '2026-01-12T23:00:00.000Z', nextOpening: '2026-01-13T05:00:00.000Z' },
    ],
    [
      'a range ending before midnight, then one from midnight: two stretches',
      '2026-01-12T18:00:00Z',
      only({ mon: [r('18:00', '20:00')], tue: [r('00:00', '02:00')] }),
      NO_HOLIDAYS,
      { state: 'open', until: '2026-01-12T19:00:00.000Z', nextOpening: '2026-01-12T23:00:00.000Z' },
    ],
    [
      'a range to midnight, then one from midnight two days later: two stretches',
      '2026-01-12T20:00:00Z',
      only({ mon: [r('20:00', '24:00')], wed: [r('00:00', '02:00')] }),
      NO_HOLIDAYS,
      { state: 'open', until: '2026-01-12T23:00:00.000Z', nextOpening: '2026-01-13T23:00:00.000Z' },
    ],
    [
      'across midnight, then a holiday: the stretch ends at its last range',
      '2026-01-12T20:00:00Z',
      only({ mon: [r('20:00', '24:00')], tue: [r('00:00', '08:00')], wed: [r('08:00', '10:00')] }),
      new Set(['2026-01-14']),
      { state: 'open', until: '2026-01-13T07:00:00.000Z', nextOpening: '2026-01-19T19:00:00.000Z' },
    ],
    [
      'two ranges either side of the hour the clocks skip are one stretch',
      '2026-03-28T23:30:00Z',
      only({ sun: [r('00:00', '02:00'), r('03:00', '05:00')] }),
      NO_HOLIDAYS,
      { state: 'open', until: '2026-03-29T03:00:00.000Z', nextOpening: '2026-04-04T22:00:00.000Z' },
    ],
  ])('%s', (_label, now, schedule, holidays, expected) => {
    expect(summary(status(new Date(now), schedule, holidays))).toEqual(expected);
  });

  it('ranges that do not read as times are left out', () => {
    const schedule = only({
      mon: [r('x', '10:00'), r('09:00', 'y'), r('14:00', '16:00')],
    });
    expect(summary(status(new Date('2026-01-12T08:30:00Z'), schedule, NO_HOLIDAYS))).toEqual({
      state: 'closed',
      until: '2026-01-12T13:00:00.000Z',
      nextOpening: '2026-01-12T13:00:00.000Z',
    });
  });
});

describe('how far ahead an opening is looked for', () => {
  const everyDay = only({
    mon: [r('08:00', '18:00')],
    tue: [r('08:00', '18:00')],
    wed: [r('08:00', '18:00')],
    thu: [r('08:00', '18:00')],
    fri: [r('08:00', '18:00')],
    sat: [r('08:00', '18:00')],
    sun: [r('08:00', '18:00')],
  });
  const awayFor = (days: number): Schedule => ({
    ...everyDay,
    absences: [{ start: '2026-01-12', end: addDays('2026-01-12', days - 1) }],
  });

  it(`finds an opening ${SEARCH_DAYS} days ahead, none beyond`, () => {
    const now = new Date('2026-01-12T09:00:00Z');
    expect(status(now, awayFor(SEARCH_DAYS), NO_HOLIDAYS).nextOpening?.toISOString()).toBe(
      `${addDays('2026-01-12', SEARCH_DAYS)}T07:00:00.000Z`,
    );
    expect(status(now, awayFor(SEARCH_DAYS + 1), NO_HOLIDAYS).nextOpening).toBeUndefined();
  });
});

describe('an absence’s reason', () => {
  it('carries no note key when the absence has none', () => {
    const schedule = scheduleWith({ absences: [{ start: '2026-01-12', end: '2026-01-13' }] });
    expect(status(new Date('2026-01-12T09:00:00Z'), schedule, NO_HOLIDAYS).reason).toStrictEqual({
      kind: 'absence',
      start: '2026-01-12',
      end: '2026-01-13',
    });
  });
});
