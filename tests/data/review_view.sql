-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: a view standing where the insights_gauge table should be. The dropped table's
-- page goes to the freelist zeroed (secure_delete): it holds nothing to report.
PRAGMA secure_delete = ON;
DROP TABLE insights_gauge;
CREATE VIEW insights_gauge AS SELECT id, created_at, label, question, "desc", value * 1000 AS value, app_id FROM insights_counter;
