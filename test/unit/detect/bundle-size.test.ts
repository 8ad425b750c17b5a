import { describe, expect, it } from 'vitest';
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

  it('does not carry compromise, the stock phone metadata or the readable gazetteer', async () => {
    const size = await detectionBundleSize();
    expect(size.shareKb(/gazetteer\.json$/)).toBe(0);
    expect(size.shareKb(/compromise/)).toBe(0);
    expect(size.shareKb(/metadata\.(min|max|full)\.json/)).toBe(0);
  });
});
