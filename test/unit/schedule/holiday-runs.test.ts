import { describe, expect, it } from 'vitest';
import { SEARCH_DAYS, status, type WindowStatus } from '../../../lib/schedule/status';
import { scheduleWith } from './fixtures';

// Runs of blocked days: where a holiday ends when the next day is a holiday too, or an
// absence. The popup says "until …" from these; a wrong end tells the mentee the wrong day.

const iso = (date?: Date) => date?.toISOString();
const summary = (result: WindowStatus) => ({
  state: result.state,
  until: iso(result.until),
  nextOpening: iso(result.nextOpening),
  reason: result.reason,
});

// 2026-12-24 is a Thursday; Paris is UTC+1.
const CHRISTMAS_RUN = new Set(['2026-12-24', '2026-12-25', '2026-12-28']);

describe('a run of holidays', () => {
  it('ends after the last holiday of consecutive ones, weekends being no holidays', () => {
    // Thursday 24 and Friday 25 are holidays: the holiday ends at the end of Friday.
    expect(
      summary(status(new Date('2026-12-24T09:00:00Z'), scheduleWith(), CHRISTMAS_RUN)),
    ).toEqual({
      state: 'holiday',
      until: '2026-12-25T23:00:00.000Z',
      nextOpening: '2026-12-29T07:00:00.000Z',
      reason: { kind: 'holiday', date: '2026-12-24' },
    });
  });

  it('a single holiday ends the same night', () => {
    expect(
      summary(status(new Date('2026-12-28T09:00:00Z'), scheduleWith(), CHRISTMAS_RUN)),
    ).toEqual({
      state: 'holiday',
      until: '2026-12-28T23:00:00.000Z',
      nextOpening: '2026-12-29T07:00:00.000Z',
      reason: { kind: 'holiday', date: '2026-12-28' },
    });
  });

  it('a holiday followed by an absence ends where the absence begins', () => {
    const schedule = scheduleWith({
      absences: [{ start: '2026-12-25', end: '2026-12-31', note: 'congés' }],
    });
    expect(summary(status(new Date('2026-12-24T09:00:00Z'), schedule, CHRISTMAS_RUN))).toEqual({
      state: 'holiday',
      until: '2026-12-24T23:00:00.000Z',
      nextOpening: '2027-01-01T07:00:00.000Z',
      reason: { kind: 'holiday', date: '2026-12-24' },
    });
    // The next day, the absence speaks, with its note.
    expect(summary(status(new Date('2026-12-25T09:00:00Z'), schedule, CHRISTMAS_RUN))).toEqual({
      state: 'away',
      until: '2026-12-31T23:00:00.000Z',
      nextOpening: '2027-01-01T07:00:00.000Z',
      reason: { kind: 'absence', start: '2026-12-25', end: '2026-12-31', note: 'congés' },
    });
  });

  it('stops looking after SEARCH_DAYS when every day is a holiday', () => {
    const result = status(new Date('2026-12-24T09:00:00Z'), scheduleWith(), () => true);
    expect(result.state).toBe('holiday');
    expect(iso(result.until)).toBe(
      new Date(Date.UTC(2026, 11, 25 + SEARCH_DAYS) - 3_600_000).toISOString(),
    );
    expect(result.nextOpening).toBeUndefined();
  });

  it('ignores holidays when they are switched off, even given a predicate', () => {
    const off = scheduleWith({ holidays: { country: 'FR', enabled: false } });
    expect(status(new Date('2026-12-24T09:00:00Z'), off, () => true).state).toBe('open');
  });
});

describe('absences and away status at their edges', () => {
  it('an absence without a note gives a reason without one', () => {
    const schedule = scheduleWith({ absences: [{ start: '2026-12-02', end: '2026-12-02' }] });
    expect(status(new Date('2026-12-02T09:00:00Z'), schedule, new Set()).reason).toEqual({
      kind: 'absence',
      start: '2026-12-02',
      end: '2026-12-02',
    });
  });

  it('an away status ending right now is over', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    const schedule = scheduleWith({ manual: { state: 'away', until: now.toISOString() } });
    expect(status(now, schedule, new Set()).state).toBe('open');
  });
});

describe('hours that cannot be read or have no real time', () => {
  it('skips a malformed range and keeps the good one', () => {
    const week = scheduleWith().week;
    const schedule = scheduleWith({
      week: {
        ...week,
        wed: [
          { start: '7h', end: '09:00' },
          { start: '10:00', end: '99:00' },
          { start: '14:00', end: '16:00' },
        ],
      },
    });
    expect(summary(status(new Date('2026-12-02T07:30:00Z'), schedule, new Set()))).toEqual({
      state: 'closed',
      until: '2026-12-02T13:00:00.000Z',
      nextOpening: '2026-12-02T13:00:00.000Z',
      reason: undefined,
    });
  });

  it('skips a range wholly inside the spring-forward gap', () => {
    // 2026-03-29, Paris: 02:00 jumps to 03:00; 02:15–02:45 never happens.
    const schedule = scheduleWith({
      week: { ...scheduleWith().week, sun: [{ start: '02:15', end: '02:45' }] },
    });
    expect(summary(status(new Date('2026-03-28T23:00:00Z'), schedule, new Set()))).toEqual({
      state: 'closed',
      until: '2026-03-30T06:00:00.000Z',
      nextOpening: '2026-03-30T06:00:00.000Z',
      reason: undefined,
    });
  });
});
