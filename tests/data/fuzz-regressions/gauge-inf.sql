-- SPDX-License-Identifier: MIT
-- Fuzz regression: gauges of +inf and -inf (9e999 overflows to infinity when SQLite parses it).
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('11111111111111111111111111111111', 'fuzz.insights', 'Fuzz');
CREATE TABLE "insights_gauge" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "value" real NOT NULL, "app_id" char(32) NOT NULL);
INSERT INTO insights_gauge VALUES (1, '2026-01-01 00:00:00', 'inf', 'Infinite?', NULL, 9e999, '11111111111111111111111111111111'), (2, '2026-01-01 00:00:00', 'minf', 'Minus infinite?', NULL, -9e999, '11111111111111111111111111111111');
