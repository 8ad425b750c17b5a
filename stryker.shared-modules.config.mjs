// stryker.config.mjs with the unit suite sharing its modules between test files
// (vitest.shared-modules.config.ts): the same tests, about four times faster. Use it for a
// folder with many mutants: `npx stryker run stryker.shared-modules.config.mjs --mutate …`.
import base from './stryker.config.mjs';

export default { ...base, vitest: { configFile: 'vitest.shared-modules.config.ts' } };
