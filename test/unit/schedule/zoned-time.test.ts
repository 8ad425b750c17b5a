import { describe, expect, it } from 'vitest';
import { instantAt, wallClockAt } from '../../../lib/schedule/zoned-time';

describe('instantAt', () => {
  it.each([
    ['ordinary winter day', '2026-01-12', '08:00', 'Europe/Paris', '2026-01-12T07:00:00.000Z'],
    ['ordinary summer day', '2026-07-15', '08:00', 'Europe/Paris', '2026-07-15T06:00:00.000Z'],
    [
      'spring forward, after the jump',
      '2026-03-29',
      '08:00',
      'Europe/Paris',
      '2026-03-29T06:00:00.000Z',
    ],
    [
      'spring forward, before the jump',
      '2026-03-29',
      '01:30',
      'Europe/Paris',
      '2026-03-29T00:30:00.000Z',
    ],
    [
      'in the non-existent hour: the jump itself',
      '2026-03-29',
      '02:30',
      'Europe/Paris',
      '2026-03-29T01:00:00.000Z',
    ],
    [
      'fall back, repeated hour: first occurrence',
      '2026-10-25',
      '02:30',
      'Europe/Paris',
      '2026-10-25T00:30:00.000Z',
    ],
    ['fall back, evening', '2026-10-25', '18:00', 'Europe/Paris', '2026-10-25T17:00:00.000Z'],
    ['end of day', '2026-01-12', '24:00', 'Europe/Paris', '2026-01-12T23:00:00.000Z'],
    [
      'Montreal spring forward gap',
      '2026-03-08',
      '02:15',
      'America/Montreal',
      '2026-03-08T07:00:00.000Z',
    ],
    ['Tokyo, no DST', '2026-03-29', '08:00', 'Asia/Tokyo', '2026-03-28T23:00:00.000Z'],
  ])('%s', (_name, date, clock, zone, expected) => {
    const [hours, minutes] = clock.split(':').map(Number);
    expect(instantAt(date, hours * 60 + minutes, zone).toISOString()).toBe(expected);
  });
});

describe('wallClockAt', () => {
  it.each([
    ['2026-03-29T01:00:00Z', 'Europe/Paris', '2026-03-29', 3 * 60],
    ['2026-10-25T01:30:00Z', 'Europe/Paris', '2026-10-25', 2 * 60 + 30],
    ['2026-01-12T23:30:00Z', 'Asia/Tokyo', '2026-01-13', 8 * 60 + 30],
  ])('%s in %s', (instant, zone, date, minutes) => {
    expect(wallClockAt(new Date(instant), zone)).toEqual({ date, minutes });
  });
});
