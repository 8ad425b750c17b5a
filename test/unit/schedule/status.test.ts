import { describe, expect, it } from 'vitest';
import type { WindowStatus } from '../../../lib/schedule/status';
import { status } from '../../../lib/schedule/status';
import type { Schedule } from '../../../lib/schedule/types';
import { FRENCH_HOLIDAYS, NO_HOLIDAYS, scheduleWith } from './fixtures';

const iso = (date?: Date) => date?.toISOString();

function summary(result: WindowStatus) {
  return {
    state: result.state,
    until: iso(result.until),
    nextOpening: iso(result.nextOpening),
    reason: result.reason,
  };
}

const twoRanges = scheduleWith({
  week: {
    ...scheduleWith().week,
    mon: [
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
  },
});
const touchingRanges = scheduleWith({
  week: {
    ...scheduleWith().week,
    mon: [
      { start: '12:00', end: '18:00' },
      { start: '08:00', end: '12:00' },
    ],
  },
});
const acrossMidnight = scheduleWith({
  week: {
    ...scheduleWith().week,
    sat: [{ start: '20:00', end: '24:00' }],
    sun: [{ start: '00:00', end: '02:00' }],
  },
});
const sundayToo = scheduleWith({
  week: { ...scheduleWith().week, sun: [{ start: '08:00', end: '18:00' }] },
});
const inTheGap = scheduleWith({
  week: { ...scheduleWith().week, sun: [{ start: '02:30', end: '04:00' }] },
});
const emptyWeek = scheduleWith({
  week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
});
const holidaysOff = scheduleWith({ holidays: { country: 'FR', enabled: false } });

type Case = [string, string, Schedule, ReadonlySet<string>, ReturnType<typeof summary>];

// 2026-01-12 is a Monday; Paris is UTC+1 in winter, UTC+2 in summer.
const cases: Case[] = [
  [
    'weekday inside the window',
    '2026-01-12T09:00:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-01-12T17:00:00.000Z',
      nextOpening: '2026-01-13T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'weekday before the window',
    '2026-01-12T06:59:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-01-12T07:00:00.000Z',
      nextOpening: '2026-01-12T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'Friday 18:00 sharp is closed until Monday',
    '2026-01-16T17:00:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-01-19T07:00:00.000Z',
      nextOpening: '2026-01-19T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'Saturday',
    '2026-01-17T12:00:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-01-19T07:00:00.000Z',
      nextOpening: '2026-01-19T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'lunch break between two ranges',
    '2026-01-12T11:30:00Z',
    twoRanges,
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-01-12T13:00:00.000Z',
      nextOpening: '2026-01-12T13:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'morning range, the afternoon is the next opening',
    '2026-01-12T09:00:00Z',
    twoRanges,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-01-12T11:00:00.000Z',
      nextOpening: '2026-01-12T13:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'touching ranges are one stretch',
    '2026-01-12T09:00:00Z',
    touchingRanges,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-01-12T17:00:00.000Z',
      nextOpening: '2026-01-13T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'a stretch across midnight',
    '2026-01-17T22:00:00Z',
    acrossMidnight,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-01-18T01:00:00.000Z',
      nextOpening: '2026-01-19T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    '14 July',
    '2026-07-14T08:00:00Z',
    scheduleWith(),
    FRENCH_HOLIDAYS,
    {
      state: 'holiday',
      until: '2026-07-14T22:00:00.000Z',
      nextOpening: '2026-07-15T06:00:00.000Z',
      reason: { kind: 'holiday', date: '2026-07-14' },
    },
  ],
  [
    'Easter Monday',
    '2026-04-06T08:00:00Z',
    scheduleWith(),
    FRENCH_HOLIDAYS,
    {
      state: 'holiday',
      until: '2026-04-06T22:00:00.000Z',
      nextOpening: '2026-04-07T06:00:00.000Z',
      reason: { kind: 'holiday', date: '2026-04-06' },
    },
  ],
  [
    'Friday evening before Easter Monday reopens on Tuesday',
    '2026-04-03T18:00:00Z',
    scheduleWith(),
    FRENCH_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-04-07T06:00:00.000Z',
      nextOpening: '2026-04-07T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'holidays switched off',
    '2026-07-14T08:00:00Z',
    holidaysOff,
    FRENCH_HOLIDAYS,
    {
      state: 'open',
      until: '2026-07-14T16:00:00.000Z',
      nextOpening: '2026-07-15T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'absence overlapping a holiday: the absence wins',
    '2026-07-14T08:00:00Z',
    scheduleWith({ absences: [{ start: '2026-07-13', end: '2026-07-14', note: 'Pont' }] }),
    FRENCH_HOLIDAYS,
    {
      state: 'away',
      until: '2026-07-14T22:00:00.000Z',
      nextOpening: '2026-07-15T06:00:00.000Z',
      reason: { kind: 'absence', start: '2026-07-13', end: '2026-07-14', note: 'Pont' },
    },
  ],
  [
    'absence ending the day before a holiday: reopens after both',
    '2026-07-13T08:00:00Z',
    scheduleWith({ absences: [{ start: '2026-07-10', end: '2026-07-13' }] }),
    FRENCH_HOLIDAYS,
    {
      state: 'away',
      until: '2026-07-13T22:00:00.000Z',
      nextOpening: '2026-07-15T06:00:00.000Z',
      reason: { kind: 'absence', start: '2026-07-10', end: '2026-07-13' },
    },
  ],
  [
    'overlapping absences are followed to their last day',
    '2026-07-02T08:00:00Z',
    scheduleWith({
      absences: [
        { start: '2026-07-01', end: '2026-07-05' },
        { start: '2026-07-04', end: '2026-07-08' },
      ],
    }),
    NO_HOLIDAYS,
    {
      state: 'away',
      until: '2026-07-08T22:00:00.000Z',
      nextOpening: '2026-07-09T06:00:00.000Z',
      reason: { kind: 'absence', start: '2026-07-01', end: '2026-07-08' },
    },
  ],
  [
    'manual away without an end',
    '2026-01-12T09:00:00Z',
    scheduleWith({ manual: { state: 'away' } }),
    NO_HOLIDAYS,
    { state: 'away', until: undefined, nextOpening: undefined, reason: { kind: 'manual' } },
  ],
  [
    'manual away until the middle of a window reopens then',
    '2026-01-12T09:00:00Z',
    scheduleWith({ manual: { state: 'away', until: '2026-01-13T11:00:00+01:00' } }),
    NO_HOLIDAYS,
    {
      state: 'away',
      until: '2026-01-13T10:00:00.000Z',
      nextOpening: '2026-01-13T10:00:00.000Z',
      reason: { kind: 'manual' },
    },
  ],
  [
    'manual away until Saturday reopens on Monday',
    '2026-01-14T09:00:00Z',
    scheduleWith({ manual: { state: 'away', until: '2026-01-17T12:00:00Z' } }),
    NO_HOLIDAYS,
    {
      state: 'away',
      until: '2026-01-17T12:00:00.000Z',
      nextOpening: '2026-01-19T07:00:00.000Z',
      reason: { kind: 'manual' },
    },
  ],
  [
    'manual away beats an absence and a holiday',
    '2026-07-14T08:00:00Z',
    scheduleWith({
      manual: { state: 'away', until: '2026-07-16T08:00:00Z' },
      absences: [{ start: '2026-07-14', end: '2026-07-14' }],
    }),
    FRENCH_HOLIDAYS,
    {
      state: 'away',
      until: '2026-07-16T08:00:00.000Z',
      nextOpening: '2026-07-16T08:00:00.000Z',
      reason: { kind: 'manual' },
    },
  ],
  [
    'manual away that has expired is ignored',
    '2026-01-12T09:00:00Z',
    scheduleWith({ manual: { state: 'away', until: '2026-01-12T08:00:00Z' } }),
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-01-12T17:00:00.000Z',
      nextOpening: '2026-01-13T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'March change: a window on that Sunday, before it opens',
    '2026-03-29T05:00:00Z',
    sundayToo,
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-03-29T06:00:00.000Z',
      nextOpening: '2026-03-29T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'March change: the Sunday window closes at 18:00 summer time',
    '2026-03-29T10:00:00Z',
    sundayToo,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-03-29T16:00:00.000Z',
      nextOpening: '2026-03-30T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'March change: Friday evening (winter) to Monday 8h (summer)',
    '2026-03-27T18:00:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-03-30T06:00:00.000Z',
      nextOpening: '2026-03-30T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'March change: a range starting in the hour that does not exist opens at the jump',
    '2026-03-29T00:45:00Z',
    inTheGap,
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-03-29T01:00:00.000Z',
      nextOpening: '2026-03-29T01:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'March change: inside that range just after the jump',
    '2026-03-29T01:10:00Z',
    inTheGap,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-03-29T02:00:00.000Z',
      nextOpening: '2026-03-30T06:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'October change: the Sunday window is ten hours long',
    '2026-10-25T07:00:00Z',
    sundayToo,
    NO_HOLIDAYS,
    {
      state: 'open',
      until: '2026-10-25T17:00:00.000Z',
      nextOpening: '2026-10-26T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'October change: Friday evening (summer) to Monday 8h (winter)',
    '2026-10-23T17:00:00Z',
    scheduleWith(),
    NO_HOLIDAYS,
    {
      state: 'closed',
      until: '2026-10-26T07:00:00.000Z',
      nextOpening: '2026-10-26T07:00:00.000Z',
      reason: undefined,
    },
  ],
  [
    'a week with no hours never opens',
    '2026-01-12T09:00:00Z',
    emptyWeek,
    NO_HOLIDAYS,
    { state: 'closed', until: undefined, nextOpening: undefined, reason: undefined },
  ],
];

describe('status', () => {
  it.each(cases)('%s', (_name, now, schedule, holidays, expected) => {
    expect(summary(status(new Date(now), schedule, holidays))).toEqual(expected);
  });

  it('accepts a predicate instead of a set of holidays', () => {
    const result = status(
      new Date('2026-07-14T08:00:00Z'),
      scheduleWith(),
      (date) => date === '2026-07-14',
    );
    expect(result.state).toBe('holiday');
  });

  it('works in a mentor zone other than Paris', () => {
    const tokyo = scheduleWith({ timeZone: 'Asia/Tokyo' });
    // Monday 09:00 in Tokyo is Monday 00:00 UTC.
    expect(summary(status(new Date('2026-01-12T00:00:00Z'), tokyo, NO_HOLIDAYS)).state).toBe(
      'open',
    );
    expect(iso(status(new Date('2026-01-12T00:00:00Z'), tokyo, NO_HOLIDAYS).until)).toBe(
      '2026-01-12T09:00:00.000Z',
    );
  });
});
