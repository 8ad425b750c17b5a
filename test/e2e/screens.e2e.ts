import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectScreen } from './compare-screen';
import {
  caretOffset,
  composerText,
  guardPanel,
  launchWatched,
  pasteInComposer,
} from './guard-helpers';
import { launchCadre, shadow, type CadreSession } from './harness';
import { openOptions, sendToBackground } from './options-pages';
import { freezeContentClock, openMentoring, openPopupAt } from './window-helpers';

// Key screens against their committed baselines (see compare-screen.ts for the tolerance).
// Every clock Cadre reads is frozen so the same screen draws the same pixels on any day.
// After a wanted change: `npm run test:update-screenshots`, then look at the new PNGs.

const WEDNESDAY_10H = new Date('2026-12-02T10:00:00+01:00');
const RISKY =
  "Bonjour, j'ai revu Claire Martin de chez Dumas Logistique, son e-mail : claire.martin@exemple.fr.";
// The baselines show one WhatsApp Web generation of the replica, whatever CADRE_DOM says.
const DOM = 'dom=2025';
const DISTRESS = "Je n'en peux plus, je pleure tous les soirs, je veux en finir.";

/** Waits until nothing says it is loading and the page's height holds between two looks. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByText(/^(Chargement…|Loading…)$/).count()).toBe(0);
  let previous = -1;
  await expect
    .poll(async () => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const same = height === previous;
      previous = height;
      return same;
    })
    .toBe(true);
}

/**
 * Waits until a guard panel holds the focus it gives itself. For a short while after it
 * opens the editor may take the focus back and the panel returns it; a screenshot taken in
 * between draws the safe button without its focus ring.
 */
async function panelFocused(page: Page): Promise<void> {
  const focusInPanel = () =>
    page.evaluate(() => {
      const active = document.querySelector('cadre-overlay')?.shadowRoot?.activeElement;
      return Boolean(active?.closest('.guard-dialog'));
    });
  let previous = false;
  await expect
    .poll(async () => {
      const now = await focusInPanel();
      const held = now && previous;
      previous = now;
      return held;
    })
    .toBe(true);
}

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('key screens look as they did', () => {
  it('the README screenshot, the guard panel and the distress panel', async () => {
    session = await launchWatched({ query: DOM });
    const { page } = session;
    // The replica dates its messages from the page's clock: frozen too, then drawn again.
    await page.clock.setFixedTime(WEDNESDAY_10H);
    await page.reload();
    await page.waitForSelector('html[data-replica-ready="true"]');
    await openMentoring(page);
    await freezeContentClock(page, WEDNESDAY_10H);
    await expect
      .poll(() =>
        shadow(page).locator('[data-window-state]').first().getAttribute('data-window-state'),
      )
      .toBe('open');
    await pasteInComposer(page, RISKY);
    // Underlines and the chip's count are drawn before the panel opens.
    await expect.poll(() => shadow(page).getAttribute('data-highlight')).toBe(`${RISKY.length}:3`);
    await page.keyboard.press('Enter');
    await guardPanel(page).waitFor();
    await panelFocused(page);
    await expectScreen(page, 'readme', { baseline: 'docs/screenshot.png' });
    await expectScreen(guardPanel(page), 'guard-panel');

    await page.keyboard.press('Escape');
    await guardPanel(page).waitFor({ state: 'detached' });
    await expect.poll(() => caretOffset(page)).toBe(RISKY.indexOf('Claire'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(() => composerText(page)).toBe('');
    await pasteInComposer(page, DISTRESS);
    await page.keyboard.press('Enter');
    const distress = shadow(page).locator('.guard-dialog');
    await distress.waitFor();
    await panelFocused(page);
    await expectScreen(distress, 'distress-panel');
    expect(await session.sent()).toEqual([]);
  });

  it('the popup, the onboarding and every options section', async () => {
    session = await launchCadre({ query: DOM });
    const onboarding = await session.context.newPage();
    await onboarding.clock.setFixedTime(WEDNESDAY_10H);
    await onboarding.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => onboarding.locator('h1').textContent()).toBe('Bienvenue dans Cadre');
    await settled(onboarding);
    await expectScreen(onboarding, 'onboarding-role', { fullPage: true });
    await onboarding.close();

    const setup = await openOptions(session);
    await sendToBackground(setup, {
      type: 'chat.setWatched',
      title: 'Camille — mentorat',
      watched: true,
    });
    await sendToBackground(setup, { type: 'list.add', kind: 'watch', value: 'Dupont' });
    await setup.close();

    const popup = await openPopupAt(session, WEDNESDAY_10H);
    await popup.locator('.watched-list li').waitFor();
    await settled(popup);
    await expectScreen(popup, 'popup', { fullPage: true });
    await popup.close();

    const page = await session.context.newPage();
    await page.clock.setFixedTime(WEDNESDAY_10H);
    await page.goto(`chrome-extension://${session.extensionId}/options.html#charter`);
    await page.locator('#main').waitFor();
    const sections = await page.locator('.options-nav a').evaluateAll((links) =>
      links
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => href.startsWith('#'))
        .map((href) => href.slice(1)),
    );
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const id of sections) {
      await page.goto(page.url().replace(/#.*$/, `#${id}`));
      await page.locator(`[data-section="${id}"]`).waitFor();
      await settled(page);
      await expectScreen(page, `options-${id}`, { fullPage: true });
    }
  });
});
