-- TruncMonth("created"): books per month.
SELECT strftime('%Y-%m-01 00:00:00', created) AS month, count(*)
  FROM testapp_book
 GROUP BY month
 ORDER BY month
