-- SPDX-License-Identifier: MIT
-- Categories shared by bar, hbar and scatter charts (with schema.sql): the colour of a category is decided
-- once per snapshot. Nine channels are shared by two or more charts (more than the palette holds), regions
-- appear in one bar chart only, partners in one scatterplot only; some labels are right-to-left, Thai,
-- Devanagari, CJK, empty or very long, and one value is negative.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('55555555555555555555555555555555', 'support.insights', 'Support');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-01-01 10:00:01', 'tickets_by_channel', 'Tickets per channel?', NULL, 4, 'Channel', NULL, 'Tickets', NULL, NULL, '55555555555555555555555555555555'),
  (2, '2026-01-01 10:00:02', 'hours_by_channel', 'Resolution hours per channel?', NULL, 5, 'Channel', NULL, 'Hours', NULL, NULL, '55555555555555555555555555555555'),
  (3, '2026-01-01 10:00:03', 'cost_by_channel', 'Cost against duration per channel?', NULL, 3, 'Duration', NULL, 'Cost', NULL, NULL, '55555555555555555555555555555555'),
  (4, '2026-01-01 10:00:04', 'tickets_by_region', 'Tickets per region?', NULL, 4, 'Region', NULL, 'Tickets', NULL, NULL, '55555555555555555555555555555555'),
  (5, '2026-01-01 10:00:05', 'backlog_by_channel', 'Backlog change per channel?', NULL, 5, 'Channel', NULL, 'Change', NULL, NULL, '55555555555555555555555555555555'),
  (6, '2026-01-01 10:00:06', 'partner_cost', 'Partner cost against duration?', NULL, 3, 'Duration', NULL, 'Cost', NULL, NULL, '55555555555555555555555555555555');
-- Email, Phone and Chat are in four charts; Web in three; the rest of the channels in two.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 420, 0, 'Email', 1), (NULL, 310, 0, 'Phone', 1), (NULL, 150, 0, 'Chat', 1), (NULL, 95, 0, 'Web', 1),
  (NULL, 12, 0, 'Walk-in', 1), (NULL, 40, 0, 'Social', 1), (NULL, 3, 0, 'Fax', 1), (NULL, 7, 0, 'Letter', 1),
  (NULL, 1, 0, 'Kiosk', 1),
  (NULL, 18.5, 0, 'Email', 2), (NULL, 2.25, 0, 'Phone', 2), (NULL, 0.75, 0, 'Chat', 2), (NULL, 30, 0, 'Web', 2),
  (NULL, 48, 0, 'Walk-in', 2), (NULL, 12, 0, 'Social', 2), (NULL, 96, 0, 'Fax', 2), (NULL, 72, 0, 'Letter', 2),
  (NULL, 5, 0, 'Kiosk', 2),
  (NULL, -35, 0, 'Email', 5), (NULL, 12, 0, 'Phone', 5), (NULL, 4, 0, 'Chat', 5), (NULL, -8, 0, 'Web', 5);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 20 + (i * 37) % 90, (i * 13) % 50, CASE i % 3 WHEN 0 THEN 'Email' WHEN 1 THEN 'Phone' ELSE 'Chat' END, 3 FROM n;
-- Regions: only in this chart, labels in many scripts.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 1200, 0, 'الشرق الأوسط وشمال أفريقيا', 4), (NULL, 980, 0, 'ישראל והרשות הפלסטינית', 4),
  (NULL, 640, 0, 'ประเทศไทยและเอเชียตะวันออกเฉียงใต้', 4), (NULL, 515, 0, 'भारत और दक्षिण एशिया', 4),
  (NULL, 402, 0, '日本・韓国・中国本土および香港特別行政区', 4), (NULL, 3.5e9, 0, 'North America', 4),
  (NULL, -250, 0, 'Returned', 4), (NULL, 77, 0, '', 4),
  (NULL, 66, 0, 'Europe, the Middle East and Africa without the countries listed separately above and below', 4);
-- Partners: only in this scatterplot, each needs a colour of its own.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 100 + (i * 53) % 400, (i * 7) % 30, CASE i % 4 WHEN 0 THEN 'Acme' WHEN 1 THEN 'Globex' WHEN 2 THEN 'Initech' ELSE 'Umbrella' END, 6 FROM n;
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
