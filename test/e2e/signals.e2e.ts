import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, shadow, type CadreSession } from './harness';
import { composerText, launchWatched, pasteInComposer, readJournal } from './guard-helpers';
import { openOptions } from './options-pages';

// Distress, urgency and the question nudge (charter rules 6 and 4): before sending, calm
// words; the message can always still go.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const dialog = (session: CadreSession) => shadow(session.page).locator('.guard-dialog');

/** The numbers the distress panel offers, in order. */
async function helpNumbers(session: CadreSession): Promise<string[]> {
  return dialog(session).locator('.guard-resources a').allTextContents();
}

/** Sends a message that Cadre lets go: it reaches the replica's record. */
async function sendClean(session: CadreSession, text: string): Promise<void> {
  const before = (await session.sent()).length;
  await pasteInComposer(session.page, text);
  await session.page.keyboard.press('Enter');
  await expect
    .poll(async () => (await session.sent()).length, { timeout: 10_000 })
    .toBe(before + 1);
  expect((await session.sent()).at(-1)?.text).toBe(text);
  await expect(dialog(session).count()).resolves.toBe(0);
}

/** "14h35" for the browser's clock plus `minutes` (the content script reads that clock). */
async function clockIn(session: CadreSession, minutes: number): Promise<string> {
  return session.page.evaluate((m) => {
    const t = new Date(Date.now() + m * 60_000);
    const capped = t.getDate() !== new Date().getDate() ? new Date(new Date().setHours(23, 59)) : t;
    return `${capped.getHours()}h${String(capped.getMinutes()).padStart(2, '0')}`;
  }, minutes);
}

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

  it('passive ideation: suicide prevention first, and the mentor is not an emergency service', async () => {
    session = await launchWatched();
    const text = 'des fois je me dis que ce serait reposant de ne plus exister';
    await pasteInComposer(session.page, text);
    await session.page.keyboard.press('Enter');
    await dialog(session).waitFor();
    const numbers = await helpNumbers(session);
    expect(numbers[0]).toBe('3114');
    expect(numbers).toContain('09 72 39 40 50');
    await expect(dialog(session).textContent()).resolves.toContain(
      'votre mentor n’est pas un service d’urgence',
    );
    await expect(
      dialog(session).locator('.guard-resources').getAttribute('data-help-country'),
    ).resolves.toBe('FR');
    await screenshot(session.page, 'guard-distress-passive');
    expect(await session.sent()).toEqual([]);
    await dialog(session).getByRole('button', { name: 'Envoyer le message' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([text]);
  });

  it('self-harm: suicide prevention, listening and medical help', async () => {
    session = await launchWatched();
    await pasteInComposer(session.page, 'j’ai recommencé à me faire du mal avec une lame');
    await session.page.keyboard.press('Enter');
    await dialog(session).waitFor();
    const numbers = await helpNumbers(session);
    expect(numbers.slice(0, 3)).toEqual(['3114', '09 72 39 40 50', '15']);
    await screenshot(session.page, 'guard-distress-self-harm');
  });

  it('violence: 3919, the police, the 114 by text and the 119', async () => {
    session = await launchWatched();
    await pasteInComposer(session.page, 'mon mari m’a poussée contre la porte hier soir');
    await session.page.keyboard.press('Enter');
    await dialog(session).waitFor();
    const numbers = await helpNumbers(session);
    expect(numbers[0]).toBe('3919');
    expect(numbers).toEqual(expect.arrayContaining(['17', 'SMS au 114', '119']));
    await expect(
      dialog(session).locator('a', { hasText: 'SMS au 114' }).getAttribute('href'),
    ).resolves.toBe('sms:114');
    await screenshot(session.page, 'guard-distress-violence');
  });

  it('hears a distress told over three short messages', async () => {
    session = await launchWatched();
    // No piece is distress alone: together they are.
    await sendClean(session, 'je suis épuisée');
    await sendClean(session, 'vraiment');
    await pasteInComposer(session.page, 'je crois que je vais tout arrêter');
    await session.page.keyboard.press('Enter');
    await dialog(session).waitFor();
    expect(await helpNumbers(session)).toContain('3114');
    await screenshot(session.page, 'guard-distress-three-messages');
    expect((await session.sent()).map((r) => r.text)).toEqual(['je suis épuisée', 'vraiment']);
  });

  it('a deadline computed from the time: soon is urgent, later is not', async () => {
    session = await launchWatched();
    const soon = `la signature c’est avant ${await clockIn(session, 40)}, tu peux relire ?`;
    await pasteInComposer(session.page, soon);
    await session.page.keyboard.press('Enter');
    await dialog(session).waitFor();
    await expect(dialog(session).locator('h2').textContent()).resolves.toBe(
      'WhatsApp n’est pas un canal d’urgence',
    );
    await expect(dialog(session).textContent()).resolves.toContain('Appelez le 112');
    await screenshot(session.page, 'guard-urgent-deadline');
    await dialog(session).getByRole('button', { name: 'Envoyer quand même' }).click();
    await expect.poll(async () => (await session!.sent()).map((r) => r.text)).toEqual([soon]);
    const later = await clockIn(session, 7 * 60);
    // Past midnight the same day is capped at 23h59: still hours away unless it is late.
    if (!later.startsWith('23h59'))
      await sendClean(session, `la signature c’est avant ${later}, tu peux relire ?`);
  });

  it('no panel for a joke, a playful "urgent" or the mentorship\'s goodbye: the message simply goes', async () => {
    session = await launchWatched();
    await sendClean(session, 'cette présentation va me tuer lol');
    await sendClean(session, 'URGENT : qui a pris mon agrafeuse 😂');
    await sendClean(session, 'I’m dying to see the new office');
    // The mentorship ends: thanks and goodbye are no farewell.
    await sendClean(session, 'Dernier message du programme : merci pour tout, on garde contact ?');
  });

  it('the country chosen in the options decides the numbers offered', async () => {
    session = await launchWatched();
    const options = await openOptions(session, 'general');
    await options.getByLabel('Numéros d’aide et d’urgence proposés').selectOption('BE');
    await options.getByText('Enregistré.').waitFor();
    await screenshot(options, 'options-help-country');
    await options.close();
    await expect
      .poll(
        async () => {
          await pasteInComposer(session!.page, 'Je n’ai plus envie de vivre.');
          await session!.page.keyboard.press('Enter');
          await dialog(session!).waitFor();
          const country = await dialog(session!)
            .locator('.guard-resources')
            .getAttribute('data-help-country');
          if (country !== 'BE') {
            // The setting has not reached the page yet: back, clear, and try again.
            await session!.page.keyboard.press('Escape');
            await dialog(session!).waitFor({ state: 'detached' });
            await session!.page.keyboard.press('Control+A');
            await session!.page.keyboard.press('Backspace');
            await expect.poll(() => composerText(session!.page)).toBe('');
          }
          return country;
        },
        { timeout: 20_000 },
      )
      .toBe('BE');
    expect((await helpNumbers(session)).slice(0, 2)).toEqual(['0800 32 123', '1813']);
    await screenshot(session.page, 'guard-distress-belgium');
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
