import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAdapter } from './adapter-in-page';
import { repoRoot, replicaUrl } from './browser';
import {
  attachButton,
  composer,
  dismissWhatsNew,
  launchCadre,
  mediaPreview,
  previewSendButton,
  receive,
  sent,
  type CadreSession,
} from './harness';

// Every alternative in lib/whatsapp/selectors.ts must match on some replica generation,
// and each generation says which alternative Cadre relies on per capability. Runs once:
// it visits every generation itself. Writes the table to test-results/selector-table.md.

const GENERATIONS = ['2025', '2025-11', '2026', '2026-07', '2026-dialog'] as const;

let session: CadreSession;
beforeAll(async () => {
  session = await launchCadre({ extension: false });
});
afterAll(async () => {
  await session?.close();
});

async function visit(page: Page, query: string, { keepModal = false } = {}) {
  await page.goto(replicaUrl('fr', query));
  await page.waitForSelector('html[data-replica-ready="true"]');
  if (!keepModal) await dismissWhatsNew(page);
  await injectAdapter(page);
}

/** lib/whatsapp as bundled into the page by injectAdapter(). */
type InPage = typeof import('../../lib/whatsapp/selectors') &
  typeof import('../../lib/whatsapp/preview') &
  typeof import('../../lib/whatsapp/messages') &
  typeof import('../../lib/whatsapp/direction') &
  typeof import('../../lib/whatsapp/chat') &
  typeof import('../../lib/whatsapp/composer');

const adapter = (page: Page) => ({
  run: <T>(fn: (a: InPage) => T): Promise<T> =>
    page.evaluate(
      (source) =>
        new Function('a', `return (${source})(a)`)(
          (window as unknown as { __cadreAdapter: unknown }).__cadreAdapter,
        ),
      fn.toString(),
    ) as Promise<T>,
});

/** Which alternatives of every selector match the page now: "name#index". */
function matching(page: Page): Promise<string[]> {
  return adapter(page).run((a) => {
    const found: string[] = [];
    for (const [name, list] of Object.entries(a.selectors)) {
      list.forEach((alternative, index) => {
        if (a.queryAlternative(document, alternative).length > 0) found.push(`${name}#${index}`);
      });
    }
    return found;
  });
}

interface Capabilities {
  composer: number;
  footerSend: number;
  message: number;
  outgoingSign: number;
  incomingSign: number;
  caption: number;
  previewAnchor: number;
  previewSend: number;
  previewClose: number;
}

async function attachDocument(page: Page) {
  await attachButton(page).click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[role="menuitem"]').first().click();
  await (
    await chooser
  ).setFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  await mediaPreview(page).waitFor();
}

const seen = new Set<string>();
const table = new Map<string, Capabilities>();

