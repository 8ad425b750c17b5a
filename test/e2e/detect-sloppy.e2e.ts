import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, shadow, typeInComposer, type CadreSession } from './harness';
import { composerText, guardPanel, launchWatched, pasteInComposer, SLOW } from './guard-helpers';

// A message as people really paste and type it: an IBAN copied from a bank page, its
// groups joined by no-break spaces, and a name typed without capitals. Both are found,
// the send is held, and anonymising replaces exactly them.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const NBSP = '\u00a0';
const IBAN = ['FR76', '4406', '5223', '0371', '5187', '4104', '032'].join(NBSP);
const TEXT = `slt, voici le rib de jean dupont : ${IBAN} merci d'avance !`;
const ANONYMIZED = "slt, voici le rib de [Personne 1] : [IBAN] merci d'avance !";

/** The highlighted ranges' text, as the page paints them. */
function highlighted(session: CadreSession): Promise<string[]> {
  return session.page.evaluate(() => {
    const highlight = CSS.highlights.get('cadre-finding');
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  });
}

/** Centre of the first highlighted range, where the mouse opens its card. */
function firstHighlightCentre(session: CadreSession): Promise<{ x: number; y: number } | null> {
  return session.page.evaluate(() => {
    const highlight = CSS.highlights.get('cadre-finding');
    const first = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    if (!first) return null;
    const box = first.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
}

describe('sloppy text in a watched chat', () => {
  it('highlights a pasted IBAN with no-break spaces and a lower-case name, holds the send, sends them anonymised', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, TEXT);
    // The composer kept the no-break spaces the bank page put there.
    expect(await composerText(page)).toContain(IBAN);
    await expect.poll(() => highlighted(session!), SLOW).toEqual(['jean dupont', IBAN]);
    await screenshot(page, 'detect-sloppy-highlights');

    await page.keyboard.press('Enter');
    const panel = guardPanel(page);
    await panel.waitFor();
    await screenshot(page, 'detect-sloppy-guard');
    expect(await session.sent()).toEqual([]);
    await expect(panel.locator('textarea').inputValue()).resolves.toBe(ANONYMIZED);

    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual([ANONYMIZED]);
    await expect.poll(() => composerText(page)).toBe('');
  });

  it('anonymises each one from its card, in the composer, leaving every other character as it was', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, TEXT);
    await expect.poll(() => highlighted(session!), SLOW).toEqual(['jean dupont', IBAN]);
    for (const remaining of [1, 0]) {
      const centre = await firstHighlightCentre(session);
      expect(centre).not.toBeNull();
      await page.mouse.move(centre!.x, centre!.y);
      const card = shadow(page).locator('.finding-card');
      await card.waitFor();
      await card.getByRole('button', { name: /Anonymiser/ }).click();
      await expect.poll(async () => (await highlighted(session!)).length, SLOW).toBe(remaining);
      await page.mouse.move(0, 0);
      await card.waitFor({ state: 'detached' });
    }
    await expect.poll(() => composerText(page), SLOW).toBe(ANONYMIZED);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual([ANONYMIZED]);
  });

  it('holds an IBAN that a line break cuts in two, and sends it anonymised', async () => {
    session = await launchWatched();
    const { page } = session;
    await typeInComposer(page, 'mon rib : FR76 4406 5223 0371\n5187 4104 032 merci');
    // One highlight over both lines (a range's text leaves the <br> out).
    await expect
      .poll(async () => (await highlighted(session!)).map((t) => t.replace(/\s/g, '')), SLOW)
      .toEqual(['FR7644065223037151874104032']);
    await page.keyboard.press('Enter');
    const panel = guardPanel(page);
    await panel.waitFor();
    expect(await session.sent()).toEqual([]);
    await panel.getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect
      .poll(async () => (await session!.sent()).map((r) => r.text), SLOW)
      .toEqual(['mon rib : [IBAN] merci']);
  });
});
