import type { JournalEvent } from '../db/records';

// Rule 5: the journal serves progress. Per week: how many messages left with nothing to
// correct, how many left with findings anyway, how many were anonymised first.

export interface WeekFigures {
  /** The week's Monday, YYYY-MM-DD, in the viewer's time zone. */
  weekStart: string;
  /** Messages sent: clean, anonymised first, or sent anyway. */
  sent: number;
  clean: number;
  anonymized: number;
  sentAnyway: number;
  /** Share of sent messages that had nothing to correct, 0–1; null in a week with none. */
  cleanShare: number | null;
}

export interface WeeklyOptions {
  /** IANA time zone the weeks are counted in; the runtime's own by default. */
  timeZone?: string;
  /** Show at most this many weeks, the latest ones (default 12). */
  maxWeeks?: number;
}

const DAY_MS = 86_400_000;

/** Weekly figures, oldest first, with empty weeks between active ones kept as zeros. */
export function weeklyProgress(events: JournalEvent[], options: WeeklyOptions = {}): WeekFigures[] {
  const { timeZone, maxWeeks = 12 } = options;
  const byWeek = new Map<number, WeekFigures>();
  for (const event of events) {
    const monday = mondayOf(event.at, timeZone);
    const week = byWeek.get(monday) ?? emptyWeek(monday);
    byWeek.set(monday, week);
    if (event.action === 'clean') week.clean += 1;
    else if (event.action === 'anonymized') week.anonymized += 1;
    else if (event.action === 'sent-anyway') week.sentAnyway += 1;
  }
  if (!byWeek.size) return [];
  const mondays = [...byWeek.keys()].sort((a, b) => a - b);
  const first = Math.max(mondays[0], mondays[mondays.length - 1] - (maxWeeks - 1) * 7 * DAY_MS);
  const weeks: WeekFigures[] = [];
  for (let day = first; day <= mondays[mondays.length - 1]; day += 7 * DAY_MS) {
    weeks.push(finish(byWeek.get(day) ?? emptyWeek(day)));
  }
  return weeks;
}

function emptyWeek(mondayUtc: number): WeekFigures {
  return {
    weekStart: new Date(mondayUtc).toISOString().slice(0, 10),
    sent: 0,
    clean: 0,
    anonymized: 0,
    sentAnyway: 0,
    cleanShare: null,
  };
}

function finish(week: WeekFigures): WeekFigures {
  const sent = week.clean + week.anonymized + week.sentAnyway;
  return { ...week, sent, cleanShare: sent ? week.clean / sent : null };
}

/** Midnight UTC of the Monday of the calendar week the instant falls in, locally. */
export function mondayOf(at: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const day = Date.UTC(part('year'), part('month') - 1, part('day'));
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY_MS;
}