describe('selectors on every generation', () => {
  for (const dom of GENERATIONS) {
    it(`finds every capability on dom=${dom}`, async () => {
      const { page } = session;
      await visit(page, `dom=${dom}`);
      await composer(page).click();
      // One message sent, so that outgoing messages are on screen too.
      await page.keyboard.type('Merci');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await sent(page)).length).toBe(1);
      await page.keyboard.type('Bonjour :sou');
      for (const match of await matching(page)) seen.add(match);
      await page.keyboard.press('Escape');
      const chat = await adapter(page).run((a) => {
        const at = (root: ParentNode | null, name: keyof typeof a.selectors) => {
          const alt = root ? a.matchedAlternative(root, name) : null;
          return alt ? (a.selectors[name] as readonly unknown[]).indexOf(alt) : -1;
        };
        return {
          composer: at(document, 'composer'),
          footerSend: at(document.querySelector('#main footer'), 'sendControl'),
          message: at(document, 'message'),
          outgoingSign: at(document, 'outgoingSignal'),
          incomingSign: at(document, 'incomingSignal'),
          title: a.readChatTitle(document),
          incomingTexts: a.readIncomingMessages(document).map((m) => m.text),
          directions: a.readDirections(document).map((m) => m.direction),
        };
      });
      expect(chat.title).toBe('Camille — mentorat');
      expect(chat.incomingTexts).toEqual([
        'Bonjour ! Merci pour la séance de mardi.',
        "J'ai une question sur le dossier dont on a parlé.",
      ]);
      expect(chat.directions).toEqual(['in', 'in', 'out']);

      await attachDocument(page);
      for (const match of await matching(page)) seen.add(match);
      const preview = await adapter(page).run((a) => {
        const at = (root: ParentNode | null, name: keyof typeof a.selectors) => {
          const alt = root ? a.matchedAlternative(root, name) : null;
          return alt ? (a.selectors[name] as readonly unknown[]).indexOf(alt) : -1;
        };
        const caption = a.findCaption(document);
        const around = caption ? a.previewAround(caption) : null;
        const whole = a.findMediaPreview(document);
        const send = document.querySelector('.media-preview .send-button')!;
        const footerSend = document.querySelector('#main footer .send-button');
        return {
          caption: at(document, 'captionComposer'),
          previewAnchor: at(document, 'mediaPreview'),
          previewSend: at(around, 'sendControl'),
          previewClose: at(whole, 'mediaPreviewClose'),
          sendInPreview: a.isInMediaPreview(send),
          footerSendInPreview: footerSend ? a.isInMediaPreview(footerSend) : false,
          wholeIsPreview: whole?.classList.contains('media-preview') ?? false,
          closed: a.closeMediaPreview(document),
        };
      });
      expect(preview).toMatchObject({
        sendInPreview: true,
        footerSendInPreview: false,
        wholeIsPreview: true,
        closed: true,
      });
      const capabilities: Capabilities = { ...chat, ...preview };
      for (const value of Object.values(capabilities).filter((v) => typeof v === 'number')) {
        expect(value).toBeGreaterThanOrEqual(0);
      }
      table.set(dom, capabilities);
    });
  }

  it('does not take 2026’s blocking "what’s new" dialog for a media preview', async () => {
    const { page } = session;
    for (const dom of ['2026', '2026-dialog']) {
      await visit(page, `dom=${dom}`, { keepModal: true });
      await expect(page.locator('[aria-modal="true"]').count()).resolves.toBe(1);
      await expect(
        adapter(page).run((a) => ({
          open: a.isMediaPreviewOpen(document),
          caption: a.findCaption(document),
          composer: a.query(document, 'composer') !== null,
        })),
      ).resolves.toEqual({ open: false, caption: null, composer: true });
    }
  });

  it('reads the newest incoming messages of 2026’s virtualised list', async () => {
    const { page } = session;
    await visit(page, 'dom=2026');
    for (let n = 1; n <= 25; n++) await receive(page, 'Camille — mentorat', `Message ${n} 👍`);
    await expect(page.locator('#main [role="application"] [role="row"]').count()).resolves.toBe(20);
    const texts = await adapter(page).run((a) =>
      a.readIncomingMessages(document).map((m) => m.text),
    );
    expect(texts).toHaveLength(20);
    expect(texts.at(-1)).toBe('Message 25 👍');
  });

  it('sees a long message WhatsApp shows cut ("Read more")', async () => {
    const { page } = session;
    for (const dom of ['2025', '2026']) {
      await visit(page, `dom=${dom}&readmore=45`);
      for (const match of await matching(page)) seen.add(match);
      const cut = await adapter(page).run((a) =>
        a.incomingBubbles(document).map((bubble) => a.readMessage(bubble).cut),
      );
      // "Bonjour ! Merci pour la séance de mardi." is 40 characters, the next one 50.
      expect(cut).toEqual([false, true]);
    }
  });

  it('exercises every alternative on some generation', async () => {
    const { page } = session;
    const all = await adapter(page).run((a) =>
      Object.entries(a.selectors).flatMap(([name, list]) =>
        list.map((alternative: { css: string; svgTitle?: readonly string[] }, index) => ({
          key: `${name}#${index}`,
          css: alternative.svgTitle
            ? `${alternative.css} holding svg title ${alternative.svgTitle.join('|')}`
            : alternative.css,
        })),
      ),
    );
    const unexercised = all.filter(({ key }) => !seen.has(key));
    expect(unexercised).toEqual([]);
    await writeTable(all);
  });
});

