import { describe, expect, it } from 'vitest';
import {
  coversYear,
  holidayCountries,
  holidayDates,
  holidaysAround,
  isKnownHolidayArea,
  type CountryHolidays,
  type HolidayIndex,
} from '../../../lib/schedule/holidays';
import { scheduleWith } from './fixtures';

// The lookups on data shaped by hand, so each rule shows: a region removes a national day
// or adds one within the years asked, the covered years are inclusive, lists sort by name.

const data: CountryHolidays = {
  from: 2025,
  to: 2027,
  national: ['2026-12-25', '2026-07-14', '2027-01-01'],
  regions: { R1: ['-2026-07-14', '2026-08-16', '2030-08-16'] },
};

const index: HolidayIndex = {
  countries: {
    fr: { FR: 'France', BE: 'Belgique', DE: 'Allemagne' },
    en: { FR: 'France', BE: 'Belgium', DE: 'Germany', LU: 'Luxembourg' },
  },
  regions: { FR: { fr: { R1: 'Région' }, en: { R1: 'Region' } } },
};

describe('hand-made holiday data', () => {
  it('a region removes a national day and adds its own, within the years asked', () => {
    expect([...holidayDates(data, 'R1', 2026, 2026)].sort()).toEqual(['2026-08-16', '2026-12-25']);
    expect([...holidayDates(data, undefined, 2026, 2026)].sort()).toEqual([
      '2026-07-14',
      '2026-12-25',
    ]);
  });

  it.each([
    [2024, false],
    [2025, true],
    [2027, true],
    [2028, false],
  ])('covers %i: %s', (year, expected) => {
    expect(coversYear(data, year)).toBe(expected);
  });

  it('lists countries sorted by their name in the language', () => {
    expect(holidayCountries(index, 'fr')).toEqual([
      { code: 'DE', name: 'Allemagne' },
      { code: 'BE', name: 'Belgique' },
      { code: 'FR', name: 'France' },
    ]);
  });

  it('a region of a country without regions is unknown', () => {
    expect(isKnownHolidayArea(index, 'LU', 'R1')).toBe(false);
    expect(isKnownHolidayArea(index, 'LU')).toBe(true);
  });

  it('gives the dates around a schedule in order', () => {
    const schedule = scheduleWith({ holidays: { country: 'FR', enabled: true } });
    expect(holidaysAround(schedule, new Date('2026-06-01T00:00:00Z'), data)).toEqual([
      '2026-07-14',
      '2026-12-25',
      '2027-01-01',
    ]);
  });
});
