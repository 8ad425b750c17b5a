import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './browser';
import { chip, launchWatched, MENTORING, pasteInComposer } from './guard-helpers';
import { receive, screenshot, shadow, type CadreSession } from './harness';
import { crc32Hex } from '../../lib/schedule/checksum';
import { encodeText } from '../../lib/schedule/text-codec';
import { dumpDatabase, openOptions } from './options-pages';

// Issue 12's cases that need the real browser: settings reaching a tab whose background
// worker Chrome has stopped, persistent storage, the manifest, and watched chats renamed
// or titled with invisible direction marks.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Stops the extension's service worker through the DevTools protocol, as idle Chrome does. */
async function stopServiceWorker(current: CadreSession) {
  const browserSession = await current.context.browser()!.newBrowserCDPSession();
  const workers = async () => {
    const { targetInfos } = (await browserSession.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    return targetInfos.filter(
      (target) =>
        target.type === 'service_worker' &&
        target.url.startsWith(`chrome-extension://${current.extensionId}/`),
    );
  };
  const running = await workers();
  expect(running.length).toBe(1);
  for (const worker of running) {
    await browserSession.send('Target.closeTarget', { targetId: worker.targetId });
  }
  await expect.poll(async () => (await workers()).length, { timeout: 10_000 }).toBe(0);
  await browserSession.detach();
}

describe('settings reach an open tab', () => {
  it('the sleeping worker still delivers: a name added in the options page is flagged at once', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'Je prépare le dossier papaye pour demain.');
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre actif/);

    await stopServiceWorker(session);
    const options = await openOptions(session, 'lists');
    const watch = options.locator('[data-list="watch"]');
    await watch.getByLabel('Ajouter un nom').fill('Papaye');
    await watch.getByLabel('Ajouter un nom').press('Enter');
    await expect.poll(() => watch.locator('.item-list li').count()).toBe(1);

    // The WhatsApp tab is not brought to the front: the push alone must reach it.
    await expect
      .poll(() => chip(session!).textContent(), { timeout: 15_000 })
      .toMatch(/^Cadre · 1 point à vérifier/);
    await screenshot(page, 'hardening-pushed-watch-list');
  });
});

/** A tag with a correct checksum around any compact schedule. */
function tagAround(schedule: unknown): string {
  const encoded = encodeText(JSON.stringify({ t: 1_764_000_000, s: schedule }));
  return `[cadre:v1:${encoded}:${crc32Hex(encoded)}]`;
}

describe('hostile availability tags', () => {
  it('a forged 8 KB tag with many slots a day is refused with a readable reason', async () => {
    session = await launchWatched();
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
    const day = Array.from({ length: 80 }, (_, i) => `${hhmm(i * 2)}-${hhmm(i * 2 + 1)}`);
    const forged = tagAround({
      z: 'Europe/Paris',
      w: Array.from({ length: 7 }, () => day.join(',')).join('|'),
      h: ['FR', '', 1],
      a: [],
    });
    expect(forged.length).toBeGreaterThan(7_000);
    expect(await receive(session.page, MENTORING, `Mes disponibilités\n${forged}`)).toBe(true);
    const card = shadow(session.page).locator('[data-window-card="share-refused"]');
    await expect
      .poll(() => card.textContent(), { timeout: 10_000 })
      .toContain('Trop de plages le lundi (80, 12 au plus)');
    // The tab still answers at once: typing is checked as usual.
    await pasteInComposer(session.page, 'Bonjour Claire Martin');
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre · 1 point à vérifier/);
  });

  it('a tag’s text never shows in Cadre’s card', async () => {
    session = await launchWatched();
    const bait = 'Cadre: your mentor needs your IBAN FR76 3000 6000 0112 3456 7890 189';
    const tag = tagAround({ z: bait, w: '0800-1800||||||', h: ['FR', '', 1], a: [] });
    expect(await receive(session.page, MENTORING, tag)).toBe(true);
    const card = shadow(session.page).locator('[data-window-card="share-refused"]');
    await expect
      .poll(() => card.textContent(), { timeout: 10_000 })
      .toContain('Fuseau horaire inconnu (exemple : Europe/Paris).');
    expect(await card.textContent()).not.toContain('IBAN');
    await screenshot(session.page, 'hardening-tag-refused');
  });
});

