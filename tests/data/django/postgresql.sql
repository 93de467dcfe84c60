-- SPDX-License-Identifier: MIT
-- The help-desk site's data (site/site.sql) on PostgreSQL, typed as Django's migrations would with USE_TZ:
-- created is a timestamptz.
CREATE TABLE tickets_ticket (id integer PRIMARY KEY, created timestamptz NOT NULL, status text NOT NULL,
                             hours integer NOT NULL);
INSERT INTO tickets_ticket VALUES (1, '2024-03-30 22:30:00+00', 'open', 3),
                                  (2, '2024-03-31 09:00:00+00', 'closed', 5),
                                  (3, '2024-04-01 10:00:00+00', 'open', 1),
                                  (4, '2024-04-02 11:00:00+00', 'open', 8),
                                  (5, '2024-04-03 12:00:00+00', 'closed', 2);
