// Public holidays, from data precomputed at build time (scripts/holidays/holiday-data.ts):
// an index of country and region names, and one file per country. Pure: the data comes
// in as parameters; lib/holidays/load.ts fetches it from the extension's own files.
import type { Lang } from './types';
import { scheduleOrDefault } from './current';

export interface HolidayArea {
  code: string;
  name: string;
}

/** Country names, and region names per country, in French and English. */
export interface HolidayIndex {
  countries: Record<Lang, Record<string, string>>;
  regions: Record<string, Record<Lang, Record<string, string>>>;
}

/** One country's public holidays ('YYYY-MM-DD') over the years from..to. */
export interface CountryHolidays {
  from: number;
  to: number;
  national: string[];
  /** Per region, what differs from the country: a date added, or '-date' removed. */
  regions: Record<string, string[]>;
}

/** 'YYYY-MM-DD' dates of public holidays over the given years (within the data's range). */
export function holidayDates(
  data: CountryHolidays | null,
  region: string | undefined,
  fromYear: number,
  toYear: number,
): Set<string> {
  const dates = new Set<string>();
  if (!data) return dates;
  const inRange = (date: string) => {
    const year = Number(date.slice(0, 4));
    return year >= fromYear && year <= toYear;
  };
  for (const date of data.national) if (inRange(date)) dates.add(date);
  for (const change of (region && data.regions[region]) || []) {
    if (change.startsWith('-')) dates.delete(change.slice(1));
    else if (inRange(change)) dates.add(change);
  }
  return dates;
}

/** Whether the data covers a year: beyond it, Cadre cannot know the holidays. */
export function coversYear(data: CountryHolidays, year: number): boolean {
  return year >= data.from && year <= data.to;
}

function toAreas(record: Record<string, string> | undefined): HolidayArea[] {
  return Object.entries(record ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function holidayCountries(index: HolidayIndex, lang: Lang): HolidayArea[] {
  return toAreas(index.countries[lang]);
}

export function holidayRegions(index: HolidayIndex, country: string, lang: Lang): HolidayArea[] {
  return toAreas(index.regions[country]?.[lang]);
}

/** For validateSchedule's `isKnownHolidayArea` option. */
export function isKnownHolidayArea(index: HolidayIndex, country: string, region?: string): boolean {
  if (!(country in index.countries.en)) return false;
  return region === undefined || region in (index.regions[country]?.en ?? {});
}

/**
 * Public holidays from this year to next for a stored schedule's country and region, as
 * the pure status() needs them (it looks up to 400 days ahead). `data` is the schedule's
 * country, or null when it could not be loaded.
 */
export function holidaysAround(stored: unknown, now: Date, data: CountryHolidays | null): string[] {
  const schedule = scheduleOrDefault(stored);
  if (!schedule.holidays.enabled) return [];
  const year = now.getUTCFullYear();
  return [...holidayDates(data, schedule.holidays.region, year, year + 1)].sort();
}
