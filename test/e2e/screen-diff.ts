import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

// The tolerance of screenshot comparisons (test/e2e/compare-screen.ts). A pixel counts as
// changed when its colour moves by more than PIXEL_THRESHOLD (pixelmatch's perceptual
// distance, 0–1; anti-aliased edge pixels are not counted); a screen fails when more than
// MAX_CHANGED_PIXELS changed. Chromium renders the same screen to the same pixels run after
// run on one machine; one changed letter is more than this.
export const PIXEL_THRESHOLD = 0.1;
export const MAX_CHANGED_PIXELS = 20;

export interface ScreenDiff {
  /** "WIDTH×HEIGHT" of each image; a size change fails on its own. */
  sizes: [string, string];
  changed: number;
  /** The changed pixels in red over a faded copy of the baseline. */
  diff: PNG;
  /** Where the changed pixels are, to read a failure without its images. */
  box?: { left: number; top: number; right: number; bottom: number };
}

export function diffScreens(actual: Buffer, expected: Buffer): ScreenDiff {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  const sizes: [string, string] = [`${a.width}×${a.height}`, `${b.width}×${b.height}`];
  const diff = new PNG({ width: a.width, height: a.height });
  if (sizes[0] !== sizes[1]) return { sizes, changed: a.width * a.height, diff };
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
  });
  return { sizes, changed, diff, box: changed ? changedBox(diff) : undefined };
}

/** pixelmatch paints changed pixels pure red (255, 0, 0) and everything else faded grey. */
function changedBox(diff: PNG): ScreenDiff['box'] {
  let box: ScreenDiff['box'];
  for (let y = 0; y < diff.height; y++) {
    for (let x = 0; x < diff.width; x++) {
      const i = (y * diff.width + x) * 4;
      if (diff.data[i] !== 255 || diff.data[i + 1] !== 0 || diff.data[i + 2] !== 0) continue;
      box = box ?? { left: x, top: y, right: x, bottom: y };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

export function changedTooMuch(result: ScreenDiff): boolean {
  return result.sizes[0] !== result.sizes[1] || result.changed > MAX_CHANGED_PIXELS;
}
