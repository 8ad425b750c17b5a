import type { CadreDb } from '../db/database';
import { restoreBackup } from './database';
import { parseBackup, type BackupProblem } from './parse';

export type RestoreResult =
  { ok: true } | ({ ok: false } & BackupProblem) | { ok: false; reason: 'failed' };

/**
 * Reads a backup file's text and, when it is valid, replaces everything with it in one
 * transaction. Run in the background: the file is checked again there, whatever the page
 * that sent it checked.
 */
export async function restoreBackupText(database: CadreDb, text: string): Promise<RestoreResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    const { ok: _ok, ...problem } = parsed;
    return { ok: false, ...problem };
  }
  try {
    await restoreBackup(database, parsed.backup);
    return { ok: true };
  } catch {
    // The transaction rolled back: nothing changed.
    return { ok: false, reason: 'failed' };
  }
}
