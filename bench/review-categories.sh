#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The review's speed on many categories (docs/PERFORMANCE.md, "Review"): wall time, peak RSS and exit status
# of `--review` on snapshots with 100,000 distinct categories in one bucket — plain product codes, names of
# people in an unlabelled bucket, the same names in a person bucket ("tickets per agent"), and texts that need
# normalising (non-ASCII, escapes) — each run three times. On a loaded machine wall time is mostly waiting for
# a core: the CPU time (user + system) is the figure to compare. Then `--redact` of each (RUNS times, default
# once). With ANCHOR (another build's insights-viewer, e.g. main's) every run is made by the anchor and then by
# this build, alternated, so both see the same load. Usage:
# bench/review-categories.sh [BUILD_DIR [ANCHOR [RUNS]]]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
viewer=$build/app/insights-viewer
anchor=${2:-}
redacts=${3:-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make_db() { # name label question category-expression
  local db=$tmp/$1.db
  {
    cat "$root/tests/data/schema.sql"
    cat <<SQL
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'bench.insights', 'Bench');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
  VALUES (1, '2026-01-01 10:00:00', '$2', '$3', NULL, 5, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) SELECT i, NULL, i, 0, $4, 1 FROM n;
SQL
  } | sqlite3 "$db"
  echo "$db"
}
given="substr('Anna  Jan   Maria Pieter Sofia Lukas Emma  Noah  ', 1 + 6 * (i % 8), 6)"
family="substr('Jansen  Müller  Garcia  Kowalski Nguyen  Smith   Rossi   Dubois  ', 1 + 8 * ((i / 8) % 8), 8)"
plain=$(make_db plain codes 'Units per SKU' "'SKU-' || i")
names=$(make_db names top 'Top entries' "rtrim($given) || ' ' || rtrim($family) || ' ' || i")
agents=$(make_db agents tickets_per_agent 'Tickets per agent' "rtrim($given) || ' ' || rtrim($family) || ' ' || i")
escaped=$(make_db escaped codes 'Units per item' "'Caf&eacute; ' || i || ' %C3%A9 ' || char(8203)")
# time LABEL VIEWER ARGS…: one line of wall, CPU, peak RSS and exit status.
timed() {
  local label=$1 bin=$2 out
  shift 2
  out=$( ("/usr/bin/time" -f "%e %U %S %M %x" "$bin" "$@" >/dev/null 2>"$tmp/err"; true); tail -1 "$tmp/err")
  printf '%-32s %s\n' "$label" \
    "$(echo "$out" | awk '{printf "wall %6.2f s  cpu %5.2f s  %5.0f MiB  exit %s", $1, $2 + $3, $4/1024, $5}')"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for db in "$plain" "$names" "$agents" "$escaped"; do
  for run in 1 2 3; do
    [ -n "$anchor" ] && timed "$(basename "$db" .db) review $run anchor" "$anchor" --review --json "$db"
    timed "$(basename "$db" .db) review $run" "$viewer" --review --json "$db"
  done
done
# --redact of the same files (the review, the copy, its check, the log).
for db in "$plain" "$names" "$agents" "$escaped"; do
  for run in $(seq "$redacts"); do
    for who in anchor ours; do
      bin=$viewer
      if [ "$who" = anchor ]; then
        [ -n "$anchor" ] || continue
        bin=$anchor
      fi
      rm -f "$tmp/redacted.db" "$tmp/redacted.db.redaction.json"
      timed "$(basename "$db" .db) redact $run $([ "$who" = anchor ] && echo anchor)" "$bin" --redact "$tmp/redacted.db" "$db"
    done
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
