import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { onboardingOutcomeInPage } from '../onboarding-settled';
import { repoRoot } from '../browser';
import {
  dumpDatabase,
  launchFirefoxCadre,
  clickPageButton,
  screenshot,
  until,
  type FirefoxSession,
} from './harness';

// Cadre's own pages in Firefox (moz-extension://, the UUID pinned by a pref): the popup,
// the onboarding on a fresh install, and the data export and import. They do not touch
// WhatsApp's markup, so they run once rather than on each replica generation.

let session: FirefoxSession | undefined;
afterEach(async () => {
  if (session) expect(session.requests, 'requests that left the page').toEqual([]);
  await session?.close();
  session = undefined;
});

const text = (page: Page, selector: string) =>
  page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

/** The options tabs, by address and by the add-on's contexts, seen from one of its pages. */
async function onboardingTabsInPage(): Promise<{ count: number; addresses: string[] }> {
  type Tabs = { tabs: { query(query: object): Promise<{ url?: string }[]> } };
  type Contexts = {
    runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> };
  };
  const api = (globalThis as unknown as { browser: Tabs & Contexts }).browser;
  const isOptions = (url?: string) => url?.split('#')[0]?.endsWith('/options.html') ?? false;
  const addresses = (await api.tabs.query({})).map((tab) => tab.url ?? '?');
  const contexts = await api.runtime.getContexts({ contextTypes: ['TAB'] });
  const count = Math.max(
    addresses.filter(isOptions).length,
    contexts.filter((context) => isOptions(context.documentUrl)).length,
  );
  return { count, addresses };
}

