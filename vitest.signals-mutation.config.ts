import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit tests of the signals' time and urgency rules, modules shared between files, for
// a mutation run of lib/detect/signals (stryker.signals.config.mjs). A static mutant (a
// pattern built when a module loads) would otherwise run nearly the whole suite, about a
// minute each. A mutant that only a left-out test would kill counts as survived, so the
// score is a lower bound. `include` is replaced, not merged (mergeConfig adds arrays).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    isolate: false,
    include: [
      'test/unit/detect/signal*.test.ts',
      'test/unit/detect/word-times.test.ts',
      'test/unit/detect/deadlines-edges.test.ts',
      'test/unit/detect/urgency-flags.test.ts',
      'test/unit/detect/urgency-said-plainly.test.ts',
      'test/unit/detect/tired-of-life.test.ts',
      'test/unit/detect/violence-at-work-and-waiting.test.ts',
      'test/unit/detect/api.test.ts',
    ],
    // Checks every cue's prefilter against whole sets (20 s): the gates, not the rules.
    exclude: [...configDefaults.exclude, 'test/unit/detect/signals-gate.test.ts'],
  },
});
