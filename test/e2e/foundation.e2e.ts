import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  composer,
  launchCadre,
  openChat,
  screenshot,
  sendButton,
  shadow,
  typeInComposer,
  type CadreSession,
} from './harness';
import { injectAdapter } from './adapter-in-page';

// The foundation, end to end: the built extension in Chromium on the WhatsApp replica.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// The extension's own global, inside its service worker.
type ExtensionGlobal = { chrome: { runtime: { reload(): void } } };

const chip = (s: CadreSession) => shadow(s.page).locator('[role="status"]');
const MENTORING = 'Camille — mentorat';

describe('Cadre on WhatsApp Web', () => {
  it('arms on the replica, offers to watch the chat, and is active once watched', async () => {
    session = await launchCadre();
    await openChat(session.page, MENTORING);
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre/);
    await shadow(session.page)
      .getByRole('button', { name: 'Surveiller cette conversation' })
      .click();
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre actif/);
    await screenshot(session.page, 'foundation-chip-active');
    expect(session.requests).toEqual([]);
  });

  it('re-arms when switching chats: watched and unwatched chats keep their own state', async () => {
    session = await launchCadre();
    const { page } = session;
    await openChat(page, MENTORING);
    await shadow(page).getByRole('button', { name: 'Surveiller cette conversation' }).click();
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre actif/);
    const firstComposer = await composer(page).elementHandle();

    await openChat(page, 'Famille');
    await expect.poll(() => chip(session!).textContent()).toBe('Cadre');
    await openChat(page, MENTORING);
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre actif/);
    // WhatsApp rendered a new footer: the chip follows the new composer.
    const sameElement = await page.evaluate(
      ([a, b]) => a === b,
      [firstComposer, await composer(page).elementHandle()],
    );
    expect(sameElement).toBe(false);
  });

  it('says "protection inactive" when WhatsApp shows no composer, in the chip and the popup', async () => {
    session = await launchCadre({ query: 'nocomposer=1' });
    await expect
      .poll(() => chip(session!).textContent(), { timeout: 15_000 })
      .toBe('Cadre — protection inactive');
    const popup = await session.openPopup();
    await expect
      .poll(() => popup.locator('[data-protection]').getAttribute('data-protection'))
      .toBe('inactive');
    await expect(popup.locator('[data-protection]').textContent()).resolves.toContain(
      'Protection inactive',
    );
  });

  it('shows the charter’s six rules in the popup, each opening its full text', async () => {
    session = await launchCadre();
    const popup = await session.openPopup();
    const rules = popup.locator('ol.rules > li');
    await expect.poll(() => rules.count()).toBe(6);
    await expect(rules.nth(0).locator('.rule-title').textContent()).resolves.toBe(
      "Nature de l'outil",
    );
    await rules.nth(1).locator('summary').click();
    await expect(rules.nth(1).locator('.rule-body').textContent()).resolves.toContain(
      'aucun nom de client',
    );
    await popup.setViewportSize({ width: 360, height: 600 });
    await screenshot(popup, 'foundation-popup');
    expect(session.requests).toEqual([]);
  });
});

describe('when the extension is reloaded under an open WhatsApp tab', () => {
  it('tells the user to reload the page instead of failing silently', async () => {
    session = await launchCadre();
    await openChat(session.page, MENTORING);
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre/);
    const [worker] = session.context.serviceWorkers();
    await worker
      .evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.reload())
      .catch(() => {
        // The worker goes away as it reloads: the call may not return.
      });
    const notice = session.page.locator('cadre-reload-notice [role="status"]');
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toContain('rechargez la page WhatsApp');
    // WhatsApp itself still works.
    await typeInComposer(session.page, 'Toujours là');
    await session.page.keyboard.press('Enter');
    expect((await session.sent()).map((r) => r.text)).toEqual(['Toujours là']);
  });
});

