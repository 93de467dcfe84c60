-- TruncYear("created"): books per year.
SELECT strftime('%Y-01-01 00:00:00', created) AS year, count(*)
  FROM testapp_book
 GROUP BY year
 ORDER BY year
