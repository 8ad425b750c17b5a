import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { sendToBackground } from './options-pages';

describe('popup', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows the six rules, each opening its full text', async () => {
    session = await launchCadre();
    const popup = await session.openPopup();
    const rules = popup.locator('ol.rules > li');
    await expect.poll(() => rules.count()).toBe(6);
    await expect
      .poll(() => rules.nth(1).locator('.rule-title').textContent(), { timeout: 5_000 })
      .toBe('Confidentialité et protection des informations');
    const body = rules.nth(1).locator('.rule-body');
    await expect.poll(() => body.isVisible(), { timeout: 5_000 }).toBe(false);
    await rules.nth(1).locator('summary').focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => body.textContent(), { timeout: 5_000 })
      .toContain('aucun nom de client');
    await expect
      .poll(() => popup.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toContain('Charte pas encore signée.');
  });

  it('lists the watched chats and stops watching one', async () => {
    session = await launchCadre();
    const popup = await session.openPopup();
    await expect
      .poll(() => popup.locator('.popup-empty').textContent(), { timeout: 5_000 })
      .toContain('Aucune');
    for (const title of ['Camille — mentorat', 'Équipe projet']) {
      await sendToBackground(popup, { type: 'chat.setWatched', title, watched: true });
    }
    const items = popup.locator('.watched-list li');
    await expect.poll(() => items.count()).toBe(2);
    await screenshot(popup, 'popup');
    await popup.getByRole('button', { name: 'Ne plus surveiller « Équipe projet »' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await expect
      .poll(() => items.first().textContent(), { timeout: 5_000 })
      .toContain('Camille — mentorat');
    const snapshot = (await sendToBackground(popup, { type: 'snapshot.get' })) as {
      value: { watchedChats: string[] };
    };
    expect(snapshot.value.watchedChats).toEqual(['Camille — mentorat']);
  });

  it('speaks English when the browser does', async () => {
    session = await launchCadre({ lang: 'en' });
    const popup = await session.openPopup();
    await expect
      .poll(() => popup.locator('#watched-heading').textContent(), { timeout: 5_000 })
      .toBe('Watched chats');
    await expect
      .poll(() => popup.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toContain('Charter not signed yet.');
    await screenshot(popup, 'popup-en');
  });
});
