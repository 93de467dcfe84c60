#!/bin/bash
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshot.png and docs/screenshots/*.png: the real window under a virtual X display
# (xvfb-run + ImageMagick's import, via ../shared/tools/screenshot), 1280x800, on the upstream all-kinds fixture,
# in the light theme and English; a few pages again in the dark theme, in German and at 800x500; and every
# chart kind as exported (--export-charts), light and dark, English and German, including hostile content
# (a score from 3.58 to 4.05, 45 bars with long and non-Latin labels, negative bars, a dense 60k scatterplot).
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
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The theme comes from the preferences: a private settings directory per theme.
mkdir -p "$tmp/light/InsightsViewer" "$tmp/dark/InsightsViewer"
printf '[appearance]\ntheme=light\n' >"$tmp/light/InsightsViewer/insights-viewer.conf"
printf '[appearance]\ntheme=dark\n' >"$tmp/dark/InsightsViewer/insights-viewer.conf"
export XDG_CONFIG_HOME=$tmp/light
png8() { convert "$1" -strip -colors 256 PNG8:"$1"; } # small files: 8-bit palette, no metadata
take() { # take NAME [ARGS...]
  local name=$1; shift
  "$shot" "docs/screenshots/$name.png" "$viewer" "$@" >/dev/null
  png8 "docs/screenshots/$name.png"
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
cat tests/data/schema.sql tests/data/basic.sql | sqlite3 "$tmp/basic.db"
take histogram "$tmp/basic.db" --select histo
take sample --sample
# Dark theme, German, and a small window.
XDG_CONFIG_HOME=$tmp/dark take dark-hbarchart "$file" --select top_authors
XDG_CONFIG_HOME=$tmp/dark take dark-app "$file" --select "Catalogue — Ünïcode & <b>HTML</b>"
take de-timeseries --language de "$file" --select books_per_week
SIZE=800x500 take small-dashboard "$file"
SIZE=800x500 take small-app "$file" --select "Catalogue — Ünïcode & <b>HTML</b>"
SIZE=800x500 take small-hbarchart "$file" --select top_authors

# Every chart kind as exported (PNG, 8×4 in at 180 dpi, scaled to half for the docs), light and dark, English
# and German, on the all-kinds fixture and on hostile content.
cat tests/data/schema.sql tools/screenshots-hostile.sql | sqlite3 "$tmp/hostile.db"
rm -rf docs/screenshots/charts; mkdir -p docs/screenshots/charts
for variant in "light en" "dark en" "light de" "dark de"; do
  set -- $variant
  out=$tmp/export-$1-$2
  "$viewer" --language "$2" --export-charts "$out" --theme "$1" "$file" >/dev/null 2>&1
  "$viewer" --language "$2" --export-charts "$out" --theme "$1" "$tmp/hostile.db" >/dev/null 2>&1
  "$viewer" --language "$2" --export-charts "$out" --theme "$1" --question histo "$tmp/basic.db" >/dev/null 2>&1
  # Two of each kind (upstream's and a hostile one), the histogram once.
  for name in books_per_week satisfaction title_length_vs_age big_scatter authors_per_decade balance \
    top_authors teams histo; do
    f=$out/$name.png
    dest=docs/screenshots/charts/$1-$2-$name.png
    convert "$f" -resize 50% "$dest"
    png8 "$dest"
  done
done
ls docs/screenshots/charts/*.png | wc -l | xargs echo "docs/screenshots/charts:" 
cp docs/screenshots/timeseries.png docs/screenshot.png
echo docs/screenshot.png
