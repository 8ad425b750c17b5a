import { afterEach, describe, expect, it } from 'vitest';
import { chip, guardPanel, launchWatched, pasteInComposer, RISKY, SLOW } from './guard-helpers';
import { screenshot, sendButton, type CadreSession } from './harness';

// Send controls with no role. Send scripts found WhatsApp's as a labelled div in 2025-10
// (the replica's 2025-11 generation draws it so); a control Cadre cannot recognise at
// all, with no role and a label in a language Cadre does not list, is still held.

const ANONYMIZED = "Bonjour, j'ai revu [Personne 1] ([e-mail]) pour son devis.";

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const shape = (session: CadreSession) =>
  sendButton(session.page).evaluate((element) => ({
    tag: element.tagName,
    role: element.getAttribute('role'),
    label: element.getAttribute('aria-label'),
  }));

describe('send controls with no role', () => {
  it('recognises a labelled div as the send control: its click is held, then anonymised', async () => {
    session = await launchWatched({ query: 'dom=2025-11' });
    const { page } = session;
    await pasteInComposer(page, RISKY);
    await expect(shape(session)).resolves.toEqual({ tag: 'DIV', role: null, label: 'Envoyer' });
    await expect.poll(() => chip(session!).getAttribute('data-protection'), SLOW).toBe('active');
    expect(await chip(session).getAttribute('data-missing')).toBe('');

    await sendButton(page).click();
    const panel = guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' });
    await panel.waitFor();
    expect(await session.sent()).toEqual([]);
    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual([ANONYMIZED]);
  });

  it('holds the click of an unknown control with no role, labelled in another language', async () => {
    session = await launchWatched({ query: 'dom=2025-11&break=send' });
    const { page } = session;
    await pasteInComposer(page, RISKY);
    await expect(shape(session)).resolves.toEqual({ tag: 'DIV', role: null, label: 'Wyślij' });
    await expect.poll(() => chip(session!).getAttribute('data-missing'), SLOW).toBe('sendControl');

    await sendButton(page).click();
    const panel = guardPanel(page).filter({ hasText: 'Anonymiser et envoyer' });
    await panel.waitFor();
    await screenshot(page, 'send-control-roleless-held');
    expect(await session.sent()).toEqual([]);
    // Sending anyway clicks the very control that was held.
    await panel.getByRole('button', { name: 'Envoyer quand même' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([RISKY]);
  });
});
