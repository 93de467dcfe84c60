-- Top 15 authors by number of books, for an hbarchart: (books, age, name); upstream labels a bar
-- name[:30] + "..:" + int(yvalue). Ties are broken by name so the cut at 15 is stable.
SELECT count(b.id) AS books, a.age, a.name
  FROM testapp_author AS a
  JOIN testapp_book AS b ON b.author_id = a.id
 GROUP BY a.id, a.age, a.name
 ORDER BY books DESC, a.name
 LIMIT 15
