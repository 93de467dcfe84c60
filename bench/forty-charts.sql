-- SPDX-License-Identifier: MIT
-- A helpdesk-like snapshot of 40 charts for the chart-export benchmark (bench/exports.sh): 4 apps × 10 buckets
-- of the sizes a support team collects — 16 timeseries (daily over one to three years, weekly, monthly), 8
-- scatterplots (100 to 2,000 points, some in categories), 12 barcharts (5 to 30 bars) and 4 hbarcharts.
-- Deterministic (a linear congruential sequence of the row number). Run after tests/data/schema.sql.
BEGIN;
WITH RECURSIVE a(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM a WHERE n < 3)
INSERT INTO insights_app (uuid, module, label)
SELECT printf('%032x', n + 1), printf('helpdesk.team%d.insights', n),
       CASE n WHEN 0 THEN 'Tickets' WHEN 1 THEN 'Agents' WHEN 2 THEN 'Customers' ELSE 'Knowledge base' END FROM a;

-- Bucket k (0..39): app k / 10; kind by k % 10: 0-3 timeseries, 4-5 scatterplot, 6-8 barchart, 9 hbarchart.
WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 39)
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
SELECT n + 1, '2026-11-01 00:00:00.000000', printf('chart_%02d', n),
       printf('How do tickets develop, view %d?', n), NULL,
       CASE WHEN n % 10 < 4 THEN 1 WHEN n % 10 < 6 THEN 3 WHEN n % 10 < 9 THEN 4 ELSE 5 END,
       CASE WHEN n % 10 < 4 THEN 'Date' WHEN n % 10 < 6 THEN 'Wait (minutes)' ELSE 'Team' END,
       CASE n % 4 WHEN 0 THEN '%Y-%m-%d' WHEN 1 THEN '%W' WHEN 2 THEN '%b %Y' ELSE NULL END,
       CASE WHEN n % 10 < 4 THEN 'Tickets' WHEN n % 10 < 6 THEN 'Rating' ELSE 'Tickets' END, NULL,
       printf('Helpdesk view %d', n), printf('%032x', n / 10 + 1) FROM k;

-- Timeseries: k % 4 picks daily for 1-3 years (365 * (1 + k % 3) points), weekly (156) or monthly (36).
WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 39),
     t(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM t WHERE i < 1094)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT strftime('%Y-%m-%d %H:%M:%S', 1640995200 +
                i * CASE n % 4 WHEN 1 THEN 604800 WHEN 2 THEN 2629800 ELSE 86400 END, 'unixepoch'),
       50 + (i % 7) * 4 + i / 30.0 + ((i * 1103515245 + n * 12345) % 2147483648) % 17, 0, NULL, n + 1
  FROM k JOIN t
 WHERE n % 10 < 4
   AND i < CASE n % 4 WHEN 1 THEN 156 WHEN 2 THEN 36 ELSE 365 * (1 + n % 3) END;

-- Scatterplots: 100 … 2,000 points, categories for every other one.
WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 39),
     s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 1999)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT NULL, 1 + ((i * 1103515245 + 12345) % 2147483648) % 5 + (i % 10) / 10.0,
       ((i * 22695477 + n) % 2147483648) % 240 / 2.0,
       CASE WHEN n % 2 = 0 THEN printf('Queue %d', i % 3) END, n + 1
  FROM k JOIN s
 WHERE n % 10 IN (4, 5) AND i < 100 + (n * 487) % 1900;

-- Barcharts and hbarcharts: 5 … 30 bars.
WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 39),
     b(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM b WHERE i < 29)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT NULL, 20 + ((i * 1103515245 + n * 7) % 2147483648) % 400, i + 1, printf('Team %s %d', char(65 + i % 26), i), n + 1
  FROM k JOIN b
 WHERE n % 10 >= 6 AND i < 5 + (n * 7) % 26;
COMMIT;
