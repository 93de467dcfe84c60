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
// (":<label>_<n>", values as bound); every other metric gets the reason why not. The result is JSON in
// $IV_DRAFT_OUTPUT: {"databases": {alias: {vendor, name …}}, "metrics": [{kind, label, module, appLabel,
// texts…, python, sql, parameters, alias | reason}]}.
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
def named(entry, sql, params, names):
    # Django's %s placeholders become named, bound project parameters; %% (a literal %) becomes %.
    if params is None:
        return sql, {}
    if isinstance(params, dict):
        raise ValueError("the query has named parameters (%(name)s)")
    params = list(params)
    pieces = PLACEHOLDER.split(sql)
    if len(pieces) != len(params) + 1:
        raise ValueError("the query has %d placeholders for %d parameters" % (len(pieces) - 1, len(params)))
    out, values = pieces[0].replace("%%", "%"), {}
    for index, value in enumerate(params, 1):
        name = "%s_%d" % (entry["label"], index)
        while name in names:
            name += "_"
        names.add(name)
        values[name] = bindable(value)
        out += ":" + name + pieces[index].replace("%%", "%")
    return out, values
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
            entry["sql"], entry["parameters"] = named(entry, queries[0][1], queries[0][2], names)
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
