import { holidayDates } from './holidays';
import { scheduleOrDefault } from './current';

/**
 * Public holidays from this year to next for the schedule's country and region, as the
 * pure status() needs them (it looks up to 400 days ahead). Only the background and
 * extension pages import this: it pulls in date-holidays.
 */
export function holidaysAround(stored: unknown, now: Date): string[] {
  const schedule = scheduleOrDefault(stored);
  if (!schedule.holidays.enabled) return [];
  const year = now.getUTCFullYear();
  const { country, region } = schedule.holidays;
  return [...holidayDates(country, region, year, year + 1)].sort();
}
