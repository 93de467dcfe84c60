-- Avg(F("modified") - F("created")) as a gauge in seconds: extract(epoch) keeps the microseconds.
SELECT avg(extract(epoch FROM modified - created))::float8
  FROM testapp_book
