import { describe, expect, it } from 'vitest';
import {
  coversYear,
  holidayCountries,
  holidayDates,
  holidayRegions,
  holidaysAround,
  isKnownHolidayArea,
} from '../../../lib/schedule/holidays';
import { DEFAULT_SCHEDULE } from '../../../lib/schedule';
import {
  countryHolidays,
  holidayIndex,
  holidayYears,
} from '../../../scripts/holidays/holiday-data';
import { FRENCH_HOLIDAYS } from './fixtures';

// The data the build precomputes from date-holidays, read back by the pure lookups.
const index = holidayIndex();
const france = countryHolidays('FR', Object.keys(index.regions.FR.en), 2025, 2031);

describe('holidayDates', () => {
  const dates = holidayDates(france, undefined, 2026, 2027);

  it.each([
    ['14 July', '2026-07-14', true],
    ['Easter Monday 2026', '2026-04-06', true],
    ['Easter Monday 2027', '2027-03-29', true],
    ['Ascension 2026', '2026-05-14', true],
    ['Good Friday is not a holiday in most of France', '2026-04-03', false],
    ['an ordinary day', '2026-07-15', false],
    ['outside the years asked for', '2028-07-14', false],
  ])('%s', (_name, date, expected) => {
    expect(dates.has(date)).toBe(expected);
  });

  it('matches the fixed list the pure tests use', () => {
    for (const date of FRENCH_HOLIDAYS) expect(dates.has(date)).toBe(true);
  });

  it('knows regional holidays (Good Friday and St Stephen in Bas-Rhin)', () => {
    const alsace = holidayDates(france, '67', 2026, 2026);
    expect(alsace.has('2026-04-03')).toBe(true);
    expect(alsace.has('2026-12-26')).toBe(true);
    expect(alsace.has('2026-07-14')).toBe(true);
  });

  it('gives nothing for a country without data rather than throwing', () => {
    expect(holidayDates(null, undefined, 2026, 2026).size).toBe(0);
  });

  it('says which years the data covers', () => {
    expect(coversYear(france, 2031)).toBe(true);
    expect(coversYear(france, 2032)).toBe(false);
  });
});

describe('holidaysAround', () => {
  it('gives this year and next for the schedule, none when holidays are off', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const around = holidaysAround(DEFAULT_SCHEDULE, now, france);
    expect(around).toContain('2026-12-25');
    expect(around).toContain('2027-01-01');
    expect(around.some((date) => date.startsWith('2028'))).toBe(false);
    const off = { ...DEFAULT_SCHEDULE, holidays: { country: 'FR', enabled: false } };
    expect(holidaysAround(off, now, france)).toEqual([]);
  });
});

describe('the precomputed range', () => {
  it('covers the year before the build and five after', () => {
    expect(holidayYears(new Date('2026-12-01'))).toEqual({ from: 2025, to: 2031 });
  });
});

describe('lists for the editor', () => {
  it('names countries and regions in the chosen language', () => {
    expect(holidayCountries(index, 'fr')).toContainEqual({ code: 'FR', name: 'France' });
    expect(holidayCountries(index, 'en').find((area) => area.code === 'DE')?.name).toBe('Germany');
    expect(holidayRegions(index, 'FR', 'fr').map((area) => area.code)).toContain('67');
    expect(holidayRegions(index, 'ZZ', 'fr')).toEqual([]);
  });

  it.each([
    ['FR', undefined, true],
    ['FR', '67', true],
    ['FR', '99', false],
    ['ZZ', undefined, false],
  ])('%s %s known: %s', (country, region, expected) => {
    expect(isKnownHolidayArea(index, country, region)).toBe(expected);
  });
});
