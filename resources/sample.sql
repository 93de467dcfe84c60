-- SPDX-License-Identifier: MIT
-- The sample snapshot behind "Open sample": upstream's migration-0001 schema with the project's own data,
-- one app per theme and every metric kind. Built at run time into a new file (model/sqlscript.cpp).
BEGIN;
CREATE TABLE IF NOT EXISTS "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
CREATE TABLE IF NOT EXISTS "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
CREATE TABLE IF NOT EXISTS "insights_executiondelta" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "executed_at" datetime NOT NULL, "uuid" char(32) NOT NULL);
CREATE TABLE IF NOT EXISTS "insights_gauge" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "value" real NOT NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "gauge_unique_app_label" UNIQUE ("app_id", "label"));
CREATE INDEX "insights_executiondelta_executed_at_f6688528" ON "insights_executiondelta" ("executed_at");
CREATE INDEX "insights_gauge_created_at_0f93fa9d" ON "insights_gauge" ("created_at");
CREATE INDEX "insights_gauge_app_id_44ec6f64" ON "insights_gauge" ("app_id");
CREATE TABLE IF NOT EXISTS "insights_counter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "value" integer NOT NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "counter_unique_app_label" UNIQUE ("app_id", "label"));
CREATE INDEX "insights_counter_created_at_d5ba696e" ON "insights_counter" ("created_at");
CREATE INDEX "insights_counter_app_id_909c8224" ON "insights_counter" ("app_id");
CREATE TABLE IF NOT EXISTS "insights_bucketvalue" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "timestamp" datetime NULL, "xvalue" real NOT NULL, "yvalue" real NOT NULL, "category" varchar(254) NULL, "bucket_id" integer NOT NULL REFERENCES "insights_bucket" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "bucketvalue_unique_bucket_timestamp" UNIQUE ("bucket_id", "timestamp"));
CREATE INDEX "insights_bucketvalue_timestamp_e190b4da" ON "insights_bucketvalue" ("timestamp");
CREATE INDEX "insights_bucketvalue_category_b3acaa68" ON "insights_bucketvalue" ("category");
CREATE INDEX "insights_bucketvalue_bucket_id_1ca3575e" ON "insights_bucketvalue" ("bucket_id");
CREATE TABLE IF NOT EXISTS "insights_bucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "type" integer NOT NULL, "xlabel" varchar(254) NULL, "xformat" varchar(254) NULL, "ylabel" varchar(254) NULL, "yformat" varchar(254) NULL, "title" varchar(254) NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "bucket_unique_app_label_timestamp" UNIQUE ("app_id", "label"));
CREATE INDEX "insights_bucket_created_at_fe429c69" ON "insights_bucket" ("created_at");
CREATE INDEX "insights_bucket_app_id_f1334980" ON "insights_bucket" ("app_id");
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-05 09:00:00.000000');

INSERT INTO insights_app (uuid, module, label) VALUES
  ('5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b', 'greenhouse.orders.insights', 'Orders'),
  ('6b4e1d7f3c8e4f909b2c3d4e5f6a7b8c', 'greenhouse.plants.insights', 'Plants'),
  ('7c5f2e804d9f40a1ac3d4e5f6a7b8c9d', 'greenhouse.support.insights', NULL);

