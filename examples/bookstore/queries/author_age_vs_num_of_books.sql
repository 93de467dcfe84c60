-- Number of books by age of author: (xvalue, yvalue, category) rows; the same text for SQLite and PostgreSQL.
SELECT count(b.id) AS num_of_books,
       a.age,
       'author' AS category
  FROM testapp_author a
  LEFT JOIN testapp_book b ON b.author_id = a.id
 GROUP BY a.age
 ORDER BY a.age
