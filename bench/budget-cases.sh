#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the hostile snapshots of docs/SECURITY.md ("Drawing and exporting: budgets") into DIR, one file per
# case, from tests/data/schema.sql and SQL (recursive CTEs, printf, zeroblob). Usage: bench/budget-cases.sh DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: budget-cases.sh DIR}
mkdir -p "$dir"
app="INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'hostile', 'Hostile');"
bucket() { # id label type question xformat
  echo "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES ($1, '2026-01-01 00:00:00', $2, $4, NULL, $3, 'x', $5, 'y', NULL, NULL, '11111111111111111111111111111111');"
}
make() { # name sql
  rm -f "$dir/$1.db"
  { cat "$root/tests/data/schema.sql"; echo "$app"; echo "$2"; } | sqlite3 "$dir/$1.db"
}
# One category of 100,000 characters, in a barchart, an hbarchart, a scatterplot (legend) and a timeseries' label.
make cat100k "$(bucket 1 "'bars'" 4 "'Bars?'" NULL) $(bucket 2 "'hbars'" 5 "'Hbars?'" NULL) $(bucket 3 "'scatter'" 3 "'Scatter?'" NULL)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 5, 1, replace(hex(zeroblob(50000)), '0', 'W'), b FROM (SELECT 1 AS b UNION SELECT 2 UNION SELECT 3);
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 3, 2, 'short', b FROM (SELECT 1 AS b UNION SELECT 2 UNION SELECT 3);"
# Labels of 1 MB: the question, the axis titles and a category.
make label1m "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, ylabel, yformat, title, app_id)
  SELECT 1, '2026-01-01 00:00:00', 'big', replace(hex(zeroblob(524288)), '0', 'Q'), replace(hex(zeroblob(524288)), '0', 'D'), 4,
         replace(hex(zeroblob(524288)), '0', 'X'), NULL, replace(hex(zeroblob(524288)), '0', 'Y'), NULL, NULL, '11111111111111111111111111111111';
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  VALUES (NULL, 5, 1, replace(hex(zeroblob(524288)), '0', 'C'), 1), (NULL, 3, 1, 'short', 1);"
# Scatterplots with 5,000 and 20,000 categories (two points each).
for n in 5000 20000; do
  make "scatter$n" "$(bucket 1 "'scatter'" 3 "'Many categories?'" NULL)
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < 2 * $n)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, (n * 7919) % 1000, n % 977, printf('category %05d', n % $n), 1 FROM i;"
done
# A histogram of 200,000 bins.
make histogram "$(bucket 1 "'histo'" 2 "'Bins?'" NULL)
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < 200000)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) SELECT NULL, n % 50, n, NULL, 1 FROM i;"
# An xformat of 249 characters over a daily timeseries.
make xformat "$(bucket 1 "'daily'" 1 "'Daily?'" "printf('%%Y-%%m-%%d %s', replace(hex(zeroblob(60)), '0', 'ab'))")
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 99)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT datetime('2025-01-01', '+' || n || ' days'), n % 17, 0, NULL, 1 FROM i;"
# Finite values at +-1.7e308 in a scatterplot and a timeseries.
make huge "$(bucket 1 "'scatter'" 3 "'Huge?'" NULL) $(bucket 2 "'line'" 1 "'Huge line?'" NULL)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 1.7e308, -1.7e308, 'a', 1), (NULL, -1.7e308, 1.7e308, 'a', 1), (NULL, 1, 2, 'a', 1), (NULL, 5, 7, 'a', 1),
  ('2025-01-01 00:00:00', 1.7e308, 0, NULL, 2), ('2025-01-02 00:00:00', -1.7e308, 0, NULL, 2), ('2025-01-03 00:00:00', 1, 0, NULL, 2);"
# A 200-character CJK label (600 UTF-8 bytes), twice with the same first 200 characters.
cjk="replace(hex(zeroblob(100)), '0', '漢')"
make cjk "$(bucket 1 "$cjk || 'a'" 4 "'CJK?'" NULL) $(bucket 2 "$cjk || 'b'" 4 "'CJK?'" NULL)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES (NULL, 1, 0, 'a', 1), (NULL, 2, 0, 'b', 2);"
# A 20,000-character question title and description; a counter at the int64 maximum.
make title20k "INSERT INTO insights_counter (id, created_at, label, question, \"desc\", value, app_id) VALUES
  (1, '2026-01-01 00:00:00', 'max', 'Largest?', NULL, 9223372036854775807, '11111111111111111111111111111111');
INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, ylabel, yformat, title, app_id)
  SELECT 1, '2026-01-01 00:00:00', 'wide', replace(hex(zeroblob(10000)), '0', 'T'), replace(hex(zeroblob(10000)), '0', 'D'), 4, 'x', NULL, 'y', NULL, NULL, '11111111111111111111111111111111';
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES (NULL, 1, 0, 'a', 1);"
ls "$dir"
