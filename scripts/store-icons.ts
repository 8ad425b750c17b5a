// Renders store/icon.svg to the PNG sizes the stores and browsers ask for, into
// public/icon/ (WXT lists them in the manifest): 16, 32, 48 (toolbar, extensions page),
// 96 (Firefox, high density), 128 (Chrome Web Store and install dialog).
//
//   npx tsx scripts/store-icons.ts
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot } from '../test/e2e/browser';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const svg = await readFile(path.join(repoRoot, 'store/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.locator('svg').screenshot({
      path: path.join(repoRoot, `public/icon/${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
  console.log(`Icons written: ${ICON_SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
} finally {
  await browser.close();
}
