import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The unit suite with its modules shared between test files: the gazetteer is inflated
// and the signal patterns compiled once, not once per file. Only for mutation runs
// (stryker.shared-modules.config.mjs), where the suite runs once per mutant: the whole
// suite takes about 15 s instead of 60 s on two cores. The test that importing the
// engine inflates nothing needs a fresh module graph, which shared modules cannot give:
// it is left to the ordinary runs.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: [...configDefaults.exclude, 'test/unit/detect/lazy-load.test.ts'],
    },
  }),
);
