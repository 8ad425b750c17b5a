// lib/detect/signals' time and urgency rules against the signals' own tests
// (vitest.signals-mutation.config.ts), not the whole suite.
// `CADRE_MUTATION=1 npx stryker run stryker.signals.config.mjs`
import base from './stryker.config.mjs';

export default {
  ...base,
  vitest: { configFile: 'vitest.signals-mutation.config.ts', related: false },
  mutate: [
    'lib/detect/signals/word-times.ts',
    'lib/detect/signals/deadlines.ts',
    'lib/detect/signals/urgency.ts',
  ],
};
