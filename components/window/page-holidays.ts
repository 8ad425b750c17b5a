// Holiday dates for Cadre's own pages (popup, options), which can afford date-holidays.
// Never imported by the content script: it receives the dates in its snapshot.
import { scheduleOrDefault } from '@/lib/schedule';
import { holidayDates } from '@/lib/schedule/holidays';

/** This year's and next year's public holidays for a stored schedule (status() looks 400 days ahead). */
export function pageHolidays(stored: unknown, now: Date): string[] {
  const schedule = scheduleOrDefault(stored);
  if (!schedule.holidays.enabled) return [];
  const year = now.getUTCFullYear();
  const { country, region } = schedule.holidays;
  return [...holidayDates(country, region, year, year + 1)];
}
