// A mutation report from a Stryker run that was stopped before its end: its event recorder
// (stryker.config.mjs) leaves one file per mutant tested, and this gathers those of one
// source file into the JSON report's shape, for scripts/check-survivors.mjs.
//   node scripts/partial-mutation-report.mjs lib/detect/recognizers/plate.ts partial.json
// The source file must be as the run mutated it (the report carries its text).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const EVENTS = 'test-results/mutation/events';
const [file, out] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: node scripts/partial-mutation-report.mjs FILE OUT.json');
  process.exit(2);
}
const mutants = readdirSync(EVENTS)
  .filter((name) => name.endsWith('-onMutantTested.json'))
  .map((name) => JSON.parse(readFileSync(path.join(EVENTS, name), 'utf8')))
  .filter((mutant) => mutant.fileName === undefined || mutant.fileName.endsWith(file))
  // Which tests covered or killed each mutant: not needed, and the bulk of the files.
  .map(({ coveredBy: _covered, killedBy: _killed, ...mutant }) => mutant);
const source = readFileSync(file, 'utf8');
writeFileSync(
  out,
  JSON.stringify({
    schemaVersion: '1',
    files: { [file]: { language: 'typescript', source, mutants } },
  }),
);
const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
const killed = count('Killed') + count('Timeout');
const valid = killed + count('Survived') + count('NoCoverage');
console.log(
  `${mutants.length} mutants tested, ${killed} / ${valid} killed (${((100 * killed) / Math.max(valid, 1)).toFixed(1)}%), ${count('Survived')} survived, ${count('Timeout')} timeouts`,
);
