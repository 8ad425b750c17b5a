import {
  decodeShare,
  scheduleOrDefault,
  validateSchedule,
  type Bilingual,
  type ManualState,
  type Schedule,
  type ValidationError,
} from '../schedule';
import type { CadreDb } from './database';
import type { ScheduleRow } from './records';

export type SaveScheduleResult =
  { ok: true; row: ScheduleRow } | { ok: false; errors: ValidationError[] };

export function readScheduleRow(database: CadreDb): Promise<ScheduleRow | undefined> {
  return database.schedule.get('current');
}

/** Stores a schedule only once it validates; an invalid one leaves the row untouched. */
export async function saveSchedule(
  database: CadreDb,
  input: unknown,
  source: ScheduleRow['source'],
  sharedExcerpt?: string,
  now: Date = new Date(),
): Promise<SaveScheduleResult> {
  const checked = validateSchedule(input);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const row: ScheduleRow = {
    key: 'current',
    schedule: checked.schedule,
    updatedAt: now.getTime(),
    source,
  };
  if (sharedExcerpt !== undefined) row.sharedExcerpt = sharedExcerpt;
  await database.schedule.put(row);
  return { ok: true, row };
}

/** The mentor's one-click switch: only the manual status changes, the hours stay. */
export async function setManualState(
  database: CadreDb,
  manual: ManualState,
  now: Date = new Date(),
): Promise<SaveScheduleResult> {
  return database.transaction('rw', database.schedule, async () => {
    const current: Schedule = scheduleOrDefault((await readScheduleRow(database))?.schedule);
    return saveSchedule(database, { ...current, manual }, 'local', undefined, now);
  });
}

export type ApplySharedResult = { ok: true; updatedAt: number } | { ok: false; error: Bilingual };

/**
 * Applies a schedule shared through the chat. The tag is decoded and validated here, on
 * the database's side: a garbled, truncated or tampered tag changes nothing.
 */
export async function applySharedTag(
  database: CadreDb,
  tag: string,
  excerpt: string,
  now: Date = new Date(),
): Promise<ApplySharedResult> {
  const decoded = decodeShare(tag);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const saved = await saveSchedule(database, decoded.schedule, 'shared', excerpt, now);
  if (!saved.ok) return { ok: false, error: saved.errors[0].message };
  return { ok: true, updatedAt: saved.row.updatedAt };
}
