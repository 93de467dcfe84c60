-- TruncMonth("created"): books per month.
SELECT date_trunc('month', created) AS month, count(*)
  FROM testapp_book
 GROUP BY month
 ORDER BY month
