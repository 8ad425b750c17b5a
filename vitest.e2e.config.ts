import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in Debian's Chromium on the WhatsApp Web replica.
// The replica renders several WhatsApp Web generations (test/fixtures/whatsapp-web,
// `?dom=`): every file runs on the default one (CADRE_DOM, else 2025), and the tests of
// the guard, the attachments and the shared availability run again on each 2026
// generation. One project at a time, one file at a time: each launches a browser.
// A single generation: `--project dom=2026`.
const onEveryGeneration = [
  'test/e2e/guard*.e2e.ts',
  'test/e2e/attachments.e2e.ts',
  'test/e2e/share.e2e.ts',
  'test/e2e/signals.e2e.ts',
  'test/e2e/generations.e2e.ts',
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
    fileParallelism: false,
    // No test is retried: a retry would hide a flaky assertion along with a flaky launch.
    // Launching the browser is what may be retried (test/e2e/browser.ts).
    retry: 0,
    globalSetup: ['test/e2e/global-setup.ts'],
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
