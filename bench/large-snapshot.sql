-- SPDX-License-Identifier: MIT
-- The large benchmark snapshot (issue 7), deterministic ("fixed seed": a linear congruential sequence of the
-- row number): 40 apps, 10,000 counters, 400 gauges, a 1,000,000-point daily-ish timeseries
-- (big_timeseries), a 200,000-point scatterplot in 4 categories (big_scatter) and a 500-bar barchart
-- (big_barchart). Run after tests/data/schema.sql, e.g. by bench/make-large-snapshot.sh.
BEGIN;
WITH RECURSIVE a(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM a WHERE n < 39)
INSERT INTO insights_app (uuid, module, label)
SELECT printf('%032x', n + 1), printf('site.app%02d.insights', n), printf('App %02d', n) FROM a;

WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 9999)
INSERT INTO insights_counter (created_at, label, question, "desc", value, app_id)
SELECT '2026-11-01 00:00:00.000000', printf('counter_%05d', n), printf('How many things of sort %d?', n),
       CASE WHEN n % 3 = 0 THEN printf('Description of counter %d', n) END,
       (n * 1103515245 + 12345) % 100000, printf('%032x', n % 40 + 1) FROM c;

WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < 399)
INSERT INTO insights_gauge (created_at, label, question, "desc", value, app_id)
SELECT '2026-11-01 00:00:00.000000', printf('gauge_%03d', n), printf('Average of sort %d?', n), NULL,
       ((n * 1103515245 + 12345) % 10000) / 100.0, printf('%032x', n % 40 + 1) FROM g;

INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-11-01 00:00:00.000000', 'big_timeseries', 'Events per minute?', 'One million points', 1, 'Time', '%Y-%m-%d %H:%M', 'Events', NULL, NULL, printf('%032x', 1)),
  (2, '2026-11-01 00:00:00.000000', 'big_scatter', 'Response size vs time?', NULL, 3, 'Milliseconds', NULL, 'Bytes', NULL, NULL, printf('%032x', 2)),
  (3, '2026-11-01 00:00:00.000000', 'big_barchart', 'Requests per endpoint?', NULL, 4, 'Endpoint', NULL, 'Requests', NULL, NULL, printf('%032x', 3));

-- One point a minute from 2025-01-01: a daily wave, a trend and noise.
WITH RECURSIVE t(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM t WHERE n < 999999)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT strftime('%Y-%m-%d %H:%M:%S', 1735689600 + n * 60, 'unixepoch'),
       100 + 40 * ((n % 1440) - 720) * ((n % 1440) - 720) / 518400.0 + n / 20000.0
           + ((n * 1103515245 + 12345) % 2147483648) % 31, 0, NULL, 1 FROM t;

WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 199999)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT NULL, ((n * 1103515245 + 12345) % 2147483648) % 50000 + (n % 4) * 10000,
       ((n * 22695477 + 1) % 2147483648) % 2000 / 2.0, printf('node-%d', n % 4), 2 FROM s;

WITH RECURSIVE b(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM b WHERE n < 499)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT NULL, ((n * 1103515245 + 12345) % 2147483648) % 5000, 0, printf('/api/v1/endpoint/%03d', n), 3 FROM b;
COMMIT;
