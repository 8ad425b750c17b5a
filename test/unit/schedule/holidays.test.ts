import { describe, expect, it } from 'vitest';
import {
  holidayCountries,
  holidayDates,
  holidayRegions,
  isKnownHolidayArea,
} from '../../../lib/schedule/holidays';
import { FRENCH_HOLIDAYS } from './fixtures';

describe('holidayDates', () => {
  const france = holidayDates('FR', undefined, 2026, 2027);

  it.each([
    ['14 July', '2026-07-14', true],
    ['Easter Monday 2026', '2026-04-06', true],
    ['Easter Monday 2027', '2027-03-29', true],
    ['Ascension 2026', '2026-05-14', true],
    ['Good Friday is not a holiday in most of France', '2026-04-03', false],
    ['an ordinary day', '2026-07-15', false],
  ])('%s', (_name, date, expected) => {
    expect(france.has(date)).toBe(expected);
  });

  it('matches the fixed list the pure tests use', () => {
    for (const date of FRENCH_HOLIDAYS) expect(france.has(date)).toBe(true);
  });

  it('knows regional holidays (Good Friday in Bas-Rhin)', () => {
    expect(holidayDates('FR', '67', 2026, 2026).has('2026-04-03')).toBe(true);
  });

  it('gives nothing for an unknown country rather than throwing', () => {
    expect(holidayDates('ZZ', undefined, 2026, 2026).size).toBe(0);
  });
});

describe('lists for the editor', () => {
  it('names countries and regions in the chosen language', () => {
    expect(holidayCountries('fr')).toContainEqual({ code: 'FR', name: 'France' });
    expect(holidayCountries('en').find((area) => area.code === 'DE')?.name).toBe('Germany');
    expect(holidayRegions('FR', 'fr').map((area) => area.code)).toContain('67');
    expect(holidayRegions('ZZ', 'fr')).toEqual([]);
  });

  it.each([
    ['FR', undefined, true],
    ['FR', '67', true],
    ['FR', '99', false],
    ['ZZ', undefined, false],
  ])('%s %s known: %s', (country, region, expected) => {
    expect(isKnownHolidayArea(country, region)).toBe(expected);
  });
});
