// Turns untrusted input (editor state, shared tag, imported file) into a Schedule,
// or into a list of plain-language problems. Never throws. A message names the field
// and what is expected, never the raw value: a shared tag's text must not reach Cadre's UI.
import { isCalendarDate } from './calendar-date';
import { parseClockTime } from './clock-time';
import type { Absence, Bilingual, ManualState, Schedule, TimeRange, Weekday } from './types';
import { WEEKDAYS } from './types';
import { isKnownTimeZone } from './zoned-time';
import { MAX_ABSENCES, MAX_NOTE_LENGTH, MAX_RANGES_PER_DAY, MAX_TIME_ZONE_LENGTH } from './limits';

export interface ValidationError {
  path: string;
  message: Bilingual;
}

export type ValidationResult =
  { ok: true; schedule: Schedule } | { ok: false; errors: ValidationError[] };

export interface ValidationOptions {
  /** Lets callers that can afford the holiday data check the country and region for real. */
  isKnownHolidayArea?: (country: string, region?: string) => boolean;
}

const DAY_NAMES: Record<Weekday, Bilingual> = {
  mon: { fr: 'lundi', en: 'Monday' },
  tue: { fr: 'mardi', en: 'Tuesday' },
  wed: { fr: 'mercredi', en: 'Wednesday' },
  thu: { fr: 'jeudi', en: 'Thursday' },
  fri: { fr: 'vendredi', en: 'Friday' },
  sat: { fr: 'samedi', en: 'Saturday' },
  sun: { fr: 'dimanche', en: 'Sunday' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateSchedule(
  input: unknown,
  options: ValidationOptions = {},
): ValidationResult {
  const errors: ValidationError[] = [];
  const fail = (path: string, fr: string, en: string) => errors.push({ path, message: { fr, en } });

  if (!isRecord(input)) {
    fail(
      '',
      "Les horaires ne sont pas lisibles (ce n'est pas un objet).",
      'The schedule is unreadable (not an object).',
    );
    return { ok: false, errors };
  }
  if (input.version !== 1) {
    fail(
      'version',
      'Version des horaires inconnue (1 attendue).',
      'Unknown schedule version (expected 1).',
    );
  }

  const timeZone = input.timeZone;
  if (
    typeof timeZone !== 'string' ||
    timeZone.length > MAX_TIME_ZONE_LENGTH ||
    !isKnownTimeZone(timeZone)
  ) {
    fail(
      'timeZone',
      'Fuseau horaire inconnu (exemple : Europe/Paris).',
      'Unknown time zone (for example Europe/Paris).',
    );
  }

  const week = validateWeek(input.week, fail);
  const holidays = validateHolidays(input.holidays, options, fail);
  const absences = validateAbsences(input.absences, fail);
  const manual = validateManual(input.manual, fail);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    schedule: {
      version: 1,
      timeZone: timeZone as string,
      week: week!,
      holidays: holidays!,
      absences: absences!,
      manual: manual!,
    },
  };
}

type Fail = (path: string, fr: string, en: string) => void;

function validateWeek(input: unknown, fail: Fail): Record<Weekday, TimeRange[]> | undefined {
  if (!isRecord(input)) {
    fail('week', 'Les plages de la semaine manquent.', 'The weekly hours are missing.');
    return undefined;
  }
  const week = {} as Record<Weekday, TimeRange[]>;
  for (const day of WEEKDAYS) {
    week[day] = validateDay(input[day], day, fail);
  }
  return week;
}

function validateDay(input: unknown, day: Weekday, fail: Fail): TimeRange[] {
  const name = DAY_NAMES[day];
  if (!Array.isArray(input)) {
    fail(
      `week.${day}`,
      `Les plages du ${name.fr} manquent (une liste, vide si fermé).`,
      `${name.en}'s hours are missing (a list, empty when closed).`,
    );
    return [];
  }
  if (input.length > MAX_RANGES_PER_DAY) {
    fail(
      `week.${day}`,
      `Trop de plages le ${name.fr} (${input.length}, ${MAX_RANGES_PER_DAY} au plus).`,
      `Too many ranges on ${name.en} (${input.length}, at most ${MAX_RANGES_PER_DAY}).`,
    );
    return [];
  }
  const ranges: { range: TimeRange; start: number; end: number; index: number }[] = [];
  input.forEach((raw, index) => {
    const path = `week.${day}[${index}]`;
    if (!isRecord(raw)) {
      fail(path, `Plage illisible le ${name.fr}.`, `Unreadable range on ${name.en}.`);
      return;
    }
    const start = typeof raw.start === 'string' ? parseClockTime(raw.start) : undefined;
    const end = typeof raw.end === 'string' ? parseClockTime(raw.end, true) : undefined;
    if (start === undefined) {
      fail(
        `${path}.start`,
        `Heure de début invalide le ${name.fr} (format HH:MM, ex. 08:00).`,
        `Invalid start time on ${name.en} (format HH:MM, e.g. 08:00).`,
      );
    }
    if (end === undefined) {
      fail(
        `${path}.end`,
        `Heure de fin invalide le ${name.fr} (format HH:MM, ex. 18:00).`,
        `Invalid end time on ${name.en} (format HH:MM, e.g. 18:00).`,
      );
    }
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      fail(
        path,
        `Le ${name.fr}, la plage ${raw.start}–${raw.end} finit avant de commencer.`,
        `On ${name.en}, the range ${raw.start}–${raw.end} ends before it starts.`,
      );
      return;
    }
    ranges.push({
      range: { start: raw.start as string, end: raw.end as string },
      start,
      end,
      index,
    });
  });
  ranges.sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current.start < previous.end) {
      const both = `${previous.range.start}–${previous.range.end} / ${current.range.start}–${current.range.end}`;
      fail(
        `week.${day}[${current.index}]`,
        `Le ${name.fr}, deux plages se chevauchent : ${both}.`,
        `On ${name.en}, two ranges overlap: ${both}.`,
      );
    }
    // Back-to-back ranges (8h–12h then 12h–18h) are one stretch of open time.
    const last = merged[merged.length - 1];
    if (previous && last && current.start === previous.end) last.end = current.range.end;
    else merged.push({ ...current.range });
  }
  return merged;
}

