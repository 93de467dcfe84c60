-- Books added per month (Django: TruncMonth("created")), as (timestamp, value) rows.
SELECT strftime('%Y-%m-01 00:00:00', created) AS month,
       count(*)
  FROM testapp_book
 WHERE created IS NOT NULL
 GROUP BY month
 ORDER BY month