describe('what Cadre keeps', () => {
  it('asks for persistent storage and says in the data section whether it was granted', async () => {
    session = await launchWatched();
    // Counts the requests the options page makes, whatever the browser answers.
    await session.context.addInitScript(() => {
      const storage = navigator.storage;
      const persist = storage.persist.bind(storage);
      const counter = globalThis as unknown as { __persistAsked: number };
      counter.__persistAsked = 0;
      storage.persist = () => {
        counter.__persistAsked += 1;
        return persist();
      };
    });
    const options = await openOptions(session, 'data');
    const status = options.locator('[data-persistence]');
    await expect.poll(() => status.getAttribute('data-persistence')).not.toBeNull();
    expect(
      await options.evaluate(
        () => (globalThis as unknown as { __persistAsked: number }).__persistAsked,
      ),
    ).toBeGreaterThanOrEqual(1);
    // What the section says is what the browser answered.
    const granted = await options.evaluate(() => navigator.storage.persisted());
    expect(await status.getAttribute('data-persistence')).toBe(
      granted ? 'persisted' : 'not-persisted',
    );
    expect(await status.textContent()).toBe(
      granted
        ? 'Le navigateur s’est engagé à garder les données de Cadre, même quand il manque de place.'
        : 'Le navigateur ne s’est pas engagé à garder les données de Cadre s’il manque de place : téléchargez une sauvegarde de temps en temps.',
    );
    await screenshot(options, 'hardening-options-data-persistence');
  });

  it('asks for no permission but the WhatsApp host, in both builds', async () => {
    const read = async (build: string) =>
      JSON.parse(await readFile(path.join(repoRoot, '.output', build, 'manifest.json'), 'utf8'));
    const chrome = await read('chrome-mv3');
    expect(chrome.permissions ?? []).toEqual([]);
    expect(chrome.host_permissions).toEqual(['https://web.whatsapp.com/*']);
    const firefox = await read('firefox-mv2');
    expect(firefox.permissions).toEqual(['https://web.whatsapp.com/*']);
  });
});

describe('watched chats', () => {
  /** Changes the open chat's title in place, as WhatsApp does after a rename. */
  const retitle = (current: CadreSession, title: string) =>
    current.page.evaluate((next) => {
      const span = document.querySelector('#main header span[title]') as HTMLElement;
      span.setAttribute('title', next);
      span.textContent = next;
    }, title);

  it('match a title wrapped in invisible direction marks', async () => {
    session = await launchWatched();
    // Away from the watched title first, so coming back is a change Cadre must see.
    await retitle(session, 'Autre titre');
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('unwatched');
    await retitle(session, `\u202a${MENTORING}\u202c`);
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('active');
    const probe = await openOptions(session);
    const report = await probe.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(filter: { url: string }): Promise<{ id: number }[]>;
              sendMessage(id: number, message: unknown): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const [tab] = await api.tabs.query({ url: 'https://web.whatsapp.com/*' });
      return api.tabs.sendMessage(tab.id, { type: 'protection.get' });
    });
    expect(report).toMatchObject({ state: 'active', chat: MENTORING });
  });

  it('renamed while open: the chip asks, and watching goes on under the new name', async () => {
    session = await launchWatched();
    const renamed = 'Camille Roy — mentorat';
    await retitle(session, renamed);
    const card = shadow(session.page).locator('[data-window-card="chat-renamed"]');
    await expect.poll(() => card.textContent()).toContain(`« ${renamed} »`);
    // Until the person answers, Cadre says it does not watch this chat.
    expect(await chip(session).getAttribute('data-protection')).toBe('unwatched');
    await screenshot(session.page, 'hardening-chat-renamed');
    await card.getByRole('button', { name: 'Continuer à la surveiller' }).click();
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('active');
    expect(await card.count()).toBe(0);
    const options = await openOptions(session, 'chats');
    const stored = await dumpDatabase(options);
    expect((stored.watchedChats as { title: string }[]).map((chat) => chat.title)).toEqual([
      renamed,
    ]);
  });
});
