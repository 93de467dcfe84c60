#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb with `cpack -G DEB` (output in a temporary directory, not the build tree) and inspects it:
#   control fields, Depends computed by dpkg-shlibdeps (versioned Qt 6 libraries) plus the hand-listed Qt
#   plugin packages, every installed file, a stripped binary, and maintainer scripts that refresh the caches.
# usage: packaging_deb.sh BUILD_DIR APP_ID PROJECT_VERSION
set -euo pipefail
build=$1 id=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== cpack -G DEB"
start=$(date +%s)
(cd "$build" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out") >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log"; fail "cpack failed"; }
echo "cpack took $(( $(date +%s) - start )) s"
shopt -s nullglob
debs=("$tmp/out"/*.deb)
[ ${#debs[@]} -eq 1 ] || { cat "$tmp/cpack.log"; fail "expected one .deb, got ${#debs[@]}"; }
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "insights-viewer_${version}_${arch}.deb" ] || fail "file name $(basename "$deb")"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb" | tee "$tmp/info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = insights-viewer ] || fail "Package"
[ "$(field Version)" = "$version" ] || fail "Version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture"
[ "$(field Section)" = utils ] || fail "Section"
[[ $(field Maintainer) == *"<"*"@"*">" ]] || fail "Maintainer"
[ -n "$(field Description)" ] || fail "Description"
depends=$(field Depends)
IFS=',' read -ra deps <<<"$depends"
has_dep() { # has_dep NAME [versioned]: NAME is one of the Depends entries (with a version constraint if asked)
  local d
  for d in "${deps[@]}"; do
    d=${d# }
    if [ "${2:-}" = versioned ]; then [[ $d == "$1 (>= "*")" ]] && return 0
    else [[ $d == "$1" || $d == "$1 ("* ]] && return 0; fi
  done
  return 1
}
# Computed by dpkg-shlibdeps: every library the binary links (its DT_NEEDED entries, resolved and mapped to the
# owning Debian package here independently) must appear with a version constraint from the symbols files.
needed=$(readelf -d "$build/app/insights-viewer" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "could not read the binary's NEEDED entries"
computed=(libqt6core6 libqt6widgets6 libsqlite3-0 libc6)
for lib in $needed; do
  # ldd prints the dynamic loader as "/lib64/ld-linux-x86-64.so.2 (0x…)": match it by basename too.
  path=$(ldd "$build/app/insights-viewer" | awk -v l="$lib" '$1 == l {print $3} $1 ~ ("/" l "$") {print $1}' | head -n1)
  [ -n "$path" ] || fail "ldd cannot resolve $lib"
  owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")") || fail "no package owns $path"
  computed+=("${owner%%:*}")
done
for pkg in $(printf '%s\n' "${computed[@]}" | sort -u); do
  has_dep "$pkg" versioned || fail "Depends lacks computed '$pkg (>= ...)': $depends"
  echo "computed dependency: $pkg"
done
# Listed by hand, loaded at run time as plugins:
for pkg in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
  has_dep "$pkg" || fail "Depends lacks $pkg: $depends"
done

echo "== dpkg-deb -c"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/files"
expect=(/usr/bin/insights-viewer /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml
        /usr/share/mime/packages/$id.xml /usr/share/icons/hicolor/scalable/apps/$id.svg)
for size in 16 22 24 32 48 64 128 256 512; do expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for f in "${expect[@]}"; do grep -qxF "$f" "$tmp/files" || { cat "$tmp/files"; fail "$f not in the package"; }; done
echo "$(grep -vc '/$' "$tmp/files") files, all ${#expect[@]} expected present"
dpkg-deb -x "$deb" "$tmp/root"
file -b "$tmp/root/usr/bin/insights-viewer" | grep -q ', stripped' || fail "binary is not stripped"
# The translations travel inside the binary: the packaged one speaks Dutch and German.
nl=$(env -u LC_ALL -u LANGUAGE LANG=nl_NL.UTF-8 XDG_CONFIG_HOME="$tmp/config" "$tmp/root/usr/bin/insights-viewer" --help)
grep -q 'Een overzicht van BESTAND tonen en stoppen.' <<<"$nl" || fail "packaged binary: no Dutch --help"
de=$("$tmp/root/usr/bin/insights-viewer" --language de --help)
grep -q 'Eine Übersicht von DATEI ausgeben und beenden.' <<<"$de" || fail "packaged binary: no German --help"
recommends=$(field Recommends)
grep -q 'qt6-translations-l10n' <<<"$recommends" || fail "Recommends lacks qt6-translations-l10n: $recommends"
# Labels in CJK scripts and emoji need fonts that cover them.
for font in fonts-noto-cjk fonts-noto-color-emoji; do
  grep -qw -- "$font" <<<"$recommends" || fail "Recommends lacks $font: $recommends"
done

echo "== maintainer scripts"
dpkg-deb -e "$deb" "$tmp/control"
for script in postinst postrm; do
  s=$tmp/control/$script
  [ -f "$s" ] || fail "no $script"
  [ "$(stat -c %a "$s")" = 755 ] || fail "$script mode $(stat -c %a "$s")"
  sh -n "$s" || fail "$script is not valid sh"
  for tool in update-mime-database update-desktop-database gtk-update-icon-cache; do
    grep -q "command -v $tool " "$s" || fail "$script does not guard $tool"
    grep -q "^ *$tool .*/usr/share" "$s" || fail "$script does not run $tool"
  done
done
# With none of the tools on PATH the scripts must still succeed (a minimal system, or tools being removed).
mkdir -p "$tmp/emptybin"
ln -s "$(command -v dirname)" "$tmp/emptybin/dirname"
for script in postinst postrm; do
  arg=configure; [ $script = postrm ] && arg=remove
  PATH=$tmp/emptybin /bin/sh "$tmp/control/$script" $arg || fail "$script fails without the cache tools"
done
echo "PASS"
