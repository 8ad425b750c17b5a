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
import {
  caretOffset,
  chip,
  composerText,
  guardPanel,
  launchWatched,
  MENTORING,
  pasteInComposer,
  readJournal,
  RISKY,
  sendDecisions,
  SLOW,
} from './guard-helpers';

// The send guard on the replica, one test per path a held message can take.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const ANONYMIZED = "Bonjour, j'ai revu [Personne 1] ([e-mail]) pour son devis.";

/** Types the risky message and presses Enter: the guard's panel holds it. */
async function holdRisky(page: Page) {
  await pasteInComposer(page, RISKY);
  await page.keyboard.press('Enter');
  const panel = guardPanel(page);
  await panel.waitFor();
  return panel;
}

describe('send guard', () => {
  it('holds a risky message; Modifier sends nothing and puts the caret on the first finding', async () => {
    session = await launchWatched();
    const { page } = session;
    const panel = await holdRisky(page);
    await expect(panel.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await expect(panel.getByRole('button').allTextContents()).resolves.toEqual([
      'Anonymiser et envoyer',
      'Modifier',
      'Envoyer quand même',
    ]);
    // Modifier has the focus: Enter (even held down) goes back to the message.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('cadre-overlay')?.shadowRoot?.activeElement?.textContent,
        ),
      )
      .toBe('Modifier');
    await screenshot(page, 'guard-panel');
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
    await expect.poll(() => caretOffset(page), SLOW).toBe(RISKY.indexOf('Claire'));
  });

  it('Escape is Modifier too', async () => {
    session = await launchWatched();
    const { page } = session;
    await holdRisky(page);
    await page.keyboard.press('Escape');
    await guardPanel(page).waitFor({ state: 'detached' });
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
  });

  it('Anonymiser et envoyer sends the placeholders', async () => {
    session = await launchWatched();
    const { page } = session;
    const panel = await holdRisky(page);
    await expect(panel.locator('textarea').inputValue()).resolves.toBe(ANONYMIZED);
    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual([ANONYMIZED]);
    await expect.poll(() => composerText(page)).toBe('');
    await expect
      .poll(async () => (await readJournal(session!)).map((row) => row.action), SLOW)
      .toContain('anonymized');
  });

  it('sends the preview as the user edited it', async () => {
    session = await launchWatched();
    const { page } = session;
    const panel = await holdRisky(page);
    await panel.locator('textarea').fill('Bonjour, j’ai revu la personne pour son devis.');
    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual(['Bonjour, j’ai revu la personne pour son devis.']);
  });

  it('Envoyer quand même sends as typed and writes the journal, without the text', async () => {
    session = await launchWatched();
    const { page } = session;
    await (await holdRisky(page)).getByRole('button', { name: 'Envoyer quand même' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([RISKY]);
    await expect
      .poll(
        async () => (await readJournal(session!)).find((row) => row.action === 'sent-anyway'),
        SLOW,
      )
      .toMatchObject({
        action: 'sent-anyway',
        findings: { PERSON: 1, EMAIL: 1 },
        inWindow: expect.any(Boolean),
      });
    const journal = JSON.stringify(await readJournal(session));
    expect(journal).not.toContain('Martin');
    expect(journal).not.toContain('devis');
  });

  it('sends a clean message at once, with nothing on screen', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'Merci pour la séance, je relis mes notes.');
    await page.keyboard.press('Enter');
    await expect.poll(() => sendDecisions(page)).toBe('1:pass');
    expect((await session.sent()).map((r) => r.text)).toEqual([
      'Merci pour la séance, je relis mes notes.',
    ]);
    await expect(shadow(page).locator('.guard-dialog').count()).resolves.toBe(0);
  });

  it('guards the send button as well as Enter', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, RISKY);
    await sendButton(page).click();
    await guardPanel(page).waitFor();
    expect(await session.sent()).toEqual([]);
  });

  it('intercepts nothing in a chat that is not watched', async () => {
    session = await launchWatched();
    const { page } = session;
    await openChat(page, 'Famille');
    // Wait until Cadre has seen the switch: a send pressed before is still the watched chat's.
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('unwatched');
    await pasteInComposer(page, RISKY);
    await page.keyboard.press('Enter');
    await expect.poll(() => sendDecisions(page)).toBe('1:pass');
    expect((await session.sent()).map((r) => r.text)).toEqual([RISKY]);
    await expect(shadow(page).locator('.guard-dialog').count()).resolves.toBe(0);
  });

  it('closes the panel when switching chats, and the draft is still there', async () => {
    session = await launchWatched();
    const { page } = session;
    await holdRisky(page);
    await openChat(page, 'Famille');
    await expect.poll(() => guardPanel(page).count()).toBe(0);
    await openChat(page, MENTORING);
    await expect.poll(() => composerText(page)).toBe(RISKY);
    expect(await session.sent()).toEqual([]);
  });

  it('leaves Enter alone during IME composition and with Shift', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, RISKY);
    await composer(page).press('End');
    await page.keyboard.press('Shift+Enter');
    // Shift+Enter broke the line: the key went to the editor, not to a send.
    await expect.poll(() => composerText(page)).toBe(`${RISKY}\n`);
    // An Enter that confirms an IME composition is the IME's, not a send.
    await page.evaluate(() => {
      const target = document.querySelector('#main footer [data-tab="10"]')!;
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          keyCode: 229,
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    // A real Enter then is the first send decision Cadre takes: the two keys before were none.
    await page.keyboard.press('Enter');
    await guardPanel(page).waitFor();
    expect(await sendDecisions(page)).toBe('1:hold');
    expect(await session.sent()).toEqual([]);
  });

  it('leaves Enter to WhatsApp’s mention and emoji lists', async () => {
    session = await launchCadre();
    const { page } = session;
    await openChat(page, 'Équipe projet');
    await shadow(page).getByRole('button', { name: 'Surveiller cette conversation' }).click();
    await expect
      .poll(() => chip(session!).getAttribute('data-protection'), { timeout: 10_000 })
      .toBe('active');
    await typeInComposer(page, 'Merci @Lu');
    await page.keyboard.press('Enter');
    await expect.poll(() => composerText(page)).toBe('Merci @Lucas ');
    await page.keyboard.type('super :sou');
    await page.keyboard.press('Enter');
    await expect.poll(() => composerText(page)).toBe('Merci @Lucas super 😊');
    // Cadre reads Enter before the lists do: both Enters were seen, and neither was a send.
    expect(await sendDecisions(page)).toBe('');
    await expect(shadow(page).locator('.guard-dialog').count()).resolves.toBe(0);
    expect(await session.sent()).toEqual([]);
  });

  it('speaks English with an English WhatsApp', async () => {
    session = await launchWatched({ lang: 'en' });
    const { page } = session;
    await pasteInComposer(page, 'I met Claire Martin (claire.martin@example.com) about her quote.');
    await page.keyboard.press('Enter');
    const panel = guardPanel(page);
    await expect(panel.getByRole('button').allTextContents()).resolves.toEqual([
      'Anonymize and send',
      'Edit',
      'Send anyway',
    ]);
    await screenshot(page, 'guard-panel-en');
    await panel.getByRole('button', { name: 'Anonymize and send' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual(['I met [Person 1] ([email]) about her quote.']);
  });
});
