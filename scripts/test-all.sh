#!/usr/bin/env bash
# Every test Cadre has, in the order a failure is cheapest to find:
# types, lint and format, unit and DOM tests, the builds, then end to end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent typecheck
npm run --silent lint
npm run --silent test:unit
npm run --silent build
npm run --silent test:e2e
