import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { SentRecord } from '../../fixtures/whatsapp-web/src/sent-record';
import { repoRoot, replicaUrl, type BlockedRequest, type Lang } from '../browser';
import { extensionOrigin, launchFirefox, type FirefoxBrowser, type TabOptions } from './browser';

// The Firefox side of the end-to-end harness: Cadre's Firefox build in Firefox ESR on the
// WhatsApp Web replica, with the same shape of helpers as the Chromium harness.

/** The replica generations the evidence describes (see whatsapp-dom/EVIDENCE.md). */
export const GENERATIONS = ['2025', '2026', '2026-dialog'] as const;
export type Generation = (typeof GENERATIONS)[number];

export const MENTORING = 'Camille — mentorat';
const COMPOSER =
  '#main footer div[contenteditable="true"][role="textbox"][data-tab="10"][data-lexical-editor="true"]';

export interface FirefoxSession {
  firefox: FirefoxBrowser;
  /** The replica, open at https://web.whatsapp.com/. */
  page: Page;
  requests: BlockedRequest[];
  sent(): Promise<SentRecord[]>;
  /** popup.html or options.html (with an optional #hash), in a tab of its own. */
  openExtensionPage(file: string, options?: TabOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  lang?: Lang;
  dom?: Generation;
  query?: string;
  /**
   * Opens the replica without selecting its tab. Firefox loads an options page opened by
   * an add-on into the selected tab when that tab is empty: a test that opens a blank tab
   * of its own while Cadre installs can see the onboarding land there, then navigate it
   * away. With the test's tabs in the background, the first tab, empty and never
   * navigated, stays selected.
   */
  background?: boolean;
}

// A busy Firefox sometimes never answers one step of its start (installing the add-on over
// BiDi has no timeout of its own): each attempt gets a deadline, and the launch, not the
// test, is tried again.
const LAUNCH_ATTEMPT_MS = 20_000;
const LAUNCH_ATTEMPTS = 2;

async function openReplicaOnce(
  lang: Lang,
  dom: Generation,
  query: string,
  background: boolean,
): Promise<{ firefox: FirefoxBrowser; page: Page }> {
  let abandoned = false;
  let started: FirefoxBrowser | undefined;
  const attempt = (async () => {
    started = await launchFirefox(lang);
    if (abandoned) {
      started.browser.process()?.kill('SIGKILL'); // it started after its deadline
      throw new Error('abandoned');
    }
    const page = await started.newPage({ background });
    await page.goto(replicaUrl(lang, [`dom=${dom}`, query].filter(Boolean).join('&')));
    await page.waitForSelector('html[data-replica-ready="true"]');
    await dismissWhatsNew(page);
    return { firefox: started, page };
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`Firefox with Cadre did not open the replica in ${LAUNCH_ATTEMPT_MS} ms`)),
      LAUNCH_ATTEMPT_MS,
    );
  });
  try {
    return await Promise.race([attempt, deadline]);
  } catch (error) {
    abandoned = true;
    attempt.catch(() => {}); // a late answer belongs to no test
    (started as FirefoxBrowser | undefined)?.browser.process()?.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function launchFirefoxCadre(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxSession> {
  const { lang = 'fr', dom = '2025', query = '', background = false } = options;
  let opened: { firefox: FirefoxBrowser; page: Page } | undefined;
  for (let attempt = 1; !opened; attempt += 1) {
    try {
      opened = await openReplicaOnce(lang, dom, query, background);
    } catch (error) {
      if (attempt >= LAUNCH_ATTEMPTS) throw error;
      console.warn(`Firefox launch, attempt ${attempt}: ${String(error)}; trying again`);
    }
  }
  const { firefox, page } = opened;
  return {
    firefox,
    page,
    requests: firefox.requests,
    sent: () => page.evaluate(() => (window as unknown as { __sent: SentRecord[] }).__sent),
    async openExtensionPage(file, tabOptions) {
      const tab = await firefox.newExtensionPage(tabOptions);
      const url = `${extensionOrigin}/${file}`;
      // Puppeteer never sees a moz-extension:// navigation finish over BiDi (the page loads
      // but goto times out): start it, and wait on the document itself.
      tab.goto(url, { timeout: 0 }).catch(() => {});
      // Polled with plain evaluations: BiDi can fail one while the page is still loading,
      // which would end a waitForFunction at once.
      const loaded = () =>
        tab
          .evaluate(
            (expected) => location.href === expected && document.readyState === 'complete',
            url,
          )
          .catch(() => false);
      await expect.poll(loaded, { timeout: 15_000 }).toBe(true);
      return tab;
    },
    close: () => firefox.close(),
  };
}

/** Polls until `read` gives `expected` (vitest's expect.poll, a longer default). */
export function until<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  return expect.poll(read, { timeout }).toEqual(expected);
}

/** The chip's data-protection ('active', 'unwatched', 'inactive'), or null. */
export function protection(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('cadre-overlay')
        ?.shadowRoot?.querySelector('[role="status"]')
        ?.getAttribute('data-protection') ?? null,
  );
}

