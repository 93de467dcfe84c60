-- SPDX-License-Identifier: MIT
-- A valid SQLite database that is not an insights snapshot.
CREATE TABLE customers (id integer PRIMARY KEY, email text);
INSERT INTO customers VALUES (1, 'someone@example.org');
