import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in Debian's Chromium on the WhatsApp Web replica.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time on two cores; each reuses one Chromium (test/e2e/browser-pool.ts).
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['test/e2e/global-setup.ts'],
    setupFiles: ['test/e2e/pool-setup.ts'],
  },
});
