import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { dumpDatabase, openOptions, sendToBackground } from './options-pages';
import type { Page } from 'playwright-core';

async function fillEverything(page: Page) {
  await sendToBackground(page, {
    type: 'chat.setWatched',
    title: 'Camille — mentorat',
    watched: true,
  });
  await sendToBackground(page, { type: 'list.add', kind: 'watch', value: 'Dupont' });
  await sendToBackground(page, { type: 'list.add', kind: 'allow', value: 'Anne' });
  await sendToBackground(page, {
    type: 'journal.log',
    event: { at: Date.now(), action: 'anonymized', findings: { PERSON: 1 }, signals: [] },
  });
  await page.goto(page.url().replace(/#.*$/, '#general'));
  await page.getByLabel('le mentor').check();
  await page.getByLabel('Langue de Cadre').selectOption('fr');
  await page.goto(page.url().replace(/#.*$/, '#journal'));
  await page.getByLabel('Nouvelle note').fill('Une note à garder.');
  await page.getByRole('button', { name: 'Garder cette note' }).click();
  await page.locator('.note-list').waitFor();
  await page.goto(page.url().replace(/#.*$/, '#data'));
}

async function chooseBackup(page: Page, name: string, text: string) {
  await page.getByLabel('Fichier de sauvegarde Cadre (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

describe('data: export, erase, import', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('export → erase → import restores identical data', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'data');
    await fillEverything(page);
    const before = await dumpDatabase(page);
    expect(before.notes).toHaveLength(1);
    expect(before.watchedChats).toHaveLength(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cadre-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = await readFile((await file.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'cadre-backup', version: 1 });

    // Erasing asks first; the dialog starts on Cancel, Escape closes it, focus returns.
    const erase = page.getByRole('button', { name: 'Tout effacer…' });
    await erase.click();
    const dialog = page.getByRole('dialog', { name: 'Tout effacer ?' });
    await dialog.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe('Annuler');
    await screenshot(page, 'options-data-erase-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(focused).toBe('Tout effacer…');
    expect(await dumpDatabase(page)).toEqual(before);

    await erase.click();
    await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect
      .poll(() => page.locator('.notice--ok').textContent())
      .toContain('Tout a été effacé.');
    for (const rows of Object.values(await dumpDatabase(page))) expect(rows).toEqual([]);

    await chooseBackup(page, 'sauvegarde.json', backup);
    const confirm = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
    await confirm.getByRole('button', { name: 'Restaurer' }).click();
    await expect
      .poll(() => page.locator('.notice--ok').textContent())
      .toBe('Sauvegarde restaurée.');
    expect(await dumpDatabase(page)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": "cadre-backup", ', 'illisible'],
    [
      'another program’s file',
      '{"format": "other", "version": 1}',
      'n’est pas une sauvegarde Cadre',
    ],
    [
      'a newer Cadre',
      '{"format": "cadre-backup", "version": 7, "data": {}}',
      'version plus récente de Cadre (format 7)',
    ],
    [
      'damaged',
      '{"format": "cadre-backup", "version": 1, "exportedAt": "2025-03-20T10:00:00.000Z", "data": {"settings": []}}',
      'abîmée ou incomplète (partie : conversations surveillées)',
    ],
  ])('refuses a backup that is %s and changes nothing', async (_label, text, message) => {
    session = await launchCadre();
    const page = await openOptions(session, 'data');
    await fillEverything(page);
    const before = await dumpDatabase(page);
    await chooseBackup(page, 'broken.json', text);
    const notice = page.locator('.notice--warn');
    await expect.poll(() => notice.textContent()).toContain(message);
    await expect
      .poll(() => notice.textContent(), { timeout: 5_000 })
      .toContain('Rien n’a été modifié.');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 5_000 }).toBe(0);
    expect(await dumpDatabase(page)).toEqual(before);
    if (_label === 'damaged') await screenshot(page, 'options-data-refused');
  });
});