/** Sets a form field's value as typing would, for inputs puppeteer cannot type into (date). */
async function setField(page: Page, selector: string, value: string) {
  await page.evaluate(
    (css, next) => {
      const input = document.querySelector(css) as HTMLInputElement;
      input.value = next;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}

describe('Firefox: Cadre’s pages', () => {
  it('popup: the six rules, the response window, and what Cadre covers', async () => {
    session = await launchFirefoxCadre();
    const popup = await session.openExtensionPage('popup.html');
    await until(() => popup.evaluate(() => document.querySelectorAll('ol.rules > li').length), 6);
    await until(
      () => text(popup, 'ol.rules > li:nth-child(2) .rule-title'),
      'Confidentialité et protection des informations',
    );
    await popup.click('ol.rules > li:nth-child(2) summary');
    await expect
      .poll(() => text(popup, 'ol.rules > li:nth-child(2) .rule-body'))
      .toContain('aucun nom de client');
    const state = await popup.waitForSelector('[data-window-state]');
    expect(['open', 'closed', 'away', 'holiday']).toContain(
      await state!.evaluate((element) => element.getAttribute('data-window-state')),
    );
    // What Cadre covers, said plainly: not the phone app, not WhatsApp Desktop.
    await expect
      .poll(() => text(popup, '.popup-coverage'))
      .toContain('pas l’application du téléphone ni WhatsApp Desktop');
    await screenshot(popup, 'firefox-popup');
  });

  it('onboarding: opens on install, role, charter, signature', { timeout: 180_000 }, async () => {
    // Until Cadre has settled its onboarding, the test's tabs open in the background (see
    // FirefoxLaunchOptions.background): Firefox would otherwise load the onboarding into
    // one of them while still blank, and the test's own navigation would replace it.
    session = await launchFirefoxCadre({ background: true });
    // Puppeteer does not list a tab an add-on opens, so the add-on's own tabs API is asked,
    // from the popup (opening options.html first would let Firefox focus that tab instead
    // of opening one).
    const popup = await session.openExtensionPage('popup.html', { background: true });
    // Cadre looks for its tab to make sure the onboarding showed (lib/onboarding), opens
    // one itself if it never did, and records when it stops looking: from then on no
    // second tab can open. A loaded Firefox can take long to start it, and to list the tab:
    // like Cadre, the test counts it by either sign (the tab's address, or its page among
    // the add-on's contexts), and says what it saw when the tab is missing.
    const settled = async () => (await popup.evaluate(onboardingOutcomeInPage)) !== null;
    await until(settled, true, 40_000);
    const seen = () => popup.evaluate(onboardingTabsInPage);
    await expect
      .poll(async () => (await seen()).count, {
        timeout: 60_000,
        message: `the onboarding tab; outcome ${JSON.stringify(
          await popup.evaluate(onboardingOutcomeInPage),
        )}`,
      })
      .toBeGreaterThan(0);
    const { count, addresses } = await seen();
    expect(count, `one onboarding tab among ${JSON.stringify(addresses)}`).toBe(1);
    const page = await session.openExtensionPage('options.html');
    await until(() => text(page, 'h1'), 'Bienvenue dans Cadre');
    expect(await text(page, '.coverage')).toContain(
      'Écrivez vos messages de mentorat depuis WhatsApp Web.',
    );
    await screenshot(page, 'firefox-onboarding-role');
    await page.click('input[type="radio"][value="mentee"]');
    await clickPageButton(page, 'Continuer');
    await until(() => text(page, '.step-title'), 'Lire la charte');
    await until(() => page.evaluate(() => document.querySelectorAll('.charter-rule').length), 6);
    await clickPageButton(page, 'Continuer');
    await page.waitForSelector('#sign-mentorName');
    await page.type('#sign-mentorName', 'Anne Martin');
    await page.type('#sign-menteeName', 'Camille Roy');
    await page.type('#sign-mentorSignature', 'Anne Martin');
    await page.type('#sign-menteeSignature', 'Camille Roy');
    await setField(page, '#sign-date', '2025-03-14');
    await page.click('#sign-accepted');
    await screenshot(page, 'firefox-onboarding-sign');
    await clickPageButton(page, 'Signer la charte');
    await until(() => text(page, 'h1'), 'La charte est signée');
    const stored = await dumpDatabase(page);
    expect(stored.signatures).toMatchObject([{ charterVersion: 1 }]);
    expect(stored.settings).toContainEqual(
      expect.objectContaining({ key: 'role', value: 'mentee' }),
    );
  });

  it('data: export, erase, import restores identical data', async () => {
    session = await launchFirefoxCadre();
    const page = await session.openExtensionPage('options.html#data');
    await page.evaluate(async () => {
      const send = (message: unknown) =>
        (
          globalThis as unknown as {
            browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          }
        ).browser.runtime.sendMessage(message);
      await send({ type: 'chat.setWatched', title: 'Camille — mentorat', watched: true });
      await send({ type: 'list.add', kind: 'watch', value: 'Dupont' });
      await send({ type: 'list.add', kind: 'allow', value: 'Anne' });
    });
    const before = await dumpDatabase(page);
    expect(before.watchedChats).toHaveLength(1);

    // The export is a download; its text is caught where the page makes it (a Blob URL),
    // since puppeteer does not hand Firefox's downloads over WebDriver BiDi.
    await page.evaluate(() => {
      const target = window as unknown as { __exported: Promise<string> };
      const original = URL.createObjectURL.bind(URL);
      target.__exported = new Promise((resolve) => {
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          void (blob as Blob).text().then(resolve);
          return original(blob);
        };
      });
    });
    await clickPageButton(page, 'Télécharger une sauvegarde');
    const backup = await page.evaluate(
      () => (window as unknown as { __exported: Promise<string> }).__exported,
    );
    expect(JSON.parse(backup)).toMatchObject({ format: 'cadre-backup', version: 1 });

    await clickPageButton(page, 'Tout effacer…');
    await clickPageButton(page, 'Oui, tout effacer');
    await expect.poll(() => text(page, '.notice--ok')).toContain('Tout a été effacé.');
    for (const rows of Object.values(await dumpDatabase(page))) expect(rows).toEqual([]);

    const dir = path.join(repoRoot, 'test-results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'firefox-sauvegarde.json');
    await writeFile(file, backup);
    const input = (await page.waitForSelector(
      'input[type="file"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await clickPageButton(page, 'Restaurer');
    await until(() => text(page, '.notice--ok'), 'Sauvegarde restaurée.');
    expect(await dumpDatabase(page)).toEqual(before);
  });
});
