#!/bin/sh
# SPDX-License-Identifier: MIT
# Opening histories of N bookstore-size snapshots, cold and cached, with the History page drawn (see
# docs/PERFORMANCE.md, "History"). Usage: bench/history.sh [BUILD_DIR] [N…] (default: build 1000 10000).
# The snapshots are made once per N under ${TMPDIR:-/tmp}/iv-history-N and kept for the next run; each run
# prints wall and CPU times, peak memory and the load average.
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
sizes=${*:-1000 10000}
cmake --build "$build" -j2 --target bench_history >/dev/null
for n in $sizes; do
    dir=${TMPDIR:-/tmp}/iv-history-$n
    mkdir -p "$dir"
    echo "== $n snapshots ($(cut -d' ' -f1-3 /proc/loadavg) load)"
    "$build/bench/bench_history" "$n" "$(dirname "$0")/../../shared/fixtures/bookstore/insights.db" "$dir"
done
