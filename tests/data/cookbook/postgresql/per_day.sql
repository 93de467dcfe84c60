-- TruncDay("created"): books per day, as (timestamp, value).
SELECT date_trunc('day', created) AS day, count(*)
  FROM testapp_book
 GROUP BY day
 ORDER BY day
