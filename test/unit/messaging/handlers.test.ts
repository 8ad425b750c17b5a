import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CadreDb, readJournal, readList } from '@/lib/db';
import { ask, ExtensionReloadedError } from '@/lib/messaging';
import { handleMessage } from '@/lib/messaging/handlers';
import { readSnapshot } from '@/lib/messaging/snapshot';

let database: CadreDb;
const context = () => ({
  database,
  readSnapshot: () => readSnapshot(database, () => ['2026-12-25']),
});

beforeEach(async () => {
  fakeBrowser.reset();
  database = new CadreDb(`cadre-msg-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('the background protocol', () => {
  it.each([
    [null],
    ['snapshot.get'],
    [{ type: 'nope' }],
    [{ type: 'chat.setWatched', title: '', watched: true }],
    [{ type: 'chat.setWatched', title: 'x'.repeat(301), watched: true }],
    [{ type: 'list.add', kind: 'everything', value: 'Acme' }],
    [
      {
        type: 'journal.log',
        event: { at: 1, action: 'clean', findings: { PERSON: -1 }, signals: [] },
      },
    ],
    [
      {
        type: 'journal.log',
        event: { at: 1, action: 'clean', findings: { 'Karim Benali': 1 }, signals: [] },
      },
    ],
    [{ type: 'journal.log', event: { at: 1, action: 'leaked', findings: {}, signals: [] } }],
  ])('refuses a malformed message: %j', async (message) => {
    const reply = await handleMessage(message, context());
    expect(reply.ok).toBe(false);
    expect(await database.journal.count()).toBe(0);
    expect(await database.watchedChats.count()).toBe(0);
  });

  it('answers the snapshot from the database', async () => {
    await handleMessage(
      { type: 'chat.setWatched', title: ' Camille — mentorat ', watched: true },
      context(),
    );
    await handleMessage({ type: 'list.add', kind: 'watch', value: 'Acme' }, context());
    const reply = await handleMessage({ type: 'snapshot.get' }, context());
    expect(reply).toMatchObject({
      ok: true,
      value: {
        watchedChats: ['Camille — mentorat'],
        watchList: ['Acme'],
        allowList: [],
        schedule: null,
        holidays: ['2026-12-25'],
        settings: { language: 'auto', vagueNudge: true, onboarded: false },
      },
    });
  });

  it('journals counts and kinds, and strips anything it does not know', async () => {
    const event = {
      at: 5,
      action: 'sent-anyway',
      findings: { PERSON: 2 },
      signals: ['URGENT'],
      text: 'Karim Benali est malade',
    };
    expect(await handleMessage({ type: 'journal.log', event }, context())).toEqual({
      ok: true,
      value: { ok: true },
    });
    const [stored] = await readJournal(database);
    expect(stored).toEqual({
      id: 1,
      at: 5,
      action: 'sent-anyway',
      findings: { PERSON: 2 },
      signals: ['URGENT'],
    });
  });

  it('reports a duplicate list entry instead of failing', async () => {
    await handleMessage({ type: 'list.add', kind: 'allow', value: 'Élodie' }, context());
    const reply = await handleMessage(
      { type: 'list.add', kind: 'allow', value: 'elodie' },
      context(),
    );
    expect(reply).toEqual({ ok: true, value: { ok: false, reason: 'duplicate' } });
    expect(await readList(database, 'allow')).toHaveLength(1);
  });
});

describe('ask()', () => {
  it('goes through runtime messaging and returns the typed answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleMessage(message, context()),
    );
    const snapshot = await ask({ type: 'snapshot.get' });
    expect(snapshot.watchedChats).toEqual([]);
  });

  it('turns an invalidated extension context into ExtensionReloadedError', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(ask({ type: 'snapshot.get' })).rejects.toBeInstanceOf(ExtensionReloadedError);
  });
});
