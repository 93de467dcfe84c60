-- SPDX-License-Identifier: MIT
-- A tiny application database for the collect tests (values counted by hand in the comments).
CREATE TABLE shop_order (id integer PRIMARY KEY, created datetime NOT NULL, total real NOT NULL, kind text);
-- 5 orders: 3 in January 2024, 2 in March 2024; totals sum 100.0, average 20.0.
INSERT INTO shop_order VALUES (1, '2024-01-03 10:00:00', 10.0, 'web');
INSERT INTO shop_order VALUES (2, '2024-01-15 23:59:59', 20.0, 'shop');
INSERT INTO shop_order VALUES (3, '2024-01-31 00:00:00', 30.0, 'web');
INSERT INTO shop_order VALUES (4, '2024-03-01 08:30:00', 15.0, 'web');
INSERT INTO shop_order VALUES (5, '2024-03-20 12:00:00', 25.0, NULL);
