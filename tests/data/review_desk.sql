-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql (+ review_personal.sql): personal data inside the insights tables, where a
-- finding must name its question. Known values: bucket values 1 and 11 carry the same address (buckets "hbar"
-- of Shop and "bars" of blog.insights), value 2 another; the gauge's question a phone number; a column
-- upstream does not have holds a third address (dropped from a redacted copy, never replaced).
UPDATE insights_bucketvalue SET category = 'jane.doe@example.org' WHERE id IN (1, 11);
UPDATE insights_bucketvalue SET category = 'bob@example.net' WHERE id = 2;
UPDATE insights_gauge SET question = 'Call +49 30 1234567 about the basket?' WHERE label = 'basket';
ALTER TABLE insights_counter ADD COLUMN note text;
UPDATE insights_counter SET note = 'mail x.y@example.com' WHERE id = 2;
