// Public holidays from date-holidays. Kept out of status.ts's imports on purpose:
// the content script gets the dates as a Set and never bundles this library.
import Holidays from 'date-holidays';
import type { Lang } from './types';
import { scheduleOrDefault } from './current';

export interface HolidayArea {
  code: string;
  name: string;
}

/** 'YYYY-MM-DD' dates of public holidays (type 'public' only) over the given years. */
export function holidayDates(
  country: string,
  region: string | undefined,
  fromYear: number,
  toYear: number,
): Set<string> {
  const dates = new Set<string>();
  if (!isKnownHolidayArea(country, region)) return dates;
  const calendar = region ? new Holidays(country, region) : new Holidays(country);
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
    }
  }
  return dates;
}

function toAreas(record: Record<string, string> | undefined): HolidayArea[] {
  return Object.entries(record ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function holidayCountries(lang: Lang): HolidayArea[] {
  return toAreas(new Holidays().getCountries(lang));
}

export function holidayRegions(country: string, lang: Lang): HolidayArea[] {
  return toAreas(new Holidays().getStates(country, lang));
}

/** For validateSchedule's `isKnownHolidayArea` option, in pages that can afford the data. */
export function isKnownHolidayArea(country: string, region?: string): boolean {
  if (!(country in (new Holidays().getCountries() ?? {}))) return false;
  return region === undefined || region in (new Holidays().getStates(country) ?? {});
}

/**
 * Public holidays from this year to next for a stored schedule's country and region, as
 * the pure status() needs them (it looks up to 400 days ahead).
 */
export function holidaysAround(stored: unknown, now: Date): string[] {
  const schedule = scheduleOrDefault(stored);
  if (!schedule.holidays.enabled) return [];
  const year = now.getUTCFullYear();
  const { country, region } = schedule.holidays;
  return [...holidayDates(country, region, year, year + 1)].sort();
}
