// Short sentences for the popup, the chip and the share message.
import { addDays } from './calendar-date';
import { parseClockTime } from './clock-time';
import {
  formatCalendarDate,
  formatClockMinutes,
  formatDayAndTime,
  weekdayName,
} from './format-time';
import type { WindowStatus } from './status';
import type { Lang, Schedule, TimeRange, Weekday } from './types';
import { WEEKDAYS } from './types';
import { wallClockAt } from './zoned-time';

export interface DescribeOptions {
  now: Date;
  viewerTimeZone: string;
  lang: Lang;
}

const WORDS = {
  fr: {
    open: 'Ouvert',
    closed: 'Fermé',
    away: 'Absent',
    holiday: 'Férié',
    until: "jusqu'à",
    untilDate: "jusqu'au",
    reopens: 'réouverture',
  },
  en: {
    open: 'Open',
    closed: 'Closed',
    away: 'Away',
    holiday: 'Public holiday',
    until: 'until',
    untilDate: 'until',
    reopens: 'reopens',
  },
} as const;

/** "Ouvert · jusqu'à 18h", "Fermé · réouverture lundi 8h", "Absent jusqu'au 2 janvier"… */
export function describeStatus(status: WindowStatus, options: DescribeOptions): string {
  const { now, viewerTimeZone, lang } = options;
  const words = WORDS[lang];
  const at = (instant: Date, omitToday = false) =>
    formatDayAndTime(instant, now, viewerTimeZone, lang, omitToday);
  const reopening = status.nextOpening ? ` · ${words.reopens} ${at(status.nextOpening)}` : '';

  switch (status.state) {
    case 'open':
      return status.until ? `${words.open} · ${words.until} ${at(status.until, true)}` : words.open;
    case 'closed':
    case 'holiday':
      return `${words[status.state]}${reopening}`;
    case 'away': {
      const reason = status.reason;
      if (reason?.kind === 'absence') {
        // Absences are whole days of the mentor's calendar: name the last one.
        const today = wallClockAt(now, viewerTimeZone).date;
        const note = reason.note ? ` (${reason.note})` : '';
        return `${words.away} ${words.untilDate} ${formatCalendarDate(reason.end, lang, today)}${note}`;
      }
      return status.until ? `${words.away} ${words.until} ${at(status.until)}` : words.away;
    }
  }
}

function describeRanges(ranges: readonly TimeRange[], lang: Lang): string {
  return ranges
    .map((range) => {
      const start = formatClockMinutes(parseClockTime(range.start) ?? 0, lang);
      const end = formatClockMinutes(parseClockTime(range.end, true) ?? 0, lang);
      return `${start}–${end}`;
    })
    .join(', ');
}

// 1 January 2024 was a Monday: a fixed week to name weekdays through Intl.
const A_MONDAY = '2024-01-01';
function dayName(day: Weekday, lang: Lang): string {
  return weekdayName(addDays(A_MONDAY, WEEKDAYS.indexOf(day)), lang);
}

/** "lundi–vendredi 8h–18h" / "Monday–Friday 8 am–6 pm"; consecutive days with the same hours grouped. */
export function describeWeek(schedule: Schedule, lang: Lang): string {
  const groups: { first: Weekday; last: Weekday; hours: string }[] = [];
  for (const day of WEEKDAYS) {
    const ranges = schedule.week[day];
    if (ranges.length === 0) continue;
    const hours = describeRanges(ranges, lang);
    const previous = groups[groups.length - 1];
    const adjacent = previous && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (previous && adjacent && previous.hours === hours) previous.last = day;
    else groups.push({ first: day, last: day, hours });
  }
  if (groups.length === 0) return lang === 'fr' ? 'aucune plage' : 'no hours';
  return groups
    .map(({ first, last, hours }) => {
      const days =
        first === last ? dayName(first, lang) : `${dayName(first, lang)}–${dayName(last, lang)}`;
      return `${days} ${hours}`;
    })
    .join(lang === 'fr' ? ' ; ' : '; ');
}
