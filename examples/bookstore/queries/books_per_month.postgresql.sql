-- Books added per month (Django: TruncMonth("created")), as (timestamp, value) rows.
SELECT date_trunc('month', created) AS month,
       count(*)
  FROM testapp_book
 WHERE created IS NOT NULL
 GROUP BY month
 ORDER BY month
