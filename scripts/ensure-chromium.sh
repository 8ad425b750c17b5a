#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (test tools cannot download a browser here).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Chromium not found at $CHROMIUM: installing it with apt-get."
  apt-get update
  apt-get install -y chromium
else
  echo "Chromium not found at $CHROMIUM. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
