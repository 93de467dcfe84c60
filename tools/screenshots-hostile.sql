-- SPDX-License-Identifier: MIT
-- Content for tools/screenshots.sh that upstream's files do not have (with tests/data/schema.sql): a score that
-- moves little far from 0, many bars with long and non-Latin labels, negative bars, a dense 60k scatterplot.
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'support.insights', 'Helpdesk 🎧 サポートチーム');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
 (1, '2026-01-01 10:00:00', 'satisfaction', 'Satisfaction?', NULL, 1, 'Week', '%Y-W%W', 'Score', NULL, 'Satisfaction score', '11111111111111111111111111111111'),
 (2, '2026-01-01 10:00:00', 'big_scatter', 'Wait vs rating?', NULL, 3, 'Wait (min)', NULL, 'Rating', NULL, 'Wait vs rating', '11111111111111111111111111111111'),
 (3, '2026-01-01 10:00:00', 'teams', 'Tickets per team?', NULL, 5, 'Team', NULL, 'Tickets', NULL, 'Tickets per team', '11111111111111111111111111111111'),
 (4, '2026-01-01 10:00:00', 'balance', 'Balance per month?', NULL, 4, 'Month', NULL, 'Balance', NULL, 'Balance', '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
 ('2026-01-05 00:00:00', 3.58, 0, NULL, 1), ('2026-01-12 00:00:00', 3.71, 0, NULL, 1), ('2026-01-19 00:00:00', 3.66, 0, NULL, 1),
 ('2026-01-26 00:00:00', 3.9, 0, NULL, 1), ('2026-02-02 00:00:00', 3.84, 0, NULL, 1), ('2026-02-09 00:00:00', 4.05, 0, NULL, 1);
-- Sums of three uniform draws: dense in the middle, sparse at the rim.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
 INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
 SELECT NULL, (abs(random()) % 1000 + abs(random()) % 1000 + abs(random()) % 1000) / 300.0,
              (abs(random()) % 1000 + abs(random()) % 1000 + abs(random()) % 1000) / 30.0, NULL, 2 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
 INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
 SELECT NULL, 1000 + (i * 37) % 45 * 311, i * 3,
   CASE i % 5 WHEN 0 THEN 'サポートチーム ' || i WHEN 1 THEN 'Helpdesk 🎧 ' || i
              WHEN 2 THEN 'A very long team name that goes on and on beyond thirty characters ' || i ELSE 'Team ' || i END, 3 FROM n;
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES
 (NULL, 1200.5, 0, 'Jan', 4), (NULL, -830.25, 0, 'Feb', 4), (NULL, 15000, 0, 'Mar', 4), (NULL, -12.5, 0, 'Apr', 4);
