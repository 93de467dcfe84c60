#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/data/strftime-table.tsv: what Python's own strftime prints for UTC instants.

django-insights formats chart ticks with Python's datetime.strftime, which on Linux hands every directive
except %f, %z and %Z to glibc's strftime (C locale). The table pins that behaviour for Timestamp::strftime:
every directive, with and without the glibc flags - _ 0 ^ #, a few widths and E/O modifiers, over several
hundred instants (year boundaries, ISO-week edges, leap days, 1 AD, 9999, years below 1000, random ones).

Year 0000 cannot be a datetime; its rows come from time.strftime with the proleptic Gregorian fields and
datetime.strftime's own handling of %f/%z/%Z, which is what datetime does for every other year (checked below).

Format: line 1 "micros" then the formats, tab separated; then one line per instant: microseconds since
1970-01-01 UTC, then each output. Backslash, tab and newline in cells are written as \\\\, \\t and \\n.
Run from the repository root: python3 tools/make-strftime-table.py (the output does not depend on the
machine's time zone: TZ is set to UTC for %s).
"""
import datetime as dt
import os
import random
import sys
import time

os.environ["TZ"] = "UTC"
time.tzset()

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
DIRECTIVES = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZf%"
FLAGS = "-_0^#"
EXTRA = [
    "%Y-%m-%d %H:%M:%S.%f", "%Y-W%W", "%b %Y", "%d %b", "%H:%M", "%Y-%m", "%G-W%V-%u", "100%% done",
    "trailing %", "%q unknown", "%Ey|%Od|%EC|%OH|%EY|%Om|%Ex|%EX|%Ec|%OS|%Ou|%Ow|%OV|%Oe",
    "%5Y|%10Y|%_10Y|%-10Y|%3d|%_3d|%04e|%6j|%1H|%010a|%12B|%-12B|%^12b|%_5p|%8s|%3%|%_3n",
    "%#Z|%^Z|%-f|%_z|%+4Y", "%c %x %X", "%s.%f", "plain text",
]
FORMATS = ["%" + d for d in DIRECTIVES] + ["%" + f + d for f in FLAGS for d in DIRECTIVES] + EXTRA


def micros_of(d):
    delta = d - EPOCH
    return (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds


def datetime_like_strftime(fmt, fields, micro):
    """datetime.strftime for a time tuple datetime cannot hold: %f, %z and %Z replaced, the rest to glibc."""
    out, i = [], 0
    while i < len(fmt):
        ch = fmt[i]
        i += 1
        if ch != "%" or i == len(fmt):
            out.append(ch)
            continue
        nxt = fmt[i]
        i += 1
        if nxt == "f":
            out.append("%06d" % micro)
        elif nxt == "z":
            out.append("+0000")
        elif nxt == "Z":
            out.append("UTC")
        else:
            out.append("%" + nxt)
    return time.strftime("".join(out), fields)


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def instants():
    out = set()
    for y in [1, 2, 3, 4, 9, 10, 99, 100, 101, 399, 400, 999, 1000, 1001, 1582, 1600, 1700, 1899, 1900, 1901,
              1969, 1970, 1999, 2000, 2001, 2004, 2100, 2400, 9998, 9999]:
        out.add(dt.datetime(y, 1, 1, tzinfo=UTC))
        out.add(dt.datetime(y, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))
    # ISO-week edges: years starting on every weekday, leap and common.
    for y in range(2014, 2028):
        for day in (1, 2, 3, 4, 7):
            out.add(dt.datetime(y, 1, day, 12, tzinfo=UTC))
        for day in (28, 29, 30, 31):
            out.add(dt.datetime(y, 12, day, 6, 30, tzinfo=UTC))
    for y in (4, 400, 1600, 2000, 2004, 2020, 2024, 9996):
        out.add(dt.datetime(y, 2, 29, 13, 1, 2, tzinfo=UTC))
    out.add(dt.datetime(1900, 2, 28, tzinfo=UTC))
    out.add(dt.datetime(1900, 3, 1, tzinfo=UTC))
    for h in (0, 1, 9, 11, 12, 13, 21, 23):
        out.add(dt.datetime(2024, 6, 15, h, 7, 8, 90, tzinfo=UTC))
    out.add(dt.datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC))
    out.add(dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC))
    rng = random.Random(20261202)
    lo, hi = micros_of(dt.datetime(1, 1, 1, tzinfo=UTC)), micros_of(dt.datetime(9999, 12, 31, tzinfo=UTC))
    for _ in range(60):
        out.add(EPOCH + dt.timedelta(microseconds=rng.randrange(lo, hi)))
    near = micros_of(dt.datetime(2000, 1, 1, tzinfo=UTC)), micros_of(dt.datetime(2040, 1, 1, tzinfo=UTC))
    for _ in range(30):
        out.add(EPOCH + dt.timedelta(microseconds=rng.randrange(*near)))
    return sorted(out)


def year_zero_rows():
    # 0000-01-01 was a Saturday (proleptic Gregorian); year 0 is a leap year.
    rows = []
    start = -719528  # days from 1970-01-01 back to 0000-01-01
    for (mon, day, h, mi, s, yday) in [(1, 1, 0, 0, 0, 1), (1, 2, 12, 0, 0, 2), (2, 29, 6, 5, 4, 60),
                                       (12, 31, 23, 59, 59, 366)]:
        days = start + yday - 1
        wday = (days % 7 + 3) % 7  # Python's Monday = 0; 1970-01-01 was a Thursday (3)
        fields = (0, mon, day, h, mi, s, wday, yday, -1)
        micros = (days * 86400 + h * 3600 + mi * 60 + s) * 1000000
        rows.append((micros, [datetime_like_strftime(f, fields, 0) for f in FORMATS]))
    return rows


def main():
    # The year-0 path must agree with datetime.strftime where both work.
    probe = dt.datetime(2024, 2, 29, 13, 1, 2, tzinfo=UTC)
    t = probe.timetuple()
    fields = (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, -1)
    for f in FORMATS:
        assert datetime_like_strftime(f, fields, 0) == probe.strftime(f), f
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join("tests", "data", "strftime-table.tsv")
    rows = year_zero_rows() + [(micros_of(d), [d.strftime(f) for f in FORMATS]) for d in instants()]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(["micros"] + [escape(f) for f in FORMATS]) + "\n")
        for micros, cells in rows:
            out.write("\t".join([str(micros)] + [escape(c) for c in cells]) + "\n")
    print("%s: %d instants x %d formats (Python %s)" % (path, len(rows), len(FORMATS), sys.version.split()[0]))


if __name__ == "__main__":
    main()
