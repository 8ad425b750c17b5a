import type { CadreDb } from './database';
import { foldKey } from '../text/fold-key';
import type { ListEntry, ListKind } from './records';

export type AddResult = { ok: true } | { ok: false; reason: 'empty' | 'too-long' | 'duplicate' };

export const MAX_LIST_VALUE = 120;

/** Adds a name to the watch-list or the allow-list; one entry per folded spelling. */
export async function addListEntry(
  database: CadreDb,
  kind: ListKind,
  raw: string,
): Promise<AddResult> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (!value) return { ok: false, reason: 'empty' };
  if (value.length > MAX_LIST_VALUE) return { ok: false, reason: 'too-long' };
  const key = foldKey(value);
  const existing = await database.lists.where('[kind+key]').equals([kind, key]).first();
  if (existing) return { ok: false, reason: 'duplicate' };
  await database.lists.add({ kind, value, key, addedAt: Date.now() });
  return { ok: true };
}

export async function removeListEntry(database: CadreDb, kind: ListKind, value: string) {
  await database.lists
    .where('[kind+key]')
    .equals([kind, foldKey(value)])
    .delete();
}

export async function readList(database: CadreDb, kind: ListKind): Promise<ListEntry[]> {
  return database.lists.where('kind').equals(kind).sortBy('value');
}
