-- SPDX-License-Identifier: MIT
-- Labels in every script and of every length (with schema.sql): right-to-left Arabic and Hebrew, Thai and
-- Devanagari (combining marks, no spaces), CJK, empty and NULL categories, one very long word, emoji, and
-- values that are huge, tiny, all negative, all zero or a single bar. Written by hand to break layouts that
-- were tuned on Latin text; the chart size sweep draws every chart at widths 320 to 1920 px.
INSERT INTO insights_app (uuid, module, label) VALUES
  ('55555555555555555555555555555555', 'scripts.insights', 'מכירות ושירות — مبيعات وخدمة'),
  ('66666666666666666666666666666666', 'edge.insights', NULL);
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-01-01 10:00:00', 'wait_days', 'זמן המתנה ממוצע (days)', '', 12.75, '55555555555555555555555555555555'),
  (2, '2026-01-01 10:00:00', 'loss_eur', 'Verlust im Quartal (EUR)', '', -1234567.891, '55555555555555555555555555555555'),
  (3, '2026-01-01 10:00:00', 'tiny_share', 'ส่วนแบ่งตลาด (%)', '', 0.000125, '66666666666666666666666666666666'),
  (4, '2026-01-01 10:00:00', 'below_zero_pct', 'परिवर्तन (%)', '', -250.5, '66666666666666666666666666666666');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-01-01 10:00:01', 'rtl_regions', 'المبيعات حسب المنطقة؟', NULL, 4, 'المنطقة', NULL, 'המכירות', NULL, 'المبيعات حسب المنطقة والفرع الرئيسي في الشرق الأوسط وشمال أفريقيا', '55555555555555555555555555555555'),
  (2, '2026-01-01 10:00:02', 'mixed_agents', 'Tickets per agent (mixed scripts)?', NULL, 5, 'Agent', NULL, 'Tickets', NULL, NULL, '55555555555555555555555555555555'),
  (3, '2026-01-01 10:00:03', 'thai_devanagari', 'Orders per province?', NULL, 4, 'จังหวัด / प्रदेश', NULL, 'Orders', NULL, NULL, '55555555555555555555555555555555'),
  (4, '2026-01-01 10:00:04', 'all_negative', 'Losses per branch?', NULL, 4, 'Branch', NULL, 'Loss', NULL, NULL, '66666666666666666666666666666666'),
  (5, '2026-01-01 10:00:05', 'all_zero', 'Refunds per store?', NULL, 5, 'Store', NULL, 'Refunds', NULL, NULL, '66666666666666666666666666666666'),
  (6, '2026-01-01 10:00:06', 'one_bar', 'One bar?', NULL, 4, 'Only', NULL, 'Count', NULL, NULL, '66666666666666666666666666666666'),
  (7, '2026-01-01 10:00:07', 'binned', 'Delivery time?', NULL, 2, 'Days', NULL, 'Parcels', NULL, NULL, '66666666666666666666666666666666'),
  (8, '2026-01-01 10:00:08', 'tiny_and_huge', 'Ratio per sensor?', NULL, 5, 'Sensor', NULL, 'Ratio', NULL, NULL, '66666666666666666666666666666666'),
  (9, '2026-01-01 10:00:09', 'monthly_names', 'Revenue per month (names)?', NULL, 1, 'Month', '%B %Y', 'Revenue', NULL, NULL, '55555555555555555555555555555555'),
  (10, '2026-01-01 10:00:10', 'scatter_scripts', 'Price against weight?', NULL, 3, 'Weight (kg)', NULL, 'Price', NULL, NULL, '55555555555555555555555555555555'),
  (11, '2026-01-01 10:00:11', 'long_word', 'One long word?', NULL, 4, 'Word', NULL, 'Count', NULL, NULL, '66666666666666666666666666666666'),
  (12, '2026-01-01 10:00:12', 'many_hbars', 'Sales per store (60)?', NULL, 5, 'Store', NULL, 'Sales', NULL, NULL, '66666666666666666666666666666666');
