-- SPDX-License-Identifier: MIT
-- Fuzz regression: buckets of every type whose values span 0 to the smallest subnormal (5e-324), two
-- subnormals, the largest finite values, or infinities. Axis steps over such spans once computed log10(0)
-- and looped about 2^31 times: every chart export hung.
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('22222222222222222222222222222222', 'fuzz.subnormal', 'Subnormal');
CREATE TABLE "insights_bucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "type" integer NOT NULL, "xlabel" varchar(254) NULL, "xformat" varchar(254) NULL, "ylabel" varchar(254) NULL, "yformat" varchar(254) NULL, "title" varchar(254) NULL, "app_id" char(32) NOT NULL);
CREATE TABLE "insights_bucketvalue" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "timestamp" datetime NULL, "xvalue" real NOT NULL, "yvalue" real NOT NULL, "category" varchar(254) NULL, "bucket_id" integer NOT NULL);
INSERT INTO insights_bucket VALUES
 (1, '2026-01-01 00:00:00', 'series', NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (2, '2026-01-01 00:00:00', 'histogram', NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (3, '2026-01-01 00:00:00', 'scatter', NULL, NULL, 3, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (4, '2026-01-01 00:00:00', 'bars', NULL, NULL, 4, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (5, '2026-01-01 00:00:00', 'hbars', NULL, NULL, 5, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (6, '2026-01-01 00:00:00', 'scatter-two-subnormals', NULL, NULL, 3, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (7, '2026-01-01 00:00:00', 'scatter-extremes', NULL, NULL, 3, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (8, '2026-01-01 00:00:00', 'bars-infinite', NULL, NULL, 4, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222'),
 (9, '2026-01-01 00:00:00', 'histogram-negative-subnormal', NULL, NULL, 2, NULL, NULL, NULL, NULL, NULL, '22222222222222222222222222222222');
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
 ('2026-01-01 00:00:00', 0, 0, NULL, 1), ('2026-01-02 00:00:00', 1, 5e-324, NULL, 1),
 (NULL, 0, 0, NULL, 2), (NULL, 5e-324, 5e-324, NULL, 2),
 (NULL, 0, 0, NULL, 3), (NULL, 5e-324, 5e-324, NULL, 3),
 (NULL, 0, 0, 'a', 4), (NULL, 1, 5e-324, 'b', 4),
 (NULL, 0, 0, 'a', 5), (NULL, 1, 5e-324, 'b', 5),
 (NULL, 1e-323, 1e-323, NULL, 6), (NULL, 1.5e-323, 2e-323, NULL, 6),
 (NULL, -1.7976931348623157e308, -1.7976931348623157e308, NULL, 7), (NULL, 1.7976931348623157e308, 1.7976931348623157e308, NULL, 7), (NULL, 0, 5e-324, NULL, 7),
 (NULL, 0, 9e999, 'a', 8), (NULL, 1, -9e999, 'b', 8), (NULL, 2, 5e-324, 'c', 8),
 (NULL, -5e-324, -5e-324, NULL, 9), (NULL, 0, 0, NULL, 9), (NULL, 2.2250738585072014e-308, 4.9e-324, NULL, 9);
