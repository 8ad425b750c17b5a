import * as v from 'valibot';
import type { CadreDb } from './database';
import { foldKey } from '../text/fold-key';
import type { ListEntry, ListKind } from './records';
import { LIMITS, ListValue, looksLikeIdentifier } from './schema';

export type AddResult =
  { ok: true } | { ok: false; reason: 'empty' | 'too-long' | 'duplicate' | 'identifier' };

export const MAX_LIST_VALUE = LIMITS.listValue;

/** Adds a name to the watch-list or the allow-list; one entry per folded spelling. */
export async function addListEntry(
  database: CadreDb,
  kind: ListKind,
  raw: string,
): Promise<AddResult> {
  const parsed = v.safeParse(ListValue, raw);
  if (!parsed.success) {
    return { ok: false, reason: parsed.issues[0].type === 'max_length' ? 'too-long' : 'empty' };
  }
  const value = parsed.output;
  // An e-mail, a phone number or an IBAN is never kept: its digits would sit in every backup.
  if (kind === 'allow' && looksLikeIdentifier(value)) return { ok: false, reason: 'identifier' };
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
