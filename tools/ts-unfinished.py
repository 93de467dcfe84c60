#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""List or fill the unfinished messages of a Qt Linguist .ts file (after `update_translations`).

  tools/ts-unfinished.py list translations/insights-viewer_nl.ts        # one JSON object per unfinished message
  tools/ts-unfinished.py fill translations/insights-viewer_nl.ts nl.json # fill from {"context\\u0004source": text}

For a numerus message (%n) the value is a list of the two forms [singular, plural]. Only messages still marked
unfinished are touched; the file keeps lupdate's layout otherwise.
"""
import json
import re
import sys
from xml.sax.saxutils import escape, unescape

MSG = re.compile(r'(<context>\s*<name>(?P<ctx>[^<]*)</name>)|(?P<msg><message(?P<num> numerus="yes")?>.*?</message>)', re.S)


def unesc(s):
    return unescape(s, {'&quot;': '"', '&apos;': "'"})


def esc(s):
    return escape(s, {'"': '&quot;', "'": '&apos;'})


def walk(text):
    ctx = None
    for m in MSG.finditer(text):
        if m.group('ctx') is not None:
            ctx = unesc(m.group('ctx'))
            continue
        body = m.group('msg')
        if 'type="unfinished"' not in body:
            continue
        src = unesc(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
        yield m, ctx, src, bool(m.group('num'))


def main():
    mode, ts = sys.argv[1], sys.argv[2]
    text = open(ts, encoding='utf-8').read()
    if mode == 'list':
        for _, ctx, src, num in walk(text):
            print(json.dumps({'context': ctx, 'source': src, 'numerus': num}, ensure_ascii=False))
        return
    table = json.load(open(sys.argv[3], encoding='utf-8'))
    out, last, missing = [], 0, 0
    for m, ctx, src, num in walk(text):
        value = table.get(ctx + '\u0004' + src, table.get(src))
        if value is None:
            missing += 1
            continue
        if num:
            forms = value if isinstance(value, list) else [value, value]
            tr = '<translation>\n' + ''.join(
                '            <numerusform>%s</numerusform>\n' % esc(f) for f in forms) + '        </translation>'
        else:
            tr = '<translation>%s</translation>' % esc(value)
        body = re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', tr,
                      m.group('msg'), flags=re.S)
        out.append(text[last:m.start('msg')])
        out.append(body)
        last = m.end('msg')
    out.append(text[last:])
    open(ts, 'w', encoding='utf-8').write(''.join(out))
    print('%s: %d still unfinished' % (ts, missing))


if __name__ == '__main__':
    main()
