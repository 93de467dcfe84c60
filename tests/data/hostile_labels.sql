-- SPDX-License-Identifier: MIT
-- Labels and values that break charts at small sizes (with schema.sql): negative and huge values, float
-- noise, long, non-Latin and many categories, and series of every period. The chart size sweep draws every
-- chart of this file at widths 320 to 1920 px and heights 200 to 900 px.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('33333333333333333333333333333333', 'finance.insights', 'Finance'),
  ('44444444444444444444444444444444', 'helpdesk.insights', 'Helpdesk');
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-01-01 10:00:00', 'revenue_change', 'Revenue change (%)', '', -12.2, '33333333333333333333333333333333'),
  (2, '2026-01-01 10:00:00', 'sla_met', 'Tickets within SLA (%)', '', 87.5, '44444444444444444444444444444444'),
  (3, '2026-01-01 10:00:00', 'resolution_hours', 'Average resolution time (hours)', '', 573607.729999993, '44444444444444444444444444444444'),
  (4, '2026-01-01 10:00:00', 'overshoot', 'Capacity used (%)', '', 132.5, '44444444444444444444444444444444');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-01-01 10:00:01', 'balance_by_currency', 'Balance per currency?', NULL, 4, 'Currency', NULL, 'Balance', NULL, 'Balance per currency', '33333333333333333333333333333333'),
  (2, '2026-01-01 10:00:02', 'revenue_by_segment', 'Revenue per segment?', NULL, 5, 'Segment', NULL, 'Revenue', NULL, NULL, '33333333333333333333333333333333'),
  (3, '2026-01-01 10:00:03', 'tickets_by_agent', 'Tickets per agent?', NULL, 5, 'Agent', NULL, 'Tickets', NULL, NULL, '44444444444444444444444444444444'),
  (4, '2026-01-01 10:00:04', 'tickets_by_category', 'Tickets per category?', NULL, 4, 'Category', NULL, 'Tickets', NULL, NULL, '44444444444444444444444444444444'),
  (5, '2026-01-01 10:00:05', 'monthly_revenue', 'Revenue per month?', NULL, 1, 'Month', '%b %Y', 'Revenue', NULL, NULL, '33333333333333333333333333333333'),
  (6, '2026-01-01 10:00:06', 'weekly_tickets', 'Tickets per week?', NULL, 1, 'Week', '%Y-W%W', 'Tickets', NULL, NULL, '44444444444444444444444444444444'),
  (7, '2026-01-01 10:00:07', 'yearly_customers', 'Customers per year?', NULL, 1, 'Year', '%Y', 'Customers', NULL, NULL, '33333333333333333333333333333333'),
  (8, '2026-01-01 10:00:08', 'quarterly_margin', 'Margin per quarter?', NULL, 1, 'Quarter', '%Y-%m', 'Margin', NULL, NULL, '33333333333333333333333333333333'),
  (9, '2026-01-01 10:00:09', 'hourly_load', 'Open tickets per hour?', NULL, 1, 'Hour', '%H:%M', 'Open tickets', NULL, NULL, '44444444444444444444444444444444'),
  (10, '2026-01-01 10:00:10', 'cost_vs_duration', 'Cost against duration?', NULL, 3, 'Duration (days)', NULL, 'Cost', NULL, NULL, '44444444444444444444444444444444'),
  (11, '2026-01-01 10:00:11', 'response_histogram', 'Response times?', NULL, 2, 'Minutes', NULL, 'Tickets', NULL, NULL, '44444444444444444444444444444444'),
  (12, '2026-01-01 10:00:12', 'huge_values', 'Stored bytes per tenant?', NULL, 4, 'Tenant', NULL, 'Bytes', NULL, NULL, '33333333333333333333333333333333'),
  (13, '2026-01-01 10:00:13', 'daily_balance', 'Cash position per day?', NULL, 1, 'Day', '%Y-%m-%d', 'Cash', NULL, NULL, '33333333333333333333333333333333');
-- Currencies: negative and positive, float noise, a near-zero bar.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, -119589.01, 0, 'GBP', 1), (NULL, 852041.97, 0, 'EUR', 1), (NULL, 573607.729999993, 0, 'USD', 1),
  (NULL, -12.5, 0, 'JPY', 1), (NULL, 3.14159, 0, 'CHF', 1), (NULL, -45210.5, 0, 'SEK', 1);
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 852041.97, 12, 'Enterprise', 2), (NULL, -119589.01, 3, 'Public sector — Bundesländer und Gemeinden', 2),
  (NULL, 217590, 471, 'Small & medium businesses in the European Economic Area', 2),
  (NULL, 9.99, 1, '中小企業 (東京・大阪)', 2), (NULL, -0.5, 0, 'Ελληνικά', 2), (NULL, 40123.25, 8, 'عربي', 2);
-- 18 agents, long and non-Latin names.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 18)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 1000 + i * 137, i, CASE i % 4 WHEN 0 THEN 'Agent ' || i || ' Ødegård-Müller'
    WHEN 1 THEN 'Jamie Mccarthy the ' || i || 'th of the support team' WHEN 2 THEN '张伟 ' || i ELSE 'Ана ' || i END, 3 FROM n;
-- 40 categories: the rest are folded into "Others (N)".
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 20000 - i * 450.25, 0, 'Hardware & Procurement Requests ' || i, 4 FROM n;
-- Monthly, two years.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 23)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d 00:00:00', '2023-01-01', '+' || i || ' months'), 1200000 + i * 35000.5 - (i % 5) * 90000, 0, NULL, 5 FROM n;
-- Weekly (Mondays), 30 weeks.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d 00:00:00', '2023-10-02', '+' || (i * 7) || ' days'), 40 + (i * 7) % 23, 0, NULL, 6 FROM n;
-- Yearly, three points.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  ('2022-01-01 00:00:00', 1200, 0, NULL, 7), ('2023-01-01 00:00:00', 1850, 0, NULL, 7), ('2024-01-01 00:00:00', 2410, 0, NULL, 7);
-- Quarterly, eight quarters, negative margins.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 7)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d 00:00:00', '2022-01-01', '+' || (i * 3) || ' months'), -0.125 + i * 0.041, 0, NULL, 8 FROM n;
-- Hourly over two days, 05:00 of the first day missing.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 47)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d %H:00:00', '2024-03-14', '+' || i || ' hours'), 10 + (i * 13) % 17, 0, NULL, 9 FROM n WHERE i <> 5;
-- Scatter: huge and negative values, 25 categories.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, (i * 7919 % 1000) * 1234.567 - 250000, (i * 31 % 97) - 20.5, 'Категория ' || (i % 25), 10 FROM n;
-- Histogram: bins by their lower bound in minutes.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 11)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 5 + (i * 37) % 120, i * 250, NULL, 11 FROM n;
-- Huge values.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 3.4e15, 0, 'tenant-a', 12), (NULL, 1.2e12, 0, 'tenant-b', 12), (NULL, 987654321, 0, 'tenant-c', 12),
  (NULL, 4.5e14, 0, 'tenant-d', 12);
-- Daily over 400 days, crossing zero.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d 00:00:00', '2023-06-01', '+' || i || ' days'), (i % 60) * 2500.75 - 60000, 0, NULL, 13 FROM n;
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
