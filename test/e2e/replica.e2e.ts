import { afterEach, describe, expect, it } from 'vitest';
import {
  captionComposer,
  composer,
  launchCadre,
  openChat,
  receive,
  screenshot,
  typeInComposer,
  type CadreSession,
} from './harness';
import { expectScreen } from './compare-screen';

// The WhatsApp Web replica on its own, without Cadre: it must behave like WhatsApp
// before Cadre's tests can trust it.
describe('WhatsApp Web replica', () => {
  let session: CadreSession | undefined;
  // These checks name the 2025 markup; selectors.e2e.ts checks every generation.
  const start = async (lang: 'fr' | 'en' = 'fr', query = '') => {
    session = await launchCadre({ extension: false, lang, query: `dom=2025&${query}` });
    return session.page;
  };
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('sends on Enter, reading the text from Lexical, and clears the composer', async () => {
    const page = await start();
    await typeInComposer(page, 'Bonjour Camille');
    await expect(
      composer(page).locator('p.selectable-text > span[data-lexical-text="true"]').textContent(),
    ).resolves.toBe('Bonjour Camille');
    await page.keyboard.press('Enter');
    const sent = await session!.sent();
    expect(sent).toMatchObject([
      { chat: 'Camille — mentorat', text: 'Bonjour Camille', attachments: [] },
    ]);
    expect(typeof sent[0].at).toBe('number');
    await expect(composer(page).textContent()).resolves.toBe('');
    await expect(
      page.locator('div.message-out span.selectable-text').last().textContent(),
    ).resolves.toBe('Bonjour Camille');
    await screenshot(page, 'replica-sent');
  });

  it('breaks the line on Shift+Enter without sending', async () => {
    const page = await start();
    await typeInComposer(page, 'première ligne\nseconde ligne');
    expect(await session!.sent()).toEqual([]);
    await expect(composer(page).locator('br').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    expect((await session!.sent())[0].text).toBe('première ligne\nseconde ligne');
  });

  it('does not send on an Enter that ends an IME composition', async () => {
    const page = await start();
    await typeInComposer(page, 'kanji');
    await page.evaluate(() => {
      const editable = document.querySelector('footer [data-tab="10"]')!;
      const init = { key: 'Enter', code: 'Enter', keyCode: 229, bubbles: true, cancelable: true };
      editable.dispatchEvent(new KeyboardEvent('keydown', { ...init, isComposing: true }));
    });
    expect(await session!.sent()).toEqual([]);
    await expect(composer(page).textContent()).resolves.toBe('kanji');
  });

  it('shows the intro panel and no composer with ?chat=none', async () => {
    const page = await start('fr', 'chat=none');
    await expect(page.locator('#intro').count()).resolves.toBe(1);
    await expect(page.locator('#main').count()).resolves.toBe(0);
    await openChat(page, 'Famille');
    await expect(composer(page).count()).resolves.toBe(1);
  });

  it('shows the send button only when there is text, and it sends', async () => {
    const page = await start();
    const sendButton = page.locator('footer button:has(span[data-icon="send"])');
    await expect(sendButton.count()).resolves.toBe(0);
    await expect(page.locator('footer button:has(span[data-icon="ptt"])').count()).resolves.toBe(1);
    await typeInComposer(page, 'Avec le bouton');
    await sendButton.click();
    expect((await session!.sent()).map((record) => record.text)).toEqual(['Avec le bouton']);
    await expect(sendButton.count()).resolves.toBe(0);
  });

  it('opens the mention list in a group: Enter picks, does not send', async () => {
    const page = await start('fr', 'chat=Équipe projet');
    await typeInComposer(page, 'Merci @Lu');
    await expect(
      page.locator('footer div[role="listbox"] [role="option"]').allTextContents(),
    ).resolves.toEqual(['Lucas']);
    await expect(composer(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(composer(page).getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await page.keyboard.press('Enter');
    expect(await session!.sent()).toEqual([]);
    await expect(composer(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(composer(page).getAttribute('aria-activedescendant')).resolves.toBeNull();
    await page.keyboard.press('Enter');
    expect((await session!.sent())[0].text).toBe('Merci @Lucas ');
  });

  it('opens the emoji list after ":" and letters: Enter picks the emoji', async () => {
    const page = await start();
    await typeInComposer(page, 'Super :sou');
    await expect(page.locator('[role="listbox"]').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await session!.sent())[0].text).toBe('Super 😊');
  });

  it('re-renders the footer when switching chats and keeps each draft', async () => {
    const page = await start();
    await typeInComposer(page, 'brouillon pour Camille');
    await page.evaluate(() => {
      document.querySelector('footer [data-tab="10"]')?.setAttribute('data-marker', 'old');
    });
    await openChat(page, 'Famille');
    await expect(page.locator('#main header span[title="Famille"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-marker="old"]').count()).resolves.toBe(0);
    await expect(composer(page).textContent()).resolves.toBe('');
    await openChat(page, 'Camille — mentorat');
    await expect(composer(page).textContent()).resolves.toBe('brouillon pour Camille');
    await composer(page).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect((await session!.sent())[0]).toMatchObject({
      chat: 'Camille — mentorat',
      text: 'brouillon pour Camille',
    });
  });

  it('adds incoming messages through __receive', async () => {
    const page = await start();
    await expect(receive(page, 'Camille — mentorat', 'Tu es dispo jeudi ?')).resolves.toBe(true);
    await expect(
      page.locator('div.message-in span.selectable-text').last().textContent(),
    ).resolves.toBe('Tu es dispo jeudi ?');
    await expect(
      page
        .locator('div.message-in [data-pre-plain-text]')
        .last()
        .getAttribute('data-pre-plain-text'),
    ).resolves.toMatch(/^\[\d\d:\d\d, \d\d\/\d\d\/\d{4}\] Camille — mentorat: $/);
  });

  it('attaches a document through the menu; the caption leaves with it', async () => {
    const page = await start();
    await page.locator('footer button:has(span[data-icon="plus"])').click();
    await expect(
      page.locator('[role="menu"] [role="menuitem"]').allTextContents(),
    ).resolves.toEqual(['Document', 'Photos et vidéos']);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[role="menuitem"]', { hasText: 'Document' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'compte-rendu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    const dialog = page.locator('div[role="dialog"]');
    await expect(dialog.textContent()).resolves.toContain('compte-rendu.pdf');
    await expect(captionComposer(page).getAttribute('data-tab')).resolves.not.toBe('10');
    await captionComposer(page).click();
    await page.keyboard.type('Le compte rendu');
    await dialog.locator('[role="button"]:has(span[data-icon="send"])').click();
    expect(await session!.sent()).toMatchObject([
      {
        text: 'Le compte rendu',
        attachments: [{ name: 'compte-rendu.pdf', type: 'application/pdf', size: 8 }],
      },
    ]);
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('opens the preview on a pasted image; the close button discards it', async () => {
    const page = await start();
    await composer(page).click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(
        new File([new Uint8Array([137, 80, 78, 71])], 'capture.png', { type: 'image/png' }),
      );
      const target = document.querySelector('footer [data-tab="10"]');
      target?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    const dialog = page.locator('div[role="dialog"]');
    await expect(dialog.textContent()).resolves.toContain('capture.png');
    await dialog.locator('span[data-icon="x"]').click();
    await expect(dialog.count()).resolves.toBe(0);
    expect(await session!.sent()).toEqual([]);
  });

  it('opens the preview on a file dropped on the conversation', async () => {
    const page = await start();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
      document
        .querySelector('#main [role="application"]')
        ?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    });
    await expect(page.locator('div[role="dialog"]').textContent()).resolves.toContain('notes.txt');
  });

  it('speaks English with ?lang=en', async () => {
    const page = await start('en');
    await expect(composer(page).getAttribute('aria-label')).resolves.toBe('Type a message');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await typeInComposer(page, 'x');
    await expect(
      page.locator('footer button:has(span[data-icon="send"])').getAttribute('aria-label'),
    ).resolves.toBe('Send');
  });

  it('has no composer with ?nocomposer=1', async () => {
    const page = await start('fr', 'nocomposer=1');
    await expect(page.locator('#main footer').count()).resolves.toBe(1);
    await expect(page.locator('footer [contenteditable="true"]').count()).resolves.toBe(0);
  });

  it('really changes Lexical when a selected range is replaced with execCommand("insertText")', async () => {
    const page = await start();
    await typeInComposer(page, 'Mon client Dupont a un souci');
    // What Cadre's composer adapter will do: select the range in the DOM, let
    // selectionchange reach Lexical, then insert through the browser's input path.
    await page.evaluate(async () => {
      const editable = document.querySelector('footer [data-tab="10"]') as HTMLElement;
      const text = editable.querySelector('span[data-lexical-text="true"]')!.firstChild as Text;
      const start = text.data.indexOf('Dupont');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Dupont'.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.execCommand('insertText', false, '[nom]');
    });
    await page.keyboard.press('Enter');
    expect((await session!.sent())[0].text).toBe('Mon client [nom] a un souci');
  });

  it('aborts and records every request that is not to web.whatsapp.com', async () => {
    const page = await start();
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/tracker').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(session!.requests).toEqual([
      { url: 'https://example.com/tracker', method: 'GET', resourceType: 'fetch' },
    ]);
  });

  it('looks like WhatsApp Web', async () => {
    const page = await start('fr', 'chat=Équipe projet&dom=2025');
    // Messages are dated from the page's clock: frozen, then drawn again, for a stable picture.
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00+01:00'));
    await page.reload();
    await page.waitForSelector('html[data-replica-ready="true"]');
    await typeInComposer(page, 'Bonjour à tous');
    await expectScreen(page, 'replica');
  });
});
