import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addListEntry, CadreDb, readList, removeListEntry, foldKey } from '@/lib/db';

let database: CadreDb;
beforeEach(async () => {
  database = new CadreDb(`cadre-lists-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('watch-list and allow-list', () => {
  it.each([
    ['Élodie', 'elodie'],
    ['  JEAN-ÉDOUARD  Dupont ', 'jean-edouard dupont'],
    ['Ça', 'ca'],
  ])('folds %j to %j', (value, key) => {
    expect(foldKey(value)).toBe(key);
  });

  it('adds once per folded spelling and says why it refuses', async () => {
    expect(await addListEntry(database, 'watch', 'Élodie Martin')).toEqual({ ok: true });
    expect(await addListEntry(database, 'watch', 'elodie  MARTIN')).toEqual({
      ok: false,
      reason: 'duplicate',
    });
    expect(await addListEntry(database, 'allow', 'elodie martin')).toEqual({ ok: true });
    expect(await addListEntry(database, 'watch', '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(await addListEntry(database, 'watch', 'x'.repeat(121))).toEqual({
      ok: false,
      reason: 'too-long',
    });
    expect((await readList(database, 'watch')).map((e) => e.value)).toEqual(['Élodie Martin']);
  });

  it('removes by any spelling', async () => {
    await addListEntry(database, 'watch', 'Acme SAS');
    await removeListEntry(database, 'watch', 'ACME sas');
    expect(await readList(database, 'watch')).toEqual([]);
  });
});
