// Prints one closing line for the whole run from vitest's JSON reports, e.g.
// "tests: 787 passed, 0 failed, 1 skipped", so that a reader of the log sees what ran.
// Skipped tests are counted and named: a test that skipped itself proved nothing.
import { existsSync, readFileSync } from 'node:fs';

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);
let passed = 0;
let failed = 0;
const skipped = [];
const missing = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (SKIPPED.has(test.status)) skipped.push(test.fullName ?? test.title);
    }
  }
}
let line = `tests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`;
if (skipped.length)
  line += ` (did not run: ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? '; …' : ''})`;
if (missing.length) line += `; no report: ${missing.join(', ')}`;
console.log(line);
