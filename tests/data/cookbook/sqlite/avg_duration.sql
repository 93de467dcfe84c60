-- Avg(F("modified") - F("created")) as a gauge in seconds. strftime('%s') drops the fraction of a second
-- ('… 00:00:00.9' gives the same second as '… 00:00:00'), so whole seconds and the fraction (Django's text
-- form: '.ffffff' from character 20 on, or nothing) are taken apart and subtracted separately.
SELECT avg((strftime('%s', substr(modified, 1, 19)) - strftime('%s', substr(created, 1, 19)))
           + (CAST(substr(modified, 20) AS REAL) - CAST(substr(created, 20) AS REAL)))
  FROM testapp_book
