import { ask, type TestFaults } from '@/lib/messaging';

export type { TestFaults } from '@/lib/messaging';

/**
 * The faults an end-to-end test set on the background (see TestFaults in the protocol),
 * read once when the content script starts; {} for every user, and when the background
 * does not answer.
 */
export async function readTestFaults(): Promise<TestFaults> {
  try {
    const value = await ask({ type: 'faults.get' });
    return {
      detectionThrows: value.detectionThrows === true,
      snapshotDelayMs:
        typeof value.snapshotDelayMs === 'number' ? Math.min(value.snapshotDelayMs, 30_000) : 0,
    };
  } catch {
    return {};
  }
}
