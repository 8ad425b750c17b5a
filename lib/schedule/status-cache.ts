// The chip and the popup ask for the window's status on every change in a watched chat;
// within one minute the answer cannot change, so it is computed once per schedule and
// minute.
import { status, type HolidayLookup, type WindowStatus } from './status';
import type { Schedule } from './types';

interface Cached {
  minute: number;
  holidays: HolidayLookup;
  result: WindowStatus;
}

const cache = new WeakMap<Schedule, Cached>();
const MINUTE_MS = 60_000;

/** status(), remembered for the minute `now` falls in (same schedule and holiday objects). */
export function statusThisMinute(
  now: Date,
  schedule: Schedule,
  holidays: HolidayLookup,
): WindowStatus {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  const hit = cache.get(schedule);
  if (hit && hit.minute === minute && hit.holidays === holidays) return hit.result;
  // Computed at the minute's start, so every caller within the minute sees the same answer.
  const result = status(new Date(minute * MINUTE_MS), schedule, holidays);
  cache.set(schedule, { minute, holidays, result });
  return result;
}
