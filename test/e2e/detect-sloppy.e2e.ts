import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, type CadreSession } from './harness';
import { composerText, guardPanel, launchWatched, pasteInComposer } from './guard-helpers';

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
const SLOW = { timeout: 15_000 };

/** The highlighted ranges' text, as the page paints them. */
function highlighted(session: CadreSession): Promise<string[]> {
  return session.page.evaluate(() => {
    const highlight = CSS.highlights.get('cadre-finding');
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  });
}

describe('sloppy text in a watched chat', () => {
  it('highlights a pasted IBAN with no-break spaces and a lower-case name, holds the send, anonymises them in place', async () => {
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
});
