-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: a trigger, which upstream never defines (it must not run while reading).
CREATE TABLE audit (id integer PRIMARY KEY, note text);
CREATE TRIGGER counter_read AFTER UPDATE ON insights_counter BEGIN INSERT INTO audit (note) VALUES ('touched'); END;
