#!/usr/bin/env bash
# `npm test`: every test Cadre has, in the order a failure is cheapest to find: types,
# lint and format, unit and DOM tests, the Chrome and Firefox builds, then end to end in
# Chromium on the WhatsApp Web replica. Ends with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
json() { echo "--reporter=default --reporter=json --outputFile.json=test-results/$1.json"; }
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit -- $(json unit)
npm run --silent build
npm run --silent test:e2e -- $(json e2e)
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json
