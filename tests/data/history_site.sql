-- SPDX-License-Identifier: MIT
-- One site's snapshot for the history tests (with schema.sql). The tests replace @WHEN@ (the collection time),
-- @ORDERS@, @BASKET@, @BARS@ (bucket value rows) and @EXTRA@ (more statements, or nothing) to build several
-- collections of the same site.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('11111111111111111111111111111111', 'shop.insights', 'Shop'),
  ('22222222222222222222222222222222', 'blog.insights', NULL);
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '@WHEN@', 'orders', 'How many orders?', 'All orders', @ORDERS@, '11111111111111111111111111111111'),
  (2, '@WHEN@', 'posts', NULL, NULL, 42, '22222222222222222222222222222222');
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '@WHEN@', 'basket', 'Average basket?', '', @BASKET@, '11111111111111111111111111111111');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '@WHEN@', 'bars', 'Posts per tag?', NULL, 4, 'Tag', NULL, 'Posts', NULL, NULL, '22222222222222222222222222222222'),
  (2, '@WHEN@', 'daily', 'Orders per day?', NULL, 1, 'Day', '%Y-%m-%d', 'Orders', NULL, NULL, '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  @BARS@,
  (100, '2025-12-01 00:00:00', 5, 0, NULL, 2), (101, '2025-12-02 00:00:00', 7.5, 0, NULL, 2);
@EXTRA@
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
