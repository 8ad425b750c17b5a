// Times and days as a person says them, in the viewer's zone and language.
import { daysBetween } from './calendar-date';
import type { Lang } from './types';
import { wallClockAt } from './zoned-time';

/** French "18h", "8h30"; English "6 pm", "8:30 am"; the end of the day is midnight in both. */
export function formatClockMinutes(minutes: number, lang: Lang): string {
  if (minutes === 24 * 60) return lang === 'fr' ? 'minuit' : 'midnight';
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  const mm = String(minute).padStart(2, '0');
  if (lang === 'fr') return minute === 0 ? `${hour}h` : `${hour}h${mm}`;
  const hour12 = ((hour + 11) % 12) + 1;
  const suffix = hour < 12 ? 'am' : 'pm';
  return minute === 0 ? `${hour12} ${suffix}` : `${hour12}:${mm} ${suffix}`;
}

export function formatTime(instant: Date, timeZone: string, lang: Lang): string {
  return formatClockMinutes(wallClockAt(instant, timeZone).minutes, lang);
}

const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** "lundi" / "Monday" for a calendar date (read in UTC, where the date string lives). */
export function weekdayName(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "2 janvier" ("1er janvier") / "2 January"; the year only when the date is months away. */
export function formatCalendarDate(date: string, lang: Lang, referenceDate?: string): string {
  const withYear = referenceDate !== undefined && Math.abs(daysBetween(referenceDate, date)) > 180;
  const text = new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: withYear ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** "aujourd'hui", "demain", a weekday within the coming week, else a date. */
export function relativeDay(date: string, today: string, lang: Lang): string {
  const distance = daysBetween(today, date);
  if (distance === 0) return lang === 'fr' ? "aujourd'hui" : 'today';
  if (distance === 1) return lang === 'fr' ? 'demain' : 'tomorrow';
  if (distance > 1 && distance < 7) return weekdayName(date, lang);
  return formatCalendarDate(date, lang, today);
}

/** "lundi 8h" / "Monday 8 am", with "today" left out when `omitToday`. */
export function formatDayAndTime(
  instant: Date,
  now: Date,
  timeZone: string,
  lang: Lang,
  omitToday = false,
): string {
  const when = wallClockAt(instant, timeZone);
  const today = wallClockAt(now, timeZone).date;
  const time = formatClockMinutes(when.minutes, lang);
  if (omitToday && when.date === today) return time;
  return `${relativeDay(when.date, today, lang)} ${time}`;
}
