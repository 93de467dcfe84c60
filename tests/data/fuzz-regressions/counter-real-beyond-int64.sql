-- SPDX-License-Identifier: MIT
-- Fuzz regression: a counter stored as the REAL 9.3e18, just above the largest int64.
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('11111111111111111111111111111111', 'fuzz.insights', 'Fuzz');
CREATE TABLE "insights_counter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "value" integer NOT NULL, "app_id" char(32) NOT NULL);
INSERT INTO insights_counter VALUES (1, '2026-01-01 00:00:00', 'above', 'Above int64?', NULL, 9.3e18, '11111111111111111111111111111111'), (2, '2026-01-01 00:00:00', 'below', 'Below int64?', NULL, -9.3e18, '11111111111111111111111111111111');
