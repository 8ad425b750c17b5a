import type { Lang } from '@/lib/i18n';

/** A calendar date (YYYY-MM-DD) in words, e.g. « 14 mars 2025 », whatever the time zone. */
export function formatCalendarDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An instant, date and time, in the viewer's time zone. */
export function formatInstant(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Today as YYYY-MM-DD, in the viewer's time zone. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
