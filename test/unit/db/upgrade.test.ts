import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CadreDb } from '@/lib/db';

// A database written by version 1 of the schema must open, upgraded, in the current one.

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function makeVersionOneDb(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    settings: '&key',
    watchedChats: '&title',
    lists: '++id, kind, &[kind+value]',
    journal: '++id, at, action',
  });
  await v1.table('settings').bulkPut([
    { key: 'role', value: 'mentee' },
    { key: 'language', value: 'en' },
  ]);
  await v1.table('watchedChats').put({ title: 'Camille — mentorat', addedAt: 1 });
  await v1.table('lists').bulkAdd([
    { kind: 'watch', value: 'Élodie Martin', addedAt: 1 },
    { kind: 'watch', value: 'elodie martin', addedAt: 2 },
    { kind: 'allow', value: 'Élodie Martin', addedAt: 3 },
    { kind: 'watch', value: 'Acme', addedAt: 4 },
  ]);
  await v1
    .table('journal')
    .add({ at: 10, action: 'anonymized', findings: { PERSON: 1 }, signals: [] });
  v1.close();
}

describe('database upgrade', () => {
  it('opens a version 1 database in the current schema, keeping its data', async () => {
    const name = `cadre-upgrade-${Math.random()}`;
    names.push(name);
    await makeVersionOneDb(name);

    const database = new CadreDb(name);
    await database.open();
    expect(database.verno).toBe(2);
    expect(await database.settings.get('role')).toEqual({ key: 'role', value: 'mentee' });
    expect(await database.watchedChats.toArray()).toEqual([
      { title: 'Camille — mentorat', addedAt: 1 },
    ]);
    expect(await database.journal.count()).toBe(1);

    // Entries gain their folded key; two spellings of one name in one list become one.
    const lists = await database.lists.orderBy('id').toArray();
    expect(lists.map(({ kind, value, key }) => ({ kind, value, key }))).toEqual([
      { kind: 'watch', value: 'Élodie Martin', key: 'elodie martin' },
      { kind: 'allow', value: 'Élodie Martin', key: 'elodie martin' },
      { kind: 'watch', value: 'Acme', key: 'acme' },
    ]);

    // Tables added by version 2 are there and usable.
    await database.notes.add({ at: 1, text: 'relire mardi' });
    await database.charters.add({
      lang: 'fr',
      title: 'Charte',
      text: '…',
      source: 'custom',
      createdAt: 1,
    });
    expect(await database.notes.count()).toBe(1);
    expect((await database.charters.toArray())[0].version).toBe(1);
    database.close();
  });

  it('creates a new database directly in the current schema', async () => {
    const name = `cadre-fresh-${Math.random()}`;
    names.push(name);
    const database = new CadreDb(name);
    await database.open();
    expect(database.verno).toBe(2);
    expect(database.tables.map((table) => table.name).sort()).toEqual([
      'charters',
      'journal',
      'lists',
      'notes',
      'schedule',
      'settings',
      'signatures',
      'watchedChats',
    ]);
    database.close();
  });
});
