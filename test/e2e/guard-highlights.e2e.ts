import { afterEach, describe, expect, it } from 'vitest';
import { composer, screenshot, shadow, typeInComposer, type CadreSession } from './harness';
import { chip, composerText, launchWatched, pasteInComposer } from './guard-helpers';

// Findings underlined while typing, and the card that explains them.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const TEXT = "J'ai revu Claire Martin, son mail est claire.martin@exemple.fr merci";

/** Boxes of the highlighted ranges, as the page paints them. */
function highlightBoxes(session: CadreSession) {
  return session.page.evaluate(() => {
    const highlight = CSS.highlights.get('cadre-finding');
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const box = (range as Range).getBoundingClientRect();
      return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
  });
}

function card(session: CadreSession) {
  return shadow(session.page).locator('.finding-card');
}

describe('highlights while typing', () => {
  it('underlines findings without touching the editor, and the chip counts them', async () => {
    session = await launchWatched();
    const { page } = session;
    const before = await composer(page).evaluate((el) => el.outerHTML);
    await typeInComposer(page, TEXT);
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre · 2 points à vérifier/);
    await expect
      .poll(async () => (await highlightBoxes(session!)).map((b) => b.text))
      .toEqual(['Claire Martin', 'claire.martin@exemple.fr']);
    // The editor's markup holds only Lexical's own: no wrapper, no class of Cadre's.
    const after = await composer(page).evaluate((el) => el.outerHTML);
    expect(after).not.toContain('cadre');
    expect(before).not.toContain('cadre');
  });

  it('paints within 150 ms of a pause in typing', async () => {
    session = await launchWatched();
    const { page } = session;
    // The page notes when each key went down, before Cadre or the editor sees it.
    await page.evaluate(() => {
      const w = window as unknown as { __lastKey: number };
      w.__lastKey = 0;
      window.addEventListener('keydown', (event) => (w.__lastKey = event.timeStamp), true);
    });
    await typeInComposer(page, 'Bonjour, ');
    // Three pauses, each after a new name: the best shows what Cadre itself takes; a
    // slower one is the machine's load, which the typing benchmark reports.
    const trials: number[] = [];
    for (const name of ['Claire Martin', ' et Paul Durand', ' puis Léa Girard']) {
      await page.waitForTimeout(300);
      await page.keyboard.type(name);
      const painted = trials.length + 1;
      trials.push(
        await page.evaluate(
          (count) =>
            new Promise<number>((resolve) => {
              const w = window as unknown as { __lastKey: number };
              const waitedSince = performance.now();
              const check = () => {
                const ranges = CSS.highlights.get('cadre-finding');
                if (ranges && ranges.size === count) resolve(performance.now() - w.__lastKey);
                else if (performance.now() - waitedSince > 2_000) resolve(Infinity);
                else setTimeout(check, 2);
              };
              check();
            }),
          painted,
        ),
      );
    }
    console.log(`highlight painted ${trials.map(Math.round).join(', ')} ms after the last key`);
    expect(Math.min(...trials)).toBeLessThanOrEqual(150);
  });

  it('opens the card on hover and anonymises one finding from it', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, TEXT);
    await expect.poll(async () => (await highlightBoxes(session!)).length).toBe(2);
    const [name] = await highlightBoxes(session);
    await page.mouse.move(name.x, name.y);
    await card(session).waitFor();
    await expect(card(session).getAttribute('aria-label')).resolves.toBe('Cadre : Nom de personne');
    await screenshot(page, 'guard-card');
    await card(session)
      .getByRole('button', { name: /Anonymiser/ })
      .click();
    await expect
      .poll(() => composerText(page), { timeout: 15_000 })
      .toBe("J'ai revu [Personne 1], son mail est claire.martin@exemple.fr merci");
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre · 1 point à vérifier/);
  });

  it('opens the card when the caret enters a finding; Ignorer cette fois clears it', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, TEXT);
    await expect.poll(async () => (await highlightBoxes(session!)).length).toBe(2);
    await composer(page).press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await card(session).waitFor();
    await card(session).getByRole('button', { name: 'Ignorer cette fois' }).click();
    await expect.poll(async () => (await highlightBoxes(session!)).length).toBe(1);
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre · 1 point à vérifier/);
    // Ignored for this message: Enter is held only for the e-mail.
    await page.keyboard.press('Enter');
    await expect(
      shadow(page).locator('[role="alertdialog"] .guard-finding').allTextContents(),
    ).resolves.toEqual([expect.stringContaining('claire.martin@exemple.fr')]);
  });

  it('adds a selected word to the watch-list; it is flagged from then on', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'Projet avance bien, merci');
    await expect.poll(() => chip(session!).textContent()).toMatch(/^Cadre actif/);
    await composer(page).press('Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    const offer = shadow(page).getByRole('button', {
      name: 'Ajouter « Projet » à ma liste de vigilance',
    });
    await offer.click();
    await expect
      .poll(async () => (await highlightBoxes(session!)).map((b) => b.text), { timeout: 10_000 })
      .toEqual(['Projet']);
  });

  it('always allows a word from the card: it is not flagged any more', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, TEXT);
    await expect.poll(async () => (await highlightBoxes(session!)).length).toBe(2);
    const [name] = await highlightBoxes(session);
    await page.mouse.move(name.x, name.y);
    await card(session).getByRole('button', { name: 'Toujours autoriser ce mot' }).click();
    await expect.poll(async () => (await highlightBoxes(session!)).length).toBe(1);
    // It went to the allow-list: a new message with the name is not flagged either.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Merci Claire Martin');
    // The highlight pass read the whole new text and found nothing in it.
    await expect
      .poll(() => shadow(page).getAttribute('data-highlight'))
      .toBe(`${'Merci Claire Martin'.length}:0`);
    expect((await highlightBoxes(session)).length).toBe(0);
  });
});
