-- SPDX-License-Identifier: MIT
-- The help-desk site's own data: 5 tickets, 3 open and 2 closed, with their handling time in hours.
CREATE TABLE tickets_ticket (id integer PRIMARY KEY, created datetime NOT NULL, status text NOT NULL,
                             hours integer NOT NULL);
INSERT INTO tickets_ticket VALUES (1, '2024-03-30 22:30:00', 'open', 3);
INSERT INTO tickets_ticket VALUES (2, '2024-03-31 09:00:00', 'closed', 5);
INSERT INTO tickets_ticket VALUES (3, '2024-04-01 10:00:00', 'open', 1);
INSERT INTO tickets_ticket VALUES (4, '2024-04-02 11:00:00', 'open', 8);
INSERT INTO tickets_ticket VALUES (5, '2024-04-03 12:00:00', 'closed', 2);
-- Visits (app visits), stored as Django stores them: UTC without offset. In Europe/Amsterdam: Saturday
-- 30 March 23:30, Sunday 31 March 00:30, 01:59:59 and 03:00 (summer time from 02:00), Monday 1 April 00:15;
-- Sunday 27 October 00:30, 02:30 twice (summer, then winter time), Monday 28 October 00:30; Monday
-- 30 December 00:30 (ISO week 1 of 2025; in UTC a Sunday of week 52).
CREATE TABLE visits_visit (id integer PRIMARY KEY, created datetime NOT NULL);
INSERT INTO visits_visit VALUES (1, '2024-03-30 22:30:00'), (2, '2024-03-30 23:30:00'),
                                (3, '2024-03-31 00:59:59'), (4, '2024-03-31 01:00:00'),
                                (5, '2024-03-31 22:15:00'), (6, '2024-10-26 22:30:00'),
                                (7, '2024-10-27 00:30:00'), (8, '2024-10-27 01:30:00'),
                                (9, '2024-10-27 23:30:00'), (10, '2024-12-29 23:30:00');
