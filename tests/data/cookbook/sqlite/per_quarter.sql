-- TruncQuarter("created"): SQLite has no quarter; the first month of the quarter is (month - 1) / 3 * 3 + 1.
SELECT strftime('%Y-', created)
       || printf('%02d', (CAST(strftime('%m', created) AS integer) - 1) / 3 * 3 + 1)
       || '-01 00:00:00' AS quarter,
       count(*)
  FROM testapp_book
 GROUP BY quarter
 ORDER BY quarter
