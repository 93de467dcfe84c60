#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Wall time, CPU time and peak RSS of every whole-file command on big snapshots (docs/PERFORMANCE.md,
# "Commands on big files"): --list, --dump-json, --diff (against a copy with one value changed), --review,
# --redact, --export-data, each followed by an anchor, sqlite3 -json reading the same rows, so a ratio to the
# anchors next to it holds under a changing load. Every process is capped at IV_BUDGET_TIMEOUT seconds
# (default 120). Builds the files on first use with bench/make-big-snapshot.sh, in both layouts (rows of a
# bucket together as django-insights writes them, and every bucket's rows interleaved).
# Usage: bench/commands.sh [BUILD_DIR] [ROWS...]   (default build, 1000000 4000000; files in $IV_BIG_DIR, /tmp)
#   IV_COMMANDS="list dump diff export" limits the commands (default: all); IV_LAYOUTS="grouped" the layouts.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 4000000)
viewer=${IV_VIEWER:-$build/app/insights-viewer}
limit=${IV_BUDGET_TIMEOUT:-120}
dir=${IV_BIG_DIR:-/tmp}
commands=${IV_COMMANDS:-list dump diff review redact export}
layouts=${IV_LAYOUTS:-grouped interleaved}
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
  printf '%-34s %10s wall %7s s CPU %7s MiB  exit %s  (load %s)\n' "$name" "$wall" "$cpu" "$rss" "$code" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}
anchor() {
  run "  anchor: sqlite3 -json" sqlite3 -json "$1" \
    "SELECT timestamp, xvalue, yvalue, category FROM insights_bucketvalue"
}
for rows in "${sizes[@]}"; do
  for layout in $layouts; do
    db=$dir/iv-big-$rows-$layout.db
    [ -f "$db" ] || "$root/bench/make-big-snapshot.sh" "$db" "$rows" "$layout" >/dev/null
    echo "== $rows rows, $layout: $(du -mL "$db" | cut -f1) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    anchor "$db"
    for command in $commands; do
      case $command in
        list) run "--list" "$viewer" --list "$db" ;;
        dump) run "--dump-json" "$viewer" --dump-json "$db" ;;
        diff)
          cp "$db" "$tmp/changed.db"
          sqlite3 "$tmp/changed.db" "UPDATE insights_bucketvalue SET yvalue = yvalue + 1 WHERE id = $((rows / 2))"
          run "--diff (one value changed)" "$viewer" --diff "$db" "$tmp/changed.db"
          rm -f "$tmp/changed.db" ;;
        review) run "--review" "$viewer" --review "$db" ;;
        redact)
          rm -f "$tmp/redacted.db"
          run "--redact" "$viewer" --redact "$tmp/redacted.db" "$db"
          rm -f "$tmp/redacted.db" ;;
        export)
          rm -rf "$tmp/data"
          run "--export-data (csv)" "$viewer" --export-data "$tmp/data" "$db"
          rm -rf "$tmp/data" ;;
      esac
      anchor "$db"
    done
  done
done
