import type { Schedule } from '../../../lib/schedule/types';
import { DEFAULT_SCHEDULE } from '../../../lib/schedule/types';

/** A copy of the default schedule with some fields replaced. */
export function scheduleWith(changes: Partial<Schedule> = {}): Schedule {
  return { ...structuredClone(DEFAULT_SCHEDULE), ...changes };
}

/** French public holidays 2026–2027 as date-holidays gives them, fixed here for the pure tests. */
export const FRENCH_HOLIDAYS: ReadonlySet<string> = new Set([
  '2026-01-01',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-25',
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
  '2027-01-01',
]);

export const NO_HOLIDAYS: ReadonlySet<string> = new Set();
