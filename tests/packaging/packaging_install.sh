#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the build into a fresh prefix and checks it as a desktop would see it:
#   every file at its GNUInstallDirs path (PNG icons with the right pixel size), the installed desktop file and
#   metainfo still validate, update-mime-database accepts the MIME package, and then QMimeDatabase (via
#   iv-mimeprobe, with XDG_DATA_DIRS=PREFIX/share:/usr/share) maps SQLite files named insights.db and
#   x.insights.db to the own type and other.db to application/vnd.sqlite3; update-desktop-database associates
#   the own type with the desktop file.
# usage: packaging_install.sh BUILD_DIR PACKAGING_DIR APP_ID MIMEPROBE
set -euo pipefail
build=$1 src=$2 id=$3 probe=$4
own=application/x-django-insights+sqlite3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
share=$prefix/share

echo "== cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "install failed"; }

echo "== installed paths"
[ -x "$prefix/bin/insights-viewer" ] || fail "bin/insights-viewer missing or not executable"
"$prefix/bin/insights-viewer" --version | grep -q '^insights-viewer ' || fail "installed binary does not run"
for pair in "applications/$id.desktop:$id.desktop" "metainfo/$id.metainfo.xml:$id.metainfo.xml" \
            "mime/packages/$id.xml:$id.xml" "icons/hicolor/scalable/apps/$id.svg:icons/$id.svg"; do
  installed=$share/${pair%%:*} source=$src/${pair#*:}
  [ -f "$installed" ] || fail "missing $installed"
  cmp -s "$installed" "$source" || fail "$installed differs from $source"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  [ -f "$png" ] || fail "missing $png"
  desc=$(file -b "$png")
  [[ $desc == "PNG image data, $size x $size, "* ]] || fail "$png: '$desc', expected a $size x $size PNG"
done

echo "== validators on the installed files"
out=$(desktop-file-validate "$share/applications/$id.desktop" 2>&1) && [ -z "$out" ] || { echo "$out"; fail "installed desktop file"; }
out=$(appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" 2>&1) || { echo "$out"; fail "installed metainfo"; }
if grep -qE '^(E|W):' <<<"$out"; then echo "$out"; fail "installed metainfo has errors or warnings"; fi

echo "== update-mime-database $share/mime"
update-mime-database -V "$share/mime" >"$tmp/umd.log" 2>&1 || { cat "$tmp/umd.log"; fail "update-mime-database failed"; }
if grep -qiE 'warning|error|invalid|unknown' "$tmp/umd.log"; then cat "$tmp/umd.log"; fail "update-mime-database complained"; fi
[ -f "$share/mime/mime.cache" ] || fail "no mime.cache"
[ -f "$share/mime/$own.xml" ] || fail "no $share/mime/$own.xml"
grep -qx "50:$own:insights.db" "$share/mime/globs2" || { cat "$share/mime/globs2"; fail "globs2 lacks insights.db"; }
grep -qx "50:$own:\*.insights.db" "$share/mime/globs2" || { cat "$share/mime/globs2"; fail "globs2 lacks *.insights.db"; }
grep -qx "$own application/vnd.sqlite3" "$share/mime/subclasses" || fail "subclasses lacks $own"

echo "== QMimeDatabase on SQLite files"
files=$tmp/files
mkdir -p "$files" "$tmp/home"
sqlite3 "$files/insights.db" 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);'
head -c 16 "$files/insights.db" | grep -q 'SQLite format 3' || fail "sqlite3 did not write an SQLite header"
cp "$files/insights.db" "$files/x.insights.db"
cp "$files/insights.db" "$files/other.db"
cp "$files/insights.db" "$files/plain"
probe_env=(env -u XDG_DATA_DIRS XDG_DATA_HOME="$tmp/home" XDG_DATA_DIRS="$share:/usr/share")
mapfile -t got < <("${probe_env[@]}" "$probe" "$files/insights.db" "$files/x.insights.db" "$files/other.db" "$files/plain")
expected=("$own" "$own" application/vnd.sqlite3 application/vnd.sqlite3)
names=(insights.db x.insights.db other.db plain)
for i in 0 1 2 3; do
  echo "${names[$i]} -> ${got[$i]:-<none>}"
  [ "${got[$i]:-}" = "${expected[$i]}" ] || fail "${names[$i]} resolved to '${got[$i]:-}', expected ${expected[$i]}"
done
info=$("${probe_env[@]}" "$probe" --type "$own")
echo "$info"
for line in "valid=yes" "name=$own" "parents=application/vnd.sqlite3" "comment=django-insights snapshot" \
            "icon=$id" "generic-icon=x-office-spreadsheet"; do
  grep -qxF "$line" <<<"$info" || fail "type info lacks '$line'"
done
# Control: without the prefix the type does not exist, so the results above come from the installed package.
control=$(env -u XDG_DATA_DIRS XDG_DATA_HOME="$tmp/home" XDG_DATA_DIRS=/usr/share "$probe" "$files/insights.db")
[ "$control" = application/vnd.sqlite3 ] || fail "control without the prefix gave '$control'"

echo "== update-desktop-database $share/applications"
update-desktop-database "$share/applications" || fail "update-desktop-database failed"
grep -qxF "$own=$id.desktop;" "$share/applications/mimeinfo.cache" \
  || { cat "$share/applications/mimeinfo.cache"; fail "$own not associated with $id.desktop"; }
grep -qxF "application/vnd.sqlite3=$id.desktop;" "$share/applications/mimeinfo.cache" \
  || fail "application/vnd.sqlite3 not associated with $id.desktop"
echo "PASS"
