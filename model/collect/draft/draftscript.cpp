// SPDX-License-Identifier: MIT
#include "draftscript.h"

#include "djangoprovider.h"

namespace iv::DraftScript {

namespace {

// Run after DjangoProvider::sitePrelude() (Django set up, the insights database a temporary file). Wraps
// upstream's metric decorators (counter, gauge, timeseries, scatterplot, barchart, hbarchart) before
// collect_insights discovers the insights modules, so each declaration is recorded with its texts and Python
// source, and each metric runs with an execute_wrapper on every database of the site that records the SQL
// and parameters Django sends. A metric that raises is recorded and stored as an empty value so the others
// still run. The site's SQLite databases are opened read-only (a file: URI with mode=ro). A metric that ran
// exactly one query gets that query with Django's %s placeholders turned into named parameters
// (":<label>_<n>"; psycopg's %(name)s as ":<label>_<name>"; values as bound); every other metric gets the
// reason why not. On SQLite, calls of Django's own date functions (django_datetime_trunc …, which exist only
// inside Django) are rewritten into date_trunc/timezone/date_part, which the sql provider registers: "sql"
// reads a truncated time as the instant Django makes of it, "variants" holds the zone's wall-text reading,
// and the viewer keeps whichever reruns exactly. A PostgreSQL database runs read-only transactions; its
// password, if any, goes to a password file beside the output for the viewer's check only. The result is JSON
// in $IV_DRAFT_OUTPUT: {"databases": {alias: {vendor, name …}}, "metrics": [{kind, label, module, appLabel,
// texts…, python, sql, variants, parameters, alias | reason}]}.
const char kDraft[] = R"PY(import contextlib, functools, inspect, json, re, datetime, decimal, urllib.parse
from django.db import connections
import django_insights.metrics as insights_metrics
KINDS = ("counter", "gauge", "timeseries", "scatterplot", "barchart", "hbarchart")
TEXTS = ("question", "desc", "xlabel", "xformat", "ylabel", "yformat", "title")
IGNORED = re.compile(r"\s*(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT|SET|BEGIN|COMMIT|ROLLBACK)\b", re.I)
QUERY = re.compile(r"[\s(]*(SELECT|WITH|VALUES)\b", re.I)
databases = {}
for alias in connections:
    if alias == "insights":
        continue
    conn = connections[alias]
    entry = {"vendor": conn.vendor}
    s = conn.settings_dict
    if conn.vendor == "sqlite":
        name = str(s["NAME"])
        entry["name"] = name if name.startswith("file:") or name == ":memory:" else os.path.abspath(name)
        if not name.startswith("file:") and name != ":memory:":
            # Read-only in this process: the metrics may only read the site's data.
            conn.close()
            s["NAME"] = "file:%s?mode=ro" % urllib.parse.quote(os.path.abspath(name))
    elif conn.vendor == "postgresql":
        for key in ("NAME", "USER", "HOST", "PORT"):
            entry[key.lower()] = str(s.get(key) or "")
        entry["sslmode"] = str((s.get("OPTIONS") or {}).get("sslmode") or "")
        if s.get("PASSWORD"):
            # For the draft's own check only: a password file in the draft's private folder (never in the
            # project, which names no password: libpq takes it from PGPASSWORD or ~/.pgpass).
            entry["passfile"] = os.path.join(os.path.dirname(os.environ["IV_DRAFT_OUTPUT"]), "pgpass-" + alias)
            def field(v):
                return str(v).replace("\\", "\\\\").replace(":", "\\:")
            fd = os.open(entry["passfile"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(":".join(field(v) for v in ("*", "*", "*", "*", s["PASSWORD"])) + "\n")
        # Read-only in this process: every transaction of the metrics' connection.
        conn.close()
        options = dict(s.get("OPTIONS") or {})
        options["options"] = (options.get("options", "") + " -c default_transaction_read_only=on").strip()
        s["OPTIONS"] = options
    databases[alias] = entry
drafted = []
current = []
def capture(execute, sql, params, many, context):
    if current:
        current[-1]["queries"].append((context["connection"].alias, sql, params, many))
    return execute(sql, params, many, context)
def neutral(kind):
    return 0 if kind == "counter" else 0.0 if kind == "gauge" else []
def source_of(func):
    try:
        return inspect.getsource(func)
    except (OSError, TypeError) as e:
        return "# the source of %s.%s is not available (%s)\n" % (func.__module__, func.__name__, e)
def wrap(kind, original):
    signature = inspect.signature(original)
    def declare(*args, **kwargs):
        texts = signature.bind(*args, **kwargs).arguments
        upstream = original(*args, **kwargs)
        def decorator(func):
            entry = {"kind": kind, "label": func.__name__, "module": func.__module__, "python": source_of(func),
                     "queries": []}
            for key in TEXTS:
                if key in signature.parameters:
                    entry[key] = texts.get(key, signature.parameters[key].default)
            @functools.wraps(func)
            def recorded(*a, **kw):
                entry["queries"] = []
                current.append(entry)
                try:
                    with contextlib.ExitStack() as stack:
                        for alias in databases:
                            stack.enter_context(connections[alias].execute_wrapper(capture))
                        return func(*a, **kw)
                except Exception as e:
                    entry["error"] = "%s: %s" % (type(e).__name__, e)
                    sys.stderr.write("metric %s raised %s\n" % (func.__name__, entry["error"]))
                    return neutral(kind)
                finally:
                    current.pop()
            drafted.append(entry)
            result = upstream(recorded)
            return func if result is recorded else result
        return decorator
    return declare
for kind in KINDS:
    if hasattr(insights_metrics.metrics, kind):
        setattr(insights_metrics.metrics, kind, wrap(kind, getattr(insights_metrics.metrics, kind)))
PLACEHOLDER = re.compile(r"(?<!%)%s")
def bindable(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, str)):
        return value
    if isinstance(value, decimal.Decimal) and float(value) == value:
        return float(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    raise ValueError("a parameter of type %s (%r) cannot be a project parameter" % (type(value).__name__, value))
def named(entry, sql, params, names, fixed=None):
    # Django's %s placeholders become named, bound project parameters; %% (a literal %) becomes %.
    if params is None:
        return sql, {}
    if isinstance(params, dict):
        # psycopg's %(name)s: each name once, bound as :<label>_<name>.
        keys = {}
        def rename(m):
            if m.group(0) == "%%":
                return "%"
            key = m.group(1)
            if key not in keys:
                name = fixed[len(keys)] if fixed is not None else "%s_%s" % (entry["label"], key)
                while fixed is None and name in names:
                    name += "_"
                names.add(name)
                keys[key] = name
                values[keys[key]] = bindable(params[key])
            return ":" + keys[key]
        if PLACEHOLDER.search(sql):
            raise ValueError("the query mixes %s and %(name)s placeholders")
        values = {}
        return re.sub(r"%%|%\((\w+)\)s", rename, sql), values
    params = list(params)
    pieces = PLACEHOLDER.split(sql)
    if len(pieces) != len(params) + 1:
        raise ValueError("the query has %d placeholders for %d parameters" % (len(pieces) - 1, len(params)))
    out, values = pieces[0].replace("%%", "%"), {}
    for index, value in enumerate(params, 1):
        if fixed is not None:
            name = fixed[index - 1]
        else:
            name = "%s_%d" % (entry["label"], index)
            while name in names:
                name += "_"
            names.add(name)
        values[name] = bindable(value)
        out += ":" + name + pieces[index].replace("%%", "%")
    return out, values
class Unportable(ValueError):
    pass
DJANGO_CALL = re.compile(r"\bdjango_(\w+)\(", re.I)
def arguments(sql, start):
    # The top-level arguments of the call whose "(" ends before start, and the index after its ")".
    args, depth, i, begin = [], 0, start, start
    while i < len(sql):
        ch = sql[i]
        if ch in "'\"":
            j = i + 1
            while j < len(sql) and not (sql[j] == ch and sql[j + 1:j + 2] != ch):
                j += 2 if sql[j] == ch else 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                args.append(sql[begin:i].strip())
                return args, i + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(sql[begin:i].strip())
            begin = i + 1
        i += 1
    raise Unportable("the query's parentheses do not balance")
def literal(arg, function):
    if arg.upper() == "NULL":
        return None
    m = re.fullmatch(r"'([^']*)'", arg)
    if not m:
        raise Unportable("Django's %s has an argument that is not a literal (%s)" % (function, arg))
    return m.group(1)
EXTRACTS = {"year": "date_part('year', %s)", "quarter": "date_part('quarter', %s)",
            "month": "date_part('month', %s)", "day": "date_part('day', %s)", "hour": "date_part('hour', %s)",
            "minute": "date_part('minute', %s)", "second": "CAST(date_part('second', %s) AS integer)",
            "week": "date_part('week', %s)", "iso_year": "date_part('isoyear', %s)",
            "week_day": "(date_part('dow', %s) + 1)", "iso_week_day": "date_part('isodow', %s)"}
TRUNCS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")
def portable(sql, instant):
    # Django's own SQLite functions (django_datetime_trunc(kind, ts, zone, connection zone) …) as the portable
    # functions the sql provider registers with PostgreSQL's meaning. The stored text is a UTC wall time
    # (the connection's zone UTC); in a zone Django reads it as that zone's wall time: timezone(zone, ts).
    # instant: a truncation to a date or time in a zone becomes the instant it starts (date_trunc(kind, ts,
    # zone)), which is what Django makes of the value it reads back (an aware datetime in the zone); else
    # the zone's wall text Django's function itself returns.
    out, pos = [], 0
    for m in DJANGO_CALL.finditer(sql):
        if m.start() < pos:
            continue
        function = "django_" + m.group(1)
        args, end = arguments(sql, m.end())
        args = [portable(a, instant) for a in args]
        name = m.group(1).lower()
        kind = None
        if name in ("datetime_trunc", "date_trunc", "datetime_extract"):
            if len(args) != 4:
                raise Unportable("Django's %s has %d arguments" % (function, len(args)))
            kind, ts, zone, connection_zone = literal(args[0], function), args[1], literal(args[2], function), literal(args[3], function)
        elif name == "datetime_cast_date":
            if len(args) != 3:
                raise Unportable("Django's %s has %d arguments" % (function, len(args)))
            ts, zone, connection_zone = args[0], literal(args[1], function), literal(args[2], function)
        elif name == "date_extract" and len(args) == 2:
            kind, ts, zone, connection_zone = literal(args[0], function), args[1], None, None
        else:
            raise Unportable("the query calls Django's SQLite function %s, which has no portable equivalent here" % function)
        if zone is not None and zone != connection_zone:
            if connection_zone not in (None, "UTC"):
                raise Unportable("Django's %s reads the stored times in %s (DATABASES TIME_ZONE), which has no portable equivalent here" % (function, connection_zone))
            if "+" in zone or "-" in zone:
                raise Unportable("Django's %s reads the time zone %s as an offset, which has no portable equivalent here" % (function, zone))
            wall = "timezone('%s', %s)" % (zone, ts)
        else:
            zone, wall = None, ts
        zoned = instant and zone is not None
        if name == "datetime_trunc" and kind in TRUNCS:
            text = "date_trunc('%s', %s, '%s')" % (kind, ts, zone) if zoned else "date_trunc('%s', %s)" % (kind, wall)
        elif name == "date_trunc" and kind in TRUNCS[:5]:
            text = "date_trunc('%s', %s, '%s')" % (kind, ts, zone) if zoned else "date(date_trunc('%s', %s))" % (kind, wall)
        elif name == "datetime_cast_date":
            text = "date_trunc('day', %s, '%s')" % (ts, zone) if zoned else "date(%s)" % wall
        elif name in ("datetime_extract", "date_extract") and kind in EXTRACTS:
            text = EXTRACTS[kind] % wall
        else:
            raise Unportable("Django's %s with %r has no portable equivalent here" % (function, kind))
        out.append(sql[pos:m.start()])
        out.append(text)
        pos = end
    out.append(sql[pos:])
    return "".join(out)
call_command("collect_insights")
names = set()
for entry in drafted:
    queries = [q for q in entry.pop("queries") if not IGNORED.match(q[1])]
    module = sys.modules.get(entry["module"])
    entry["appLabel"] = getattr(module, "label", None) if module else None
    if "error" in entry:
        entry["reason"] = "the metric raised %s" % entry.pop("error")
    elif not queries:
        entry["reason"] = "the metric ran no query"
    elif len(queries) > 1:
        entry["reason"] = "the metric ran %d queries; their results are combined in Python" % len(queries)
    elif queries[0][3]:
        entry["reason"] = "the metric ran executemany"
    elif not QUERY.match(queries[0][1]):
        entry["reason"] = "the metric ran a statement that is not a query"
    elif databases[queries[0][0]]["vendor"] not in ("sqlite", "postgresql"):
        entry["reason"] = "the sql provider reads SQLite and PostgreSQL, the query ran on %s" % databases[queries[0][0]]["vendor"]
    else:
        try:
            sql = queries[0][1]
            variants = [sql]
            if databases[queries[0][0]]["vendor"] == "sqlite" and DJANGO_CALL.search(sql):
                variants = [portable(sql, True)]
                wall = portable(sql, False)
                if wall != variants[0]:
                    variants.append(wall)
            entry["sql"], entry["parameters"] = named(entry, variants[0], queries[0][2], names)
            if len(variants) > 1:
                # the same parameters, in the same order, under the same names
                fixed = list(entry["parameters"])
                entry["variants"] = [named(entry, v, queries[0][2], names, fixed)[0] for v in variants[1:]]
            entry["alias"] = queries[0][0]
        except ValueError as e:
            entry["reason"] = str(e)
with open(os.environ["IV_DRAFT_OUTPUT"], "w", encoding="utf-8") as out:
    json.dump({"databases": databases, "metrics": drafted}, out, default=str)
)PY";

} // namespace

QString text()
{
    return DjangoProvider::sitePrelude() + QString::fromUtf8(kDraft);
}

} // namespace iv::DraftScript
