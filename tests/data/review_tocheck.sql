-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: a bucket about people whose values no detector recognises (two teams, a
-- placeholder, a period) — the review is clean, but lists "Support Team" and "Billing Team" to check by eye; the
-- placeholder and the period are not listed.
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (6, '2026-01-02 09:31:00', 'tickets_per_agent', 'Tickets per agent?', NULL, 4, 'Agent', NULL, 'Tickets', NULL, NULL, '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (16, NULL, 12, 0, 'Support Team', 6), (17, NULL, 8, 0, 'Billing Team', 6), (18, NULL, 3, 0, 'Unassigned', 6),
  (19, NULL, 2, 0, 'Q3 2025', 6);
