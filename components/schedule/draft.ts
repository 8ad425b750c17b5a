// The schedule editor's draft: a Schedule as typed, not yet valid. Pure updates, so the
// editor's behaviour is tested without a page.
import type { Translate } from '@/lib/i18n';
import type { Absence, Schedule, TimeRange, ValidationError, Weekday } from '@/lib/schedule';
import type { Bilingual, Lang } from '@/lib/schedule';

export type Draft = Schedule;

/** What every part of the schedule editor receives. */
export interface EditorProps {
  t: Translate;
  lang: Lang;
  draft: Draft;
  errors: ValidationError[];
  onChange(next: Draft): void;
}

/** A new range after the day's last one: the next hour, or the charter's 8h–18h. */
export function addRange(draft: Draft, day: Weekday): Draft {
  const ranges = draft.week[day];
  const last = ranges[ranges.length - 1];
  const next: TimeRange = last ? followingHour(last.end) : { start: '08:00', end: '18:00' };
  return { ...draft, week: { ...draft.week, [day]: [...ranges, next] } };
}

function followingHour(end: string): TimeRange {
  const hour = Number(end.slice(0, 2));
  if (!Number.isInteger(hour) || hour >= 23) return { start: '', end: '' };
  const pad = (value: number) => String(value).padStart(2, '0');
  return { start: `${pad(hour)}:${end.slice(3, 5) || '00'}`, end: `${pad(hour + 1)}:00` };
}

export function removeRange(draft: Draft, day: Weekday, index: number): Draft {
  const ranges = draft.week[day].filter((_range, at) => at !== index);
  return { ...draft, week: { ...draft.week, [day]: ranges } };
}

export function setRange(
  draft: Draft,
  day: Weekday,
  index: number,
  patch: Partial<TimeRange>,
): Draft {
  const ranges = draft.week[day].map((range, at) =>
    at === index ? { ...range, ...patch } : range,
  );
  return { ...draft, week: { ...draft.week, [day]: ranges } };
}

export function addAbsence(draft: Draft, today: string): Draft {
  return { ...draft, absences: [...draft.absences, { start: today, end: today }] };
}

export function removeAbsence(draft: Draft, index: number): Draft {
  return { ...draft, absences: draft.absences.filter((_absence, at) => at !== index) };
}

export function setAbsence(draft: Draft, index: number, patch: Partial<Absence>): Draft {
  const absences = draft.absences.map((absence, at) => {
    if (at !== index) return absence;
    const next = { ...absence, ...patch };
    // An emptied note is no note.
    if (next.note === '') delete next.note;
    return next;
  });
  return { ...draft, absences };
}

/** Country changes drop the region: regions belong to one country. */
export function setHolidayArea(draft: Draft, country: string, region?: string): Draft {
  const holidays = { enabled: draft.holidays.enabled, country };
  return { ...draft, holidays: region ? { ...holidays, region } : holidays };
}

/** The messages for one field: its own path and anything below it ("week.mon[0]" has ".start"). */
export function errorsAt(
  errors: readonly ValidationError[],
  path: string,
  lang: Lang,
  exact = false,
): string[] {
  return errors
    .filter(
      (error) =>
        error.path === path ||
        (!exact && (error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`))),
    )
    .map((error) => (error.message as Bilingual)[lang]);
}
