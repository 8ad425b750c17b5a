// What the popup and the chip show of the response window, computed from the stored
// schedule and the holiday dates, in the viewer's zone.
import type { Translate } from '@/lib/i18n';
import {
  describeStatus,
  scheduleOrDefault,
  statusThisMinute,
  type Lang,
  type Schedule,
  type WindowStatus,
} from '@/lib/schedule';
import { formatCalendarDate, formatDayAndTime } from '@/lib/schedule/format-time';

export interface WindowView {
  schedule: Schedule;
  status: WindowStatus;
}

// The snapshot's objects stay the same until the background pushes a new one: parsing
// and the status are reused across the many redraws in between.
const schedules = new WeakMap<object, Schedule>();
const holidaySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function parsedSchedule(stored: unknown): Schedule {
  if (typeof stored !== 'object' || stored === null) return scheduleOrDefault(stored);
  let schedule = schedules.get(stored);
  if (!schedule) {
    schedule = scheduleOrDefault(stored);
    schedules.set(stored, schedule);
  }
  return schedule;
}

function holidaySet(holidays: readonly string[]): ReadonlySet<string> {
  let set = holidaySets.get(holidays);
  if (!set) {
    set = new Set(holidays);
    holidaySets.set(holidays, set);
  }
  return set;
}

export function windowView(stored: unknown, holidays: readonly string[], now: Date): WindowView {
  const schedule = parsedSchedule(stored);
  return { schedule, status: statusThisMinute(now, schedule, holidaySet(holidays)) };
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The popup's sentence: "Fermé · réouverture lundi 8h". */
export function longLabel(view: WindowView, now: Date, lang: Lang, zone = viewerTimeZone()) {
  return describeStatus(view.status, { now, viewerTimeZone: zone, lang });
}

/** The chip's few words: "Ouvert", "Fermé · lundi 8h", "Absent · 2 janvier". */
export function compactLabel(
  view: WindowView,
  now: Date,
  t: Translate,
  lang: Lang,
  zone = viewerTimeZone(),
): string {
  const { status: current } = view;
  const word = t(`window.${current.state}`);
  if (current.state === 'open') return word;
  if (current.state === 'away' && current.reason?.kind === 'absence') {
    return `${word} · ${formatCalendarDate(current.reason.end, lang)}`;
  }
  const next = current.state === 'away' ? current.until : current.nextOpening;
  return next ? `${word} · ${formatDayAndTime(next, now, zone, lang)}` : word;
}

/** "lundi 8h": when a message sent now will be read; undefined when the window is open. */
export function nextReadingTime(
  view: WindowView,
  now: Date,
  lang: Lang,
  zone = viewerTimeZone(),
): string | undefined {
  if (view.status.state === 'open') return undefined;
  const next = view.status.nextOpening;
  return next && formatDayAndTime(next, now, zone, lang);
}
