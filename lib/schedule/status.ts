// Where the response window stands at a given instant, computed in the mentor's zone.
// Precedence: manual away > absence > public holiday > weekly window.
// Pure on purpose: the holiday dates come in as a parameter so the content
// script never bundles the holiday library.
import { addDays, dateToUtcMs, utcMsToDate, weekdayOf } from './calendar-date';
import { parseClockTime } from './clock-time';
import type { Absence, Schedule } from './types';
import { WEEKDAYS } from './types';
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
const DAY_MS = 86_400_000;

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

/** A day's open ranges in minutes since midnight, sorted, touching ones merged. */
type DayPlan = readonly Interval[];

const plans = new WeakMap<Schedule['week'], Record<string, DayPlan>>();

/** Parsed once per schedule: the status walks up to SEARCH_DAYS days through it. */
function weekPlan(schedule: Schedule): Record<string, DayPlan> {
  let plan = plans.get(schedule.week);
  if (!plan) {
    plan = {};
    for (const [day, ranges] of Object.entries(schedule.week)) {
      const parsed = ranges
        .map((range) => ({
          start: parseClockTime(range.start),
          end: parseClockTime(range.end, true),
        }))
        .filter(
          (range): range is Interval =>
            range.start !== undefined && range.end !== undefined && range.end > range.start,
        )
        .sort((a, b) => a.start - b.start);
      const merged: Interval[] = [];
      for (const range of parsed) {
        const last = merged[merged.length - 1];
        if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
        else merged.push({ ...range });
      }
      plan[day] = merged;
    }
    plans.set(schedule.week, plan);
  }
  return plan;
}

/**
 * The first stretch of open time that ends after `fromMs`, with touching ranges
 * (12:00–14:00 then 14:00–18:00, or across midnight) merged into one.
 *
 * Linear in days × ranges: the walk stays in wall-clock minutes and turns a wall time
 * into an instant (the costly step) only where a stretch may start or end, so a 24/7
 * schedule costs a few conversions, not two per day over 400 days.
 */
function nextOpenSpan(
  schedule: Schedule,
  isHoliday: (date: string) => boolean,
  fromMs: number,
): Interval | undefined {
  const zone = schedule.timeZone;
  const plan = weekPlan(schedule);
  const firstDay = wallClockAt(new Date(fromMs), zone).date;
  const firstDayMs = dateToUtcMs(firstDay);
  const firstWeekday = WEEKDAYS.indexOf(weekdayOf(firstDay));
  let span: Interval | undefined;
  /** The wall-clock end of the span so far, to extend it across midnight cheaply. */
  let wallEnd: { date: string; minutes: number; offset: number } | undefined;
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const ranges = plan[WEEKDAYS[(firstWeekday + offset) % 7]];
    if (!span && ranges.length === 0) continue;
    const date = utcMsToDate(firstDayMs + offset * DAY_MS);
    if (isHoliday(date) || absenceCovering(schedule.absences, date)) {
      if (span) break;
      continue;
    }
    for (const range of ranges) {
      if (span && wallEnd) {
        const continues =
          range.start === 0 && wallEnd.minutes === 24 * 60 && wallEnd.offset === offset - 1;
        if (continues) {
          wallEnd = { date, minutes: range.end, offset };
          continue;
        }
        // A wall-clock gap may still be no gap in time (clocks jumping forward over it).
        span.end = instantAt(wallEnd.date, wallEnd.minutes, zone).getTime();
        const start = instantAt(date, range.start, zone).getTime();
        if (start > span.end) return span;
        const end = instantAt(date, range.end, zone).getTime();
        span.end = Math.max(span.end, end);
        wallEnd = { date, minutes: range.end, offset };
        continue;
      }
      const start = instantAt(date, range.start, zone).getTime();
      const end = instantAt(date, range.end, zone).getTime();
      // A range wholly inside a spring-forward gap has no real time in it.
      if (end <= start || end <= fromMs) continue;
      span = { start, end };
      wallEnd = { date, minutes: range.end, offset };
    }
  }
  if (span && wallEnd) span.end = instantAt(wallEnd.date, wallEnd.minutes, zone).getTime();
  return span;
}
