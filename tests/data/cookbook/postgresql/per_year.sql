-- TruncYear("created"): books per year.
SELECT date_trunc('year', created) AS year, count(*)
  FROM testapp_book
 GROUP BY year
 ORDER BY year
