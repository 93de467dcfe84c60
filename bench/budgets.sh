#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The budget cases of docs/PERFORMANCE.md ("Budgets"): wall time, peak RSS and exit status of each export of
# each hostile snapshot (bench/budget-cases.sh), one run each, every process capped at IV_BUDGET_TIMEOUT seconds
# (default 60) and IV_BUDGET_VMEM KiB of address space (default 8 GiB) so that a runaway case cannot take the
# machine down. Usage: bench/budgets.sh [BUILD_DIR]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
viewer=$build/app/insights-viewer
limit=${IV_BUDGET_TIMEOUT:-60}
vmem=${IV_BUDGET_VMEM:-8388608}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/bench/budget-cases.sh" "$tmp/cases" >/dev/null
run() { # case command... : prints "case command  seconds  MiB  exit"
  local name=$1; shift
  local out
  out=$( (ulimit -v "$vmem"; QT_QPA_PLATFORM=offscreen /usr/bin/time -f "%e %M %x" timeout "$limit" "$@" >/dev/null 2>"$tmp/err"; true); tail -1 "$tmp/err")
  printf '%-14s %-14s %s\n' "$name" "$2" "$(echo "$out" | awk '{printf "%6.2f s %7.0f MiB  exit %s", $1, $2/1024, $3}')"
}
for c in cat100k label1m scatter5000 scatter20000 histogram xformat huge cjk title20k; do
  db=$tmp/cases/$c.db
  rm -rf "$tmp/out"
  run "$c" "$viewer" --export-charts "$tmp/out/charts" "$db"
  run "$c" "$viewer" --export-report "$tmp/out/report.pdf" "$db"
  run "$c" "$viewer" --export-data "$tmp/out/data" "$db"
done
# The GUI pages of the same files (bench_budgets: select → chart ready → painted, peak RSS of the process so far).
if ninja -C "$build" bench_budgets >/dev/null 2>&1; then
  for c in cat100k label1m scatter5000 scatter20000 histogram xformat huge cjk title20k; do
    (ulimit -v "$vmem"; timeout "$limit" "$build/bench/bench_budgets" "$tmp/cases/$c.db" 2>/dev/null) || echo "$c: bench_budgets failed or timed out"
  done
fi
