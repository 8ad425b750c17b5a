import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { guardPanel, launchWatched, pasteInComposer } from './guard-helpers';
import { launchCadre, screenshot, type CadreSession } from './harness';
import { openOptions, sendToBackground } from './options-pages';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

describe('journal and progress', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows events written through the protocol, the weekly chart, exports and notes', async () => {
    session = await launchCadre();
    const page = await openOptions(session, 'journal');
    await expect
      .poll(() => page.locator('[data-section="journal"] .empty').first().textContent(), {
        timeout: 5_000,
      })
      .toBe('Pas encore de messages envoyés : la progression apparaîtra ici.');

    // Three weeks of decisions, as the guard would log them: more clean messages each week.
    const now = Date.now();
    let order = 0;
    const log = (
      weeksAgo: number,
      action: string,
      findings: Record<string, number> = {},
      extra = {},
    ) =>
      sendToBackground(page, {
        type: 'journal.log',
        // A minute apart, in the order logged, so the newest is known.
        event: {
          at: now - weeksAgo * WEEK - DAY + (order += 60_000),
          action,
          findings,
          signals: [],
          ...extra,
        },
      });
    for (const action of ['clean', 'sent-anyway', 'anonymized', 'anonymized'])
      await log(2, action, action === 'clean' ? {} : { PERSON: 1 });
    for (const action of ['clean', 'clean', 'anonymized', 'edited'])
      await log(1, action, action === 'clean' ? {} : { EMAIL: 1 });
    for (const action of ['clean', 'clean', 'clean', 'anonymized']) await log(0, action);
    await expect(
      log(0, 'sent-anyway', { PERSON: 2, PHONE: 1 }, { inWindow: false, signals: ['URGENT'] }),
    ).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(
      sendToBackground(page, { type: 'journal.log', event: { action: 'nope' } }),
    ).resolves.toMatchObject({
      ok: false,
    });

    const events = page.locator('[data-testid="journal-events"] > li');
    await expect.poll(() => events.count()).toBe(13);
    const newest = await events.first().textContent();
    expect(newest).toContain('Envoyé malgré un point signalé');
    expect(newest).toContain('Repéré : nom de personne × 2, téléphone × 1');
    expect(newest).toContain('hors de la plage de réponse');
    expect(await page.locator('.event-list').textContent()).not.toMatch(/undefined/);

    const chart = page.locator('svg[role="img"]');
    await expect
      .poll(() => chart.locator('title').textContent(), { timeout: 5_000 })
      .toMatch(/^Part des messages envoyés sans rien à corriger/);
    await expect
      .poll(() => chart.locator('rect.bar-clean').count(), { timeout: 5_000 })
      .toBeGreaterThanOrEqual(3);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'options-journal-chart');
    await page.getByText('Voir les chiffres').click();
    await expect
      .poll(() => page.locator('.figures tbody tr').count(), { timeout: 5_000 })
      .toBeGreaterThanOrEqual(3);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('date,action,findings,signals,in_window,attachments');
    expect(csv.trim().split('\r\n')).toHaveLength(14);
    expect(csv).toContain('sent-anyway,PERSON:2 PHONE:1,URGENT,false,');

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en JSON' }).click();
    const json = JSON.parse(await readFile((await (await jsonDownload).path())!, 'utf8'));
    expect(json).toMatchObject({ format: 'cadre-journal', version: 1 });
    expect(json.events).toHaveLength(13);

    // A reflection note: validated as typed, kept, deletable.
    await page.getByRole('button', { name: 'Garder cette note' }).click();
    await expect
      .poll(() => page.locator('#note-text-error').textContent(), { timeout: 5_000 })
      .toContain('La note est vide.');
    await page
      .getByLabel('Nouvelle note')
      .fill('Je formule mieux mes questions depuis deux semaines.');
    await page.getByRole('button', { name: 'Garder cette note' }).click();
    await expect
      .poll(() => page.locator('.note-list li p').textContent(), { timeout: 5_000 })
      .toBe('Je formule mieux mes questions depuis deux semaines.');
    await screenshot(page, 'options-journal');
    await page.locator('.note-list button').click();
    await expect.poll(() => page.locator('.note-list').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-section="journal"] .notice--ok').last().textContent(), {
        timeout: 5_000,
      })
      .toBe('Note supprimée.');
  });

  it('shows the send guard’s decisions, never the message text', async () => {
    session = await launchWatched();
    const { page } = session;
    const text = 'J’ai revu Claire Martin (claire.martin@exemple.fr) hier.';
    await pasteInComposer(page, text);
    await page.keyboard.press('Enter');
    await guardPanel(page).getByRole('button', { name: 'Anonymiser et envoyer' }).click();
    await expect.poll(async () => (await session!.sent()).length, { timeout: 15_000 }).toBe(1);

    const options = await openOptions(session, 'journal');
    const events = options.locator('[data-testid="journal-events"] > li');
    await expect.poll(() => events.count(), { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    const list = await options.locator('[data-testid="journal-events"]').textContent();
    expect(list).toContain('Anonymisé puis envoyé');
    expect(list).toContain('nom de personne × 1');
    expect(list).toContain('adresse e-mail × 1');
    expect(list).not.toContain('Claire');
    expect(list).not.toContain('exemple.fr');
  });
});
