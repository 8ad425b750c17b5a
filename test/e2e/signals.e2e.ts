import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, shadow, type CadreSession } from './harness';
import { composerText, launchWatched, pasteInComposer, readJournal } from './guard-helpers';

// Distress, urgency and the question nudge (charter rules 6 and 4): before sending, calm
// words; the message can always still go.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const dialog = (session: CadreSession) => shadow(session.page).locator('.guard-dialog');

describe('signals before sending', () => {
  it('shows help for distress, and the message can still be sent', async () => {
    session = await launchWatched();
    const { page } = session;
    const text = "Je n'en peux plus, je pleure tous les soirs, je veux en finir.";
    await pasteInComposer(page, text);
    await page.keyboard.press('Enter');
    await dialog(session).waitFor();
    const body = await dialog(session).textContent();
    for (const resource of ['3114', '15', '112', '09 72 39 40 50'])
      expect(body).toContain(resource);
    expect(body).toContain('pas un canal d’urgence');
    await expect(dialog(session).getAttribute('role')).resolves.toBe('dialog');
    await screenshot(page, 'guard-distress');
    expect(await session.sent()).toEqual([]);
    await dialog(session).getByRole('button', { name: 'Envoyer le message' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([text]);
    await expect
      .poll(async () => (await readJournal(session!)).map((row) => row.action), { timeout: 10_000 })
      .toContain('distress-notice');
  });

  it('going back from the distress panel keeps the message in the composer', async () => {
    session = await launchWatched();
    const { page } = session;
    const text = "Je n'en peux plus, je pleure tous les soirs.";
    await pasteInComposer(page, text);
    await page.keyboard.press('Enter');
    await dialog(session).waitFor();
    await page.keyboard.press('Escape');
    await dialog(session).waitFor({ state: 'detached' });
    expect(await session.sent()).toEqual([]);
    expect(await composerText(page)).toBe(text);
  });

  it('reminds that WhatsApp is not an emergency channel for an urgent message', async () => {
    session = await launchWatched();
    const { page } = session;
    const text = "C'est urgent, réponds-moi dans 10 minutes stp !";
    await pasteInComposer(page, text);
    await page.keyboard.press('Enter');
    await dialog(session).waitFor();
    await expect(dialog(session).locator('h2').textContent()).resolves.toBe(
      'WhatsApp n’est pas un canal d’urgence',
    );
    await screenshot(page, 'guard-urgent');
    await dialog(session).getByRole('button', { name: 'Envoyer quand même' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([text]);
  });

  it('offers a structure for a bare question, inserted into the composer', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'Tu en penses quoi ?');
    await page.keyboard.press('Enter');
    await dialog(session).waitFor();
    await screenshot(page, 'guard-vague');
    await dialog(session).getByRole('button', { name: 'Insérer la structure' }).click();
    await expect
      .poll(() => composerText(page), { timeout: 15_000 })
      .toBe('Situation (anonymisée) : Tu en penses quoi ?\nCe que j’ai essayé : \nMa question : ');
    expect(await session.sent()).toEqual([]);
  });

  it('can turn the question nudge off from the nudge itself', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'Tu en penses quoi ?');
    await page.keyboard.press('Enter');
    const snapshots = () =>
      shadow(page).evaluate((host) => parseInt(host.dataset.snapshots ?? '0'));
    const before = await snapshots();
    await dialog(session).getByRole('button', { name: 'Ne plus proposer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text))
      .toEqual(['Tu en penses quoi ?']);
    // The setting went to the database and came back: the next bare question just goes.
    await expect.poll(snapshots).toBeGreaterThan(before);
    await pasteInComposer(page, 'Tu en penses quoi ?');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text))
      .toEqual(['Tu en penses quoi ?', 'Tu en penses quoi ?']);
  });
});
