// What the popup and the chip show of the response window, computed from the stored
// schedule and the holiday dates, in the viewer's zone.
import type { Translate } from '@/lib/i18n';
import {
  describeStatus,
  scheduleOrDefault,
  status,
  type Lang,
  type Schedule,
  type WindowStatus,
} from '@/lib/schedule';
import { formatCalendarDate, formatDayAndTime } from '@/lib/schedule/format-time';

export interface WindowView {
  schedule: Schedule;
  status: WindowStatus;
}

export function windowView(stored: unknown, holidays: readonly string[], now: Date): WindowView {
  const schedule = scheduleOrDefault(stored);
  return { schedule, status: status(now, schedule, new Set(holidays)) };
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
