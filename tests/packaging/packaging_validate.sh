#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Validates the desktop integration files in the source tree:
#   desktop-file-validate (no errors or warnings), appstreamcli validate --no-net (no errors or warnings;
#   pedantic notes allowed), and the shared-mime-info package parsed as XML and checked field by field;
#   the three files must agree on the id and the MIME type.
# usage: packaging_validate.sh PACKAGING_DIR APP_ID PROJECT_VERSION
set -euo pipefail
dir=$1 id=$2 version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
own=application/x-django-insights+sqlite3

desktop=$dir/$id.desktop metainfo=$dir/$id.metainfo.xml mime=$dir/$id.xml
for f in "$desktop" "$metainfo" "$mime" "$dir/icons/$id.svg"; do [ -f "$f" ] || fail "missing $f"; done

echo "== desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate rejected $desktop"; }
[ -z "$out" ] || { echo "$out"; fail "desktop-file-validate reported problems"; }

echo "== appstreamcli validate --no-net $metainfo"
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || { echo "$out"; fail "appstreamcli rejected $metainfo"; }
echo "$out"
if grep -qE '^(E|W|I):' <<<"$out"; then fail "appstreamcli reported errors, warnings or infos"; fi
grep -q 'Validation was successful' <<<"$out" || fail "appstreamcli did not report success"

echo "== structure and agreement (python3 xml, no xmllint)"
python3 - "$desktop" "$metainfo" "$mime" "$id" "$own" "$version" <<'PY'
import configparser, sys, xml.etree.ElementTree as ET
desktop, metainfo, mime, app_id, own, version = sys.argv[1:]
errors = []
def check(cond, msg):
    if not cond: errors.append(msg)

ns = '{http://www.freedesktop.org/standards/shared-mime-info}'
root = ET.parse(mime).getroot()  # raises (test fails) when not well-formed
check(root.tag == ns + 'mime-info', f'root element is {root.tag}')
types = root.findall(ns + 'mime-type')
check([t.get('type') for t in types] == [own], f'mime types defined: {[t.get("type") for t in types]}')
t = types[0]
check([e.get('type') for e in t.findall(ns + 'sub-class-of')] == ['application/vnd.sqlite3'], 'sub-class-of')
check(sorted(g.get('pattern') for g in t.findall(ns + 'glob')) == ['*.insights.db', 'insights.db'], 'globs')
comments = [c for c in t.findall(ns + 'comment') if c.get('{http://www.w3.org/XML/1998/namespace}lang') is None]
check(len(comments) == 1 and comments[0].text == 'django-insights snapshot', 'untranslated comment')
check([i.get('name') for i in t.findall(ns + 'icon')] == [app_id], 'icon is the app id')
check([i.get('name') for i in t.findall(ns + 'generic-icon')] == ['x-office-spreadsheet'], 'generic-icon')

d = configparser.ConfigParser(interpolation=None, strict=True)
d.optionxform = str
d.read(desktop, encoding='utf-8')
e = d['Desktop Entry']
check(e.get('Exec') == 'insights-viewer %f', 'Exec')
check(e.get('TryExec') == 'insights-viewer', 'TryExec')
check(e.get('Icon') == app_id, 'desktop Icon is the app id')
check(e.get('MimeType') == own + ';application/vnd.sqlite3;', f'MimeType={e.get("MimeType")}')
for key in ('Categories', 'Keywords', 'StartupWMClass', 'Name', 'Comment'):
    check(bool(e.get(key)), f'desktop key {key} missing')

m = ET.parse(metainfo).getroot()
check(m.tag == 'component' and m.get('type') == 'desktop-application', 'component type')
check(m.findtext('id') == app_id, 'metainfo id')
check([l.text for l in m.findall('launchable')] == [app_id + '.desktop'], 'launchable desktop-id')
check([l.get('type') for l in m.findall('launchable')] == ['desktop-id'], 'launchable type')
check([x.text for x in m.findall('provides/mediatype')] == [own, 'application/vnd.sqlite3'], 'provides mediatype')
check([x.text for x in m.findall('provides/binary')] == ['insights-viewer'], 'provides binary')
check(m.findtext('metadata_license') == 'CC0-1.0' and m.findtext('project_license') == 'MIT', 'licenses')
check(m.find('content_rating').get('type') == 'oars-1.1', 'content rating')
rel = m.findall('releases/release')
check(rel and rel[0].get('version') == version and rel[0].get('date'), f'newest release is not {version}')
shots = m.findall('screenshots/screenshot/image')
check(shots and shots[0].text.endswith('/docs/screenshot.png'), 'screenshot is docs/screenshot.png')
check(m.findtext('developer_name'), 'developer name')
if errors:
    print('\n'.join('FAIL: ' + e for e in errors), file=sys.stderr)
    sys.exit(1)
print('structure ok')
PY
echo "PASS"
