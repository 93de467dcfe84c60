-- Categories that must show a zero bar: GROUP BY only yields categories that occur, so LEFT JOIN the list
-- of all of them and count a column of the joined table (count(*) would count the empty match as 1).
-- Authors per age decade, 0s … 90s: (authors, decade, label).
WITH decades (decade) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9))
SELECT count(a.id) AS authors, d.decade, (d.decade * 10) || 's' AS label
  FROM decades AS d
  LEFT JOIN testapp_author AS a ON a.age / 10 = d.decade
 GROUP BY d.decade
 ORDER BY d.decade
