import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in Debian's Chromium on the WhatsApp Web replica.
// The replica renders several WhatsApp Web generations (test/fixtures/whatsapp-web,
// `?dom=`): every file runs on the default one (CADRE_DOM, else 2025), and the tests of
// the guard, the attachments and the shared availability run again on each 2026
// generation. One project at a time, two files at a time, each reusing one browser
// (test/e2e/browser-pool.ts); the Firefox files (test/e2e/firefox/) go through the
// generations themselves.
// A single generation: `--project dom=2026`.
const onEveryGeneration = [
  'test/e2e/guard*.e2e.ts',
  'test/e2e/attachments.e2e.ts',
  'test/e2e/share.e2e.ts',
  'test/e2e/signals.e2e.ts',
  'test/e2e/generations.e2e.ts',
  'test/e2e/fail-closed.e2e.ts',
  'test/e2e/detect-sloppy.e2e.ts',
];

const generation = (dom: string, groupOrder: number) => ({
  extends: true as const,
  test: {
    name: `dom=${dom}`,
    include: onEveryGeneration,
    env: { CADRE_DOM: dom },
    sequence: { groupOrder },
  },
});

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time on two cores; each reuses one Chromium (test/e2e/browser-pool.ts).
    fileParallelism: true,
    maxWorkers: 2,
    // No test is retried: a retry would hide a flaky assertion along with a flaky launch.
    // Launching the browser is what is retried (test/e2e/browser.ts).
    retry: 0,
    globalSetup: ['test/e2e/global-setup.ts'],
    setupFiles: ['test/e2e/pool-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: `dom=${process.env.CADRE_DOM ?? '2025'}`,
          include: ['test/e2e/**/*.e2e.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      ...(process.env.CADRE_DOM ? [] : [generation('2026', 1), generation('2026-dialog', 2)]),
    ],
  },
});