INSERT INTO insights_counter (created_at, label, question, "desc", value, app_id) VALUES
  ('2026-01-05 09:00:01.000000', 'orders_total', 'How many orders were placed?', 'All orders since the shop opened', 12840, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  ('2026-01-05 09:00:01.100000', 'customers_total', 'How many customers ordered at least once?', NULL, 3127, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  ('2026-01-05 09:00:01.200000', 'orders_open', 'Orders not yet shipped?', 'Paid but not handed to the carrier', 58, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  ('2026-01-05 09:00:01.300000', 'species_total', 'How many species do we sell?', NULL, 214, '6b4e1d7f3c8e4f909b2c3d4e5f6a7b8c'),
  ('2026-01-05 09:00:01.400000', 'tickets_open', 'Open support tickets?', 'Tickets waiting for an answer', 17, '7c5f2e804d9f40a1ac3d4e5f6a7b8c9d');

INSERT INTO insights_gauge (created_at, label, question, "desc", value, app_id) VALUES
  ('2026-01-05 09:00:02.000000', 'avg_basket', 'Average basket value (EUR)?', 'Mean order total, taxes included', 42.75, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  ('2026-01-05 09:00:02.100000', 'returns_share', 'Share of orders returned (%)?', NULL, 3.4, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  ('2026-01-05 09:00:02.200000', 'stock_delta', 'Stock change since last week?', 'Negative: we sold more than we potted', -12.5, '6b4e1d7f3c8e4f909b2c3d4e5f6a7b8c');

INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-01-05 09:00:03.000000', 'orders_per_day', 'Orders per day?', 'Orders placed each day of 2025', 1, 'Day', '%Y-%m-%d', 'Orders', NULL, NULL, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  (2, '2026-01-05 09:00:03.100000', 'revenue_per_month', 'Revenue per month?', NULL, 1, 'Month', '%b %Y', 'EUR', NULL, 'Monthly revenue', '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  (3, '2026-01-05 09:00:03.200000', 'basket_vs_items', 'Basket value by number of items?', 'One dot per order sample', 3, 'Items', NULL, 'EUR', NULL, NULL, '5a3f0c6e2b7d4e8f9a1b2c3d4e5f6a7b'),
  (4, '2026-01-05 09:00:03.300000', 'plants_per_family', 'Plants per family?', NULL, 4, 'Family', NULL, 'Species', NULL, NULL, '6b4e1d7f3c8e4f909b2c3d4e5f6a7b8c'),
  (5, '2026-01-05 09:00:03.400000', 'top_sellers', 'Best-selling plants?', 'Units sold in 2025', 5, 'Plant', NULL, 'Units', NULL, NULL, '6b4e1d7f3c8e4f909b2c3d4e5f6a7b8c'),
  (6, '2026-01-05 09:00:03.500000', 'tickets_per_week', 'Tickets per week?', NULL, 1, 'Week', '%W', 'Tickets', NULL, NULL, '7c5f2e804d9f40a1ac3d4e5f6a7b8c9d');

-- 365 daily points with a weekly rhythm and slow growth.
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 364)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT strftime('%Y-%m-%d 00:00:00', '2025-01-01', '+' || n || ' days'),
       20 + n / 20 + ((n * 37) % 11) + CASE WHEN n % 7 IN (4, 5) THEN 9 ELSE 0 END, 0, NULL, 1 FROM d;

WITH RECURSIVE m(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM m WHERE n < 11)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT strftime('%Y-%m-%d 00:00:00', '2025-01-01', '+' || n || ' months'),
       18000 + n * 650 + ((n * 7919) % 2300), 0, NULL, 2 FROM m;

-- Scatter: xvalue = basket value (vertical), yvalue = items (horizontal), two channels.
WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 119)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT NULL, round(8 + (n % 9) * 6.5 + ((n * 53) % 17) * 1.3, 2), 1 + n % 9,
       CASE WHEN n % 3 = 0 THEN 'Shop' ELSE 'Web' END, 3 FROM s;

INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 48, 0, 'Araceae', 4), (NULL, 31, 0, 'Cactaceae', 4), (NULL, 22, 0, 'Orchidaceae', 4),
  (NULL, 19, 0, 'Marantaceae', 4), (NULL, 14, 0, 'Asparagaceae', 4), (NULL, 9, 0, 'Moraceae', 4);

INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 412, 412, 'Monstera deliciosa', 5), (NULL, 388, 388, 'Ficus lyrata', 5),
  (NULL, 301, 301, 'Calathea orbifolia', 5), (NULL, 264, 264, 'Sansevieria trifasciata', 5),
  (NULL, 198, 198, 'Phalaenopsis (white)', 5), (NULL, 150, 150, 'Echeveria elegans', 5),
  (NULL, 97, 97, 'Pilea peperomioides', 5);

WITH RECURSIVE w(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM w WHERE n < 51)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
SELECT strftime('%Y-%m-%d 00:00:00', '2025-01-06', '+' || (n * 7) || ' days'),
       10 + ((n * 13) % 9) + CASE WHEN n BETWEEN 46 AND 50 THEN 12 ELSE 0 END, 0, NULL, 6 FROM w;

INSERT INTO insights_executiondelta (executed_at, uuid) VALUES ('2026-01-05 09:00:04.000000', '0d1e2f3a4b5c4d6e8f90a1b2c3d4e5f6');
COMMIT;
