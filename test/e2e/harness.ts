import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { SentRecord } from '../fixtures/whatsapp-web/src/sent-record';
import { borrowBrowser } from './browser-pool';
import { launchBrowser, replicaUrl, repoRoot, type BlockedRequest, type Lang } from './browser';

export type { BlockedRequest, Lang } from './browser';
export type { SentRecord } from '../fixtures/whatsapp-web/src/sent-record';

/**
 * The WhatsApp Web generation the replica renders (`?dom=`): `CADRE_DOM`, default 2025.
 * vitest.e2e.config.ts runs the guard, attachment and share tests on each.
 */
export const replicaDom = process.env.CADRE_DOM ?? '2025';

/** Whether this generation moves the composer's draft into the caption when a file comes. */
export const draftMovesIntoCaption = replicaDom.startsWith('2026');

export interface LaunchCadreOptions {
  /** Load the built extension (default true); false tests the replica alone. */
  extension?: boolean;
  /** Browser and replica language (default 'fr'). */
  lang?: Lang;
  /** Extra replica query, e.g. 'nocomposer=1' or 'chat=Famille'. */
  query?: string;
  /**
   * A browser of its own, just installed (default false: the file's browser, reset to the
   * state of a fresh install). For what only a real install does: the onboarding tab.
   */
  fresh?: boolean;
}

export interface CadreSession {
  context: BrowserContext;
  /** The replica, open at https://web.whatsapp.com/. */
  page: Page;
  /** Null when launched with `extension: false`. */
  extensionId: string | null;
  /** Requests to anywhere but web.whatsapp.com: aborted and recorded. Expect it empty. */
  requests: BlockedRequest[];
  sent(): Promise<SentRecord[]>;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchCadre(options: LaunchCadreOptions = {}): Promise<CadreSession> {
  const { extension = true, lang = 'fr', query = '', fresh = false } = options;
  const browser = fresh
    ? await launchBrowser({ extension, lang })
    : await borrowBrowser({ extension, lang });
  // A page of its own: the first tab may be the onboarding Cadre opens on install.
  const page = await browser.context.newPage();
  await page.goto(replicaUrl(lang, withDom(query)));
  await page.waitForSelector('html[data-replica-ready="true"]');
  await dismissWhatsNew(page);
  return {
    context: browser.context,
    page,
    extensionId: browser.extensionId,
    requests: browser.requests,
    sent: () => sent(page),
    async openPopup() {
      if (!browser.extensionId) throw new Error('openPopup: launched without the extension');
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      return popup;
    },
    close: browser.close,
  };
}

/** The query with `dom=<CADRE_DOM>` unless it names a generation itself. */
export function withDom(query: string): string {
  const params = new URLSearchParams(query);
  if (!params.has('dom')) params.set('dom', replicaDom);
  return params.toString();
}

/** Closes the blocking "what's new" modal the 2026 generation opens on load, as a user would. */
export async function dismissWhatsNew(page: Page): Promise<void> {
  const modal = page.locator('[data-animate-modal-backdrop] [role="dialog"][aria-modal="true"]');
  if ((await modal.count()) === 0) return;
  await modal.locator('button').first().click();
  await modal.waitFor({ state: 'detached' });
}

/** The footer composer (data-tab="10"), not the search box nor the media caption. */
export function composer(page: Page): Locator {
  return page.locator(
    '#main footer div[contenteditable="true"][role="textbox"][data-tab="10"][data-lexical-editor="true"]',
  );
}

/** The media preview's caption composer, whether the preview is a dialog or not. */
export function captionComposer(page: Page): Locator {
  return mediaPreview(page).locator('div[contenteditable="true"][data-lexical-editor="true"]');
}

/** The media preview (2025: a dialog in #main; 2026: beside #main, a dialog or not). */
export function mediaPreview(page: Page): Locator {
  return page.locator('.media-preview');
}

/** The media preview's send control, on every generation (even `?break=send`). */
export function previewSendButton(page: Page): Locator {
  return mediaPreview(page).locator('[role="button"].send-button');
}

/** The footer's send button (shown once there is text), on every generation. */
export function sendButton(page: Page): Locator {
  return page.locator('#main footer .send-button');
}

/** The footer's attach (+) button (2026 draws it with no aria-haspopup, as the evidence does). */
export function attachButton(page: Page): Locator {
  return page.locator('#main footer .attach > button');
}

/** Attaches a PDF through the attach menu's Document item and waits for its preview. */
export async function attachDocument(page: Page, name = 'compte-rendu-client.pdf') {
  await attachButton(page).click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[role="menuitem"]', { hasText: 'Document' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await mediaPreview(page).waitFor();
}

/**
 * The attach menu's file input for photos and videos. The 2026 generation creates it
 * when the menu opens: open and close the menu first when it is not there yet.
 */
export async function mediaFileInput(page: Page): Promise<Locator> {
  const input = page.locator('#main footer input[type="file"][accept^="image/*,video"]');
  if ((await input.count()) === 0) {
    await attachButton(page).click();
    await attachButton(page).click();
  }
  return input;
}

/**
 * Types with the real keyboard. A "\n" becomes Shift+Enter (a line break); pressing Enter
 * to send is left to the test.
 */
export async function typeInComposer(page: Page, text: string): Promise<void> {
  await composer(page).click();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
}

/** Everything the replica really sent, from `window.__sent`. */
export function sent(page: Page): Promise<SentRecord[]> {
  return page.evaluate(() => (window as unknown as { __sent: SentRecord[] }).__sent);
}

/** Adds an incoming message to a chat, as if the other person wrote it. */
export function receive(page: Page, chatTitle: string, text: string): Promise<boolean> {
  return page.evaluate(
    ([title, body]) =>
      (window as unknown as { __receive: (c: string, t: string) => boolean }).__receive(
        title,
        body,
      ),
    [chatTitle, text] as const,
  );
}

/**
 * Opens a chat by clicking its row in the chat list. Titles are matched by substring:
 * the 2026 generation wraps them in invisible direction marks.
 */
export async function openChat(page: Page, title: string): Promise<void> {
  await page.locator(`#side [role="row"]:has(span[title*="${title}"])`).click();
  await page.locator(`#main header span[title*="${title}"]`).waitFor();
}

/**
 * Cadre's overlay host. Playwright's CSS locators pierce open shadow roots, so
 * `shadow(page).locator('[role="status"]')` reaches inside `<cadre-overlay>`'s shadow root.
 */
export function shadow(page: Page): Locator {
  return page.locator('cadre-overlay');
}

/** Saves a PNG into test-results/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(repoRoot, 'test-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