function validateHolidays(
  input: unknown,
  options: ValidationOptions,
  fail: Fail,
): Schedule['holidays'] | undefined {
  if (!isRecord(input)) {
    fail(
      'holidays',
      'Le réglage des jours fériés manque.',
      'The public holiday setting is missing.',
    );
    return undefined;
  }
  const { country, region, enabled } = input;
  let valid = true;
  if (typeof enabled !== 'boolean') {
    fail('holidays.enabled', 'Jours fériés : activé ou non ?', 'Public holidays: on or off?');
    valid = false;
  }
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) {
    fail(
      'holidays.country',
      'Pays invalide (code à deux lettres majuscules, ex. FR).',
      'Invalid country (two capital letters, e.g. FR).',
    );
    return undefined;
  }
  if (region !== undefined && (typeof region !== 'string' || !/^[A-Za-z0-9]{1,6}$/.test(region))) {
    fail(
      'holidays.region',
      'Région invalide (code court, ex. 67 pour le Bas-Rhin).',
      'Invalid region (a short code, e.g. 67 for Bas-Rhin).',
    );
    return undefined;
  }
  if (options.isKnownHolidayArea && !options.isKnownHolidayArea(country, region)) {
    const area = region ? `${country}-${region}` : country;
    fail(
      region ? 'holidays.region' : 'holidays.country',
      `Pays ou région sans calendrier de jours fériés connu : ${area}.`,
      `No known public holiday calendar for ${area}.`,
    );
    valid = false;
  }
  if (!valid) return undefined;
  return region === undefined
    ? { country, enabled: enabled as boolean }
    : { country, region: region as string, enabled: enabled as boolean };
}

function validateAbsences(input: unknown, fail: Fail): Absence[] | undefined {
  if (!Array.isArray(input)) {
    fail('absences', 'La liste des absences manque.', 'The list of absences is missing.');
    return undefined;
  }
  if (input.length > MAX_ABSENCES) {
    fail(
      'absences',
      `Trop d'absences (${input.length}, ${MAX_ABSENCES} au plus) : retirez les anciennes.`,
      `Too many absences (${input.length}, at most ${MAX_ABSENCES}): remove past ones.`,
    );
    return undefined;
  }
  const absences: Absence[] = [];
  input.forEach((raw, index) => {
    const path = `absences[${index}]`;
    if (!isRecord(raw)) {
      fail(path, `Absence n° ${index + 1} illisible.`, `Absence #${index + 1} is unreadable.`);
      return;
    }
    const { start, end, note } = raw;
    const startOk = typeof start === 'string' && isCalendarDate(start);
    const endOk = typeof end === 'string' && isCalendarDate(end);
    if (!startOk) {
      fail(
        `${path}.start`,
        `Absence n° ${index + 1} : date de début invalide (AAAA-MM-JJ).`,
        `Absence #${index + 1}: invalid start date (YYYY-MM-DD).`,
      );
    }
    if (!endOk) {
      fail(
        `${path}.end`,
        `Absence n° ${index + 1} : date de fin invalide (AAAA-MM-JJ).`,
        `Absence #${index + 1}: invalid end date (YYYY-MM-DD).`,
      );
    }
    if (startOk && endOk && (end as string) < (start as string)) {
      fail(
        `${path}.end`,
        `Absence n° ${index + 1} : la fin (${end}) est avant le début (${start}).`,
        `Absence #${index + 1}: the end (${end}) is before the start (${start}).`,
      );
      return;
    }
    if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)) {
      fail(
        `${path}.note`,
        `Absence n° ${index + 1} : la note doit être un texte de ${MAX_NOTE_LENGTH} caractères au plus.`,
        `Absence #${index + 1}: the note must be text of at most ${MAX_NOTE_LENGTH} characters.`,
      );
      return;
    }
    if (!startOk || !endOk) return;
    const absence: Absence = { start: start as string, end: end as string };
    if (typeof note === 'string' && note.trim() !== '') absence.note = note.trim();
    absences.push(absence);
  });
  return absences.sort((a, b) => a.start.localeCompare(b.start));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function validateManual(input: unknown, fail: Fail): ManualState | undefined {
  if (!isRecord(input) || (input.state !== 'available' && input.state !== 'away')) {
    fail(
      'manual',
      'Statut manuel inconnu (disponible ou absent).',
      'Unknown manual status (available or away).',
    );
    return undefined;
  }
  if (input.state === 'available') return { state: 'available' };
  const until = input.until;
  if (until === undefined) return { state: 'away' };
  if (typeof until !== 'string' || !ISO_INSTANT.test(until) || Number.isNaN(Date.parse(until))) {
    fail(
      'manual.until',
      "Fin d'absence invalide (date et heure ISO avec fuseau).",
      'Invalid end of away status (ISO date and time with offset).',
    );
    return undefined;
  }
  return { state: 'away', until };
}
