-- SPDX-License-Identifier: MIT
-- Another site's snapshot (with schema.sql): none of history_site.sql's app modules, so a history of that
-- site lists this file apart.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('33333333333333333333333333333333', 'weather.insights', 'Weather');
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-02-15 08:00:00', 'stations', 'How many stations?', NULL, 7, '33333333333333333333333333333333');
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
