#!/bin/bash
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshot.png and docs/screenshots/*.png: the real window under a virtual X display
# (xvfb-run + ImageMagick's import, via ../shared/tools/screenshot), 1280x800, on the upstream all-kinds fixture.
# Usage: tools/screenshots.sh [BUILD_DIR]   (run from the project root after building)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
viewer=$build/app/insights-viewer
shot=../shared/tools/screenshot
file=../shared/fixtures/bookstore/insights-all-kinds.db
[ -x "$viewer" ] || { echo "build first: $viewer missing" >&2; exit 2; }
[ -f "$file" ] || { echo "needs the fixtures at $file" >&2; exit 2; }
mkdir -p docs/screenshots
export SIZE=1280x800 WAIT=${WAIT:-4}
take() { # take NAME [ARGS...]
  local name=$1; shift
  "$shot" "docs/screenshots/$name.png" "$viewer" "$@" >/dev/null
  # small files: 8-bit palette, no metadata
  convert "docs/screenshots/$name.png" -strip -colors 256 PNG8:"docs/screenshots/$name.png"
  echo "docs/screenshots/$name.png"
}
take dashboard "$file"
take app "$file" --select "Catalogue — Ünïcode & <b>HTML</b>"
take timeseries "$file" --select books_per_day
take timeseries-weekly "$file" --select books_per_week
take scatterplot "$file" --select title_length_vs_age
take barchart "$file" --select authors_per_decade
take hbarchart "$file" --select top_authors
take gauge "$file" --select share_female_books
take counter "$file" --select count_books_by_centenarians
# No upstream file has a histogram (type 2): draw the one in the project's own test data.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat tests/data/schema.sql tests/data/basic.sql | sqlite3 "$tmp/basic.db"
take histogram "$tmp/basic.db" --select histo
take sample --sample
cp docs/screenshots/timeseries.png docs/screenshot.png
echo docs/screenshot.png
