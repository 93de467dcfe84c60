-- TruncDay("created"): books per day, as (timestamp, value).
SELECT strftime('%Y-%m-%d 00:00:00', created) AS day, count(*)
  FROM testapp_book
 GROUP BY day
 ORDER BY day
