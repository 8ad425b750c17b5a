import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in Debian's Chromium on the WhatsApp Web replica.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // No test is retried: a retry would hide a flaky assertion along with a flaky launch.
    // Launching the browser is what may be retried (test/e2e/browser.ts).
    retry: 0,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
