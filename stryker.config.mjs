// Mutation testing of the pure core (`npm run test:mutation`, see scripts/mutation.mjs).
// inPlace keeps the repository where it is, so tests that read ../shared still find it;
// Stryker restores every file when it ends. One mutant at a time: the machine is shared.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  inPlace: true,
  concurrency: 1,
  // vitest does not type-check, so no file needs `// @ts-nocheck`: only mutated files change.
  disableTypeChecks: false,
  mutate: [
    'lib/detect/**/*.ts',
    'lib/anonymize/**/*.ts',
    'lib/schedule/**/*.ts',
    'lib/backup/**/*.ts',
    'lib/charter/**/*.ts',
    'lib/lists-import/**/*.ts',
    'lib/progress/**/*.ts',
    'lib/text/**/*.ts',
  ],
  // The JSON report is written only when a run ends; the event recorder writes one file per
  // mutant tested, so a run stopped early still yields a report
  // (scripts/partial-mutation-report.mjs).
  reporters: ['clear-text', 'progress', 'json', 'event-recorder'],
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  eventReporter: { baseDir: 'test-results/mutation/events' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false },
  tempDirName: 'test-results/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
