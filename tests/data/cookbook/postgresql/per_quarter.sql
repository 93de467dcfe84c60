-- TruncQuarter("created"): books per quarter.
SELECT date_trunc('quarter', created) AS quarter, count(*)
  FROM testapp_book
 GROUP BY quarter
 ORDER BY quarter
