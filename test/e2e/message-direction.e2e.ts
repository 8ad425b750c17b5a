import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, shadow, type CadreSession } from './harness';
import { chip, launchWatched, pasteInComposer, SLOW } from './guard-helpers';

// The distress guard reads the user's last messages in the chat (a distress told over
// several short ones). That needs Cadre to tell the user's messages from the other
// person's, on every way the evidence says WhatsApp marks them; where it cannot tell, it
// says so and reads them all rather than none. Visits the generations itself.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const dialog = (current: CadreSession) => shadow(current.page).locator('.guard-dialog');

/** Sends a message Cadre lets go, and waits for it in the replica's record. */
async function sendClean(current: CadreSession, text: string): Promise<void> {
  const before = (await current.sent()).length;
  await pasteInComposer(current.page, text);
  await current.page.keyboard.press('Enter');
  await expect
    .poll(async () => (await current.sent()).length, { timeout: 10_000 })
    .toBe(before + 1);
  expect(await dialog(current).count()).toBe(0);
}

/**
 * "Bonjour" starts the user's run (the only message with a tail), "je suis épuisée"
 * follows it; the third message says the rest. Alone it says nothing alarming.
 */
async function distressInThreeMessages(current: CadreSession): Promise<void> {
  await sendClean(current, 'Bonjour');
  await sendClean(current, 'je suis épuisée');
  await pasteInComposer(current.page, 'je crois que je vais tout arrêter');
  await current.page.keyboard.press('Enter');
  await dialog(current).waitFor(SLOW);
  await expect(dialog(current).locator('.guard-resources').textContent()).resolves.toContain(
    '3114',
  );
  expect((await current.sent()).map((r) => r.text)).toEqual(['Bonjour', 'je suis épuisée']);
}

describe('the user’s own messages, told apart from the other person’s', () => {
  // 2026-07: ticks only as a translated label, the author's label on a run's first message.
  for (const dom of ['2025', '2026', '2026-07']) {
    it(`dom=${dom}: hears a distress told over messages of one run`, async () => {
      session = await launchWatched({ query: `dom=${dom}` });
      await distressInThreeMessages(session);
      if (dom === '2026-07') await screenshot(session.page, 'direction-2026-07-distress');
      // Everything on screen was attributed: nothing is reported missing.
      expect(await chip(session).getAttribute('data-missing')).toBeFalsy();
    });
  }

  it('messages with no sign of who wrote them: says so, and still hears the distress', async () => {
    session = await launchWatched({ query: 'dom=2026&break=direction' });
    await expect.poll(() => chip(session!).getAttribute('data-missing'), SLOW).toBe('sentMessages');
    expect(await chip(session).textContent()).toContain('vos messages envoyés non distingués');
    const popup = await session.openPopup();
    const status = popup.locator('[data-protection]');
    await status.waitFor();
    expect(await status.getAttribute('data-missing')).toBe('sentMessages');
    expect(await popup.locator('.protection-status').textContent()).toContain(
      'Cadre ne distingue pas vos messages envoyés de ceux reçus',
    );
    await popup.close();
    await screenshot(session.page, 'direction-unknown-chip');
    await distressInThreeMessages(session);
  });
});
