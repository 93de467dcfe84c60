-- SPDX-License-Identifier: MIT
-- A small, well-formed snapshot (with schema.sql): two apps, every kind, known values.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('11111111111111111111111111111111', 'shop.insights', 'Shop'),
  ('22222222222222222222222222222222', 'blog.insights', NULL);
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-01-01 10:00:00.000001', 'orders', 'How many orders?', 'All orders', 1234567, '11111111111111111111111111111111'),
  (2, '2026-01-01 10:00:00.000002', 'posts', NULL, NULL, 42, '22222222222222222222222222222222');
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-01-01 10:00:01', 'basket', 'Average basket?', '', 12.25, '11111111111111111111111111111111');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-01-01 10:00:02', 'hbar', 'Top products?', NULL, 5, 'Product', NULL, 'Units', NULL, NULL, '11111111111111111111111111111111'),
  (2, '2026-01-01 10:00:03', 'daily', 'Orders per day?', 'Daily', 1, 'Day', '%Y-%m-%d', 'Orders', NULL, 'Daily orders', '11111111111111111111111111111111'),
  (3, '2026-01-01 10:00:04', 'scatter', 'Price vs size?', NULL, 3, 'Size', NULL, 'Price', NULL, NULL, '11111111111111111111111111111111'),
  (4, '2026-01-01 10:00:05', 'bars', 'Posts per tag?', NULL, 4, 'Tag', NULL, 'Posts', NULL, NULL, '22222222222222222222222222222222'),
  (5, '2026-01-02 09:30:00', 'histo', 'Length histogram?', NULL, 2, 'Length', NULL, 'Count', NULL, NULL, '22222222222222222222222222222222');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (1, NULL, 30, 30, 'Apples', 1), (2, NULL, 20, 20, 'Pears', 1), (3, NULL, 10, 10, 'Plums', 1),
  (4, '2025-12-01 00:00:00', 5, 0, NULL, 2), (5, '2025-12-02 00:00:00', 7.5, 0, NULL, 2),
  (6, '2025-12-03 00:00:00', 6, 0, NULL, 2), (7, '2025-12-04 00:00:00.250000', 9, 0, NULL, 2),
  (8, NULL, 3.5, 1, 'small', 3), (9, NULL, 7, 2, 'large', 3), (10, NULL, 4, 1.5, 'small', 3),
  (11, NULL, 12, 0, 'qt', 4), (12, NULL, 8, 0, 'sql', 4),
  (13, NULL, 4, 10, NULL, 5), (14, NULL, 9, 20, NULL, 5), (15, NULL, 2, 30, NULL, 5);
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
