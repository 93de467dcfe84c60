-- Top 15 authors by number of books, for an hbarchart: (books, age, name); upstream labels a bar
-- name[:30] + "..:" + int(yvalue). Ties are broken by name; COLLATE "C" sorts like SQLite (byte order),
-- whatever the database's locale.
SELECT count(b.id) AS books, a.age, a.name
  FROM testapp_author AS a
  JOIN testapp_book AS b ON b.author_id = a.id
 GROUP BY a.id, a.age, a.name
 ORDER BY books DESC, a.name COLLATE "C"
 LIMIT 15
