#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's Firefox ESR (test tools cannot download a
# browser here).
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Firefox ESR not found at $FIREFOX: installing it with apt-get."
  apt-get update
  apt-get install -y firefox-esr
else
  echo "Firefox ESR not found at $FIREFOX. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y firefox-esr" >&2
  exit 1
fi
