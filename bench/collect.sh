#!/bin/sh
# SPDX-License-Identifier: MIT
# Times the bookstore collect (sql provider, SQLite source) as a whole process, as docs/PERFORMANCE.md reports.
#   bench/collect.sh [BUILD_DIR]     (default: build; needs ../shared/fixtures/bookstore/testapp.db)
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop of 20 runs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
viewer=$root/${1:-build}/app/insights-viewer
testapp=$root/../shared/fixtures/bookstore/testapp.db
out=$(mktemp -d)/bench.db
cmd="$viewer --collect $root/examples/bookstore/bookstore.insights.json --source default=$testapp --output $out"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs 30 --output=null "$cmd"
else
    start=$(date +%s%N)
    for _ in $(seq 20); do $cmd >/dev/null 2>&1; done
    end=$(date +%s%N)
    echo "mean: $(( (end - start) / 20000000 )) ms per collect (20 runs)"
fi
rm -rf "$(dirname "$out")"
