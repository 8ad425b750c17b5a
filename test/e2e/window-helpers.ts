import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, replicaUrl, extensionDir, type Lang } from './browser';
import { dismissWhatsNew, openChat, shadow, withDom, type CadreSession } from './harness';

// Shared steps of the response window's end-to-end tests (rule 3): seeding Cadre's
// database, and freezing the clock where each part of Cadre reads it.

export const MENTORING = 'Camille — mentorat';

/** Launches like launchCadre, with a build chosen by CADRE_EXTENSION (default the usual one). */
export async function launchWindowSession(lang: Lang = 'fr'): Promise<CadreSession> {
  const browser = await launchBrowser({
    lang,
    extensionPath: process.env.CADRE_EXTENSION ?? extensionDir,
  });
  // A page of its own: the first tab may be the onboarding Cadre opens on install.
  const page = await browser.context.newPage();
  await page.goto(replicaUrl(lang, withDom('')));
  await page.waitForSelector('html[data-replica-ready="true"]');
  await dismissWhatsNew(page);
  return {
    context: browser.context,
    page,
    extensionId: browser.extensionId,
    requests: browser.requests,
    sent: () =>
      page.evaluate(() => (window as unknown as { __sent: never[] }).__sent) as ReturnType<
        CadreSession['sent']
      >,
    async openPopup() {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      return popup;
    },
    close: browser.close,
  };
}

export interface Seed {
  role?: 'mentor' | 'mentee' | null;
  watched?: string[];
  /** A lib/schedule Schedule; undefined keeps the charter's default. */
  schedule?: unknown;
  source?: 'local' | 'file' | 'shared';
}

/**
 * Writes settings, watched chats and the schedule straight into Cadre's IndexedDB from an
 * extension page, restarts the extension, then reloads WhatsApp so the content script
 * reads them afresh.
 */
export async function seed(session: CadreSession, values: Seed): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  // The background opens (and creates) the database; wait until it has.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const list = await indexedDB.databases();
        return list.some((entry) => entry.name === 'cadre' && (entry.version ?? 0) >= 20);
      }),
    )
    .toBe(true);
  await page.evaluate(
    (input) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cadre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(['settings', 'watchedChats', 'schedule'], 'readwrite');
          const settings = tx.objectStore('settings');
          settings.put({ key: 'onboarded', value: true });
          if (input.role !== undefined) settings.put({ key: 'role', value: input.role });
          for (const title of input.watched ?? []) {
            tx.objectStore('watchedChats').put({ title, addedAt: Date.now() });
          }
          if (input.schedule !== undefined) {
            tx.objectStore('schedule').put({
              key: 'current',
              schedule: input.schedule,
              updatedAt: Date.now(),
              source: input.source ?? 'local',
            });
          }
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    values,
  );
  // Dexie's live queries in the background cache what they read and never saw these raw
  // writes: stop the background so it wakes up reading the database as it is.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
  // The background wakes on the first message; wait until it answers again.
  const probe = await session.context.newPage();
  await expect
    .poll(
      async () => {
        await probe.goto(`chrome-extension://${session.extensionId}/popup.html`).catch(() => {});
        return probe
          .evaluate(() =>
            (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
              }
            ).chrome.runtime.sendMessage({ type: 'snapshot.get' }),
          )
          .then((reply) => reply?.ok === true)
          .catch(() => false);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await probe.close();
  await session.page.reload();
  await session.page.waitForSelector('html[data-replica-ready="true"]');
}

/** The chip's response window element. */
export function chipWindow(page: Page) {
  return shadow(page).locator('[role="status"] [data-window-state]');
}

/** Opens the mentoring chat and waits for Cadre to guard it. */
export async function openMentoring(page: Page): Promise<void> {
  // Seeding reloads the page: 2026's "what's new" modal may be back.
  await dismissWhatsNew(page);
  await openChat(page, MENTORING);
  await expect
    .poll(() => shadow(page).locator('[role="status"]').first().getAttribute('data-protection'))
    .toBe('active');
}

/**
 * Freezes Date in the content script's world. Playwright's clock reaches the page's main
 * world only; a content script runs in an isolated world with its own Date, reached here
 * through the DevTools protocol. A focus event then makes the chip read the clock again.
 */
export async function freezeContentClock(page: Page, at: Date): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const isolated = contexts.filter(
    (context) =>
      context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'),
  );
  if (isolated.length === 0) throw new Error('freezeContentClock: no content script world found');
  const expression = `(() => {
    const Real = globalThis.__cadreRealDate ?? Date;
    globalThis.__cadreRealDate = Real;
    const fixed = ${at.getTime()};
    class Frozen extends Real {
      constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
      static now() { return fixed; }
    }
    globalThis.Date = Frozen;
    return true;
  })()`;
  for (const context of isolated) {
    await cdp.send('Runtime.evaluate', { expression, contextId: context.id });
  }
  await cdp.send('Runtime.disable');
  await cdp.detach();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

/** A popup page whose clock (the page's own world) is frozen at `at` before it loads. */
export async function openPopupAt(session: CadreSession, at: Date): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.clock.setFixedTime(at);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.locator('.window-state [data-window-state]').waitFor();
  return popup;
}

/** The schedule row as stored, read with the raw IndexedDB API from an extension page. */
export async function readScheduleRow(
  session: CadreSession,
): Promise<Record<string, unknown> | null> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  try {
    return await page.evaluate(
      () =>
        new Promise<Record<string, unknown> | null>((resolve, reject) => {
          const open = indexedDB.open('cadre');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result
              .transaction('schedule')
              .objectStore('schedule')
              .get('current');
            request.onsuccess = () => {
              open.result.close();
              resolve((request.result as Record<string, unknown> | undefined) ?? null);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/** Journal actions, oldest first. */
export async function journalActions(
  session: CadreSession,
): Promise<{ action: string; inWindow?: boolean }[]> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  try {
    return await page.evaluate(
      () =>
        new Promise<{ action: string; inWindow?: boolean }[]>((resolve, reject) => {
          const open = indexedDB.open('cadre');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('journal').objectStore('journal').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as { action: string; inWindow?: boolean }[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/** The popup's large response window line. */
export function popupWindow(popup: Page) {
  return popup.locator('.window-state [data-window-state]');
}
