#!/usr/bin/env bash
# `npm start`: from a fresh clone, install what is needed, build Cadre, and open it in
# Chromium on the WhatsApp Web replica (headless with a screenshot when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build
npm run --silent demo -- "$@"
