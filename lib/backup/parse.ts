import * as v from 'valibot';
import { foldKey } from '../text/fold-key';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFile } from './format';

export type BackupProblem =
  | { reason: 'not-json' }
  | { reason: 'foreign' }
  | { reason: 'newer'; version: number }
  | { reason: 'malformed'; where: string };

export type ParsedBackup = { ok: true; backup: BackupFile } | ({ ok: false } & BackupProblem);

/**
 * Reads a backup file's text. Says why a file is refused: not JSON, not a Cadre backup,
 * written by a newer Cadre, or damaged (and where). Changes nothing.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return { ok: false, reason: 'foreign' };
  if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
    return { ok: false, reason: 'newer', version: raw.version };
  }
  const parsed = v.safeParse(BackupFile, raw);
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0]) ?? '';
    return { ok: false, reason: 'malformed', where: path };
  }
  const integrity = checkReferences(parsed.output);
  if (integrity) return { ok: false, reason: 'malformed', where: integrity };
  return { ok: true, backup: parsed.output };
}

/** Unique keys and signatures that point at a charter in the file. */
function checkReferences(backup: BackupFile): string | null {
  const { data } = backup;
  const unique = (values: unknown[]) => new Set(values).size === values.length;
  if (!unique(data.settings.map((row) => row.key))) return 'data.settings';
  if (!unique(data.watchedChats.map((chat) => foldKey(chat.title)))) return 'data.watchedChats';
  if (!unique(data.lists.map((entry) => entry.id))) return 'data.lists';
  if (!unique(data.lists.map((entry) => `${entry.kind}:${entry.key}`))) return 'data.lists';
  if (!unique(data.journal.map((event) => event.id))) return 'data.journal';
  if (!unique(data.charters.map((charter) => charter.version))) return 'data.charters';
  if (!unique(data.signatures.map((signature) => signature.id))) return 'data.signatures';
  if (!unique(data.notes.map((note) => note.id))) return 'data.notes';
  const versions = new Set(data.charters.map((charter) => charter.version));
  const orphan = data.signatures.findIndex((s) => !versions.has(s.charterVersion));
  if (orphan >= 0) return `data.signatures.${orphan}.charterVersion`;
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
