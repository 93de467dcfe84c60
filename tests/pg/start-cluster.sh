#!/bin/sh
# SPDX-License-Identifier: MIT
# Starts a private PostgreSQL cluster for the collect tests and loads the bookstore data into it.
#   start-cluster.sh DIR TESTAPP_DB
# DIR gets the cluster (DIR/data) and its unix socket (DIR/socket, port 54329); nothing listens on TCP.
# Run as root (CI), the cluster belongs to the "postgres" system user (initdb refuses root). The database
# "bookstore" gets the tables testapp_author, testapp_book and users_appuser (no personal columns) with
# PostgreSQL types (text where SQLite did not enforce varchar lengths): integer ids, timestamp (without time zone, naive UTC like Django's SQLite text).
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
    -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -p $port -c fsync=off" start >/dev/null \
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
ANALYZE;
SQL
echo "postgresql://ivtest@/bookstore?host=$dir/socket&port=$port"