describe('the WhatsApp adapter against the real Lexical editor', () => {
  /** Replaces each [needle, replacement] pair in the composer through Cadre's adapter. */
  async function replaceInComposer(page: Page, pairs: [string, string][]) {
    await injectAdapter(page);
    return page.evaluate(async (pairs) => {
      const adapter = (
        window as never as { __cadreAdapter: typeof import('../../lib/whatsapp/composer') }
      ).__cadreAdapter;
      const element = adapter.findMainComposer(document)!;
      const before = adapter.readText(element);
      const replaced = await adapter.replaceRanges(
        element,
        pairs.map(([needle, text]) => {
          const start = before.indexOf(needle);
          return { start, end: start + needle.length, text };
        }),
      );
      return { before, replaced };
    }, pairs);
  }

  it('replaces ranges so that what WhatsApp sends carries the replacement', async () => {
    session = await launchCadre({ extension: false });
    const { page } = session;
    await openChat(page, MENTORING);
    await typeInComposer(page, 'Bonjour, Karim Benali a écrit à karim@acme.fr hier.');
    const { replaced } = await replaceInComposer(page, [
      ['Karim Benali', '[Personne 1]'],
      ['karim@acme.fr', '[e-mail]'],
    ]);
    expect(replaced).toEqual({
      ok: true,
      text: 'Bonjour, [Personne 1] a écrit à [e-mail] hier.',
      strategy: 'ranges',
    });
    await page.keyboard.press('Enter');
    expect((await session.sent()).map((record) => record.text)).toEqual([
      'Bonjour, [Personne 1] a écrit à [e-mail] hier.',
    ]);
  });

  it('reads multi-line text as WhatsApp sends it, and replaces a range between line breaks', async () => {
    session = await launchCadre({ extension: false });
    const { page } = session;
    await openChat(page, MENTORING);
    await typeInComposer(page, 'Première ligne\nMme Dupont\nfin');
    const { before, replaced } = await replaceInComposer(page, [['Mme Dupont', '[Personne 1]']]);
    expect(before).toBe('Première ligne\nMme Dupont\nfin');
    expect(replaced).toEqual({
      ok: true,
      text: 'Première ligne\n[Personne 1]\nfin',
      strategy: 'ranges',
    });
    await page.keyboard.press('Enter');
    expect((await session.sent()).map((r) => r.text)).toEqual([
      'Première ligne\n[Personne 1]\nfin',
    ]);
  });

  it('takes Enter for a send, but not Shift+Enter, IME composition, or a pick in a suggestion list', async () => {
    session = await launchCadre({ extension: false });
    const { page } = session;
    await openChat(page, 'Équipe projet');
    await injectAdapter(page);
    await page.evaluate(() => {
      const adapter = (
        window as never as { __cadreAdapter: typeof import('../../lib/whatsapp/send-attempts') }
      ).__cadreAdapter;
      const seen: string[] = [];
      (window as never as { __attempts: string[] }).__attempts = seen;
      adapter.observeSendAttempts(window, (attempt) => {
        seen.push(`${attempt.via}:${attempt.composer.kind}`);
        return 'hold';
      });
    });
    const attempts = () =>
      page.evaluate(() => (window as never as { __attempts: string[] }).__attempts);

    await typeInComposer(page, 'Bonjour');
    await page.keyboard.press('Shift+Enter');
    expect(await attempts()).toEqual([]);

    // An Enter that confirms an IME composition (keyCode 229, isComposing).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: 'か' });
    expect(await attempts()).toEqual([]);

    // WhatsApp's mention list is open: Enter picks a name.
    await page.keyboard.type(' @Lu');
    await page.locator('[role="listbox"]').waitFor();
    await page.keyboard.press('Enter');
    expect(await attempts()).toEqual([]);

    await page.keyboard.press('Enter');
    expect(await attempts()).toEqual(['enter:main']);
    await sendButton(page).click();
    expect(await attempts()).toEqual(['enter:main', 'button:main']);
    // Both attempts were held: nothing left.
    expect(await session.sent()).toEqual([]);
  });
});
