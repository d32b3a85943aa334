#!/usr/bin/env bash
# Installs what quotelens needs on a fresh Debian machine: Debian's Chromium (for
# the end-to-end tests and the demo; Playwright never downloads a browser) and the
# npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: Chromium is missing; install it (Debian/Ubuntu: sudo apt-get install -y chromium) and run again" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=warn
