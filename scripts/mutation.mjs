// `npm run test:mutation [module …] [--except module …]`: Stryker on the pure core, then one
// score per module. Without arguments every module runs (long: run it before a release or
// after changing a module's tests); `npm run test:mutation -- anonymize schedule` runs only
// those, `-- detect/recognizers` one folder, `-- detect --except detect/signals` a module
// without a folder (its row then says so). Exits 1 when a module that ran is under its target.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Module → target mutation score (%). lib/detect/recognizers is also reported on its own.
const TARGETS = {
  detect: 90,
  'detect/recognizers': 85,
  'detect/signals': 90,
  anonymize: 90,
  schedule: 90,
  backup: 90,
  charter: 90,
  'lists-import': 90,
  progress: 90,
  text: 90,
};
const REPORT = 'test-results/mutation/mutation.json';

const args = process.argv.slice(2);
const split = args.indexOf('--except');
const asked = split < 0 ? args : args.slice(0, split);
const except = split < 0 ? [] : args.slice(split + 1);
const unknown = [...asked, ...except].filter((m) => !(m in TARGETS));
if (unknown.length) {
  console.error(
    `unknown module: ${unknown.join(', ')} (known: ${Object.keys(TARGETS).join(', ')})`,
  );
  process.exit(2);
}
const modules = asked.length ? asked : Object.keys(TARGETS).filter((m) => !m.includes('/'));
const within = (name, parent) => name === parent || name.startsWith(`${parent}/`);
const mutate = [
  ...modules.map((m) => `lib/${m}/**/*.ts`),
  ...except.map((m) => `!lib/${m}/**/*.ts`),
].join(',');

const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate], {
  stdio: 'inherit',
  // Timing tests widen their budget: instrumented code is slower, not worse.
  env: { ...process.env, CADRE_MUTATION: '1' },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

const rows = [];
let failed = false;
for (const name of Object.keys(TARGETS)) {
  if (!modules.some((m) => within(name, m))) continue;
  if (except.some((e) => within(name, e))) continue;
  const prefix = `lib/${name}/`;
  let detected = 0;
  let counted = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!file.replaceAll('\\', '/').includes(prefix)) continue;
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      if (COUNTED.has(mutant.status)) counted += 1;
    }
  }
  const score = counted ? (100 * detected) / counted : 100;
  const ok = score >= TARGETS[name];
  failed ||= !ok;
  const without = except.filter((e) => within(e, name));
  rows.push({
    name: without.length ? `${name} (not ${without.join(', ')})` : name,
    score,
    detected,
    counted,
    ok,
  });
}

console.log('\nmutation score per module (killed + timeout) / (all but ignored and errors)');
console.log(`${'module'.padEnd(36)}score   killed/mutants  target`);
for (const { name, score, detected, counted, ok } of rows) {
  console.log(
    `${`lib/${name}`.padEnd(36)}${score.toFixed(1).padStart(5)}%  ${`${detected}/${counted}`.padStart(14)}  ` +
      `${String(TARGETS[name]).padStart(4)}%${ok ? '' : '  UNDER TARGET'}`,
  );
}
process.exit(failed ? 1 : 0);
