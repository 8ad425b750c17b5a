import type { CadreDb } from '../db/database';
import { exportBackup } from './database';
import { parseBackup } from './parse';

export type ExportResult = { ok: true; text: string } | { ok: false; where: string };

/**
 * The backup file's text, offered only once it reads back: a file Cadre's own import
 * would refuse is never handed over as if it were a backup. `where` names the damaged
 * part (a path such as data.charters.0.title), never its content.
 */
export async function exportBackupText(database: CadreDb, now = new Date()): Promise<ExportResult> {
  const text = JSON.stringify(await exportBackup(database, now), null, 2);
  const check = parseBackup(text);
  return check.ok
    ? { ok: true, text }
    : { ok: false, where: check.reason === 'malformed' ? check.where : '' };
}
