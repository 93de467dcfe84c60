-- SPDX-License-Identifier: MIT
-- Hostile bucket values for the data-export identity test (after schema.sql): insights_bucketvalue is recreated
-- without column types, so every SQLite storage class reaches the exporter as stored (INTEGER, REAL, TEXT, BLOB,
-- NULL). export_expected holds, for each hostile row, the CSV text each cell must export to, written by hand
-- from the format's definition (model/export/dataexport.h: shortest round-trip numbers, plain digits for
-- 1e-5 <= |v| < 1e16, the shorter of plain and exponent form outside; ISO 8601 UTC timestamps; the stored text
-- when a timestamp does not parse, a BLOB read as UTF-8 with U+FFFD for bytes that are not).
DROP TABLE insights_bucketvalue;
CREATE TABLE insights_bucketvalue (id INTEGER PRIMARY KEY, timestamp, xvalue, yvalue, category, bucket_id);
CREATE TABLE export_expected (id INTEGER PRIMARY KEY, timestamp TEXT, x TEXT, y TEXT);
INSERT INTO insights_app (uuid, module, label) VALUES ('22222222222222222222222222222222', 'hostile.insights', 'Hostile "exports", Ünïcode');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
 (1, '2026-01-01 10:00:00', 'values "quoted", ünï', 'Values?', NULL, 1, 'When', '%Y-%m-%d', 'Value, raw', NULL, 'Values', '22222222222222222222222222222222'),
 (2, '2026-01-01 10:00:00', 'scatter', 'Scatter?', NULL, 3, 'Size', NULL, 'Price', NULL, 'Scatter', '22222222222222222222222222222222'),
 (3, '2026-01-01 10:00:00', 'bars', 'Bars?', NULL, 4, NULL, NULL, NULL, NULL, 'Bars', '22222222222222222222222222222222'),
 (4, '2026-01-01 10:00:00', 'generated', 'Generated?', NULL, 3, 'Y', NULL, 'X', NULL, 'Generated', '22222222222222222222222222222222'),
 (5, '2026-01-01 10:00:00', 'many categories', 'Many?', NULL, 4, NULL, NULL, NULL, NULL, 'Many', '22222222222222222222222222222222');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
 (1,  '2016-11-01 00:00:00',            0.1,                       0,                    NULL, 1),
 (2,  '2016-11-01 00:00:00.5',          1e300,                     -0.0,                 '', 1),
 (3,  '2016-11-01 00:00:00.123456',     5e-324,                    2.2250738585072014e-308, 'a,b', 1),
 (4,  '2016-11-01T00:00:00Z',           1.7976931348623157e308,    0.30000000000000004,  'say "hi"', 1),
 (5,  '2016-11-01 00:00:00+00:00',      9223372036854775807,       -9223372036854775808, 'line' || char(10) || 'break', 1),
 (6,  '2016-11-01 00:00:00+02:00',      9007199254740993,          9007199254740992.0,   'Ünïcode 🎧 サポート', 1),
 (7,  '2016-11-01',                     1e16,                      9999999999999998.0,   'tab' || char(9) || 'and' || char(1) || 'ctl', 1),
 (8,  '2016-11-01 12:34',               1e-5,                      9.999999999999999e-6, 'back\slash </script>', 1),
 (9,  '0001-01-01 00:00:00',            123456.789,                -1.5e-7,              'carriage' || char(13) || 'return', 1),
 (10, '9999-12-31 23:59:59.999999',     1e21,                      1e23,                 CAST(x'ff41' AS TEXT), 1),
 (11, '',                               100,                       -42,                  'a,b', 1),
 (12, NULL,                             ' 12 ',                    '1e5',                NULL, 1),
 (13, 12345,                            'abc',                     '',                   'x', 1),
 (14, 'garbage, "quoted"',              'inf',                     '-Infinity',          'x', 1),
 (15, '2016-02-30 00:00:00',            'nan',                     '1e999',              'y', 1),
 (16, '2016-11-01 00:00:00.1234567',    NULL,                      x'00ff',              'y', 1),
 (17, x'ff00',                          0.000123,                  3.141592653589793,    'z', 1),
 (18, '2016-11-01 00:00:00.000000',     -1234567890123456.7,       1e-300,               'z', 1),
 (19, '2024-02-29 23:59:59.000001',     0.1 + 0.2,                 1.0 / 3,              'z', 1),
 (20, 1.5,                              2.5e-5,                    123456789012345678,   'z', 1),
 (21, '2016-11-01 00:00:00.100',        4.35,                      -0.0001,              'z', 1),
 (22, 'line' || char(10) || 'stamp',    1e15 + 0.5,                65536.00000000001,    'z', 1),
 (30, NULL,                             3.5,                       1,                    'small', 2),
 (31, NULL,                             -7.25,                     2e-7,                 'large', 2),
 (40, NULL,                             10,                        0,                    'Apples', 3),
 (41, NULL,                             -3,                        0,                    'Pears, "green"', 3);
