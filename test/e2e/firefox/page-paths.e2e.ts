import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../browser';
import {
  GENERATIONS,
  composerText,
  launchFirefoxCadre,
  clickOverlayButton,
  overlayButton,
  overlayText,
  panelOpen,
  screenshot,
  typeInComposer,
  until,
  watchMentoring,
  type FirefoxSession,
} from './harness';

// In Firefox, on every replica generation: an attachment, the distress panel, and what
// Firefox does differently (Highlight API, isTrusted, storage).

let session: FirefoxSession | undefined;
afterEach(async () => {
  if (session) expect(session.requests, 'requests that left the page').toEqual([]);
  await session?.close();
  session = undefined;
});

const texts = async (current: FirefoxSession) => (await current.sent()).map((r) => r.text);

describe.each(GENERATIONS)('Firefox on WhatsApp Web %s', (dom) => {
  it('warns about a document; removing it sends nothing and keeps the message', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    const { page } = session;
    await typeInComposer(page, 'Voici le document');
    const dir = path.join(repoRoot, 'test-results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'compte-rendu-client.pdf');
    await writeFile(file, '%PDF-1.4');
    // The attach menu's document input (2026 creates it when the menu opens), as a pick.
    await page.click('#main footer .attach > button');
    const input = (await page.waitForSelector(
      '#main footer input[type="file"][accept="*"]',
    )) as ElementHandle<HTMLInputElement>;

    await input.uploadFile(file);
    await until(() => overlayText(page, '[role="alertdialog"] h2'), 'Un document est joint');
    if (dom === '2025') await screenshot(page, 'firefox-attachment');
    await clickOverlayButton(page, 'Retirer la pièce jointe');
    await until(() => page.evaluate(() => !!document.querySelector('.media-preview')), false);
    expect(await session.sent()).toEqual([]);
    // 2026 moved the draft into the caption: Cadre puts it back, a moment later.
    await until(() => composerText(page), 'Voici le document');
  });

  it('shows help for distress, and the message can still be sent', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    const { page } = session;
    const text = "Je n'en peux plus, je pleure tous les soirs, je veux en finir.";
    await typeInComposer(page, text);
    await page.keyboard.press('Enter');
    await until(async () => (await overlayText(page, '.guard-dialog')) !== null, true);
    const body = await overlayText(page, '.guard-dialog');
    for (const resource of ['3114', '112']) expect(body).toContain(resource);
    if (dom === '2025') await screenshot(page, 'firefox-distress');
    expect(await session.sent()).toEqual([]);
    await clickOverlayButton(page, 'Envoyer le message');
    await until(() => texts(session!), [text]);
  });

  it('underlines findings with the CSS Highlight API, which Firefox ESR has', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    const { page } = session;
    expect(await page.evaluate(() => 'highlights' in CSS)).toBe(true);
    await typeInComposer(page, 'Je vois Claire Martin demain');
    // The content script's highlights reach the page's own registry through Firefox's
    // wrappers: the page sees one range on "Claire Martin".
    await until(
      () =>
        page.evaluate(() => {
          const found = CSS.highlights.get('cadre-finding');
          return found ? [...found].map((range) => (range as Range).toString()) : [];
        }),
      ['Claire Martin'],
    );
  });

  it('ignores a click the page makes on Send anyway: decisive buttons need a person', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    const { page } = session;
    const risky = "J'ai revu Claire Martin (claire.martin@exemple.fr).";
    await typeInComposer(page, risky);
    await page.keyboard.press('Enter');
    await until(() => panelOpen(page), true);
    // A script's click has isTrusted false in Firefox too: nothing is sent.
    await (
      await overlayButton(page, 'Envoyer quand même')
    ).evaluate((button) => (button as HTMLButtonElement).click());
    expect(await panelOpen(page)).toBe(true);
    expect(await session.sent()).toEqual([]);
    await clickOverlayButton(page, 'Envoyer quand même');
    await until(() => texts(session!), [risky]);
  });

  it('keeps Cadre’s database in the add-on’s origin, never in WhatsApp’s', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    const databases = await session.page.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name),
    );
    expect(databases).not.toContain('cadre');
    const popup = await session.openExtensionPage('popup.html');
    await until(
      () =>
        popup.evaluate(
          () =>
            // Every path answers, so that the poll asks again rather than hangs: a
            // database still being created, or an open that a busy Firefox keeps waiting.
            new Promise<string[]>((resolve) => {
              setTimeout(() => resolve(['(no answer yet)']), 2_000);
              const open = indexedDB.open('cadre');
              open.onerror = () => resolve([`(open failed: ${String(open.error)})`]);
              open.onsuccess = () => {
                const database = open.result;
                try {
                  const request = database
                    .transaction('watchedChats')
                    .objectStore('watchedChats')
                    .getAll();
                  request.onsuccess = () => {
                    database.close();
                    resolve((request.result as { title: string }[]).map((row) => row.title));
                  };
                  request.onerror = () => resolve([`(read failed: ${String(request.error)})`]);
                } catch (error) {
                  database.close();
                  resolve([`(not readable yet: ${String(error)})`]);
                }
              };
            }),
        ),
      ['Camille — mentorat'],
    );
  });
});
