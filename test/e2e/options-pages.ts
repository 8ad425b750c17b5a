import type { Page } from 'playwright-core';
import type { CadreSession } from './harness';

// Helpers for the tests of Cadre's own pages (options, popup): open a page, talk to the
// background through the extension's protocol, and read the database as it is stored.

export async function openOptions(session: CadreSession, hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(
    `chrome-extension://${session.extensionId}/options.html${hash ? `#${hash}` : ''}`,
  );
  await page.locator('#main').waitFor();
  return page;
}

/** Sends one message of the protocol from an extension page, as the content script would. */
export function sendToBackground(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (body) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(body),
    message,
  );
}

/** Every object store of Cadre's database, read with the raw IndexedDB API. */
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

/** Replaces window.print so a test can see it was called without a print dialog. */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as { __printed: number; print: () => void };
    target.__printed = 0;
    target.print = () => {
      target.__printed += 1;
    };
  });
}

export function printCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __printed: number }).__printed);
}
