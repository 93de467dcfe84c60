-- SPDX-License-Identifier: MIT
-- Fuzz regression: a bucket whose type is 1e300 (and one of -1e300): the type is converted to an integer.
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('11111111111111111111111111111111', 'fuzz.insights', 'Fuzz');
CREATE TABLE "insights_bucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "type" integer NOT NULL, "xlabel" varchar(254) NULL, "xformat" varchar(254) NULL, "ylabel" varchar(254) NULL, "yformat" varchar(254) NULL, "title" varchar(254) NULL, "app_id" char(32) NOT NULL);
CREATE TABLE "insights_bucketvalue" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "timestamp" datetime NULL, "xvalue" real NOT NULL, "yvalue" real NOT NULL, "category" varchar(254) NULL, "bucket_id" integer NOT NULL);
INSERT INTO insights_bucket VALUES (1, '2026-01-01 00:00:00', 'bigtype', 'Big type?', NULL, 1e300, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111'), (2, '2026-01-01 00:00:00', 'negtype', 'Negative type?', NULL, -1e300, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue VALUES (1, NULL, 1, 2, 'a', 1), (2, NULL, 3, 4, 'b', 2);
