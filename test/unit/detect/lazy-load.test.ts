import { expect, it, vi } from 'vitest';

// The content script imports the engine when WhatsApp's page loads; the packed lists are
// inflated later, on first use (the page warms it up when idle). A module that reads a
// packed pattern while it loads would put that cost back on the page's load.
const inflated = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/detect/packed-json.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/detect/packed-json.ts')>();
  return {
    ...real,
    unpackJson: (...args: Parameters<typeof real.unpackJson>) => {
      inflated.count++;
      return real.unpackJson(...args);
    },
  };
});

it('importing the detection engine inflates nothing; the first message does', async () => {
  const { analyze } = await import('../../../lib/detect/index.ts');
  expect(inflated.count).toBe(0);
  analyze('je sens plus mon corps, appelle moi');
  expect(inflated.count).toBeGreaterThan(0);
});
