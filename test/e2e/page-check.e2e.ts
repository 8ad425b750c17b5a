import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './browser';
import { attachDocument, screenshot, type CadreSession } from './harness';
import { chip, launchWatched, pasteInComposer } from './guard-helpers';
import { openOptions } from './options-pages';

// "Vérifier la page WhatsApp" in the options, on every replica generation and on each
// degraded page: which alternative matched per capability. Writes the table to
// test-results/capabilities.md.

let session: CadreSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Row {
  capability: string;
  health: string;
  matched: string;
}

/**
 * In a watched chat (Cadre looks at files there), types a word so the send control shows,
 * opens a document's preview, then asks from the options page.
 */
async function checkPage(query: string): Promise<{ rows: Row[]; options: Page }> {
  session = await launchWatched({ query });
  const { page } = session;
  await pasteInComposer(page, 'Bonjour');
  await attachDocument(page, 'note.pdf');
  if (query.includes('break=preview')) {
    // Cadre gives WhatsApp two seconds to show the preview before it says it cannot see it.
    await expect
      .poll(() => chip(session!).getAttribute('data-missing'), { timeout: 10_000 })
      .toContain('attachments');
  }

  const options = await openOptions(session, 'page-check');
  await options.getByRole('button', { name: 'Vérifier la page WhatsApp' }).click();
  const table = options.locator('table.page-check');
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      capability: tr.getAttribute('data-capability') ?? '',
      health: tr.getAttribute('data-health') ?? '',
      matched: tr.querySelector('code')?.textContent ?? '',
    })),
  );
  return { rows, options };
}

const table: string[] = [];
const health = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.capability, r.health]));

describe('Vérifier la page WhatsApp', () => {
  for (const dom of ['2025', '2025-11', '2026', '2026-07', '2026-dialog']) {
    it(`recognises every part of generation ${dom}`, async () => {
      const { rows, options } = await checkPage(`dom=${dom}`);
      for (const row of rows)
        table.push(`| ${dom} | ${row.capability} | ${row.health} | \`${row.matched}\` |`);
      expect(health(rows)).toEqual({
        composer: 'ok',
        sendControl: 'ok',
        attachments: 'ok',
        messages: 'ok',
        sentMessages: 'ok',
        chatTitle: 'ok',
      });
      if (dom === '2026') await screenshot(options, 'page-check-2026');
    });
  }

  // break=title: degraded.e2e.ts (a chat whose name cannot be read cannot be watched by it).
  for (const part of ['send', 'preview', 'messages', 'direction']) {
    it(`says what it does not recognise with break=${part}`, async () => {
      const { rows } = await checkPage(`dom=2026&break=${part}`);
      for (const row of rows) {
        table.push(
          `| 2026 break=${part} | ${row.capability} | ${row.health} | \`${row.matched}\` |`,
        );
      }
      // Rows Cadre cannot read hide the user's own messages as well as the received ones.
      const missing = {
        send: ['sendControl'],
        preview: ['attachments'],
        messages: ['messages', 'sentMessages'],
        direction: ['sentMessages'],
      }[part]!;
      expect(rows.filter((r) => r.health === 'missing').map((r) => r.capability)).toEqual(missing);
    });
  }

  it('saves a skeleton of the page with none of its text', async () => {
    const { options } = await checkPage('dom=2026');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Enregistrer le squelette de la page' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const skeleton = await readFile(file, 'utf8');
    expect(skeleton).toContain('data-testid="conversation-header"');
    for (const text of ['Camille', 'Bonjour', 'note.pdf', 'dossier']) {
      expect(skeleton).not.toContain(text);
    }
    const dir = path.join(repoRoot, 'test-results');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'capabilities.md'),
      ['| page | capability | health | matched |', '| --- | --- | --- | --- |', ...table].join(
        '\n',
      ) + '\n',
    );
  });
});
