import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup';
import { CadreDb, readList, readSettings, readWatchedChats } from '@/lib/db';
import { handleMessage } from '@/lib/messaging/handlers';
import { CHANGES_SNAPSHOT, PAGE_ONLY } from '@/lib/messaging/protocol';
import { readSnapshot } from '@/lib/messaging/snapshot';

// Writes from the options page and the popup go through the background (so the message
// wakes it and it pushes to open tabs); the ones that replace or erase data are refused
// from a content script.

let database: CadreDb;
const fromPage = () => ({
  database,
  readSnapshot: () => readSnapshot(database),
  fromExtensionPage: true,
});
const fromWebPage = () => ({ ...fromPage(), fromExtensionPage: false });

beforeEach(async () => {
  database = new CadreDb(`cadre-pages-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('writes from Cadre’s pages', () => {
  it('save settings, lists, chats and the schedule', async () => {
    const replies = [
      await handleMessage(
        { type: 'settings.save', patch: { role: 'mentee', sharesFromAnyone: true } },
        fromPage(),
      ),
      await handleMessage(
        { type: 'list.addMany', kind: 'watch', values: ['Dupont', 'dupont', 'Martin'] },
        fromPage(),
      ),
      await handleMessage({ type: 'list.remove', kind: 'watch', value: 'MARTIN' }, fromPage()),
      await handleMessage(
        { type: 'chat.setWatched', title: '\u202aCamille\u202c', watched: true },
        fromPage(),
      ),
      await handleMessage({ type: 'chat.rename', from: 'Camille', to: 'Camille R.' }, fromPage()),
      await handleMessage({ type: 'schedule.setManual', manual: { state: 'away' } }, fromPage()),
    ];
    expect(replies.map((reply) => reply.ok)).toEqual([true, true, true, true, true, true]);
    expect(replies[1]).toEqual({ ok: true, value: { added: 2 } });
    const settings = await readSettings(database);
    expect([settings.role, settings.sharesFromAnyone]).toEqual(['mentee', true]);
    expect((await readList(database, 'watch')).map((entry) => entry.value)).toEqual(['Dupont']);
    expect(await readWatchedChats(database)).toEqual(['Camille R.']);
    expect((await database.schedule.get('current'))?.schedule).toMatchObject({
      manual: { state: 'away' },
    });
  });

  it('restore a backup checked again here, and erase', async () => {
    await handleMessage({ type: 'list.add', kind: 'watch', value: 'Dupont' }, fromPage());
    const text = JSON.stringify(await exportBackup(database));
    expect(await handleMessage({ type: 'data.erase' }, fromPage())).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await database.lists.count()).toBe(0);
    expect(await handleMessage({ type: 'backup.restore', text: '{' }, fromPage())).toEqual({
      ok: true,
      value: { ok: false, reason: 'not-json' },
    });
    expect(await handleMessage({ type: 'backup.restore', text }, fromPage())).toEqual({
      ok: true,
      value: { ok: true },
    });
    expect(await database.lists.count()).toBe(1);
  });

  it('that replace or erase are refused from a web page, and change nothing', async () => {
    await handleMessage({ type: 'list.add', kind: 'watch', value: 'Dupont' }, fromPage());
    const text = JSON.stringify(await exportBackup(freshEmpty()));
    for (const message of [
      { type: 'data.erase' },
      { type: 'backup.restore', text },
      { type: 'list.remove', kind: 'watch', value: 'Dupont' },
      { type: 'settings.save', patch: { sharesFromAnyone: true } },
    ]) {
      const reply = await handleMessage(message, fromWebPage());
      expect(reply).toEqual({ ok: false, error: `Not allowed from a web page: ${message.type}` });
    }
    expect(await database.lists.count()).toBe(1);
    expect((await readSettings(database)).sharesFromAnyone).toBe(false);
  });

  it('every page-only write is followed by a push to open tabs', () => {
    for (const type of PAGE_ONLY)
      if (type !== 'page.inspect') expect(CHANGES_SNAPSHOT).toContain(type);
  });

  it('tells how the install-time onboarding showed, null while Cadre still looks', async () => {
    const ask = (outcome: 'shown' | null) =>
      handleMessage(
        { type: 'onboarding.outcome' },
        { ...fromPage(), onboardingOutcome: () => outcome },
      );
    expect(await ask(null)).toEqual({ ok: true, value: null });
    expect(await ask('shown')).toEqual({ ok: true, value: 'shown' });
    expect(await handleMessage({ type: 'onboarding.outcome' }, fromPage())).toEqual({
      ok: true,
      value: null,
    });
  });

  it('a malformed message is answered with where it is wrong, never what it holds', async () => {
    const secret = 'FR76 3000 6000 0112 3456 7890 189';
    const reply = await handleMessage(
      { type: 'schedule.applyShared', tag: 'x', excerpt: `${secret}\nline` },
      fromPage(),
    );
    expect(reply).toEqual({ ok: false, error: 'Invalid message (excerpt)' });
  });
});

function freshEmpty() {
  return new CadreDb(`cadre-pages-empty-${Math.random()}`);
}
