-- TruncWeek("created"): weeks start on Monday (ISO 8601). 'weekday 0' moves forward to Sunday (or stays on
-- one), '-6 days' goes back to that week's Monday.
SELECT date(created, 'weekday 0', '-6 days') || ' 00:00:00' AS week, count(*)
  FROM testapp_book
 GROUP BY week
 ORDER BY week
