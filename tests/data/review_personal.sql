-- SPDX-License-Identifier: MIT
-- With schema.sql + basic.sql: personal data where a shared snapshot must not have any. An extra table (as if a
-- careless query had copied customers into the file) and one insights text. Known values, independently valid:
-- the IBAN is the standard example DE89 3704 0044 0532 0130 00 (mod 97 = 1), the card 4111 1111 1111 1111 passes
-- Luhn. The "near misses" (row 3) must NOT be reported: wrong IBAN check digits, wrong Luhn digit, octet > 255.
CREATE TABLE customers (id integer PRIMARY KEY, name text, email text, phone text, iban text, card text, ip text, note text);
INSERT INTO customers (id, name, email, phone, iban, card, ip, note) VALUES
  (1, 'Jane Doe', 'jane.doe@example.org', '+49 30 1234567', 'DE89 3704 0044 0532 0130 00', '4111 1111 1111 1111', '192.168.10.20', 'fine'),
  (2, 'John Roe', 'contact: john.roe@mail.example.com', '030 12345678', 'paid to DE89370400440532013000 today', '5500-0000-0000-0004', 'from 2a01:4f8::8a2e:370:7334', NULL),
  (3, 'Near Miss', 'no at sign here', '2026-11-28 04:00:35', 'DE89 3704 0044 0532 0130 01', '4111 1111 1111 1112', '999.1.1.1', 'version 1.2.3');
UPDATE insights_counter SET "desc" = 'Ask ops@shop.example if this looks wrong' WHERE label = 'orders';
