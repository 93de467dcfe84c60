-- SPDX-License-Identifier: MIT
-- An insights schema whose counter table lacks the required value column.
CREATE TABLE insights_app (uuid char(32) PRIMARY KEY, module varchar(254) NOT NULL UNIQUE, label varchar(254));
CREATE TABLE insights_counter (id integer PRIMARY KEY, label varchar(254) NOT NULL UNIQUE, question text, app_id char(32) NOT NULL);
