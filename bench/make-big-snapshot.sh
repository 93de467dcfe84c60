#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds a conformant snapshot with ROWS bucket values (default 4,000,000; about 119 bytes a row with the
# indexes, so 4M rows are ~476 MB, within the 500 MB budget, 1M rows ~119 MB and 5M rows ~595 MB), for the
# command budgets of docs/PERFORMANCE.md ("Commands on big files"):
#   bench/make-big-snapshot.sh OUT.db [ROWS] [interleaved|grouped]
# Deterministic (a linear congruential sequence of the row number). The rows go to 20 buckets of every kind:
# timeseries (one point a minute), scatterplots and bar charts with categories, so every command reads
# timestamps, numbers and category text. 40 apps, 2,000 counters and 100 gauges come with them.
# Layout: "interleaved" (default) stores row n in bucket n % 20, so each bucket's rows are spread over the
# whole table (the worst case for reading a bucket: one B-tree lookup per row); "grouped" stores each
# bucket's rows together, as django-insights writes them (the same rows, ids in bucket order).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: make-big-snapshot.sh OUT.db [ROWS]}
rows=${2:-4000000}
layout=${3:-interleaved}
case $layout in
  interleaved) order="" ;;
  grouped) order="ORDER BY n % 20, n" ;;
  *) echo "make-big-snapshot.sh: layout is interleaved or grouped, not $layout" >&2; exit 2 ;;
esac
rm -f "$out" "$out-journal" "$out-wal"
{
  cat "$here/../tests/data/schema.sql"
  cat <<SQL
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
BEGIN;
WITH RECURSIVE a(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM a WHERE n < 39)
INSERT INTO insights_app (uuid, module, label)
SELECT printf('%032x', n + 1), printf('site.app%02d.insights', n), printf('App %02d', n) FROM a;
WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 1999)
INSERT INTO insights_counter (created_at, label, question, "desc", value, app_id)
SELECT '2026-11-01 00:00:00.000000', printf('counter_%05d', n), printf('How many things of sort %d?', n), NULL,
       (n * 1103515245 + 12345) % 100000, printf('%032x', n % 40 + 1) FROM c;
WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < 99)
INSERT INTO insights_gauge (created_at, label, question, "desc", value, app_id)
SELECT '2026-11-01 00:00:00.000000', printf('gauge_%03d', n), printf('Average of sort %d?', n), NULL,
       ((n * 1103515245 + 12345) % 10000) / 100.0, printf('%032x', n % 40 + 1) FROM g;
WITH RECURSIVE b(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM b WHERE n < 19)
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
SELECT n + 1, '2026-11-01 00:00:00.000000', printf('big_%02d', n), printf('Big bucket %d?', n), NULL,
       CASE n % 4 WHEN 0 THEN 1 WHEN 1 THEN 3 WHEN 2 THEN 4 ELSE 1 END, 'x', NULL, 'y', NULL, NULL,
       printf('%032x', n % 40 + 1) FROM b;
WITH RECURSIVE t(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM t WHERE n < $rows - 1)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT CASE WHEN (n % 20) % 4 IN (0, 3) THEN strftime('%Y-%m-%d %H:%M:%S', 1735689600 + (n / 20) * 60, 'unixepoch') END,
       ((n * 1103515245 + 12345) % 2147483648) / 1000.0,
       ((n * 22695477 + 1) % 2147483648) % 100000 / 7.0,
       CASE WHEN (n % 20) % 4 IN (1, 2) THEN printf('category %04d', (n / 20) % 5000) END,
       n % 20 + 1 FROM t $order;
COMMIT;
SQL
} | sqlite3 "$out"
ls -l "$out"
