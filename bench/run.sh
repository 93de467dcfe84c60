#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the benchmarks of docs/PERFORMANCE.md in one go, so ratios compare numbers from the same run.
# Usage: bench/run.sh [BUILD_DIR]   (default build). Needs sqlite3 and /usr/bin/time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
large=${IV_LARGE_SNAPSHOT:-/tmp/iv-large.db}
[ -f "$large" ] || { echo "building $large"; "$root/bench/make-large-snapshot.sh" "$large"; }
ninja -C "$build" insights-viewer bench_snapshot >/dev/null
viewer=$build/app/insights-viewer
tiny=$root/../shared/fixtures/bookstore/insights.db

best() { # best wall time of 5 runs of a command, in seconds
  local b=999
  for _ in 1 2 3 4 5; do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    b=$(echo "$b $s $e" | awk '{d=$3-$2; print (d<$1)?d:$1}')
  done
  echo "$b"
}

echo "== catalogue: --list, whole process (best of 5)"
t_large=$(best "$viewer" --list "$large")
[ -f "$tiny" ] && t_tiny=$(best "$viewer" --list "$tiny") || t_tiny=NA
echo "--list large: ${t_large}s   --list tiny bookstore: ${t_tiny}s"
echo "== sqlite3 reading the 1M (timestamp, xvalue) rows (best of 5)"
t_sql=$(best sqlite3 "$large" "SELECT timestamp, xvalue FROM insights_bucketvalue WHERE bucket_id = 1")
echo "sqlite3: ${t_sql}s"
echo "== model benchmarks"
IV_LARGE_SNAPSHOT=$large "$build/bench/bench_snapshot" -iterations 3 2>&1 | grep -A1 RESULT
