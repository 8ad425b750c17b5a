// Wall clock <-> instant in an IANA zone, with Intl only. Daylight-saving rules:
// a wall time that happens twice maps to its first occurrence; one that never
// happens (spring-forward gap) maps to the moment the clocks jump, which is the
// first instant whose wall clock is at or after it.
import { addDays, utcMsToDate } from './calendar-date';

export interface WallClock {
  /** 'YYYY-MM-DD' */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock read as if it were UTC, in ms (seconds precision). */
function wallAsUtcMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour % 24,
    parts.minute,
    parts.second,
  );
}

function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instantMs / 1000) * 1000;
  return wallAsUtcMs(wholeSeconds, timeZone) - wholeSeconds;
}

export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const wall = wallAsUtcMs(instant.getTime(), timeZone);
  const dayStart = Math.floor(wall / 86_400_000) * 86_400_000;
  return { date: utcMsToDate(dayStart), minutes: Math.floor((wall - dayStart) / 60_000) };
}

/** The instant at which the wall clock in `timeZone` reads `date` + `minutes` (see rules above). */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  if (minutes >= 24 * 60) return instantAt(addDays(date, 1), minutes - 24 * 60, timeZone);
  const target = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Offsets half a day either side cover any single transition near the target.
  const candidates = [
    target - offsetMs(target - 43_200_000, timeZone),
    target - offsetMs(target + 43_200_000, timeZone),
  ].sort((a, b) => a - b);
  const exact = candidates.find((ms) => ms + offsetMs(ms, timeZone) === target);
  if (exact !== undefined) return new Date(exact);
  // In a gap: search (to the second) for the first instant whose wall clock passes the target.
  let low = candidates[0];
  let high = candidates[1];
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2000) * 1000;
    if (middle + offsetMs(middle, timeZone) >= target) high = middle;
    else low = middle;
  }
  return new Date(high);
}
