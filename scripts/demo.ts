import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReplica } from '../test/fixtures/whatsapp-web/build';
import type { Page } from 'playwright-core';
import { extensionDir, launchBrowser, replicaUrl, repoRoot, type Lang } from '../test/e2e/browser';

// `npm run demo`: Cadre on the WhatsApp Web replica, no WhatsApp account needed.
//   npm run demo                          headed when a display exists, else a screenshot
//   npm run demo -- --screenshot out.png  headless, saves a PNG and exits
//   npm run demo -- --lang en --query nocomposer=1
//   npm run demo -- --store               store screenshots, French and English, into
//                                         store/screenshots/ (1280 × 800)

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
      store: { type: 'boolean', default: false },
    },
  });
  if (values.store) return storeScreenshots();
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
  // A page of its own: the first tab shows the onboarding Cadre opens on install.
  const page = await browser.context.newPage();
  const url = replicaUrl(lang, values.query);
  console.log(`Opening ${url} (served from the local replica; every other request is blocked).`);
  await page.goto(url);

  const chip = await page
    .waitForSelector('cadre-overlay', { state: 'attached', timeout: 10_000 })
    .catch(() => null);
  console.log(
    chip ? "Cadre's overlay is on the page." : "Cadre's overlay did not appear within 10 s.",
  );
  if (chip && !values.query) await showTheGuard(page, lang);
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

/**
 * Cadre's main job, played once: watch the mentoring chat, type a message that names a
 * client and gives an e-mail address, press Enter. Cadre highlights both and holds the
 * send with its choice (anonymise, edit, send anyway); the person takes it from there.
 */
async function showTheGuard(page: Page, lang: Lang): Promise<void> {
  const watch = lang === 'en' ? 'Watch this chat' : 'Surveiller cette conversation';
  const message =
    lang === 'en'
      ? 'Hello, I met Claire Martin from Dumas Logistique again, her e-mail is claire.martin@example.com.'
      : "Bonjour, j'ai revu Claire Martin de chez Dumas Logistique, son e-mail : claire.martin@exemple.fr.";
  console.log('Watching the mentoring chat, then typing a message that names a client...');
  await page.locator('cadre-overlay').getByRole('button', { name: watch }).click();
  const composer = page.locator('#main footer [contenteditable="true"][data-tab="10"]');
  await composer.click();
  await page.keyboard.type(message, { delay: 5 });
  await page.keyboard.press('Enter');
  const panel = page.locator('cadre-overlay [role="alertdialog"]');
  const held = await panel.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  console.log(held ? 'Cadre held the message and offers its choice.' : 'No panel appeared.');
}

/** The screenshots the Chrome Web Store and addons.mozilla.org show, in both languages. */
async function storeScreenshots(): Promise<void> {
  if (extensionIsStale())
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  await buildReplica();
  const dir = path.join(repoRoot, 'store/screenshots');
  await mkdir(dir, { recursive: true });
  for (const lang of ['fr', 'en'] as const) {
    const browser = await launchBrowser({ extension: true, lang });
    try {
      const origin = `chrome-extension://${browser.extensionId}`;
      const onboarding = await browser.context.newPage();
      await onboarding.goto(`${origin}/options.html`);
      await onboarding.locator('h1').waitFor();
      await onboarding.screenshot({ path: path.join(dir, `${lang}-onboarding.png`) });

      const page = await browser.context.newPage();
      await page.goto(replicaUrl(lang));
      await page.waitForSelector('html[data-replica-ready="true"]');
      await page.waitForSelector('cadre-overlay', { state: 'attached' });
      await showTheGuard(page, lang);
      await page.screenshot({ path: path.join(dir, `${lang}-guard.png`) });

      // The popup, centred on a calm background at the stores' 1280 × 800.
      const popup = await browser.context.newPage();
      await popup.goto(`${origin}/popup.html`);
      await popup.locator('ol.rules > li').first().waitFor();
      await popup.addStyleTag({
        content:
          'html{background:#dfe8e8;min-height:100%}body{width:380px;margin:24px auto;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.15);padding:8px}',
      });
      await popup.screenshot({ path: path.join(dir, `${lang}-popup.png`) });
      console.log(`Store screenshots (${lang}) saved to store/screenshots/.`);
    } finally {
      await browser.close();
    }
  }
}

await main();
