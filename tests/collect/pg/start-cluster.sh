#!/bin/sh
# SPDX-License-Identifier: MIT
# Starts a private PostgreSQL cluster for the collect tests and loads the bookstore data into it.
#   start-cluster.sh DIR TESTAPP_DB
# DIR gets the cluster (DIR/data) and its unix socket (DIR/socket, port 54329); nothing listens on TCP.
# Run as root (CI), the cluster belongs to the "postgres" system user (initdb refuses root). The database
# "bookstore" gets the tables testapp_author, testapp_book and users_appuser (no personal columns) with
# PostgreSQL types (text where SQLite did not enforce varchar lengths): integer ids, timestamp (without time zone, naive UTC like Django's SQLite text).
# For the read-only and time-zone tests it also gets iv_events (timestamptz, timestamp, date), a sequence, a
# function that writes, and two more login roles: iv_reader (SELECT only, its own TimeZone) and iv_writer
# (INSERT/UPDATE/DELETE, not superuser); ivtest itself is a superuser. The server's TimeZone is
# Pacific/Chatham (+13:45 in summer), so nothing can pass by assuming UTC or the viewer's zone. For the plan
# check: dblink and postgres_fdw (a foreign table looping back into the database), views that hide
# pg_read_file and dblink_exec, and a function that raises a NOTICE.
set -eu
dir=$1
testapp=$2
bin=${IV_PG_BIN:-/usr/lib/postgresql/15/bin}
port=54329

"$(dirname "$0")/stop-cluster.sh" "$dir" 2>/dev/null || true
rm -rf "$dir"
mkdir -p "$dir/socket" "$dir/load"
as_owner=""
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$dir"
    as_owner="runuser -u postgres --"
fi

$as_owner "$bin/initdb" -D "$dir/data" -A trust -U ivtest -E UTF8 --no-locale -N >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
$as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -p $port -c fsync=off -c timezone=Pacific/Chatham" start >/dev/null \
    || { cat "$dir/data/server.log" >&2; exit 1; }

# The data, exported from SQLite as CSV (header-less; NULL as an empty unquoted field).
sqlite3 -csv "$testapp" "SELECT id, created, modified, gender, name, age FROM testapp_author" >"$dir/load/author.csv"
sqlite3 -csv "$testapp" "SELECT id, created, modified, title, author_id FROM testapp_book" >"$dir/load/book.csv"
sqlite3 -csv "$testapp" "SELECT id, is_superuser, created, date_joined FROM users_appuser" >"$dir/load/appuser.csv"
chmod -R a+rX "$dir/load"

psql="psql -X -q -v ON_ERROR_STOP=1 -h $dir/socket -p $port -U ivtest"
$psql -d postgres -c "CREATE DATABASE bookstore"
$psql -d bookstore <<SQL
CREATE TABLE testapp_author (id integer PRIMARY KEY, created timestamp NOT NULL, modified timestamp NOT NULL,
    gender integer NOT NULL, name text NOT NULL UNIQUE, age integer NOT NULL);
CREATE TABLE testapp_book (id integer PRIMARY KEY, created timestamp NOT NULL, modified timestamp NOT NULL,
    title text NOT NULL, author_id bigint NOT NULL REFERENCES testapp_author (id));
CREATE INDEX testapp_book_author_id ON testapp_book (author_id);
CREATE TABLE users_appuser (id integer PRIMARY KEY, is_superuser boolean NOT NULL, created timestamp NOT NULL,
    date_joined timestamp NOT NULL);
\copy testapp_author FROM '$dir/load/author.csv' WITH (FORMAT csv)
\copy testapp_book FROM '$dir/load/book.csv' WITH (FORMAT csv)
\copy users_appuser FROM '$dir/load/appuser.csv' WITH (FORMAT csv)
CREATE TABLE iv_events (id integer PRIMARY KEY, at timestamptz NOT NULL, naive timestamp NOT NULL,
    day date NOT NULL, amount integer NOT NULL);
INSERT INTO iv_events VALUES
    (1, '2024-03-10 04:28:13-05', '2024-03-10 09:28:13', '2024-03-10', 1),
    (2, '2024-01-31 23:30:00+00', '2024-01-31 23:30:00', '2024-01-31', 2),
    (3, '2024-02-01 05:45:00.123456+05:30', '2024-02-01 00:15:00.123456', '2024-02-01', 4),
    (4, '2024-02-29 20:00:00-08', '2024-03-01 04:00:00', '2024-03-01', 8);
CREATE SEQUENCE iv_seq;
CREATE TABLE iv_log (id serial PRIMARY KEY, note text);
CREATE FUNCTION iv_log_write() RETURNS integer VOLATILE LANGUAGE sql
    AS \$\$ INSERT INTO iv_log (note) VALUES ('written') RETURNING id \$\$;
CREATE ROLE iv_reader LOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO iv_reader;
ALTER ROLE iv_reader SET timezone = 'Asia/Kathmandu';
CREATE ROLE iv_writer LOGIN;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO iv_writer;
-- For the plan check (after the grants: the roles above get nothing on these). Views hide a server-file
-- function and a dblink write from the text check; a foreign table (postgres_fdw back into this database)
-- advances a sequence on its "remote" side; a function raises a NOTICE with whatever text it is given.
CREATE EXTENSION dblink;
CREATE EXTENSION postgres_fdw;
CREATE VIEW iv_hostname AS SELECT pg_read_file('/etc/hostname') AS h;
CREATE VIEW iv_remote_delete AS
    SELECT dblink_exec('host=$dir/socket port=$port dbname=bookstore user=ivtest', 'DELETE FROM iv_log') AS r;
CREATE SEQUENCE iv_remote_seq;
CREATE VIEW iv_seq_next AS SELECT nextval('iv_remote_seq') AS n;
CREATE SERVER iv_loop FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$dir/socket', port '$port', dbname 'bookstore');
CREATE USER MAPPING FOR ivtest SERVER iv_loop OPTIONS (user 'ivtest');
CREATE FOREIGN TABLE iv_remote (n bigint) SERVER iv_loop OPTIONS (table_name 'iv_seq_next');
CREATE FUNCTION iv_notice(t text) RETURNS integer STABLE LANGUAGE plpgsql
    AS \$\$ BEGIN RAISE NOTICE '%', t; RETURN 1; END \$\$;
ANALYZE;
SQL
echo "postgresql://ivtest@/bookstore?host=$dir/socket&port=$port"
