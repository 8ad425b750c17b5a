import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { sendToBackground } from './options-pages';

// Retried once: launching Chromium under load sometimes misses the service worker.
describe('popup', { retry: 1 }, () => {
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
    await expect(rules.nth(1).locator('.rule-title').textContent()).resolves.toBe(
      'Confidentialité et protection des informations',
    );
    const body = rules.nth(1).locator('.rule-body');
    await expect(body.isVisible()).resolves.toBe(false);
    await rules.nth(1).locator('summary').focus();
    await popup.keyboard.press('Enter');
    await expect(body.textContent()).resolves.toContain('aucun nom de client');
    await expect(popup.locator('[data-charter-state]').textContent()).resolves.toContain(
      'Charte pas encore signée.',
    );
  });

  it('lists the watched chats and stops watching one', async () => {
    session = await launchCadre();
    const popup = await session.openPopup();
    await expect(popup.locator('.popup-empty').textContent()).resolves.toContain('Aucune');
    for (const title of ['Camille — mentorat', 'Équipe projet']) {
      await sendToBackground(popup, { type: 'chat.setWatched', title, watched: true });
    }
    const items = popup.locator('.watched-list li');
    await expect.poll(() => items.count()).toBe(2);
    await screenshot(popup, 'popup');
    await popup.getByRole('button', { name: 'Ne plus surveiller « Équipe projet »' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await expect(items.first().textContent()).resolves.toContain('Camille — mentorat');
    const snapshot = (await sendToBackground(popup, { type: 'snapshot.get' })) as {
      value: { watchedChats: string[] };
    };
    expect(snapshot.value.watchedChats).toEqual(['Camille — mentorat']);
  });

  it('speaks English when the browser does', async () => {
    session = await launchCadre({ lang: 'en' });
    const popup = await session.openPopup();
    await expect(popup.locator('#watched-heading').textContent()).resolves.toBe('Watched chats');
    await expect(popup.locator('[data-charter-state]').textContent()).resolves.toContain(
      'Charter not signed yet.',
    );
    await screenshot(popup, 'popup-en');
  });
});
