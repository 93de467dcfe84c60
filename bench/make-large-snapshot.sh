#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the large benchmark snapshot: bench/make-large-snapshot.sh OUT.db (about 10 s, ~70 MB).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: make-large-snapshot.sh OUT.db}
rm -f "$out"
cat "$here/../tests/data/schema.sql" "$here/large-snapshot.sql" | sqlite3 "$out"
