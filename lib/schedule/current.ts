import { DEFAULT_SCHEDULE, type Schedule } from './types';
import { validateSchedule } from './validate';

/** The stored schedule when it is valid, else the charter's default (weekdays 8h–18h). */
export function scheduleOrDefault(stored: unknown): Schedule {
  if (stored == null) return DEFAULT_SCHEDULE;
  const checked = validateSchedule(stored);
  return checked.ok ? checked.schedule : DEFAULT_SCHEDULE;
}
