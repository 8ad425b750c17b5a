import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { composer, launchCadre, openChat, shadow, type CadreSession } from './harness';

// Shared steps of the send guard's end-to-end tests.

export const MENTORING = 'Camille — mentorat';

/** A message with a client's name and e-mail: the guard holds it. */
export const RISKY = "Bonjour, j'ai revu Claire Martin (claire.martin@exemple.fr) pour son devis.";
/** A message with nothing to flag. */
export const CLEAN = 'Bonjour, je prépare la séance de jeudi.';
/** Replacing goes through Lexical one range at a time, each verified: allow for a slow machine. */
export const SLOW = { timeout: 15_000 };

export function chip(session: CadreSession) {
  return shadow(session.page).locator('[role="status"]').first();
}

/** Launches Cadre on the replica with the mentoring chat watched and the guard armed. */
export async function launchWatched(
  options: Parameters<typeof launchCadre>[0] = {},
): Promise<CadreSession> {
  const session = await launchCadre(options);
  await openChat(session.page, MENTORING);
  const watch = options.lang === 'en' ? 'Watch this chat' : 'Surveiller cette conversation';
  await shadow(session.page).getByRole('button', { name: watch }).click();
  await expect
    .poll(() => chip(session).getAttribute('data-protection'), { timeout: 10_000 })
    .toBe('active');
  return session;
}

export function guardPanel(page: Page) {
  return shadow(page).locator('[role="alertdialog"]');
}

export function guardDialog(page: Page) {
  return shadow(page).locator('[role="dialog"].guard-dialog');
}

/** Puts text into the composer in one go (a paste), faster than typing it. */
export async function pasteInComposer(page: Page, text: string): Promise<void> {
  await composer(page).click();
  await page.evaluate((value) => {
    const target = document.querySelector('#main footer [data-tab="10"]') as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/plain', value);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect.poll(() => composerText(page)).toBe(text);
}

/** The composer's text as Lexical would send it (paragraph text, <br> as "\n"). */
export function composerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = document.querySelector('#main footer [data-tab="10"]') as HTMLElement;
    const lines: string[] = [];
    for (const p of editor.querySelectorAll('p')) {
      let line = '';
      for (const node of p.childNodes) {
        if (node.nodeName === 'BR') line += node.nextSibling ? '\n' : '';
        // 2026 draws emoji as images: their alt is their text.
        else
          line +=
            node.nodeName === 'IMG' ? (node as HTMLImageElement).alt : (node.textContent ?? '');
      }
      lines.push(line);
    }
    return lines.join('\n\n');
  });
}

/** The caret's text offset in the composer (single paragraph). */
export function caretOffset(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const editor = document.querySelector('#main footer [data-tab="10"]') as HTMLElement;
    const selection = window.getSelection();
    if (!selection?.rangeCount || !editor.contains(selection.anchorNode)) return null;
    const range = document.createRange();
    range.setStart(editor, 0);
    range.setEnd(selection.anchorNode!, selection.anchorOffset);
    return range.toString().length;
  });
}

export interface JournalRow {
  action: string;
  findings: Record<string, number>;
  signals: string[];
  inWindow?: boolean;
  attachments?: string[];
  [key: string]: unknown;
}

/** The journal, read from the extension's own IndexedDB through one of its pages. */
export async function readJournal(session: CadreSession): Promise<JournalRow[]> {
  const page = await session.openPopup();
  try {
    return await page.evaluate(
      () =>
        new Promise<JournalRow[]>((resolve, reject) => {
          const open = indexedDB.open('cadre');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('journal').objectStore('journal').getAll();
            request.onsuccess = () => resolve(request.result as JournalRow[]);
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

/**
 * Cadre's send decisions on this page as "count:last" ("2:pass"), "" before the first: the
 * positive sign to wait for before asserting that a send was not held.
 */
export function sendDecisions(page: Page): Promise<string> {
  return shadow(page).evaluate((host) => {
    const count = host.getAttribute('data-decisions');
    return count ? `${count}:${host.getAttribute('data-last-decision')}` : '';
  });
}
