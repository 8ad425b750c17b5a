// A compact form of the schedule for the share tag, so the tag stays short in a chat.
// Week: seven '|'-separated days, Monday first, each a ','-list of 'HHMM-HHMM'.
import type { Absence, Schedule } from './types';
import { WEEKDAYS } from './types';

export interface CompactSchedule {
  /** time zone */
  z: string;
  /** week */
  w: string;
  /** holidays: [country, region or '', enabled 1/0] */
  h: [string, string, number];
  /** absences: [start, end, note?] */
  a: ([string, string] | [string, string, string])[];
  /** manual away: '' when away with no end, the ISO end otherwise; missing when available */
  m?: string;
}

export function compactSchedule(schedule: Schedule): CompactSchedule {
  const w = WEEKDAYS.map((day) =>
    schedule.week[day]
      .map((range) => `${range.start.replace(':', '')}-${range.end.replace(':', '')}`)
      .join(','),
  ).join('|');
  const compact: CompactSchedule = {
    z: schedule.timeZone,
    w,
    h: [
      schedule.holidays.country,
      schedule.holidays.region ?? '',
      schedule.holidays.enabled ? 1 : 0,
    ],
    a: schedule.absences.map((absence) =>
      absence.note ? [absence.start, absence.end, absence.note] : [absence.start, absence.end],
    ),
  };
  if (schedule.manual.state === 'away') compact.m = schedule.manual.until ?? '';
  return compact;
}

const asClock = (hhmm: string) =>
  /^\d{4}$/.test(hhmm) ? `${hhmm.slice(0, 2)}:${hhmm.slice(2)}` : hhmm;

/**
 * Expands without judging: whatever comes out goes through validateSchedule,
 * which says what is wrong. Returns undefined only when the shape is not ours at all.
 */
export function expandSchedule(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const compact = input as Partial<CompactSchedule>;
  if (typeof compact.w !== 'string' || !Array.isArray(compact.h) || !Array.isArray(compact.a)) {
    return undefined;
  }
  const days = compact.w.split('|');
  if (days.length !== WEEKDAYS.length) return undefined;
  const week = Object.fromEntries(
    WEEKDAYS.map((day, index) => [
      day,
      days[index] === ''
        ? []
        : days[index].split(',').map((range) => {
            const [start = '', end = ''] = range.split('-');
            return { start: asClock(start), end: asClock(end) };
          }),
    ]),
  );
  const [country, region, enabled] = compact.h;
  const absences = compact.a.map((entry): Partial<Absence> | undefined =>
    Array.isArray(entry)
      ? { start: entry[0], end: entry[1], ...(entry[2] === undefined ? {} : { note: entry[2] }) }
      : undefined,
  );
  return {
    version: 1,
    timeZone: compact.z,
    week,
    holidays: {
      country,
      ...(region ? { region } : {}),
      enabled: enabled === 1 ? true : enabled === 0 ? false : enabled,
    },
    absences,
    manual:
      compact.m === undefined
        ? { state: 'available' }
        : compact.m === ''
          ? { state: 'away' }
          : { state: 'away', until: compact.m },
  };
}
