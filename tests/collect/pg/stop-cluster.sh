#!/bin/sh
# SPDX-License-Identifier: MIT
# Stops the private cluster started by start-cluster.sh DIR and removes DIR.
set -u
dir=$1
bin=${IV_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner=""
    [ "$(id -u)" -eq 0 ] && as_owner="runuser -u postgres --"
    $as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
fi
rm -rf "$dir"
