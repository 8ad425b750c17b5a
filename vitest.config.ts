import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tiers. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
      'test/dom/**/*.test.ts',
      'test/dom/**/*.test.tsx',
    ],
    environment: 'node',
    // Under mutation testing (CADRE_MUTATION) the code is instrumented and the machine is
    // busy: the corpus tests overran vitest's 5 s and Stryker's first run failed.
    ...(process.env.CADRE_MUTATION ? { testTimeout: 120_000 } : {}),
  },
});
