import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { repoRoot } from './browser';

// Cadre's WhatsApp adapter (lib/whatsapp) is plain DOM code: bundling it into the page
// lets a test drive it against the real Lexical editor of the replica directly, the same
// code the content script runs.

let bundle: Promise<string> | undefined;

function adapterBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `
        import * as composer from './lib/whatsapp/composer';
        import * as sendAttempts from './lib/whatsapp/send-attempts';
        import * as chat from './lib/whatsapp/chat';
        import * as selectors from './lib/whatsapp/selectors';
        import * as preview from './lib/whatsapp/preview';
        import * as messages from './lib/whatsapp/messages';
        import * as direction from './lib/whatsapp/direction';
        import * as sendControl from './lib/whatsapp/send-control';
        window.__cadreAdapter = {
          ...composer, ...sendAttempts, ...chat, ...selectors, ...preview, ...messages, ...direction, ...sendControl,
        };
      `,
      resolveDir: repoRoot,
      sourcefile: 'adapter-in-page.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    absWorkingDir: path.resolve(repoRoot),
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export async function injectAdapter(page: Page): Promise<void> {
  await page.addScriptTag({ content: await adapterBundle() });
}
