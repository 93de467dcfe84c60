#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what building, running and testing Insights Viewer needs on Debian 12, and nothing when it is all
# there already. Used by `make run`, `make test` and CI. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  # Qt 6: Widgets, Charts (+ its OpenGL deps), Sql with the SQLite driver, Svg, PrintSupport, tools
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  # SQLite C API (the snapshot read path, SQLite collect sources) and the sqlite3 tool (benchmarks compare
  # against it); libpq for PostgreSQL collect sources (one statement per protocol message, type OIDs)
  libsqlite3-dev sqlite3 libpq-dev
  # libcrypto for the review's SHA-256 of a file (the processor's SHA instructions)
  libssl-dev
  # zlib for the PNG encoder of chart exports (striped, parallel deflate)
  zlib1g-dev
  # tests: PostgreSQL for the collect provider, desktop/AppStream validators, PDF text, screenshots
  postgresql desktop-file-utils appstream shared-mime-info poppler-utils xvfb xauth imagemagick
  python3 file
  # the django provider's zero-config checks run a real Django (collect/tst_collectdjango)
  python3-django
  # a draft from a Django site on PostgreSQL (collect/tst_collectdraft_pg)
  python3-psycopg2
  # sanitizer and fuzz builds (make test): clang with its sanitizer and libFuzzer runtimes
  clang libclang-rt-14-dev
  # packaging: cpack -G DEB computes dependencies with dpkg-shlibdeps (dpkg-dev) and inspects binaries (file)
  dpkg-dev
  # the review's phone patterns compared with libphonenumber (review/detectors/tst_phonecompare)
  libphonenumber-dev libprotobuf-dev
  # make test runs the model tests a second time in German (de_DE.UTF-8, generated below)
  locales
)
# Extra packages for optional targets, e.g. `make fuzz` passes IV_EXTRA_PACKAGES="clang libclang-rt-14-dev".
read -r -a extra <<< "${IV_EXTRA_PACKAGES:-}"
packages+=("${extra[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The German locale for make test's second pass (TZ=America/New_York LC_ALL=de_DE.UTF-8).
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
  echo "install-deps: generating the de_DE.UTF-8 locale" >&2
  $sudo sed -i 's/^# *\(de_DE\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^de_DE\.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi
