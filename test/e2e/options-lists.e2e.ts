import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { dumpDatabase, openOptions } from './options-pages';

describe('watched chats, lists and language', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('adds and removes names, checked as typed, and imports a pasted list and a CSV file', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'lists');
    const watch = page.locator('[data-list="watch"]');
    const field = watch.getByLabel('Ajouter un nom');
    await field.fill('x'.repeat(121));
    await expect
      .poll(() => watch.locator('.field-error').textContent(), { timeout: 5_000 })
      .toContain('Ce nom est trop long (121 caractères, 120 au plus).');
    await field.fill('Élodie Dupont');
    await field.press('Enter');
    await expect.poll(() => watch.locator('.item-list li').count()).toBe(1);
    await field.fill('elodie dupont');
    await expect
      .poll(() => watch.locator('.field-error').textContent(), { timeout: 5_000 })
      .toContain('« Élodie Dupont » est déjà dans la liste');
    await field.fill('');
    // An emptied field is not an error until one tries to add it.
    await expect.poll(() => watch.locator('.field-error').count(), { timeout: 5_000 }).toBe(0);

    await watch.getByText('Ajouter plusieurs noms d’un coup').click();
    await watch
      .getByLabel('Coller une liste')
      .fill('Martin\nDurand; Bernard\nmartin\nÉLODIE DUPONT\n' + 'y'.repeat(130));
    await watch.getByRole('button', { name: 'Ajouter ces noms' }).click();
    const report = watch.locator('.import-report');
    await expect.poll(() => report.textContent()).toContain('3 noms ajoutés.');
    const text = await report.textContent();
    expect(text).toContain('3 lignes n’ont pas été retenues');
    expect(text).toContain('ligne 3 : « martin » — en double dans le texte');
    expect(text).toContain('ligne 4 : « ÉLODIE DUPONT » — déjà dans la liste');
    expect(text).toContain('trop long (120 caractères au plus)');

    await watch.getByLabel('Ou choisir un fichier CSV ou texte').setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Nom;Ville\n"Petit, Jean";Lyon\n'),
    });
    await expect.poll(() => report.textContent()).toContain('1 nom ajouté.');
    await expect.poll(() => watch.locator('.item-list li').count()).toBe(5);
    await screenshot(page, 'options-lists-import');

    await watch.getByRole('button', { name: 'Retirer « Bernard »' }).click();
    await expect.poll(() => watch.locator('.item-list li').count()).toBe(4);
    const stored = await dumpDatabase(page);
    expect((stored.lists as { value: string }[]).map((entry) => entry.value).sort()).toEqual([
      'Durand',
      'Martin',
      'Petit, Jean',
      'Élodie Dupont',
    ]);
  });

  it('watches a chat by name and stops watching it', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'chats');
    await page.getByRole('button', { name: 'Surveiller' }).click();
    await expect
      .poll(() => page.locator('#chat-title-error').textContent(), { timeout: 5_000 })
      .toContain('Écrivez le nom de la conversation.');
    await page.getByLabel('Nom de la conversation').fill('Camille — mentorat');
    await page.getByRole('button', { name: 'Surveiller' }).click();
    await expect.poll(() => page.locator('[data-testid="watched-chats"] li').count()).toBe(1);
    await page.getByLabel('Nom de la conversation').fill('Camille — mentorat');
    await expect
      .poll(() => page.locator('#chat-title-error').textContent(), { timeout: 5_000 })
      .toContain('Cette conversation est déjà surveillée.');
    await page.getByRole('button', { name: 'Ne plus surveiller « Camille — mentorat »' }).click();
    await expect.poll(() => page.locator('[data-testid="watched-chats"]').count()).toBe(0);
  });

  it('switches the whole page to English from the settings', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'general');
    await page.getByLabel('Langue de Cadre').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cadre — settings');
    await expect
      .poll(() => page.locator('html').getAttribute('lang'), { timeout: 5_000 })
      .toBe('en');
    await expect
      .poll(() => page.getByLabel('Cadre’s language').inputValue(), { timeout: 5_000 })
      .toBe('en');
    await page.getByLabel('Check documents and screenshots before they are sent').uncheck();
    // The setting is saved after the click: wait for it to be stored, not for a moment.
    await expect
      .poll(async () => (await dumpDatabase(page)).settings, { timeout: 5_000 })
      .toEqual(
        expect.arrayContaining([
          { key: 'language', value: 'en' },
          { key: 'attachmentCheck', value: false },
        ]),
      );
  });
});
