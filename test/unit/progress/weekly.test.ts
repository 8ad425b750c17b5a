import { describe, expect, it } from 'vitest';
import type { JournalAction, JournalEvent } from '@/lib/db/records';
import { mondayOf, weeklyProgress } from '@/lib/progress';

const event = (iso: string, action: JournalAction): JournalEvent => ({
  at: Date.parse(iso),
  action,
  findings: {},
  signals: [],
});

describe('mondayOf', () => {
  it.each([
    ['a Wednesday', '2025-03-12T10:00:00Z', 'UTC', '2025-03-10'],
    ['a Monday', '2025-03-10T00:00:00Z', 'UTC', '2025-03-10'],
    ['a Sunday', '2025-03-16T23:00:00Z', 'UTC', '2025-03-10'],
    [
      'Sunday night in UTC is Monday in Paris',
      '2025-03-16T23:30:00Z',
      'Europe/Paris',
      '2025-03-17',
    ],
    [
      'Monday morning in Paris is still Sunday in Montreal',
      '2025-03-17T03:00:00Z',
      'America/Montreal',
      '2025-03-10',
    ],
  ])('%s', (_label, iso, timeZone, monday) => {
    expect(new Date(mondayOf(Date.parse(iso), timeZone)).toISOString().slice(0, 10)).toBe(monday);
  });
});

describe('weeklyProgress', () => {
  it('counts per week and computes the share with nothing to correct', () => {
    const weeks = weeklyProgress(
      [
        event('2025-03-10T09:00:00Z', 'clean'),
        event('2025-03-11T09:00:00Z', 'clean'),
        event('2025-03-11T10:00:00Z', 'clean'),
        event('2025-03-12T09:00:00Z', 'anonymized'),
        event('2025-03-12T09:05:00Z', 'edited'),
        event('2025-03-13T09:00:00Z', 'distress-notice'),
        event('2025-03-18T09:00:00Z', 'sent-anyway'),
        event('2025-03-19T09:00:00Z', 'clean'),
      ],
      { timeZone: 'UTC' },
    );
    expect(weeks).toEqual([
      {
        weekStart: '2025-03-10',
        sent: 4,
        clean: 3,
        anonymized: 1,
        sentAnyway: 0,
        cleanShare: 0.75,
      },
      { weekStart: '2025-03-17', sent: 2, clean: 1, anonymized: 0, sentAnyway: 1, cleanShare: 0.5 },
    ]);
  });

  it('keeps empty weeks between active ones, with no share', () => {
    const weeks = weeklyProgress(
      [event('2025-03-03T09:00:00Z', 'clean'), event('2025-03-17T09:00:00Z', 'clean')],
      { timeZone: 'UTC' },
    );
    expect(weeks.map((week) => [week.weekStart, week.sent, week.cleanShare])).toEqual([
      ['2025-03-03', 1, 1],
      ['2025-03-10', 0, null],
      ['2025-03-17', 1, 1],
    ]);
  });

  it('shows only the latest weeks', () => {
    const weeks = weeklyProgress(
      [event('2025-01-06T09:00:00Z', 'clean'), event('2025-03-17T09:00:00Z', 'clean')],
      { timeZone: 'UTC', maxWeeks: 3 },
    );
    expect(weeks.map((week) => week.weekStart)).toEqual(['2025-03-03', '2025-03-10', '2025-03-17']);
  });

  it('a week of notices alone has no share', () => {
    expect(
      weeklyProgress([event('2025-03-10T09:00:00Z', 'vague-nudge')], { timeZone: 'UTC' }),
    ).toEqual([
      {
        weekStart: '2025-03-10',
        sent: 0,
        clean: 0,
        anonymized: 0,
        sentAnyway: 0,
        cleanShare: null,
      },
    ]);
  });

  it('an empty journal has no weeks', () => {
    expect(weeklyProgress([])).toEqual([]);
  });
});
