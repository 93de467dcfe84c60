-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: insights_bucket without its title column, and an extra column elsewhere.
ALTER TABLE insights_bucket DROP COLUMN title;
ALTER TABLE insights_app ADD COLUMN owner text;
