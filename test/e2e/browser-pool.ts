import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, whatsappOrigin, type Lang, type LaunchedBrowser } from './browser';

// One Chromium per test file, handed from test to test with the state of a fresh install:
// starting Chromium with the extension costs seconds, resetting it a fraction of that.
// A browser is lent to one session at a time; a test holding two sessions gets two.

interface Pooled {
  key: string;
  browser: LaunchedBrowser;
  inUse: boolean;
  /** Lent before: its state must be reset before the next loan. */
  used: boolean;
}

const pool: Pooled[] = [];

export interface PoolOptions {
  extension: boolean;
  lang: Lang;
}

/**
 * A browser in the state of a fresh install, reused when one of the same kind is idle.
 * Its close() gives it back to the pool instead of closing it.
 */
export async function borrowBrowser(options: PoolOptions): Promise<LaunchedBrowser> {
  const key = `${options.extension}:${options.lang}`;
  let entry = pool.find((candidate) => !candidate.inUse && candidate.key === key);
  if (entry) {
    entry.inUse = true;
    try {
      await resetToFreshInstall(entry.browser);
    } catch (error) {
      // A browser that cannot be reset is not trusted with the next test: replace it.
      console.warn(`Reusing Chromium failed, launching a new one: ${String(error)}`);
      pool.splice(pool.indexOf(entry), 1);
      await entry.browser.close().catch(() => {});
      entry = undefined;
    }
  }
  if (!entry) {
    // An idle browser of another kind (language, no extension) is not kept around.
    for (const idle of pool.filter((candidate) => !candidate.inUse)) {
      pool.splice(pool.indexOf(idle), 1);
      await idle.browser.close();
    }
    entry = { key, browser: await launchBrowser(options), inUse: true, used: false };
    pool.push(entry);
  }
  const lent = entry;
  lent.used = true;
  return {
    ...lent.browser,
    async close() {
      await closePages(lent.browser.context);
      lent.inUse = false;
    },
  };
}

/** Closes every pooled browser: the end of a test file. */
export async function closePooledBrowsers(): Promise<void> {
  for (const entry of pool.splice(0)) await entry.browser.close();
}

/** Closes every page but one blank tab, which keeps the persistent context alive. */
async function closePages(context: BrowserContext): Promise<Page> {
  const keep = await context.newPage();
  for (const page of context.pages()) if (page !== keep) await page.close();
  return keep;
}

/**
 * Back to the state of a fresh install: no page open, Cadre's database deleted, the
 * extension's worker restarted (its memory and Dexie's caches gone) and answering,
 * WhatsApp's cookies and storage cleared, permissions revoked, blocked requests forgotten.
 */
export async function resetToFreshInstall(browser: LaunchedBrowser): Promise<void> {
  const { context, extensionId } = browser;
  const page = await closePages(context);
  browser.requests.length = 0;
  await context.clearCookies();
  await context.clearPermissions();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin: whatsappOrigin, storageTypes: 'all' });
    if (!extensionId) return;
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const deleted = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('cadre');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`failed: ${String(request.error)}`);
          // Dexie closes its connection on versionchange; a blocked delete still completes
          // once it has, so this only reports.
          request.onblocked = () => console.warn('Cadre database delete blocked');
        }),
    );
    if (deleted !== 'deleted') throw new Error(`Could not delete Cadre's database: ${deleted}`);
    // The extension's own storage (test faults live there), where the API is granted.
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage?: { local?: { clear(): Promise<void> } } };
      };
      await chrome.storage?.local?.clear().catch(() => {});
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitForBackground(page);
  } finally {
    await cdp.detach().catch(() => {});
  }
  await page.goto('about:blank');
}

/** Asks the background for a snapshot until it answers: it wakes and opens its database. */
async function waitForBackground(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await page
      .evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean } | undefined> } };
          }
        ).chrome.runtime.sendMessage({ type: 'snapshot.get' }),
      )
      .then((reply) => reply?.ok === true)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error('The background did not answer after a reset');
    await page.waitForTimeout(50);
  }
}
