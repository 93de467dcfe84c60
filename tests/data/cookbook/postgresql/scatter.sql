-- Scatter of two numeric fields, one category per point: title length against the author's age, by gender.
-- (Upstream's dashboard puts yvalue on the horizontal axis.)
SELECT length(b.title), a.age, CASE a.gender WHEN 1 THEN 'Male' WHEN 2 THEN 'Female' END
  FROM testapp_book AS b
  JOIN testapp_author AS a ON a.id = b.author_id
 ORDER BY b.id
 LIMIT 1500
