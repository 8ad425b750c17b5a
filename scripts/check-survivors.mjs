// Which of a mutation report's survivors the given tests now kill, without a new Stryker
// run: each surviving mutant of the file is applied in turn, the tests run, the file is
// put back. Use it after writing tests for survivors, on the code the report measured.
//   node scripts/check-survivors.mjs test-results/mutation/mutation.json lib/detect/recognizers/plate.ts test/unit/detect/plate-edges.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const [reportPath, file, ...tests] = process.argv.slice(2);
// Seconds one run of the tests may take before the mutant counts as a timeout.
const LIMIT = process.env.SURVIVOR_TIMEOUT ?? '180';
if (!file || tests.length === 0) {
  console.error('usage: node scripts/check-survivors.mjs REPORT.json FILE TEST-FILE...');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const entry = Object.entries(report.files).find(([name]) => name.endsWith(file));
if (!entry) {
  console.error(`${file} is not in the report`);
  process.exit(2);
}
const original = readFileSync(file, 'utf8');
if (original !== entry[1].source) {
  console.error(`${file} has changed since the report: check out the code it measured`);
  process.exit(2);
}
const lineStarts = [0];
for (let i = 0; i < original.length; i++) if (original[i] === '\n') lineStarts.push(i + 1);
const offset = ({ line, column }) => lineStarts[line - 1] + column - 1;
// Put the file back however the run ends.
const restore = () => writeFileSync(file, original);
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

let killed = 0;
let total = 0;
try {
  for (const mutant of entry[1].mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    total++;
    const { start, end } = mutant.location;
    writeFileSync(
      file,
      original.slice(0, offset(start)) + mutant.replacement + original.slice(offset(end)),
    );
    // A mutant that loops for ever (a global pattern without its flag) is stopped, its
    // workers with it (`timeout` signals its whole process group), and counts as killed, as
    // Stryker counts a timeout.
    const run = spawnSync('timeout', ['-s', 'KILL', LIMIT, 'npx', 'vitest', 'run', ...tests], {
      encoding: 'utf8',
    });
    restore();
    const dead = run.status !== 0;
    if (dead) killed++;
    const what = `${mutant.mutatorName} ${String(mutant.replacement).slice(0, 60)}`;
    const verdict = run.status === 137 ? 'timeout' : dead ? 'killed' : 'alive ';
    console.log(`${verdict} ${start.line}:${start.column} ${what}`);
  }
} finally {
  restore();
}
console.log(`the tests kill ${killed} of the ${total} survivors`);
