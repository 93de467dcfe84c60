#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Wall time and peak RSS of every command on big snapshots (docs/PERFORMANCE.md, "Commands on big files"):
# --list, --dump-json, --diff (against a copy with one value changed), --review, --redact, --export-data, and
# sqlite3 -json reading the same rows for reference. One run each, every process capped at IV_BUDGET_TIMEOUT
# seconds (default 120). Builds the files on first use with bench/make-big-snapshot.sh.
# Usage: bench/commands.sh [BUILD_DIR] [ROWS...]   (default build, 1000000 4000000; files in $IV_BIG_DIR, /tmp)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 4000000)
viewer=$build/app/insights-viewer
limit=${IV_BUDGET_TIMEOUT:-120}
dir=${IV_BIG_DIR:-/tmp}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() { # label command... : prints "label  wall  CPU (user + system)  MiB  exit"
  local name=$1; shift
  /usr/bin/time -v timeout "$limit" "$@" >/dev/null 2>"$tmp/err"
  local code=$?
  local wall cpu rss
  wall=$(grep 'Elapsed (wall clock)' "$tmp/err" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tmp/err")
  rss=$(grep 'Maximum resident set size' "$tmp/err" | awk '{printf "%.0f", $NF/1024}')
  printf '%-34s %10s wall %7s s CPU %7s MiB  exit %s\n' "$name" "$wall" "$cpu" "$rss" "$code"
}
for rows in "${sizes[@]}"; do
  db=$dir/iv-big-$rows.db
  [ -f "$db" ] || "$root/bench/make-big-snapshot.sh" "$db" "$rows" >/dev/null
  copy=$tmp/changed.db
  cp "$db" "$copy"
  sqlite3 "$copy" "UPDATE insights_bucketvalue SET yvalue = yvalue + 1 WHERE id = $((rows / 2))"
  echo "== $rows rows: $(du -m "$db" | cut -f1) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  run "--list" "$viewer" --list "$db"
  run "--dump-json" "$viewer" --dump-json "$db"
  run "sqlite3 -json (bucketvalue rows)" sqlite3 -json "$db" "SELECT timestamp, xvalue, yvalue, category FROM insights_bucketvalue"
  run "--diff (one value changed)" "$viewer" --diff "$db" "$copy"
  run "--review" "$viewer" --review "$db"
  rm -f "$tmp/redacted.db"
  run "--redact" "$viewer" --redact "$tmp/redacted.db" "$db"
  rm -rf "$tmp/data"
  run "--export-data (csv)" "$viewer" --export-data "$tmp/data" "$db"
done
