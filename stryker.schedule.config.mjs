// lib/schedule alone, against only the tests that import it themselves
// (vitest.schedule-mutation.config.ts): its static mutants would otherwise each run nearly
// the whole suite. `related: false` runs every one of those files for a static mutant:
// vitest's related-file search, given all of lib/schedule, missed two of them.
// `CADRE_MUTATION=1 npx stryker run stryker.schedule.config.mjs`
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.schedule-mutation.config.ts', related: false },
  mutate: ['lib/schedule/**/*.ts'],
};
