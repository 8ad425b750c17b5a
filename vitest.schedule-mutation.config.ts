import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit and DOM tests that import lib/schedule themselves, for its mutation run
// (stryker.schedule.config.mjs). A static mutant (a constant or a pattern built when a
// module loads) runs every test that can reach it: through detection's own tag filter
// that is nearly the whole suite, about three minutes a mutant. These files take about
// fifteen seconds. A mutant that only a left-out test would kill counts as survived, so
// the score is a lower bound. `include` is replaced, not merged (mergeConfig adds arrays).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'test/unit/schedule/**/*.test.ts',
      'test/unit/window/**/*.test.ts',
      'test/unit/backup/editor-limits.test.ts',
      'test/unit/backup/restore-always.test.ts',
      'test/unit/detect/api.test.ts',
      'test/dom/window/features.test.ts',
    ],
  },
});
