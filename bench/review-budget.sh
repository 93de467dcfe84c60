#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The review's cell limit on a conformant file too big to scan whole: bench/review-budget.sh VIEWER [APPS]
# builds a snapshot of APPS tiny apps (default 6,700,000, about 830 MB: more than the 20 million-cell limit
# in insights_app alone) with one address in a counter's description, then times `--review` on it. The
# review must exit 1 (scan-incomplete, and the address found: the limit is shared among tables), never 0.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
viewer=${1:?usage: review-budget.sh VIEWER [APPS]}
apps=${2:-6700000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/budget.db"
{
  cat "$here/../tests/data/schema.sql"
  echo "BEGIN;"
  echo "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $apps)
        INSERT INTO insights_app (uuid, module, label) SELECT printf('%032x', i), 'm' || i, 'a' || i FROM c;"
  echo "INSERT INTO insights_counter (created_at, label, question, \"desc\", value, app_id)
        VALUES ('2026-01-01 10:00:00', 'orders', 'Orders?', 'ask ops@shop.example', 1, printf('%032x', 1));"
  echo "COMMIT;"
} | sqlite3 "$db"
ls -l "$db"
set +e
/usr/bin/time -f '%e s, %M KiB peak' "$viewer" --review "$db" > "$dir/out.txt"
code=$?
set -e
grep -E 'scan-incomplete|personal-data-email' "$dir/out.txt" || true
echo "exit $code (expected 1)"
test "$code" -eq 1