-- Right-to-left categories, long and short, with numbers inside (which must not be cut).
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 1520340.5, 0, 'الرياض', 1), (NULL, -87250.25, 0, 'القاهرة الكبرى والإسكندرية ومحافظات الدلتا', 1),
  (NULL, 412.125, 0, 'תל אביב–יפו', 1), (NULL, 99999.99, 0, 'ירושלים 2024 סניף 17', 1),
  (NULL, 0.5, 0, 'بيروت', 1), (NULL, 60000, 0, 'עמאן / عمّان', 1);
-- 24 agents in six scripts, yvalue on every bar.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 24)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 50 + i * 23.5, i * 3, CASE i % 6 WHEN 0 THEN 'محمد عبد الرحمن بن ' || i WHEN 1 THEN 'יוסף בן־דוד ' || i
    WHEN 2 THEN 'สมชาย ใจดีมากมาย ' || i WHEN 3 THEN 'राजेश कुमार श्रीवास्तव ' || i WHEN 4 THEN '김민준 ' || i
    ELSE '佐藤 健太郎 ' || i END, 2 FROM n;
-- Thai and Devanagari provinces, no spaces inside words.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 3400, 0, 'กรุงเทพมหานครและปริมณฑล', 3), (NULL, 2750, 0, 'เชียงใหม่', 3), (NULL, 1980, 0, 'उत्तर प्रदेश', 3),
  (NULL, 1204, 0, 'महाराष्ट्र', 3), (NULL, 15, 0, 'ภูเก็ต', 3), (NULL, 870, 0, 'पश्चिम बंगाल', 3),
  (NULL, 660, 0, 'นครราชสีมา', 3), (NULL, 505, 0, 'तमिलनाडु', 3);
-- All negative, an empty and a NULL category among them.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, -852041.97, 0, 'Nord', 4), (NULL, -119589.01, 0, '', 4), (NULL, -3.5, 0, NULL, 4),
  (NULL, -45000, 0, 'Süd-Ost 🏬', 4), (NULL, -0.001, 0, 'West', 4);
-- All zero.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 7)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 0, 0, 'Store ' || i, 5 FROM n;
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 1234567890123, 0, 'الوحيد', 6);
-- Histogram whose bins carry their labels (ranges) and one bin far taller than the rest.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 12, 0, '0–1', 7), (NULL, 48210, 1, '1–2', 7), (NULL, 9001, 2, '2–4', 7), (NULL, 250, 4, '4–8', 7),
  (NULL, 3, 8, '8–16', 7), (NULL, 0, 16, '16 or more days, including parcels returned to the sender', 7);
-- Tiny and huge ratios side by side.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 0.000031, 0, 'sensor-α', 8), (NULL, 1.0000000001, 0, 'sensor-β', 8), (NULL, 7.25e9, 0, 'sensor-γ', 8),
  (NULL, 0.333333333333, 0, 'sensor-δ', 8);
-- Monthly with month names in the xformat, over three years, a month missing.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 35)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT strftime('%Y-%m-%d 00:00:00', '2022-01-01', '+' || i || ' months'), 98000.5 + i * 1733.3 - (i % 4) * 25000, 0, NULL, 9 FROM n WHERE i <> 17;
-- Scatter with categories in four scripts.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, (i * 37 % 50) * 0.75, (i * 53 % 89) * 1050.5 - 9000, CASE i % 4 WHEN 0 THEN 'ทองคำ' WHEN 1 THEN 'चांदी'
    WHEN 2 THEN 'ذهب أبيض' ELSE '白金' END, 10 FROM n;
-- One word of 200 letters, and a short one.
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (NULL, 4200, 0, 'DonaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftDonaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftDonaudampfschifffahrtselektrizitäten', 11),
  (NULL, 17, 0, 'x', 11);
-- 60 stores: the rest folded into "Others".
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT NULL, 100000 / i + 0.37, 0, CASE i % 3 WHEN 0 THEN 'متجر رقم ' || i WHEN 1 THEN 'חנות ' || i ELSE 'ร้านค้าสาขา ' || i END, 12 FROM n;
INSERT INTO django_migrations (app, name, applied) VALUES ('insights', '0001_initial', '2026-01-01 09:59:00');
