-- SPDX-License-Identifier: MIT
-- What real files contain and a reader must survive (with schema.sql). SQLite keeps text in numeric columns.
INSERT INTO insights_app (uuid, module, label) VALUES ('33333333333333333333333333333333', 'odd.insights', NULL);
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, 'not a date', 'text_value', NULL, NULL, 'lots', '33333333333333333333333333333333'),
  (2, '2026-02-01 00:00:00', 'numeric_text', 'Stored as text?', NULL, ' 77 ', '33333333333333333333333333333333'),
  (3, '2026-02-01 00:00:00', 'orphan_counter', 'Whose am I?', NULL, 5, '99999999999999999999999999999999');
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-02-01 00:00:00', 'gauge_text', NULL, NULL, '2.5e1', '33333333333333333333333333333333');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-02-01 00:00:00', 'weird_type', 'A future kind?', NULL, 9, NULL, NULL, NULL, NULL, NULL, '33333333333333333333333333333333'),
  (2, '2026-02-01 00:00:00', 'bad_times', 'Timestamps gone wrong?', NULL, 1, NULL, '%Y', NULL, NULL, NULL, '33333333333333333333333333333333');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (1, NULL, 1, 1, NULL, 1),
  (2, '2025-01-01 00:00:00', 1, 0, NULL, 2),
  (3, NULL, 2, 0, NULL, 2),
  (4, 'yesterday', 3, 0, NULL, 2),
  (5, '2025-13-45 99:00:00', 4, 0, NULL, 2),
  (6, '2025-01-05T00:00:00Z', 'five', 0, NULL, 2),
  (7, '2025-01-06 00:00:00', 6, 0, '', 2),
  (8, '2025-01-07 00:00:00', 7, 0, NULL, 77);