INSERT INTO export_expected (id, timestamp, x, y) VALUES
 (1,  '2016-11-01T00:00:00Z',            '0.1',                    '0'),
 (2,  '2016-11-01T00:00:00.500000Z',     '1e+300',                 '-0'),
 (3,  '2016-11-01T00:00:00.123456Z',     '5e-324',                 '2.2250738585072014e-308'),
 (4,  '2016-11-01T00:00:00Z',            '1.7976931348623157e+308', '0.30000000000000004'),
 (5,  '2016-11-01T00:00:00Z',            '9223372036854776000',    '-9223372036854776000'),
 (6,  '2016-11-01 00:00:00+02:00',       '9007199254740992',       '9007199254740992'),
 (7,  '2016-11-01T00:00:00Z',            '1e+16',                  '9999999999999998'),
 (8,  '2016-11-01T12:34:00Z',            '0.00001',                '9.999999999999999e-06'),
 (9,  '0001-01-01T00:00:00Z',            '123456.789',             '-1.5e-07'),
 (10, '9999-12-31T23:59:59.999999Z',     '1e+21',                  '1e+23'),
 (11, '',                                '100',                    '-42'),
 (12, NULL,                              '12',                     '100000'),
 (13, '12345',                           '',                       ''),
 (14, 'garbage, "quoted"',               'inf',                    '-inf'),
 (15, '2016-02-30 00:00:00',             '',                       ''),
 (16, '2016-11-01T00:00:00.123456Z',     '',                       ''),
 (17, CAST(x'efbfbd00' AS TEXT),         '0.000123',               '3.141592653589793'),
 (18, '2016-11-01T00:00:00Z',            '-1234567890123456.8',    '1e-300'),
 (19, '2024-02-29T23:59:59.000001Z',     '0.30000000000000004',    '0.3333333333333333'),
 (20, '1.5',                             '0.000025',               '123456789012345680'),
 (21, '2016-11-01T00:00:00.100000Z',     '4.35',                   '-0.0001'),
 (22, 'line' || char(10) || 'stamp',     '1000000000000000.5',     '65536.00000000001');
-- Generated rows: reals of every magnitude (10^-320 … 10^300, both signs), integers up to 2^62, timestamps
-- with and without fractions.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
 INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
 SELECT 1000 + i,
        strftime('%Y-%m-%d %H:%M:%S', 1000000000 + i * 7919) || CASE WHEN i % 3 = 0 THEN printf('.%06d', i * 37 % 1000000) ELSE '' END,
        (random() / 9.2233720368547758e18) * pow(10.0, abs(random()) % 620 - 320),
        CASE WHEN i % 2 = 0 THEN random() >> (abs(random()) % 63) ELSE (abs(random()) % 100000) / 1000.0 END,
        CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN 'c' || (i % 7) WHEN 2 THEN 'quote "' || (i % 3) || '"' ELSE 'comma, ' || (i % 5) END,
        4
   FROM n;
-- More distinct categories than the exporter keeps encoded, revisited out of order.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)
 INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
 SELECT 10000 + i, NULL, i, 0, 'category, ' || (i * 7919 % 6000), 5 FROM n;
