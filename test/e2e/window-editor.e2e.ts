import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, type CadreSession } from './harness';
import { launchWindowSession, readScheduleRow, seed } from './window-helpers';

// The "Plage de réponse" section of the options page: validated as you type, saved only
// when valid, exported and imported as a file.
process.env.TZ = 'Europe/Paris';

describe('schedule editor', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  async function openEditor() {
    session = await launchWindowSession();
    await seed(session, { role: 'mentor' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html#schedule`);
    await page.locator('form.schedule-editor').waitFor();
    return page;
  }

  it('says what is wrong next to the field as you type, and saves once valid', async () => {
    const page = await openEditor();
    const monday = page.locator('[data-day="mon"]');
    await monday.getByLabel('à').first().fill('07:00');
    await expect
      .poll(() => monday.locator('.field-error').textContent())
      .toContain('Le lundi, la plage 08:00–07:00 finit avant de commencer.');
    await expect(page.getByRole('button', { name: 'Enregistrer' }).isDisabled()).resolves.toBe(
      true,
    );
    await screenshot(page, 'window-editor-invalid');

    await monday.getByLabel('à').first().fill('12:00');
    await monday.getByRole('button', { name: 'Ajouter une plage' }).click();
    await monday.getByLabel('à').nth(1).fill('17:00');
    await monday.locator('input[type="time"]').nth(2).fill('14:00');
    await expect.poll(() => monday.locator('.field-error').count()).toBe(0);

    await page.getByRole('button', { name: 'Ajouter une absence' }).click();
    const absence = page.locator('.schedule-absence');
    await absence.getByLabel('Du', { exact: true }).fill('2026-12-21');
    await absence.getByLabel('Au', { exact: true }).fill('2026-12-18');
    await expect
      .poll(() => page.locator('.schedule-absence .field-error').textContent())
      .toContain('la fin (2026-12-18) est avant le début (2026-12-21)');
    await absence.getByLabel('Au', { exact: true }).fill('2026-12-31');
    await absence.getByLabel('Note (facultatif)').fill('congés');

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Horaires enregistrés.');
    const row = await readScheduleRow(session!);
    expect(row).toMatchObject({
      source: 'local',
      schedule: {
        week: {
          mon: [
            { start: '08:00', end: '12:00' },
            { start: '14:00', end: '17:00' },
          ],
        },
        absences: [{ start: '2026-12-21', end: '2026-12-31', note: 'congés' }],
      },
    });
    await screenshot(page, 'window-editor-saved');
  });

  it('exports the schedule as a file and imports it back; a bad file changes nothing', async () => {
    const page = await openEditor();
    await page
      .locator('[data-day="sat"]')
      .getByRole('button', { name: 'Ajouter une plage' })
      .click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Horaires enregistrés.');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en fichier' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const exported = await readFile(file, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'cadre-schedule',
      schedule: { week: { sat: [{ start: '08:00', end: '18:00' }] } },
    });

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"cadre-schedule","version":1,"exportedAt":"x"}'),
    });
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain("Date d'export manquante ou invalide.");
    expect(await readScheduleRow(session!)).toMatchObject({ source: 'local' });

    const changed = exported.replace(
      '"sat": [\n        {\n          "start": "08:00"',
      '"sat": [\n        {\n          "start": "09:00"',
    );
    await input.setInputFiles({
      name: 'cadre-horaires.json',
      mimeType: 'application/json',
      buffer: Buffer.from(changed),
    });
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe('Horaires importés depuis le fichier.');
    expect(await readScheduleRow(session!)).toMatchObject({
      source: 'file',
      schedule: { week: { sat: [{ start: '09:00', end: '18:00' }] } },
    });
  });
});
