import { describe, expect, it } from 'vitest';
import packed from '../../../lib/detect/data/gazetteer.packed.json';
import {
  DETECTION_BUNDLE_BUDGET_KB,
  detectionBundleSize,
} from '../../../scripts/detection-bundle.ts';

describe('the detection engine the content script loads', () => {
  it(`stays within ${DETECTION_BUNDLE_BUDGET_KB} KB minified`, async () => {
    const size = await detectionBundleSize();
    expect(size.shareKb(/gazetteer\.packed\.json$/)).toBeGreaterThan(50); // the measure sees the data
    expect(size.totalKb).toBeLessThanOrEqual(DETECTION_BUNDLE_BUDGET_KB);
  });

  it('carries the packed gazetteer as written, with no escapes added', async () => {
    const size = await detectionBundleSize();
    const written = JSON.stringify(packed).length / 1024;
    // A few bytes for the variable it is bound to; an escape per character would add kilobytes.
    expect(size.shareKb(/gazetteer\.packed\.json$/)).toBeLessThanOrEqual(written + 0.05);
  });

  it('does not carry compromise, ibantools, the stock phone metadata or the readable gazetteer', async () => {
    const size = await detectionBundleSize();
    expect(size.shareKb(/ibantools/)).toBe(0);
    expect(size.shareKb(/gazetteer\.json$/)).toBe(0);
    expect(size.shareKb(/compromise/)).toBe(0);
    expect(size.shareKb(/metadata\.(min|max|full)\.json/)).toBe(0);
  });
});
