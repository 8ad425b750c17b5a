#!/usr/bin/env bash
# `npm test`: every test Cadre has, in the order a failure is cheapest to find: types,
# lint and format, unit and DOM tests, the Chrome and Firefox builds, web-ext lint on the
# Firefox build, then end to end in Chromium and Firefox on the WhatsApp Web replica.
# Ends with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-firefox.sh
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
json() { echo "--reporter=default --reporter=json --outputFile.json=test-results/$1.json"; }
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit -- $(json unit)
npm run --silent build
# Zero errors; the warnings left are explained in the README ("Firefox").
npx web-ext lint --source-dir .output/firefox-mv2
npm run --silent test:e2e -- $(json e2e)
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json
