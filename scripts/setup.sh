#!/usr/bin/env bash
# Installs what quotelens needs on a fresh Debian machine: Debian's Chromium (for
# the end-to-end tests and the demo; Playwright never downloads a browser), Debian's
# Firefox ESR (the Firefox build's end-to-end test) and the npm dependencies from
# the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's packages: chromium (command chromium) and firefox-esr (command firefox-esr).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: ${missing[*]} missing; install (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and run again" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=warn
