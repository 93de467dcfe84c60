-- SPDX-License-Identifier: MIT
-- The help-desk site's own data: 5 tickets, 3 open and 2 closed, with their handling time in hours.
CREATE TABLE tickets_ticket (id integer PRIMARY KEY, created datetime NOT NULL, status text NOT NULL,
                             hours integer NOT NULL);
INSERT INTO tickets_ticket VALUES (1, '2024-03-30 22:30:00', 'open', 3);
INSERT INTO tickets_ticket VALUES (2, '2024-03-31 09:00:00', 'closed', 5);
INSERT INTO tickets_ticket VALUES (3, '2024-04-01 10:00:00', 'open', 1);
INSERT INTO tickets_ticket VALUES (4, '2024-04-02 11:00:00', 'open', 8);
INSERT INTO tickets_ticket VALUES (5, '2024-04-03 12:00:00', 'closed', 2);
