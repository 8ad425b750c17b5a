import { describe, expect, it } from 'vitest';
import { describeStatus, describeWeek } from '../../../lib/schedule/describe';
import { formatTime, relativeDay } from '../../../lib/schedule/format-time';
import { scheduleWith } from './fixtures';

// What the popup and the share message say at the edges of their rules: days grouped only
// when they follow each other, an absence without a note, a day in the past, a bare time.

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const day = [{ start: '08:00', end: '18:00' }];

describe('a week described', () => {
  it.each([
    ['fr', 'lundi 8h–18h ; mercredi 8h–18h'],
    ['en', 'Monday 8 am–6 pm; Wednesday 8 am–6 pm'],
  ] as const)('groups only days that follow each other (%s)', (lang, expected) => {
    const schedule = scheduleWith({ week: { ...closed, mon: day, wed: day } });
    expect(describeWeek(schedule, lang)).toBe(expected);
  });
});

describe('an absence without a note', () => {
  const away = {
    state: 'away' as const,
    until: new Date('2026-01-16T23:00:00Z'),
    reason: { kind: 'absence' as const, start: '2026-01-12', end: '2026-01-16' },
  };
  it.each([
    ['fr', "Absent jusqu'au 16 janvier"],
    ['en', 'Away until 16 January'],
  ] as const)('names its last day only (%s)', (lang, expected) => {
    const options = { now: new Date('2026-01-12T09:00:00Z'), viewerTimeZone: 'Europe/Paris', lang };
    expect(describeStatus(away, options)).toBe(expected);
  });
});

describe('days and times', () => {
  it.each([
    ['2026-01-09', 'fr', '9 janvier'],
    ['2026-01-11', 'en', '11 January'],
  ] as const)('a day of the week before is a date, not a weekday: %s', (date, lang, expected) => {
    expect(relativeDay(date, '2026-01-12', lang)).toBe(expected);
  });

  it.each([
    ['fr', '18h30'],
    ['en', '6:30 pm'],
  ] as const)('a time in the mentor’s zone (%s)', (lang, expected) => {
    expect(formatTime(new Date('2026-01-12T17:30:00Z'), 'Europe/Paris', lang)).toBe(expected);
  });
});
