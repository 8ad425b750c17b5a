import { afterEach, describe, expect, it } from 'vitest';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { dumpDatabase, openOptions, printCount, stubPrint } from './options-pages';

describe('onboarding to a signed, printable charter', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('chooses a role, reads the charter, signs with names, date and a drawing, and prints', async () => {
    session = await launchCadre();
    const page = await openOptions(session);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 5_000 })
      .toBe('Bienvenue dans Cadre');
    await screenshot(page, 'options-onboarding-role');

    // Step 1: the role is required.
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect
      .poll(() => page.locator('.field-error').textContent(), { timeout: 5_000 })
      .toContain('Choisissez votre rôle pour continuer.');
    await page.getByLabel('la personne accompagnée').check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    // Step 2: the customer's charter, with its six rules.
    await expect
      .poll(() => page.locator('.step-title').textContent(), { timeout: 5_000 })
      .toBe('Lire la charte');
    await expect.poll(() => page.locator('.charter-rule').count(), { timeout: 5_000 }).toBe(6);
    await expect
      .poll(() => page.locator('.charter-title').textContent(), { timeout: 5_000 })
      .toContain('Charte d');
    await page.getByRole('button', { name: 'Continuer' }).click();

    // Step 3: every field says what is wrong.
    await page.getByRole('button', { name: 'Signer la charte' }).click();
    await expect
      .poll(() => page.locator('.form-summary').textContent(), { timeout: 5_000 })
      .toBe('5 champs sont à corriger.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sign-mentorName');
    await page.getByLabel('Nom et prénom du mentor').fill('Anne Martin');
    await page.getByLabel('Nom et prénom de la personne accompagnée').fill('Camille Roy');
    await page.getByLabel('Signature du mentor').fill('Anne Martine');
    await expect
      .poll(() => page.locator('#sign-mentorSignature-error').textContent(), { timeout: 5_000 })
      .toContain('La signature doit reprendre le nom écrit plus haut : « Anne Martin ».');
    await page.getByLabel('Signature du mentor').fill('anne martin');
    await expect
      .poll(() => page.locator('#sign-mentorSignature-error').count(), { timeout: 5_000 })
      .toBe(0);
    await page.getByLabel('Signature de la personne accompagnée').fill('Camille Roy');
    await page.getByLabel('Date').fill('2099-01-01');
    await expect
      .poll(() => page.locator('#sign-date-error').textContent(), { timeout: 5_000 })
      .toContain('La date ne peut pas être dans le futur.');
    await page.getByLabel('Date').fill('2025-03-14');

    const canvas = await page.locator('canvas').boundingBox();
    await page.mouse.move(canvas!.x + 30, canvas!.y + 90);
    await page.mouse.down();
    await page.mouse.move(canvas!.x + 120, canvas!.y + 40, { steps: 8 });
    await page.mouse.move(canvas!.x + 220, canvas!.y + 100, { steps: 8 });
    await page.mouse.up();
    await page.getByLabel('Nous avons lu la charte et nous l’acceptons.').check();
    await screenshot(page, 'options-onboarding-sign');
    await page.getByRole('button', { name: 'Signer la charte' }).click();

    // The signed charter, ready to print.
    await page.waitForURL(/#signed$/);
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 5_000 })
      .toBe('La charte est signée');
    const signed = page.locator('.signed-charter');
    await expect
      .poll(() => signed.textContent(), { timeout: 5_000 })
      .toContain('Nom et prénom : Anne Martin');
    await expect
      .poll(() => signed.textContent(), { timeout: 5_000 })
      .toContain('Date : 14 mars 2025');
    await expect
      .poll(() => signed.locator('img.drawn-signature').getAttribute('src'), { timeout: 5_000 })
      .toMatch(/^data:image\/png;base64,/);
    await stubPrint(page);
    await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
    await expect(printCount(page)).resolves.toBe(1);
    await screenshot(page, 'options-signed');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.no-print').isVisible(), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => signed.isVisible(), { timeout: 5_000 }).toBe(true);
    await screenshot(page, 'options-signed-print');
    await page.emulateMedia({ media: 'screen' });

    const stored = await dumpDatabase(page);
    expect(stored.charters).toMatchObject([{ version: 1, lang: 'fr', source: 'default' }]);
    expect(stored.signatures).toMatchObject([
      {
        charterVersion: 1,
        mentorName: 'Anne Martin',
        menteeName: 'Camille Roy',
        date: '2025-03-14',
        mentorSignature: 'anne martin',
      },
    ]);
    expect(stored.settings).toEqual(
      expect.arrayContaining([
        { key: 'role', value: 'mentee' },
        { key: 'onboarded', value: true },
      ]),
    );

    const popup = await session.openPopup();
    await expect
      .poll(() => popup.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toBe('Charte signée le 14 mars 2025.');

    // The mentor edits the charter: a new version, to be signed again.
    await page.getByRole('link', { name: 'Aller aux réglages' }).click();
    await expect
      .poll(() => page.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toBe('Charte signée le 14 mars 2025 par Anne Martin et Camille Roy.');
    await expect
      .poll(() => page.getByRole('button', { name: 'Modifier la charte' }).count(), {
        timeout: 5_000,
      })
      .toBe(0);
    await page.getByRole('link', { name: 'Langue et réglages généraux' }).click();
    await page.getByLabel('le mentor').check();
    await page.getByRole('link', { name: 'Charte', exact: true }).click();
    await page.getByRole('button', { name: 'Modifier la charte' }).click();
    const editor = page.getByLabel('Texte de la charte');
    await page.getByRole('button', { name: 'Enregistrer cette version' }).click();
    await expect
      .poll(() => page.locator('#charter-editor-error').textContent(), { timeout: 5_000 })
      .toContain('Le texte n’a pas changé.');
    await editor.fill(
      `${await editor.inputValue()}\n\n7. Vacances\n\nPendant les congés, le mentor ne répond pas.`,
    );
    await page.getByRole('button', { name: 'Enregistrer cette version' }).click();
    await expect
      .poll(() => page.locator('[data-charter-state]').textContent())
      .toBe('La charte a changé : elle est à signer à nouveau.');
    await popup.reload();
    await expect
      .poll(() => popup.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toContain('Charte modifiée : à signer à nouveau.');
  });

  it('a new version written by the mentor is to be signed again', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'general');
    await page.getByLabel('le mentor').check();
    await page.goto(page.url().replace(/#.*$/, '#charter'));
    await expect
      .poll(() => page.locator('[data-charter-state]').textContent(), { timeout: 5_000 })
      .toBe('La charte n’est pas encore signée.');
    await page.getByRole('button', { name: 'Remplacer par ma propre charte' }).click();
    const editor = page.getByLabel('Texte de la charte');
    await editor.fill('Notre charte\n\nPas de règle numérotée.');
    await expect
      .poll(() => page.locator('#charter-editor-error').textContent(), { timeout: 5_000 })
      .toContain('Aucune règle trouvée');
    await editor.fill('Notre charte\n\nEntre nous.\n\n1. Le cadre\n\nOn écrit en semaine.');
    await expect
      .poll(() => page.locator('#charter-editor-error').count(), { timeout: 5_000 })
      .toBe(0);
    await page.getByRole('button', { name: 'Enregistrer cette version' }).click();
    await expect
      .poll(() => page.locator('.notice--ok').textContent(), { timeout: 5_000 })
      .toContain('Nouvelle version enregistrée');
    await expect
      .poll(() => page.locator('.charter-box h3').textContent(), { timeout: 5_000 })
      .toBe('Notre charte');
    const stored = await dumpDatabase(page);
    expect(stored.charters).toMatchObject([
      { version: 1, source: 'custom', title: 'Notre charte' },
    ]);
  });
});
