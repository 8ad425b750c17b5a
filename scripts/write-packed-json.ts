// Build time: writes data the content script loads packed (lib/detect/packed-json.ts).
import { writeFileSync } from 'node:fs';
import zopfli from '@gfx/zopfli';
import { jsonBytes, packJson } from '../lib/detect/packed-json.ts';

/** Writes `value` deflated by Zopfli (about 6% tighter than fflate, which inflates either),
 * in printable ASCII, with an `about` line saying where it comes from. */
export async function writePackedJson(file: string, value: unknown, about: string): Promise<void> {
  const deflated = await zopfli.deflateAsync(jsonBytes(value), { numiterations: 15 });
  writeFileSync(file, JSON.stringify({ about, ...packJson(value, deflated) }) + '\n');
}
