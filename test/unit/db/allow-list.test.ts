import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '@/lib/backup';
import { CadreDb } from '@/lib/db';
import { RefusedWrite } from '@/lib/db/checks';
import { handleMessage } from '@/lib/messaging/handlers';
import { readSnapshot } from '@/lib/messaging/snapshot';

// "Always allow" on an IBAN once stored the IBAN itself: in the database, in every backup,
// and it was never flagged again. An identifier's digits must never land in the database.

let database: CadreDb;
const context = () => ({ database, readSnapshot: () => readSnapshot(database) });

beforeEach(async () => {
  database = new CadreDb(`cadre-allow-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

async function everythingStored(): Promise<string> {
  const tables = await Promise.all(database.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('the allow-list keeps no identifier', () => {
  it.each([
    'FR76 3000 6000 0112 3456 7890 189',
    'FR7630006000011234567890189',
    'claire.martin@example.fr',
    '06 12 34 56 78',
    '+33 6 12 34 56 78',
    '4970 1012 3456 7890',
    '1 85 05 78 006 084 36',
  ])('"allow" on %s stores nothing and says why', async (value) => {
    const reply = await handleMessage({ type: 'list.add', kind: 'allow', value }, context());
    expect(reply).toEqual({ ok: true, value: { ok: false, reason: 'identifier' } });
    expect(await database.lists.count()).toBe(0);
    expect(await everythingStored()).not.toMatch(/\d{2}/);
  });

  it('still allows names, organisations with a short number, and watches anything', async () => {
    for (const value of ['Claire Martin', 'Acme', 'Lot 42']) {
      expect(await handleMessage({ type: 'list.add', kind: 'allow', value }, context())).toEqual({
        ok: true,
        value: { ok: true },
      });
    }
    expect(
      await handleMessage(
        { type: 'list.add', kind: 'watch', value: 'Dossier 2024-118' },
        context(),
      ),
    ).toEqual({ ok: true, value: { ok: true } });
  });

  it('refuses a direct write too: the database checks every row', async () => {
    await expect(
      database.lists.add({
        kind: 'allow',
        value: 'FR76 3000 6000 0112 3456 7890 189',
        key: 'x',
        addedAt: 1,
      }),
    ).rejects.toBeInstanceOf(RefusedWrite);
    expect(await database.lists.count()).toBe(0);
  });

  it('and a backup carrying one is refused at import', async () => {
    const backup = await exportBackup(database);
    backup.data.lists.push({
      id: 1,
      kind: 'allow',
      value: 'claire.martin@example.fr',
      key: 'claire.martin@example.fr',
      addedAt: 1,
    });
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      reason: 'malformed',
      where: 'data.lists.0',
    });
  });
});
