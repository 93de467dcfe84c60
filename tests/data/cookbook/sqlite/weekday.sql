-- ExtractWeekDay("created"): Django numbers 1 = Sunday … 7 = Saturday; SQLite's %w is 0 = Sunday … 6.
-- Barchart rows: (books, weekday, name).
SELECT count(*), weekday,
       CASE weekday WHEN 1 THEN 'Sunday' WHEN 2 THEN 'Monday' WHEN 3 THEN 'Tuesday' WHEN 4 THEN 'Wednesday'
                    WHEN 5 THEN 'Thursday' WHEN 6 THEN 'Friday' WHEN 7 THEN 'Saturday' END
  FROM (SELECT CAST(strftime('%w', created) AS integer) + 1 AS weekday FROM testapp_book) AS t
 GROUP BY weekday
 ORDER BY weekday
