#!/usr/bin/env bash
# `npm test`: every test Cadre has, in the order a failure is cheapest to find: types,
# lint and format, unit and DOM tests, the Chrome and Firefox builds, then end to end in
# Chromium on the WhatsApp Web replica.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit
npm run --silent build
npm run --silent test:e2e
