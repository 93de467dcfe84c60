#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmarks as whole processes. Usage: bench/run.sh [BUILD_DIR] (default: build). Needs ../shared/fixtures.
# Each section prints its best of N runs; record the numbers in docs/PERFORMANCE.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
viewer="$build/app/insights-viewer"
fixtures="$root/../shared/fixtures"
runs="${IV_BENCH_RUNS:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# best_of CMD… : runs CMD $runs times, prints the best wall time in seconds.
best_of() {
  local best=""
  for _ in $(seq "$runs"); do
    local s e t
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  printf '%.3f' "$best"
}

## Export: every chart of insights-all-kinds.db as PNG at 180 dpi (8x4 in), whole process.
# Reference: upstream's matplotlib takes ~1.4 s for the same nine charts (QTCHARTS-NOTES.md); target <= 0.47 s.
export_png() { rm -rf "$tmp/png"; "$viewer" --export-charts "$tmp/png" "$fixtures/bookstore/insights-all-kinds.db"; }
export_svg() { rm -rf "$tmp/svg"; "$viewer" --export-charts "$tmp/svg" --format svg "$fixtures/bookstore/insights-all-kinds.db"; }
export_report() { "$viewer" --export-report "$tmp/report.pdf" "$fixtures/bookstore/insights-all-kinds.db"; }
export_csv() { rm -rf "$tmp/csv"; "$viewer" --export-data "$tmp/csv" "$fixtures/bookstore/insights-all-kinds.db"; }
echo "export: 9 charts PNG 180 dpi   best of $runs: $(best_of export_png) s (matplotlib reference 1.4 s, target <= 0.467 s)"
echo "export: 9 charts SVG           best of $runs: $(best_of export_svg) s"
echo "export: PDF report             best of $runs: $(best_of export_report) s"
echo "export: CSV of every bucket    best of $runs: $(best_of export_csv) s"