async function writeTable(all: { key: string; css: string }[]) {
  const label = (name: string, index: number) => {
    if (index < 0) return '—';
    const css = all.find((entry) => entry.key === `${name}#${index}`)?.css ?? '?';
    return `#${index} \`${css.length > 60 ? `${css.slice(0, 57)}…` : css}\``;
  };
  const rows: [string, string, keyof Capabilities][] = [
    ['composer', 'composer', 'composer'],
    ['send control (footer)', 'sendControl', 'footerSend'],
    ['send control (preview)', 'sendControl', 'previewSend'],
    ['attachments: caption', 'captionComposer', 'caption'],
    ['attachments: preview anchor', 'mediaPreview', 'previewAnchor'],
    ['attachments: preview close', 'mediaPreviewClose', 'previewClose'],
    ['messages', 'message', 'message'],
    ['sign of an outgoing message', 'outgoingSignal', 'outgoingSign'],
    ['sign of an incoming message', 'incomingSignal', 'incomingSign'],
  ];
  const lines = [
    `| capability | ${GENERATIONS.join(' | ')} |`,
    `| --- | ${GENERATIONS.map(() => '---').join(' | ')} |`,
    ...rows.map(
      ([title, name, key]) =>
        `| ${title} | ${GENERATIONS.map((dom) => label(name, table.get(dom)?.[key] ?? -1)).join(' | ')} |`,
    ),
  ];
  const dir = path.join(repoRoot, 'test-results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'selector-table.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

describe('degraded pages (?break=)', () => {
  for (const dom of ['2025', '2026']) {
    it(`on dom=${dom}, send, preview, messages and title match no selector, and sends are still recorded`, async () => {
      const { page } = session;
      await visit(page, `dom=${dom}&break=send,preview,messages,title`);
      await composer(page).click();
      await page.keyboard.type('Bonjour');
      const before = await adapter(page).run((a) => ({
        footerSend: a.query(document.querySelector('#main footer')!, 'sendControl'),
        incoming: a.incomingBubbles(document).length,
        title: a.readChatTitle(document),
      }));
      expect(before).toEqual({ footerSend: null, incoming: 0, title: null });
      await page.locator('#main footer button.send-button').click();
      await expect.poll(async () => (await sent(page)).map((r) => r.text)).toEqual(['Bonjour']);

      await attachDocument(page);
      const open = await adapter(page).run((a) => ({
        caption: a.findCaption(document),
        anchor: a.query(document, 'mediaPreview'),
        open: a.isMediaPreviewOpen(document),
        sends: a.queryAll(document, 'sendControl').length,
      }));
      expect(open).toEqual({ caption: null, anchor: null, open: false, sends: 0 });
      await mediaPreview(page).locator('textarea').fill('La légende');
      await previewSendButton(page).click();
      await expect
        .poll(async () => (await sent(page)).map((r) => [r.text, r.attachments.length]))
        .toEqual([
          ['Bonjour', 0],
          ['La légende', 1],
        ]);
    });
  }
});

describe('replacing text on the real Lexical editor (dom=2026, emoji as images)', () => {
  const ORIGINAL = 'Salut 😊 Claire Martin, à demain';
  const NAME = ORIGINAL.indexOf('Claire Martin');
  const REPLACEMENTS = [{ start: NAME, end: NAME + 'Claire Martin'.length, text: '[Personne 1]' }];
  const EXPECTED = 'Salut 😊 [Personne 1], à demain';

  /**
   * Types the message, then makes the editor misbehave as the evidence says it can: text
   * carrying a placeholder gets a stray character added after it lands (through a paste
   * only, or through any input path).
   */
  async function prepare(page: Page, misbehave: 'never' | 'on-paste' | 'always') {
    await visit(page, 'dom=2026');
    await composer(page).click();
    await page.keyboard.type(ORIGINAL);
    await expect.poll(() => composer(page).locator('img[alt="😊"]').count()).toBe(1);
    await page.evaluate((mode) => {
      const editor = document.querySelector<HTMLElement>('#main footer [data-tab="10"]')!;
      let busy = false;
      const spoil = (data: string) => {
        if (busy || !data.includes('[')) return;
        setTimeout(() => {
          busy = true;
          document.execCommand('insertText', false, '§');
          busy = false;
        }, 0);
      };
      if (mode === 'never') return;
      editor.addEventListener(
        'paste',
        (event) => spoil(event.clipboardData?.getData('text/plain') ?? ''),
        true,
      );
      if (mode === 'always') {
        // execCommand('insertText') fires no beforeinput, only input.
        editor.addEventListener(
          'input',
          (event) => {
            const input = event as InputEvent;
            if (input.inputType === 'insertText') spoil(input.data ?? '');
          },
          true,
        );
      }
    }, misbehave);
  }

  const replace = (page: Page) =>
    adapter(page).run(
      new Function(
        'a',
        `return a.replaceRanges(document.querySelector('#main footer [data-tab="10"]'), ${JSON.stringify(REPLACEMENTS)})`,
      ) as (a: InPage) => Promise<unknown>,
    );

  async function sendAndRead(page: Page) {
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    return (await sent(page))[0].text;
  }

  it('replaces range by range when the editor takes the paste', async () => {
    const { page } = session;
    await prepare(page, 'never');
    await expect(replace(page)).resolves.toEqual({ ok: true, text: EXPECTED, strategy: 'ranges' });
    expect(await sendAndRead(page)).toBe(EXPECTED);
  });

  it('rewrites the whole text when the range edit comes out wrong', async () => {
    const { page } = session;
    await prepare(page, 'on-paste');
    await expect(replace(page)).resolves.toEqual({
      ok: true,
      text: EXPECTED,
      strategy: 'whole-text',
    });
    expect(await sendAndRead(page)).toBe(EXPECTED);
  });

  it('puts the original back, exactly, and says so when every strategy fails', async () => {
    const { page } = session;
    await prepare(page, 'always');
    await expect(replace(page)).resolves.toEqual({
      ok: false,
      text: ORIGINAL,
      reason: 'not-applied',
      restored: true,
    });
    // Lexical's own state holds the original too: that is what goes out.
    expect(await sendAndRead(page)).toBe(ORIGINAL);
  });
});
