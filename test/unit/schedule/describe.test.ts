import { describe, expect, it } from 'vitest';
import { describeStatus, describeWeek } from '../../../lib/schedule/describe';
import { relativeDay } from '../../../lib/schedule/format-time';
import { status } from '../../../lib/schedule/status';
import type { Lang, Schedule } from '../../../lib/schedule/types';
import { FRENCH_HOLIDAYS, scheduleWith } from './fixtures';

function text(now: string, schedule: Schedule, viewerTimeZone: string, lang: Lang) {
  const at = new Date(now);
  return describeStatus(status(at, schedule, FRENCH_HOLIDAYS), { now: at, viewerTimeZone, lang });
}

const halfPast = scheduleWith({
  week: { ...scheduleWith().week, tue: [{ start: '08:30', end: '17:30' }] },
});
const newYearBridge = scheduleWith({ absences: [{ start: '2026-01-02', end: '2026-01-02' }] });
const christmas = scheduleWith({
  absences: [{ start: '2026-12-21', end: '2027-01-02', note: 'congés' }],
});
const awayUntilMonday = scheduleWith({
  manual: { state: 'away', until: '2026-01-19T09:00:00+01:00' },
});

describe('describeStatus', () => {
  it.each([
    // [case, now, schedule, viewer zone, lang, text]
    [
      'open, Paris, fr',
      '2026-01-12T09:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'fr',
      "Ouvert · jusqu'à 18h",
    ],
    [
      'open, Paris, en',
      '2026-01-12T09:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'en',
      'Open · until 6 pm',
    ],
    [
      'Friday evening',
      '2026-01-16T18:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'fr',
      'Fermé · réouverture lundi 8h',
    ],
    [
      'Friday evening, en',
      '2026-01-16T18:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'en',
      'Closed · reopens Monday 8 am',
    ],
    [
      'early morning',
      '2026-01-12T06:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'fr',
      "Fermé · réouverture aujourd'hui 8h",
    ],
    [
      'evening before a working day',
      '2026-01-12T19:00:00Z',
      halfPast,
      'Europe/Paris',
      'fr',
      'Fermé · réouverture demain 8h30',
    ],
    [
      'evening before a working day, en',
      '2026-01-12T19:00:00Z',
      halfPast,
      'Europe/Paris',
      'en',
      'Closed · reopens tomorrow 8:30 am',
    ],
    [
      'holiday then an absence',
      '2026-01-01T10:00:00Z',
      newYearBridge,
      'Europe/Paris',
      'fr',
      'Férié · réouverture lundi 8h',
    ],
    [
      'holiday, en',
      '2026-07-14T10:00:00Z',
      scheduleWith(),
      'Europe/Paris',
      'en',
      'Public holiday · reopens tomorrow 8 am',
    ],
    [
      'absence',
      '2026-12-22T10:00:00Z',
      christmas,
      'Europe/Paris',
      'fr',
      "Absent jusqu'au 2 janvier (congés)",
    ],
    [
      'absence, en',
      '2026-12-22T10:00:00Z',
      christmas,
      'Europe/Paris',
      'en',
      'Away until 2 January (congés)',
    ],
    [
      'manual away with an end',
      '2026-01-14T10:00:00Z',
      awayUntilMonday,
      'Europe/Paris',
      'fr',
      "Absent jusqu'à lundi 9h",
    ],
    [
      'manual away without an end',
      '2026-01-14T10:00:00Z',
      scheduleWith({ manual: { state: 'away' } }),
      'Europe/Paris',
      'en',
      'Away',
    ],
    [
      'viewer in Montreal sees her own clock',
      '2026-01-12T09:00:00Z',
      scheduleWith(),
      'America/Montreal',
      'fr',
      "Ouvert · jusqu'à 12h",
    ],
    [
      'viewer in Montreal, Friday afternoon there',
      '2026-01-16T18:00:00Z',
      scheduleWith(),
      'America/Montreal',
      'en',
      'Closed · reopens Monday 2 am',
    ],
    [
      'viewer in Tokyo, already Saturday there',
      '2026-01-16T18:00:00Z',
      scheduleWith(),
      'Asia/Tokyo',
      'fr',
      'Fermé · réouverture lundi 16h',
    ],
    [
      'viewer in Tokyo, the window closes after midnight there',
      '2026-01-12T09:00:00Z',
      scheduleWith(),
      'Asia/Tokyo',
      'fr',
      "Ouvert · jusqu'à demain 2h",
    ],
    [
      'viewer in Montreal across the March change (not yet in Paris)',
      '2026-03-20T18:00:00Z',
      scheduleWith(),
      'America/Montreal',
      'en',
      'Closed · reopens Monday 3 am',
    ],
  ] as const)('%s', (_name, now, schedule, zone, lang, expected) => {
    expect(text(now, schedule, zone, lang)).toBe(expected);
  });

  it('says "closed" alone when nothing will ever open', () => {
    const empty = scheduleWith({
      week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    });
    expect(text('2026-01-12T09:00:00Z', empty, 'Europe/Paris', 'fr')).toBe('Fermé');
  });
});

describe('relativeDay', () => {
  it.each([
    ['2026-01-12', '2026-01-12', 'fr', "aujourd'hui"],
    ['2026-01-13', '2026-01-12', 'en', 'tomorrow'],
    ['2026-01-16', '2026-01-12', 'fr', 'vendredi'],
    ['2026-01-19', '2026-01-12', 'fr', '19 janvier'],
    ['2026-02-01', '2026-01-12', 'fr', '1er février'],
    ['2026-02-01', '2026-01-12', 'en', '1 February'],
    ['2027-03-01', '2026-01-12', 'en', '1 March 2027'],
  ] as const)('%s seen on %s (%s)', (date, today, lang, expected) => {
    expect(relativeDay(date, today, lang)).toBe(expected);
  });
});

describe('describeWeek', () => {
  const split = scheduleWith({
    week: {
      mon: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
      tue: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
      wed: [{ start: '08:30', end: '12:00' }],
      thu: [],
      fri: [{ start: '08:00', end: '18:00' }],
      sat: [],
      sun: [],
    },
  });
  it.each([
    [scheduleWith(), 'fr', 'lundi–vendredi 8h–18h'],
    [scheduleWith(), 'en', 'Monday–Friday 8 am–6 pm'],
    [split, 'fr', 'lundi–mardi 8h–12h, 14h–18h ; mercredi 8h30–12h ; vendredi 8h–18h'],
    [
      split,
      'en',
      'Monday–Tuesday 8 am–12 pm, 2 pm–6 pm; Wednesday 8:30 am–12 pm; Friday 8 am–6 pm',
    ],
    [
      scheduleWith({ week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }),
      'fr',
      'aucune plage',
    ],
  ] as const)('%#', (schedule, lang, expected) => {
    expect(describeWeek(schedule, lang)).toBe(expected);
  });
});
