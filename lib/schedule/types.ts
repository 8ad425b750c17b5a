/** Days of the week, Monday first as in the charter. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A window within one day, wall-clock 'HH:MM' in the mentor's zone; end may be '24:00'. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Calendar days, inclusive at both ends, in the mentor's zone. */
export interface Absence {
  start: string;
  end: string;
  note?: string;
}

export type ManualState = { state: 'available' } | { state: 'away'; until?: string };

export interface HolidaySettings {
  country: string;
  region?: string;
  enabled: boolean;
}

export interface Schedule {
  version: 1;
  /** IANA time zone of the mentor. */
  timeZone: string;
  week: Record<Weekday, TimeRange[]>;
  holidays: HolidaySettings;
  absences: Absence[];
  manual: ManualState;
}

export type Lang = 'fr' | 'en';

/** Every user-facing message is given in both languages; the UI picks one. */
export interface Bilingual {
  fr: string;
  en: string;
}

const workday = (): TimeRange[] => [{ start: '08:00', end: '18:00' }];

/** Rule 3 of the charter: read and handled Monday to Friday, 8h–18h. */
export const DEFAULT_SCHEDULE: Schedule = {
  version: 1,
  timeZone: 'Europe/Paris',
  week: {
    mon: workday(),
    tue: workday(),
    wed: workday(),
    thu: workday(),
    fri: workday(),
    sat: [],
    sun: [],
  },
  holidays: { country: 'FR', enabled: true },
  absences: [],
  manual: { state: 'available' },
};
