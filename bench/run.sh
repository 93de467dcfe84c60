#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the benchmarks of docs/PERFORMANCE.md in one go, so ratios compare numbers from the same run.
# Usage: bench/run.sh [BUILD_DIR]   (default build). Needs sqlite3, ../shared/fixtures, and the large snapshot
# (built on first use by bench/make-large-snapshot.sh into $IV_LARGE_SNAPSHOT, default /tmp/iv-large.db).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
large=${IV_LARGE_SNAPSHOT:-/tmp/iv-large.db}
runs=${IV_BENCH_RUNS:-5}
fixtures=$root/../shared/fixtures
viewer=$build/app/insights-viewer
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -f "$large" ] || { echo "building $large"; "$root/bench/make-large-snapshot.sh" "$large"; }
ninja -C "$build" insights-viewer bench_snapshot bench_gui >/dev/null

best() { # best wall time of $runs runs of a command, in seconds
  local b=999
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    b=$(echo "$b $s $e" | awk '{d=$3-$2; printf "%.3f", (d<$1)?d:$1}')
  done
  echo "$b"
}

echo "== catalogue: --list, whole process (best of $runs)"
echo "--list large: $(best "$viewer" --list "$large") s   --list tiny bookstore: $(best "$viewer" --list "$fixtures/bookstore/insights.db") s"
echo "== sqlite3 reading the 1M (timestamp, xvalue) rows (best of $runs)"
sqlite_s=$(best sqlite3 "$large" "SELECT timestamp, xvalue FROM insights_bucketvalue WHERE bucket_id = 1")
echo "sqlite3: $sqlite_s s"

## Export: every chart of insights-all-kinds.db as PNG at 180 dpi (8x4 in), whole process.
# Reference: upstream's matplotlib takes ~1.4 s for the same nine charts (QTCHARTS-NOTES.md); target <= 0.467 s.
export_png() { rm -rf "$tmp/png"; "$viewer" --export-charts "$tmp/png" "$fixtures/bookstore/insights-all-kinds.db"; }
export_svg() { rm -rf "$tmp/svg"; "$viewer" --export-charts "$tmp/svg" --format svg "$fixtures/bookstore/insights-all-kinds.db"; }
export_report() { "$viewer" --export-report "$tmp/report.pdf" "$fixtures/bookstore/insights-all-kinds.db"; }
export_csv() { rm -rf "$tmp/csv"; "$viewer" --export-data "$tmp/csv" "$fixtures/bookstore/insights-all-kinds.db"; }
echo "== export"
echo "export: 9 charts PNG 180 dpi   best of $runs: $(best export_png) s (matplotlib reference 1.4 s, target <= 0.467 s)"
echo "export: 9 charts SVG           best of $runs: $(best export_svg) s"
echo "export: PDF report             best of $runs: $(best export_report) s"
echo "export: CSV of every bucket    best of $runs: $(best export_csv) s"
big_png() { rm -rf "$tmp/big"; "$viewer" --export-charts "$tmp/big" --question big_timeseries "$large"; }
big_s=$(best big_png)
echo "export: 1M-point timeseries PNG best of $runs: $big_s s = $(echo "$big_s $sqlite_s" | awk '{printf "%.2f", $1/$2}')x sqlite3's $sqlite_s s (target <= 2x, aim 1.5x)"

## Scale: peak resident memory of whole export processes, and the GUI benchmark.
peak() { # peak RSS in MiB of a command
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
}
echo "== scale"
rm -rf "$tmp/sc"
echo "export 200k scatter PNG: peak RSS $(peak "$viewer" --export-charts "$tmp/sc" --question big_scatter "$large") MiB (target < 300 MiB)"
rm -rf "$tmp/ts"
echo "export 1M timeseries PNG: peak RSS $(peak "$viewer" --export-charts "$tmp/ts" --question big_timeseries "$large") MiB"
sc_png() { rm -rf "$tmp/sc"; "$viewer" --export-charts "$tmp/sc" --question big_scatter "$large"; }
echo "export 200k scatter PNG: best of $runs: $(best sc_png) s"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/bench_gui" "$large" 2>/dev/null

echo "== model benchmarks"
IV_LARGE_SNAPSHOT=$large "$build/bench/bench_snapshot" -iterations 3 2>&1 | grep -A1 RESULT
