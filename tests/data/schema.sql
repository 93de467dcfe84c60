-- SPDX-License-Identifier: MIT
-- Upstream django-insights migration 0001 on SQLite, as in the fixtures (sqlite3 .schema).
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
