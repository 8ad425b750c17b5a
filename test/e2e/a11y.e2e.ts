import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { guardPanel, launchWatched, pasteInComposer } from './guard-helpers';
import { openOptions, sendToBackground } from './options-pages';

/** Serious and critical axe violations, as short readable lines. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('the popup has no serious or critical violation', async () => {
    session = await launchCadre();
    const popup = await session.openPopup();
    await sendToBackground(popup, {
      type: 'chat.setWatched',
      title: 'Camille — mentorat',
      watched: true,
    });
    await popup.locator('.watched-list').waitFor();
    await popup.locator('ol.rules summary').first().click();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it.each(['fr', 'en'] as const)(
    'each step of onboarding and the signed charter (%s) have no serious or critical violation',
    async (lang) => {
      session = await launchCadre({ lang });
      const page = await openOptions(session);
      const primary = page.locator('.onboarding .button--primary');
      expect(await seriousViolations(page)).toEqual([]);
      await primary.click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('input[value="mentor"]').check();
      await primary.click();
      expect(await seriousViolations(page)).toEqual([]);
      await primary.click();
      await primary.click();
      expect(await seriousViolations(page)).toEqual([]);
      for (const [id, value] of [
        ['mentorName', 'Anne Martin'],
        ['menteeName', 'Camille Roy'],
        ['mentorSignature', 'Anne Martin'],
        ['menteeSignature', 'Camille Roy'],
      ]) {
        await page.locator(`#sign-${id}`).fill(value);
      }
      await page.locator('#sign-accepted').check();
      await primary.click();
      await page.locator('.signed-charter').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `options-signed-${lang}`);
    },
  );

  it.each(['fr', 'en'] as const)(
    'each options section (%s) has no serious or critical violation',
    async (lang) => {
      session = await launchCadre({ lang });
      const page = await openOptions(session, 'charter');
      await sendToBackground(page, {
        type: 'chat.setWatched',
        title: 'Camille — mentorat',
        watched: true,
      });
      await sendToBackground(page, { type: 'list.add', kind: 'watch', value: 'Dupont' });
      for (const weeksAgo of [0, 1]) {
        await sendToBackground(page, {
          type: 'journal.log',
          event: {
            at: Date.now() - weeksAgo * 7 * 86_400_000,
            action: 'clean',
            findings: {},
            signals: [],
          },
        });
      }
      // Every section the menu offers, including ones added later by other features.
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
        // Open disclosures so their content is checked too.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        expect(await seriousViolations(page), id).toEqual([]);
        await screenshot(page, `options-${id}-${lang}`);
      }
    },
  );

  it('the send guard panel over WhatsApp has no serious or critical violation', async () => {
    session = await launchWatched();
    const { page } = session;
    await pasteInComposer(page, 'J’ai revu Claire Martin (claire.martin@exemple.fr) hier.');
    await page.keyboard.press('Enter');
    await guardPanel(page).waitFor();
    // Only Cadre's overlay: the replica's own markup is not Cadre's to fix.
    expect(await seriousViolations(page, 'cadre-overlay')).toEqual([]);
    await screenshot(page, 'guard-panel-a11y');
  });

  it('the data section dialogs have no serious or critical violation', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'data');
    await page.getByRole('button', { name: 'Tout effacer…' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the whole options page works from the keyboard alone', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'chats');
    // Shift+Tab from the section heading reaches the menu; Enter on a menu link opens its section and focuses its heading.
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 10 && (await focusedText()) !== 'Noms à repérer ou à ignorer'; i += 1) {
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect(focusedText()).resolves.toBe('Noms à repérer ou à ignorer');
    // Into the first list's field, type a name, add it with Enter.
    for (
      let i = 0;
      i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'list-watch-add';
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Dupont');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-list="watch"] .item-list li').count()).toBe(1);
  });
});
