-- SPDX-License-Identifier: MIT
-- Markup and control characters in every text a file can carry (with schema.sql). Shown literally, always.
INSERT INTO insights_app (uuid, module, label) VALUES ('55555555555555555555555555555555', 'evil.insights', '<b>Bold</b> & <i>co</i>');
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-03-01 00:00:00', 'xss', '<script>alert(1)</script> orders?', '<a href="http://x">click</a>', 3, '55555555555555555555555555555555'),
  (2, '2026-03-01 00:00:00', 'rtl', 'Invoice ' || char(8238) || 'fdp.exe', 'ANSI ' || char(27) || '[31mred', 4, '55555555555555555555555555555555');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-03-01 00:00:00', 'evil_bars', '<h1>Big</h1>?', NULL, 4, '<i>x</i>', NULL, '<u>y</u>', NULL, '<b>title</b>', '55555555555555555555555555555555');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (1, NULL, 2, 0, '<b>cat</b>', 1), (2, NULL, 3, 0, '&amp;', 1);
