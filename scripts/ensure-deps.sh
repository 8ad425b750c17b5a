#!/usr/bin/env bash
# Installs the exact dependencies when they are missing or older than the lock file, and
# Debian's Chromium when it is missing: what both of the README's commands need first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
