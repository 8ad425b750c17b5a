import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachDocument,
  captionComposer,
  composer,
  dismissWhatsNew,
  launchCadre,
  openChat,
  screenshot,
  shadow,
  type CadreSession,
} from './harness';
import {
  chip,
  CLEAN,
  composerText,
  guardPanel,
  launchWatched,
  MENTORING,
  pasteInComposer,
  RISKY,
  SLOW,
} from './guard-helpers';

// What Cadre cannot check, it holds and says so: detection failing, settings not loaded
// yet, a chat switch still settling. Nothing is ever lost.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Sets test faults on the extension's service worker (no web page can reach it), then
 * reloads WhatsApp so the content script starts with them.
 */
async function withFaults(current: CadreSession, faults: Record<string, unknown>) {
  const worker = current.context
    .serviceWorkers()
    .find((candidate) => candidate.url().startsWith('chrome-extension://'))!;
  await worker.evaluate((value) => {
    (globalThis as { cadreTestFaults?: unknown }).cadreTestFaults = value;
  }, faults);
  await current.page.reload();
  await current.page.waitForSelector('html[data-replica-ready="true"]');
  await dismissWhatsNew(current.page);
  await current.page.locator('#main header').waitFor();
}

/** The decision counter on the overlay's host: how many send attempts Cadre decided. */
async function decisions(page: Page): Promise<{ count: number; last: string | null }> {
  const host = page.locator('cadre-overlay');
  return {
    count: Number((await host.getAttribute('data-decisions')) ?? 0),
    last: await host.getAttribute('data-last-decision'),
  };
}

function uncheckedPanel(page: Page) {
  return guardPanel(page).filter({ has: page.locator('#cadre-unchecked-body') });
}

describe('fail closed', () => {
  it('detection throws: the send is held with "could not check", then sent anyway', async () => {
    session = await launchWatched();
    await withFaults(session, { detectionThrows: true });
    const { page } = session;
    await expect.poll(() => chip(session!).getAttribute('data-protection'), SLOW).toBe('active');

    await pasteInComposer(page, CLEAN);
    await page.keyboard.press('Enter');
    const panel = uncheckedPanel(page);
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Cadre n’a pas pu vérifier ce message');
    expect(await decisions(page)).toEqual({ count: 1, last: 'hold' });
    expect(await session.sent()).toEqual([]);
    await screenshot(page, 'fail-closed-could-not-check');
    const axe = await new AxeBuilder({ page }).include('cadre-overlay').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );

    // Going back loses nothing.
    await panel.getByRole('button', { name: 'Revenir au message' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await composerText(page)).toBe(CLEAN);
    expect(await session.sent()).toEqual([]);

    // The person read it again and sends it.
    await composer(page).click();
    await page.keyboard.press('Enter');
    await uncheckedPanel(page).getByRole('button', { name: 'Envoyer quand même' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([CLEAN]);
  });

  it('a send right after the page loads waits for the settings, then is decided', async () => {
    session = await launchWatched();
    await withFaults(session, { snapshotDelayMs: 3_000 });
    const { page } = session;
    await expect(chip(session).getAttribute('data-protection')).resolves.toBe('starting');

    await pasteInComposer(page, RISKY);
    await page.keyboard.press('Enter');
    const waiting = uncheckedPanel(page);
    await waiting.waitFor();
    expect(await waiting.locator('h2').textContent()).toBe('Cadre vérifie ce message…');
    expect(await decisions(page)).toEqual({ count: 1, last: 'hold' });
    expect(await session.sent()).toEqual([]);

    // Once the settings arrive the chat is known to be watched: the guard takes over.
    const findings = guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' });
    await findings.waitFor(SLOW);
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
  });

  it('a clean send right after the page loads goes once the settings are known', async () => {
    session = await launchWatched();
    await withFaults(session, { snapshotDelayMs: 2_000 });
    const { page } = session;
    await pasteInComposer(page, CLEAN);
    await page.keyboard.press('Enter');
    await uncheckedPanel(page).waitFor();
    expect(await session.sent()).toEqual([]);
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual([CLEAN]);
    await uncheckedPanel(page).waitFor({ state: 'detached' });
  });

  it('a send right after a chat switch is held until the new chat is known', async () => {
    session = await launchWatched();
    const { page } = session;
    // A draft in the watched chat, then another chat.
    await pasteInComposer(page, RISKY);
    await openChat(page, 'Lucas Martin');
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('unwatched');

    // Back to the watched chat (its draft restored) and Enter at once, inside the moment
    // Cadre needs to take the switch in: it still believes "Lucas Martin" is open.
    const before = (await decisions(page)).count;
    await page.evaluate((title) => {
      const row = [...document.querySelectorAll('#side [role="row"]')].find((candidate) =>
        // Titles may hold invisible direction marks (2026): matched by substring.
        candidate.querySelector(`span[title*="${title}"]`),
      ) as HTMLElement;
      row.click();
      const editor = document.querySelector('#main footer [data-tab="10"]') as HTMLElement;
      const enter = { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true };
      editor.dispatchEvent(new KeyboardEvent('keydown', enter));
    }, MENTORING);
    expect(await decisions(page)).toEqual({ count: before + 1, last: 'hold' });
    expect(await session.sent()).toEqual([]);
    // Once the switch is taken in, the guard answers for the watched chat.
    await guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' }).waitFor(SLOW);
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
  });

  it('treats Ctrl+Enter and Alt+Enter like Enter', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, RISKY);
    for (const keys of ['Control+Enter', 'Alt+Enter']) {
      const before = (await decisions(page)).count;
      await page.keyboard.press(keys);
      await expect.poll(() => decisions(page)).toEqual({ count: before + 1, last: 'hold' });
      const panel = guardPanel(page);
      await panel.waitFor();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      await composer(page).click();
    }
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
  });

  it('counts a clean send as a pass, and one in an unwatched chat too', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, CLEAN);
    await page.keyboard.press('Enter');
    await expect.poll(() => decisions(page)).toEqual({ count: 1, last: 'pass' });
    await expect.poll(async () => (await session!.sent()).length).toBe(1);
    await openChat(page, 'Lucas Martin');
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('unwatched');
    await pasteInComposer(page, RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => decisions(page)).toEqual({ count: 2, last: 'pass' });
    await expect.poll(async () => (await session!.sent()).length).toBe(2);
    expect(await shadow(page).locator('[role="alertdialog"]').count()).toBe(0);
  });

  it('a preview open before the chat was watched: the person checks its files, Cadre its caption', async () => {
    session = await launchCadre();
    const { page } = session;
    // The preview opens while the chat is not watched: Cadre does not look at the files.
    await attachDocument(page, 'note.pdf');
    // Then the person starts watching the chat, the preview still open.
    await shadow(page).getByRole('button', { name: 'Surveiller cette conversation' }).click();
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('active');
    // Cadre did not see the files come: the person says they checked them.
    const files = shadow(page).locator('[data-cadre-backdrop] [role="alertdialog"]');
    await files.getByRole('button', { name: 'J’ai vérifié, continuer' }).click();
    await files.waitFor({ state: 'detached' });

    await captionComposer(page).click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' }).waitFor();
    expect(await session.sent()).toEqual([]);
  });
});
