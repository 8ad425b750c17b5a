import { browser } from 'wxt/browser';

/**
 * Faults an end-to-end test can ask for, to prove that Cadre holds what it could not check.
 * They live in the extension's own storage, written by a test through the service worker:
 * a web page cannot reach that storage, and the build tested is the build shipped (a
 * build-time switch would test another file). Every fault only makes Cadre more careful
 * (a send held, settings late), never less, so the key is harmless if set by mistake.
 */
export interface TestFaults {
  /** Detection throws on every send: the could-not-check panel must show. */
  detectionThrows?: boolean;
  /** The settings reach the page this much later, as on a slow start. */
  snapshotDelayMs?: number;
}

export const TEST_FAULTS_KEY = 'cadre.testFaults';

export async function readTestFaults(): Promise<TestFaults> {
  try {
    const stored = await browser.storage.local.get(TEST_FAULTS_KEY);
    const value = stored[TEST_FAULTS_KEY] as TestFaults | undefined;
    if (!value || typeof value !== 'object') return {};
    return {
      detectionThrows: value.detectionThrows === true,
      snapshotDelayMs:
        typeof value.snapshotDelayMs === 'number' ? Math.min(value.snapshotDelayMs, 30_000) : 0,
    };
  } catch {
    return {};
  }
}
