import { describe, expect, it } from 'vitest';
import { describeStatus, describeWeek } from '../../../lib/schedule/describe';
import {
  formatCalendarDate,
  formatClockMinutes,
  formatDayAndTime,
  relativeDay,
} from '../../../lib/schedule/format-time';
import { scheduleWith } from './fixtures';

// Hours and days as the chip, the popup and a shared message write them.

describe('formatClockMinutes', () => {
  it.each([
    [0, '0h', '12 am'],
    [5, '0h05', '12:05 am'],
    [8 * 60, '8h', '8 am'],
    [12 * 60 + 5, '12h05', '12:05 pm'],
    [18 * 60 + 30, '18h30', '6:30 pm'],
    [24 * 60, 'minuit', 'midnight'],
  ])('%i minutes: %s / %s', (minutes, fr, en) => {
    expect(formatClockMinutes(minutes, 'fr')).toBe(fr);
    expect(formatClockMinutes(minutes, 'en')).toBe(en);
  });
});

describe('describeWeek', () => {
  const week = scheduleWith().week;

  it('groups only consecutive days with the same hours, and ends a day at midnight', () => {
    const late = [{ start: '09:05', end: '24:00' }];
    const schedule = scheduleWith({
      week: { ...week, tue: late, thu: late, sat: [{ start: '08:00', end: '18:00' }] },
    });
    expect(describeWeek(schedule, 'fr')).toBe(
      'lundi 8h–18h ; mardi 9h05–minuit ; mercredi 8h–18h ; jeudi 9h05–minuit ; vendredi–samedi 8h–18h',
    );
    expect(describeWeek(schedule, 'en')).toBe(
      'Monday 8 am–6 pm; Tuesday 9:05 am–midnight; Wednesday 8 am–6 pm; Thursday 9:05 am–midnight; Friday–Saturday 8 am–6 pm',
    );
  });

  it('says so when there are no hours at all', () => {
    const closed = scheduleWith({
      week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    expect(describeWeek(closed, 'fr')).toBe('aucune plage');
    expect(describeWeek(closed, 'en')).toBe('no hours');
  });
});

describe('days', () => {
  it.each([
    ['2026-12-02', "aujourd'hui", 'today'],
    ['2026-12-03', 'demain', 'tomorrow'],
    ['2026-12-04', 'vendredi', 'Friday'],
    ['2026-12-08', 'mardi', 'Tuesday'],
    ['2026-12-09', '9 décembre', '9 December'],
  ])('%s seen on Wednesday 2 December: %s / %s', (date, fr, en) => {
    expect(relativeDay(date, '2026-12-02', 'fr')).toBe(fr);
    expect(relativeDay(date, '2026-12-02', 'en')).toBe(en);
  });

  it('gives the year only beyond 180 days', () => {
    expect(formatCalendarDate('2027-06-01', 'fr', '2026-12-03')).toBe('1er juin');
    expect(formatCalendarDate('2027-06-01', 'fr', '2026-12-02')).toBe('1er juin 2027');
    expect(formatCalendarDate('2027-06-01', 'en', '2026-12-02')).toBe('1 June 2027');
    expect(formatCalendarDate('2025-12-01', 'en', '2026-06-01')).toBe('1 December 2025');
  });

  it('names today unless asked not to', () => {
    const now = new Date('2026-12-02T10:00:00+01:00');
    const six = new Date('2026-12-02T18:00:00+01:00');
    expect(formatDayAndTime(six, now, 'Europe/Paris', 'fr')).toBe("aujourd'hui 18h");
    expect(formatDayAndTime(six, now, 'Europe/Paris', 'en', true)).toBe('6 pm');
  });
});

describe('describeStatus', () => {
  const options = (lang: 'fr' | 'en') => ({
    now: new Date('2026-12-02T10:00:00+01:00'),
    viewerTimeZone: 'Europe/Paris',
    lang,
  });

  it('names the last day of an absence and its note', () => {
    const away = {
      state: 'away' as const,
      reason: { kind: 'absence' as const, start: '2026-12-01', end: '2026-12-04', note: 'congrès' },
    };
    expect(describeStatus(away, options('fr'))).toBe("Absent jusqu'au 4 décembre (congrès)");
    expect(describeStatus(away, options('en'))).toBe('Away until 4 December (congrès)');
  });

  it('says only the state when nothing more is known', () => {
    expect(describeStatus({ state: 'away' }, options('fr'))).toBe('Absent');
    expect(describeStatus({ state: 'open' }, options('en'))).toBe('Open');
  });
});
