-- SPDX-License-Identifier: MIT
-- Fuzz regression: gauges stored as text that reads as out-of-range numbers.
CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL);
INSERT INTO insights_app VALUES ('11111111111111111111111111111111', 'fuzz.insights', 'Fuzz');
CREATE TABLE "insights_gauge" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL, "question" text NULL, "desc" text NULL, "value" NOT NULL, "app_id" char(32) NOT NULL);
INSERT INTO insights_gauge VALUES (1, '2026-01-01 00:00:00', 'text1e400', NULL, NULL, CAST('1e400' AS TEXT), '11111111111111111111111111111111'), (2, '2026-01-01 00:00:00', 'textinf', NULL, NULL, CAST('inf' AS TEXT), '11111111111111111111111111111111'), (3, '2026-01-01 00:00:00', 'text2p63', NULL, NULL, CAST('9223372036854775808' AS TEXT), '11111111111111111111111111111111');
