// The detection engine as the content script ships it: bundled and minified by esbuild.
// Used by `npm run bench` (sizes) and a unit test (the 400 KB budget).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The budget for lib/detect in the content script, minified. */
// 400 until the fifth writer's cues and name rules, 403 until the sixth's, 406 until the
// seventh's (its cues, and the large employers of the mentees' trades and countries: README.md,
// Speed and quality, measured).
export const DETECTION_BUNDLE_BUDGET_KB = 412;

export interface BundleSize {
  totalKb: number;
  /** Kilobytes of the output that come from input files matching the pattern. */
  shareKb(file: RegExp): number;
}

export async function detectionBundleSize(): Promise<BundleSize> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'lib/detect/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
  });
  const inputs = Object.entries(Object.values(bundle.metafile.outputs)[0].inputs);
  return {
    totalKb: bundle.outputFiles[0].contents.length / 1024,
    shareKb: (file) =>
      inputs.filter(([name]) => file.test(name)).reduce((sum, [, v]) => sum + v.bytesInOutput, 0) /
      1024,
  };
}
