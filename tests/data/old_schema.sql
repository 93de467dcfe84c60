-- SPDX-License-Identifier: MIT
-- An older schema: no desc/created_at/xformat/title/category columns and no executiondelta table.
CREATE TABLE insights_app (uuid char(32) PRIMARY KEY, module varchar(254) NOT NULL UNIQUE, label varchar(254));
CREATE TABLE insights_counter (id integer PRIMARY KEY, label varchar(254) NOT NULL UNIQUE, question text, value integer NOT NULL, app_id char(32) NOT NULL);
CREATE TABLE insights_gauge (id integer PRIMARY KEY, label varchar(254) NOT NULL UNIQUE, question text, value real NOT NULL, app_id char(32) NOT NULL);
CREATE TABLE insights_bucket (id integer PRIMARY KEY, label varchar(254) NOT NULL UNIQUE, question text, type integer NOT NULL, xlabel varchar(254), ylabel varchar(254), app_id char(32) NOT NULL);
CREATE TABLE insights_bucketvalue (id integer PRIMARY KEY, timestamp datetime, xvalue real NOT NULL, yvalue real NOT NULL, bucket_id integer NOT NULL);
INSERT INTO insights_app VALUES ('44444444444444444444444444444444', 'legacy.insights', 'Legacy');
INSERT INTO insights_counter VALUES (1, 'visits', 'Visits?', 10, '44444444444444444444444444444444');
INSERT INTO insights_gauge VALUES (1, 'ratio', 'Ratio?', 0.5, '44444444444444444444444444444444');
INSERT INTO insights_bucket VALUES (1, 'per_year', 'Per year?', 1, 'Year', 'Visits', '44444444444444444444444444444444');
INSERT INTO insights_bucketvalue VALUES (1, '2024-01-01 00:00:00', 3, 0, 1), (2, '2025-01-01 00:00:00', 7, 0, 1);
