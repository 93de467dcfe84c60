-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: counters whose own texts say they are about people. The question of
-- "tickets_of_agent" names a person with an unknown family name (a weaker name, found because the counter is
-- about an agent); the same sentence in a counter about orders is not reported.
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (3, '2026-01-01 10:00:03', 'tickets_of_agent', 'Open tickets of agent Adam Qwzrtyk?', NULL, 7, '11111111111111111111111111111111'),
  (4, '2026-01-01 10:00:04', 'orders_shipped', 'Orders shipped with Adam Qwzrtyk?', NULL, 9, '11111111111111111111111111111111');
