import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReplica } from '../test/fixtures/whatsapp-web/build';
import { extensionDir, launchBrowser, replicaUrl, repoRoot, type Lang } from '../test/e2e/browser';

// `npm run demo`: Cadre on the WhatsApp Web replica, no WhatsApp account needed.
//   npm run demo                          headed when a display exists, else a screenshot
//   npm run demo -- --screenshot out.png  headless, saves a PNG and exits
//   npm run demo -- --lang en --query nocomposer=1

const EXTENSION_SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'public',
  'wxt.config.ts',
  'package.json',
];

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestModification(path.join(target, entry))),
    stats.mtimeMs,
  );
}

function extensionIsStale(): boolean {
  const manifest = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const sources = Math.max(
    ...EXTENSION_SOURCES.map((entry) => newestModification(path.join(repoRoot, entry))),
  );
  return sources > statSync(manifest).mtimeMs;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      screenshot: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      query: { type: 'string', default: '' },
    },
  });
  const lang: Lang = values.lang === 'en' ? 'en' : 'fr';
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const screenshotFile =
    values.screenshot ?? (hasDisplay ? undefined : path.join(repoRoot, 'test-results/demo.png'));

  if (extensionIsStale()) {
    console.log('Building the extension (npx wxt build)...');
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  } else {
    console.log('The extension build in .output/chrome-mv3 is up to date.');
  }
  console.log('Building the WhatsApp Web replica...');
  await buildReplica();

  const headless = screenshotFile !== undefined;
  if (!values.screenshot && headless) {
    console.log('No display found: running headless and saving a screenshot instead.');
  }
  console.log(`Starting Chromium ${headless ? 'headless' : 'in a window'} with Cadre loaded...`);
  const browser = await launchBrowser({ extension: true, lang, headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = replicaUrl(lang, values.query);
  console.log(`Opening ${url} (served from the local replica; every other request is blocked).`);
  await page.goto(url);

  const chip = await page
    .waitForSelector('cadre-overlay', { state: 'attached', timeout: 10_000 })
    .catch(() => null);
  console.log(
    chip ? "Cadre's overlay is on the page." : "Cadre's overlay did not appear within 10 s.",
  );

  if (screenshotFile) {
    const file = path.resolve(screenshotFile);
    await mkdir(path.dirname(file), { recursive: true });
    await page.waitForTimeout(500); // let the overlay finish its first paint
    await page.screenshot({ path: file });
    console.log(`Screenshot saved to ${path.relative(process.cwd(), file)}.`);
    await browser.close();
    return;
  }
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  process.once('SIGINT', () => void browser.close().then(() => process.exit(0)));
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  await browser.close();
}

await main();
