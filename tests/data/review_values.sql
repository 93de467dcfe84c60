-- SPDX-License-Identifier: MIT
-- Bucket values of every shape the review's data checks report (with schema.sql and basic.sql): text, BLOB
-- and infinite xvalue and yvalue, text bucket_ids, timestamps that are not Django's (text, BLOB, integer,
-- non-ASCII, out of range), e-mail addresses and names among the categories, in an order where the value
-- table's own order, the bucket_id index's and the timestamp index's all differ.
WITH RECURSIVE t(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM t WHERE n < 59)
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
SELECT 100 + n,
       CASE n % 7 WHEN 0 THEN 'not a date ' || (60 - n) WHEN 1 THEN CAST(printf('%d', n) AS BLOB)
                  WHEN 2 THEN 'ünïcode 2026-01-01 ' || n WHEN 3 THEN n WHEN 4 THEN printf('2026-13-01 %d', n)
                  ELSE printf('2026-01-01 10:%02d:%02d', 59 - n, n % 60) END,
       CASE n % 5 WHEN 0 THEN 'abc' || (60 - n) WHEN 1 THEN X'' WHEN 2 THEN 9e999 ELSE n END,
       CASE n % 3 WHEN 0 THEN -9e999 WHEN 1 THEN X'41' ELSE 1.5 END,
       CASE n % 11 WHEN 0 THEN 'mail eve' || (n % 13) || '@example.org' WHEN 1 THEN 'Alice Smith'
                   ELSE 'cat ' || (n % 17) END,
       CASE n % 13 WHEN 0 THEN 'one' WHEN 1 THEN 'x' || (60 - n) WHEN 2 THEN 1.0 ELSE 2 END
FROM t;
