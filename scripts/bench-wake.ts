// How fast Cadre's background answers the popup, asleep and awake, in Debian's Chromium:
// Chrome stops an idle MV3 worker after about 30 seconds, and each wake parses the whole
// background bundle again. Also reports what the background and options page weigh.
// Needs a build (`npm run build`).
//
//   npm run bench:wake [-- --runs 15]
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { extensionDir, launchBrowser } from '../test/e2e/browser';

const TARGETS = { coldMs: 60, warmMs: 5, backgroundKb: 200, optionsKb: 300 };
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;

/** One snapshot.get round trip from the popup, in milliseconds. */
function askSnapshot(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const { runtime } = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
      }
    ).chrome;
    const start = performance.now();
    const reply = await runtime.sendMessage({ type: 'snapshot.get' });
    if (!reply?.ok) throw new Error('snapshot.get failed');
    return performance.now() - start;
  });
}

/** Stops the worker through the DevTools protocol and waits until it has stopped. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const listener = (event: { versions: { runningStatus: string }[] }) => {
      if (event.versions.length && event.versions.every((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', listener);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', listener);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Bytes of the JavaScript and CSS an extension page loads, from its HTML. */
function pageWeight(html: string): number {
  const text = readFileSync(path.join(extensionDir, html), 'utf8');
  const files = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return files.reduce((sum, file) => sum + statSync(path.join(extensionDir, file)).size, 0);
}

const browser = await launchBrowser();
try {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('body').waitFor();
  const cdp = await browser.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');

  const cold: number[] = [];
  const warm: number[] = [];
  await askSnapshot(popup);
  for (let run = 0; run < RUNS; run++) {
    await stopWorker(cdp);
    cold.push(await askSnapshot(popup));
    for (let i = 0; i < 3; i++) warm.push(await askSnapshot(popup));
  }
  const background = statSync(path.join(extensionDir, 'background.js')).size / 1024;
  const options = pageWeight('options.html') / 1024;
  const rows: [string, number, number, string][] = [
    ['cold answer (worker stopped)', median(cold), TARGETS.coldMs, 'ms'],
    ['warm answer (worker running)', median(warm), TARGETS.warmMs, 'ms'],
    ['background bundle', background, TARGETS.backgroundKb, 'KB'],
    ['options page (JS + CSS)', options, TARGETS.optionsKb, 'KB'],
  ];
  console.log(`Wake benchmark, Chromium, median of ${RUNS} cold and ${RUNS * 3} warm answers`);
  for (const [name, value, target, unit] of rows) {
    const verdict = value <= target ? 'ok' : 'OVER';
    console.log(
      `  ${name.padEnd(30)} ${value.toFixed(1).padStart(7)} ${unit}  (target ≤ ${target}) ${verdict}`,
    );
  }
  console.log(`  cold runs: ${cold.map((v) => v.toFixed(0)).join(' ')} ms`);
} finally {
  await browser.close();
}
