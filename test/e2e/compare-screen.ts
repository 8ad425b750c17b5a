import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { repoRoot } from './browser';
import { changedTooMuch, diffScreens, MAX_CHANGED_PIXELS, type ScreenDiff } from './screen-diff';

// Key screens compared with committed baselines (test/e2e/screenshots/*.png), so that a
// visible change fails a test instead of passing unseen. A change made on purpose is
// accepted with `npm run test:update-screenshots`, which rewrites the baselines; look at
// them (git shows which PNGs changed) before committing.

const RESULTS_DIR = path.join(repoRoot, 'test-results');

export const updatingScreens = () => process.env.UPDATE_SCREENSHOTS === '1';

export interface CompareOptions {
  /** The baseline, relative to the repository root (default test/e2e/screenshots/NAME.png). */
  baseline?: string;
  /** Parts that legitimately change between runs, painted over before comparing. */
  mask?: Locator[];
  /** A page's whole scrollable height, not only the viewport. */
  fullPage?: boolean;
}

/**
 * Screenshots `target` into test-results/NAME.png and compares it with its baseline. On a
 * difference it writes test-results/NAME.diff.png (changed pixels in red) and fails.
 */
export async function expectScreen(
  target: Page | Locator,
  name: string,
  options: CompareOptions = {},
): Promise<void> {
  const baseline = path.join(repoRoot, options.baseline ?? `test/e2e/screenshots/${name}.png`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const take = () =>
    target.screenshot({
      animations: 'disabled',
      caret: 'hide',
      mask: options.mask,
      ...(options.fullPage ? { fullPage: true } : {}),
    });
  let shot = await stableShot(take);
  await writeFile(path.join(RESULTS_DIR, `${name}.png`), shot);
  if (updatingScreens()) {
    await mkdir(path.dirname(baseline), { recursive: true });
    await writeFile(baseline, shot);
    return;
  }
  const relative = path.relative(repoRoot, baseline);
  expect(existsSync(baseline), `no baseline ${relative}: run npm run test:update-screenshots`).toBe(
    true,
  );
  const expected = await readFile(baseline);
  let result = diffScreens(shot, expected);
  // Like Playwright's toHaveScreenshot: a screen still settling (a focus ring coming back,
  // a late repaint on a loaded machine) gets a few more looks before it fails.
  for (let look = 1; look < COMPARE_LOOKS && changedTooMuch(result); look++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    shot = await stableShot(take);
    result = diffScreens(shot, expected);
  }
  if (changedTooMuch(result)) {
    await writeFile(path.join(RESULTS_DIR, `${name}.png`), shot);
    await writeFile(path.join(RESULTS_DIR, `${name}.diff.png`), PNG.sync.write(result.diff));
  }
  expect(result.sizes[0], `${name}: size differs from ${relative}`).toBe(result.sizes[1]);
  expect(
    result.changed,
    `${name}: ${result.changed} pixels differ from ${relative} (at most ${MAX_CHANGED_PIXELS}) ` +
      `${describeBox(result.box)}; see test-results/${name}.diff.png, ` +
      `or run npm run test:update-screenshots if the change is wanted`,
  ).toBeLessThanOrEqual(MAX_CHANGED_PIXELS);
}

const COMPARE_LOOKS = 3;
const SHOTS_TO_SETTLE = 5;

/** Screenshots until two in a row are the same, so a frame caught mid-paint is not compared. */
async function stableShot(take: () => Promise<Buffer>): Promise<Buffer> {
  let previous = await take();
  for (let tries = 1; tries < SHOTS_TO_SETTLE; tries++) {
    const next = await take();
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

function describeBox(box: ScreenDiff['box']): string {
  return box ? `in x ${box.left}–${box.right}, y ${box.top}–${box.bottom}` : '';
}
