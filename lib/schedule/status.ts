// Where the response window stands at a given instant, computed in the mentor's zone.
// Precedence: manual away > absence > public holiday > weekly window.
// Pure on purpose: the holiday dates come in as a parameter so the content
// script never bundles the holiday library.
import { addDays, weekdayOf } from './calendar-date';
import { parseClockTime } from './clock-time';
import type { Absence, Schedule } from './types';
import { instantAt, wallClockAt } from './zoned-time';

export type WindowState = 'open' | 'closed' | 'away' | 'holiday';

export type StatusReason =
  | { kind: 'manual' }
  | { kind: 'absence'; start: string; end: string; note?: string }
  | { kind: 'holiday'; date: string };

export interface WindowStatus {
  state: WindowState;
  /** When the current state ends; absent when unknown (away with no end, or no opening ever). */
  until?: Date;
  /** The next time the window opens; when open, the opening after the current one closes. */
  nextOpening?: Date;
  reason?: StatusReason;
}

/** 'YYYY-MM-DD' dates of public holidays, or a predicate over them. */
export type HolidayLookup = ReadonlySet<string> | ((date: string) => boolean);

/** How far ahead an opening is looked for before concluding there is none. */
export const SEARCH_DAYS = 400;

interface Interval {
  start: number;
  end: number;
}

export function status(now: Date, schedule: Schedule, holidays: HolidayLookup): WindowStatus {
  const isHoliday = holidayPredicate(schedule, holidays);
  const nowMs = now.getTime();
  const zone = schedule.timeZone;
  const today = wallClockAt(now, zone).date;

  const manual = schedule.manual;
  if (manual.state === 'away') {
    const untilMs = manual.until === undefined ? undefined : Date.parse(manual.until);
    if (untilMs === undefined) return { state: 'away', reason: { kind: 'manual' } };
    if (untilMs > nowMs) {
      const next = nextOpenSpan(schedule, isHoliday, untilMs);
      return {
        state: 'away',
        until: new Date(untilMs),
        // Coming back in the middle of a window reopens it on the spot.
        nextOpening: next && new Date(Math.max(next.start, untilMs)),
        reason: { kind: 'manual' },
      };
    }
  }

  const absence = absenceCovering(schedule.absences, today);
  if (absence) {
    const lastDay = lastBlockedDay(absence.end, (date) => absenceCovering(schedule.absences, date));
    const next = nextOpenSpan(schedule, isHoliday, nowMs);
    const reason: StatusReason = { kind: 'absence', start: absence.start, end: lastDay };
    if (absence.note) reason.note = absence.note;
    return {
      state: 'away',
      until: instantAt(addDays(lastDay, 1), 0, zone),
      nextOpening: next && new Date(next.start),
      reason,
    };
  }

  if (isHoliday(today)) {
    const lastDay = lastBlockedDay(
      today,
      (date) => isHoliday(date) && !absenceCovering(schedule.absences, date),
    );
    const next = nextOpenSpan(schedule, isHoliday, nowMs);
    return {
      state: 'holiday',
      until: instantAt(addDays(lastDay, 1), 0, zone),
      nextOpening: next && new Date(next.start),
      reason: { kind: 'holiday', date: today },
    };
  }

  const span = nextOpenSpan(schedule, isHoliday, nowMs);
  if (span && span.start <= nowMs) {
    const after = nextOpenSpan(schedule, isHoliday, span.end);
    return {
      state: 'open',
      until: new Date(span.end),
      nextOpening: after && new Date(after.start),
    };
  }
  const nextOpening = span && new Date(span.start);
  return { state: 'closed', until: nextOpening, nextOpening };
}

function holidayPredicate(schedule: Schedule, holidays: HolidayLookup): (date: string) => boolean {
  if (!schedule.holidays.enabled) return () => false;
  return typeof holidays === 'function' ? holidays : (date) => holidays.has(date);
}

function absenceCovering(absences: readonly Absence[], date: string): Absence | undefined {
  return absences.find((absence) => absence.start <= date && date <= absence.end);
}

/** Follows back-to-back blocked days (overlapping absences, a long weekend of holidays). */
function lastBlockedDay(from: string, isBlocked: (date: string) => unknown): string {
  let day = from;
  for (let i = 0; i < SEARCH_DAYS && isBlocked(addDays(day, 1)); i++) day = addDays(day, 1);
  return day;
}

/**
 * The first stretch of open time that ends after `fromMs`, with touching ranges
 * (12:00–14:00 then 14:00–18:00, or across midnight) merged into one.
 */
function nextOpenSpan(
  schedule: Schedule,
  isHoliday: (date: string) => boolean,
  fromMs: number,
): Interval | undefined {
  let span: Interval | undefined;
  for (const interval of openIntervals(schedule, isHoliday, fromMs)) {
    if (interval.end <= fromMs) continue;
    if (!span) span = { ...interval };
    else if (interval.start <= span.end) span.end = Math.max(span.end, interval.end);
    else break;
  }
  return span;
}

function* openIntervals(
  schedule: Schedule,
  isHoliday: (date: string) => boolean,
  fromMs: number,
): Generator<Interval> {
  const zone = schedule.timeZone;
  const firstDay = wallClockAt(new Date(fromMs), zone).date;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const date = addDays(firstDay, offset);
    if (isHoliday(date) || absenceCovering(schedule.absences, date)) continue;
    const ranges = [...schedule.week[weekdayOf(date)]]
      .map((range) => ({
        start: parseClockTime(range.start),
        end: parseClockTime(range.end, true),
      }))
      .filter(
        (range): range is { start: number; end: number } =>
          range.start !== undefined && range.end !== undefined,
      )
      .sort((a, b) => a.start - b.start);
    for (const range of ranges) {
      const start = instantAt(date, range.start, zone).getTime();
      const end = instantAt(date, range.end, zone).getTime();
      // A range wholly inside a spring-forward gap has no real time in it.
      if (end > start) yield { start, end };
    }
  }
}
