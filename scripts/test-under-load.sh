#!/usr/bin/env bash
# Runs `npm test` while two busy loops keep both cores loaded, as CI's shared
# machine may be. Exits with npm test's status: non-zero on any failure.
#
#   bash scripts/test-under-load.sh          one run
#   bash scripts/test-under-load.sh 3        three runs in a row; stops at the first failure
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-1}"
busy=()
stop_busy() {
  if [ "${#busy[@]}" -gt 0 ]; then
    kill "${busy[@]}" 2>/dev/null || true
    wait "${busy[@]}" 2>/dev/null || true
  fi
}
trap stop_busy EXIT

for _ in 1 2; do
  # A pure CPU loop in its own process: no I/O, nothing to clean up.
  node -e 'for (;;) {}' &
  busy+=("$!")
done
echo "test-under-load: 2 busy loops running (pids ${busy[*]}); load average $(cut -d' ' -f1 /proc/loadavg)"

for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  echo "test-under-load: run $run of $runs"
  if ! npm test; then
    echo "test-under-load: run $run FAILED after $(( $(date +%s) - started )) s" >&2
    exit 1
  fi
  echo "test-under-load: run $run passed in $(( $(date +%s) - started )) s (load average $(cut -d' ' -f1 /proc/loadavg))"
done
echo "test-under-load: all $runs run(s) passed"
