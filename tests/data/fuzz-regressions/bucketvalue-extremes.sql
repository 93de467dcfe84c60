-- SPDX-License-Identifier: MIT
-- Fuzz regression: bucket values at the ends of the double range, infinite, and with odd timestamps.
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('11111111111111111111111111111111', 'fuzz.insights', 'Fuzz');
CREATE TABLE "insights_bucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "type" integer NOT NULL, "xlabel" varchar(254) NULL, "xformat" varchar(254) NULL, "ylabel" varchar(254) NULL, "yformat" varchar(254) NULL, "title" varchar(254) NULL, "app_id" char(32) NOT NULL);
CREATE TABLE "insights_bucketvalue" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "timestamp" datetime NULL, "xvalue" real NOT NULL, "yvalue" real NOT NULL, "category" varchar(254) NULL, "bucket_id" integer NOT NULL);
INSERT INTO insights_bucket VALUES (1, '2026-01-01 00:00:00', 'edges', NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue VALUES (1, '9999-99-99 99:99:99', 1.7976931348623157e308, -1.7976931348623157e308, NULL, 1), (2, '-99999-01-01 00:00:00', 9e999, -9e999, NULL, 1), (3, '1e300', 4.9e-324, 0, NULL, 1), (4, 99999999999999999999, 1, 1, NULL, 1);
