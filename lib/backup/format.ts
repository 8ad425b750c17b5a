import * as v from 'valibot';
import { EXPORTED } from '../db/schema';

// The backup file: one versioned JSON document holding every table, ids included, so a
// restore gives back exactly what was exported. Every row is read with the schema the
// database checks its writes with (lib/db/schema.ts), so whatever Cadre stored restores,
// and what is restored comes out normalised (list keys recomputed, the schedule as
// validateSchedule gives it). A file that does not match is refused whole. Objects are
// strict: a field this version does not know is refused rather than silently dropped.

export const BACKUP_FORMAT = 'cadre-backup';
export const BACKUP_VERSION = 1;

export const BackupData = v.strictObject({
  settings: v.array(EXPORTED.settings),
  watchedChats: v.array(EXPORTED.watchedChats),
  lists: v.array(EXPORTED.lists),
  journal: v.array(EXPORTED.journal),
  charters: v.array(EXPORTED.charters),
  signatures: v.array(EXPORTED.signatures),
  schedule: v.pipe(v.array(EXPORTED.schedule), v.maxLength(1)),
  notes: v.array(EXPORTED.notes),
});
export type BackupData = v.InferOutput<typeof BackupData>;

export const BackupFile = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: BackupData,
});
export type BackupFile = v.InferOutput<typeof BackupFile>;

/** The tables a backup holds, in the order they are restored. */
export const BACKUP_TABLES = [
  'settings',
  'watchedChats',
  'lists',
  'journal',
  'charters',
  'signatures',
  'schedule',
  'notes',
] as const satisfies readonly (keyof BackupData)[];
