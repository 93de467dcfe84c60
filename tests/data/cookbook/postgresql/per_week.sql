-- TruncWeek("created"): weeks start on Monday (ISO 8601), as date_trunc('week') does.
SELECT date_trunc('week', created) AS week, count(*)
  FROM testapp_book
 GROUP BY week
 ORDER BY week