/** Text of the first element matching `selector` in Cadre's overlay, or null. */
export function overlayText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(
    (css) =>
      document.querySelector('cadre-overlay')?.shadowRoot?.querySelector(css)?.textContent ?? null,
    selector,
  );
}

/**
 * A button by its exact text, in Cadre's overlay or in the page, once it is there. Polled
 * with plain evaluations: under load Firefox's BiDi sometimes fails one evaluation while
 * the page re-renders, which would end a waitForFunction at once.
 */
async function findButton(
  page: Page,
  inOverlay: boolean,
  label: string,
): Promise<ElementHandle<Element>> {
  // One function for both calls (it is sent to the page): a boolean while polling, since
  // an element cannot come back from evaluate(), then the element itself as a handle.
  const find = (overlay: boolean, name: string, asFlag: boolean) => {
    const root = overlay ? document.querySelector('cadre-overlay')?.shadowRoot : document;
    const found =
      [...(root?.querySelectorAll('button') ?? [])].find(
        (button) => button.textContent?.trim() === name,
      ) ?? null;
    return asFlag ? found !== null : found;
  };
  await expect
    .poll(() => page.evaluate(find, inOverlay, label, true).catch(() => false), {
      timeout: 10_000,
    })
    .toBe(true);
  return (await page.evaluateHandle(find, inOverlay, label, false)) as ElementHandle<Element>;
}

/** A button in Cadre's overlay by its exact text, once it is there. */
export function overlayButton(page: Page, name: string): Promise<ElementHandle<Element>> {
  return findButton(page, true, name);
}

/** A button of an extension page by its exact text. */
export function pageButton(page: Page, name: string): Promise<ElementHandle<Element>> {
  return findButton(page, false, name);
}

/**
 * Clicks a button by its exact text with a real (trusted) click. Preact may replace the
 * node between finding and clicking it ("not clickable"): find it again and retry.
 */
async function clickButton(page: Page, inOverlay: boolean, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await findButton(page, inOverlay, name)).click();
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('not clickable')) throw error;
      // Let the overlay finish rendering (two frames) before looking again.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    }
  }
}

export const clickOverlayButton = (page: Page, name: string) => clickButton(page, true, name);
export const clickPageButton = (page: Page, name: string) => clickButton(page, false, name);

export async function openChat(page: Page, title: string): Promise<void> {
  await page.click(`#side [role="row"] span[title*="${title}"]`);
  await page.waitForSelector(`#main header span[title*="${title}"]`);
}

/** Closes the blocking "what's new" modal the 2026 generation opens on load, as a user would. */
async function dismissWhatsNew(page: Page): Promise<void> {
  const modal = '[data-animate-modal-backdrop] [role="dialog"][aria-modal="true"]';
  if (!(await page.$(modal))) return;
  await page.click(`${modal} button`);
  await page.waitForSelector(modal, { hidden: true });
}

/** Opens the mentoring chat and watches it: the guard is armed. */
export async function watchMentoring(session: FirefoxSession, lang: Lang = 'fr'): Promise<void> {
  const { page } = session;
  await openChat(page, MENTORING);
  await clickOverlayButton(
    page,
    lang === 'en' ? 'Watch this chat' : 'Surveiller cette conversation',
  );
  await until(() => protection(page), 'active');
}

/**
 * Types into the composer with the real keyboard. Not a synthetic paste as in Chromium's
 * tests: Lexical in Firefox ignores a paste event the page dispatches (Cadre's own
 * replacement falls back to execCommand there, see the Anonymise test).
 */
export async function typeInComposer(page: Page, text: string): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
  await until(() => composerText(page), text);
}

/** The composer's text as Lexical would send it. */
export function composerText(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector) as HTMLElement;
    return [...editor.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n\n');
  }, COMPOSER);
}

/** Whether the guard's panel (role alertdialog) is on screen. */
export function panelOpen(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      !!document.querySelector('cadre-overlay')?.shadowRoot?.querySelector('[role="alertdialog"]'),
  );
}

/** Every object store of Cadre's database, from one of its pages. */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('cadre');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const result: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => (result[name] = request.result);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/** Saves a PNG into test-results/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(repoRoot, 'test-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path: file });
  return file;
}
