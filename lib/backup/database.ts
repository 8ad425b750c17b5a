import type { CadreDb } from '../db/database';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupData,
  type BackupFile,
} from './format';

function tables(database: CadreDb) {
  return BACKUP_TABLES.map((name) => database.table(name));
}

/** Everything Cadre keeps, read in one transaction so the file is consistent. */
export async function exportBackup(database: CadreDb, now = new Date()): Promise<BackupFile> {
  const data = await database.transaction('r', tables(database), async () => {
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (name) => [name, await database.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries) as BackupData;
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
}

/**
 * Replaces everything with a validated backup, in one transaction: if any write fails,
 * the database is left exactly as it was.
 */
export async function restoreBackup(database: CadreDb, backup: BackupFile): Promise<void> {
  await database.transaction('rw', tables(database), async () => {
    for (const name of BACKUP_TABLES) {
      const table = database.table(name);
      await table.clear();
      await table.bulkAdd(backup.data[name] as never[]);
    }
  });
}

/** Erases everything Cadre keeps; the next visit starts again at onboarding. */
export async function eraseEverything(database: CadreDb): Promise<void> {
  await database.transaction('rw', tables(database), async () => {
    for (const table of tables(database)) await table.clear();
  });
}

/** A file name that sorts by date, e.g. cadre-sauvegarde-2025-03-14.json. */
export function backupFileName(base: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `${base}-${day}.json`;
}
