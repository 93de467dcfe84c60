// SPDX-License-Identifier: MIT
#include "integritycheck.h"

#include "keyedhash.h"
#include "sqlitestatement.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace iv::IntegrityCheck {
namespace {

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// One value as SQLite's record comparison sees it under BINARY collation: its class (NULL < numbers < text <
// blob), a number (an integral REAL equals the INTEGER: 3 = 3.0, as an index seek compares them), bytes.
struct Value
{
    int cls = 0; // 0 NULL, 1 integer, 2 real (not integral), 3 text, 4 blob
    qint64 i = 0;
    double d = 0;
    const unsigned char *p = nullptr;
    int n = 0;
};

Value valueOf(sqlite3_stmt *st, int col)
{
    // One column lookup (each sqlite3_column_* call takes the connection's mutex); the value stays valid
    // until the statement steps again.
    sqlite3_value *value = sqlite3_column_value(st, col);
    Value v;
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        v.cls = 1, v.i = sqlite3_value_int64(value);
        break;
    case SQLITE_FLOAT: {
        const double d = sqlite3_value_double(value);
        if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            v.cls = 1, v.i = qint64(d);
        else
            v.cls = 2, v.d = d;
        break;
    }
    case SQLITE_TEXT:
        v.cls = 3, v.p = sqlite3_value_text(value), v.n = sqlite3_value_bytes(value);
        break;
    case SQLITE_BLOB:
        v.cls = 4, v.p = static_cast<const unsigned char *>(sqlite3_value_blob(value)),
        v.n = sqlite3_value_bytes(value);
        break;
    default:
        break;
    }
    return v;
}

int compare(const Value &a, const Value &b)
{
    const int ca = a.cls == 2 ? 1 : a.cls, cb = b.cls == 2 ? 1 : b.cls; // numbers are one class
    if (ca != cb)
        return ca < cb ? -1 : 1;
    switch (ca) {
    case 0:
        return 0;
    case 1: {
        if (a.cls == 1 && b.cls == 1)
            return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
        // long double holds every int64 exactly on the machines this builds for (x87 80-bit)
        const long double x = a.cls == 1 ? (long double)a.i : (long double)a.d;
        const long double y = b.cls == 1 ? (long double)b.i : (long double)b.d;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    default: {
        const int common = std::min(a.n, b.n);
        const int c = common > 0 ? std::memcmp(a.p, b.p, size_t(common)) : 0;
        if (c != 0)
            return c < 0 ? -1 : 1;
        return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    }
    }
}

// A byte buffer reused from entry to entry (no allocation once grown).
struct Bytes
{
    std::vector<unsigned char> data = std::vector<unsigned char>(256);
    size_t size = 0;
    unsigned char *grow(size_t n)
    {
        if (size + n > data.size())
            data.resize(std::max(data.size() * 2, size + n));
        unsigned char *p = data.data() + size;
        size += n;
        return p;
    }
};

// Appends v as (class, value); returns where a text's or blob's bytes start in b (0 for other classes).
size_t append(Bytes &b, const Value &v)
{
    switch (v.cls) {
    case 1:
    case 2: {
        unsigned char *p = b.grow(9);
        p[0] = static_cast<unsigned char>(v.cls);
        std::memcpy(p + 1, v.cls == 1 ? static_cast<const void *>(&v.i) : static_cast<const void *>(&v.d), 8);
        return 0;
    }
    case 3:
    case 4: {
        const quint32 n = quint32(v.n);
        unsigned char *p = b.grow(5 + size_t(v.n));
        p[0] = static_cast<unsigned char>(v.cls);
        std::memcpy(p + 1, &n, 4);
        if (v.n > 0)
            std::memcpy(p + 5, v.p, size_t(v.n));
        return size_t(p + 5 - b.data.data());
    }
    default:
        b.grow(1)[0] = 0;
        return 0;
    }
}

struct Index
{
    QString name;
    bool unique = false;
    QVector<int> columns; // positions in the table scan's select list (after the rowid at 0)
    QStringList columnNames;
    quint64 indexSum = 0, tableSum = 0;
    qint64 indexCount = 0, tableCount = 0;
};

class Check
{
public:
    Check(sqlite3 *db, int maxLines) : m_db(db), m_max(maxLines) {}
    Result run();

private:
    bool problem(const QString &line)
    {
        if (r.lines.size() < m_max)
            r.lines.append(line);
        return r.lines.size() < m_max;
    }
    bool failed(int rc, const QString &what)
    {
        r.finished = false;
        r.error = QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    bool pragma(const QString &sql);
    // false: stopped; *handled false: this table's indexes cannot be compared by hash.
    bool compareTable(const QString &table, bool *handled);
    bool indexesOf(const QString &table, QVector<Index> *out, QStringList *columns, bool *eligible);
    bool scanIndex(const QString &table, Index &index, bool *eligible);

    sqlite3 *m_db;
    int m_max;
    SipKey m_key = SipKey::random();
    Result r;
    Bytes m_buf;
};

bool Check::pragma(const QString &sql)
{
    SqliteStatement st(m_db, sql);
    if (!st.isValid())
        return failed(st.prepareCode(), sql);
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problem(line);
    }
    return rc == SQLITE_DONE || failed(rc, sql);
}

bool Check::indexesOf(const QString &table, QVector<Index> *out, QStringList *columns, bool *eligible)
{
    *eligible = false;
    // A rowid table whose rowid is not shadowed by a column of that name. (PRAGMA statements, not their
    // table-valued forms: the read-only connection's authorizer allows these by name.)
    SqliteStatement info(m_db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted(table)));
    SqliteStatement list(m_db, QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)));
    if (!info.isValid() || !list.isValid())
        return true; // not allowed or not known: integrity_check(TABLE) instead
    int rc;
    while ((rc = info.step()) == SQLITE_ROW) {
        const QString column = info.text(1).toLower();
        if (column == QLatin1String("rowid") || column == QLatin1String("_rowid_") ||
            column == QLatin1String("oid"))
            return true;
    }
    if (rc != SQLITE_DONE)
        return failed(rc, table);
    {
        SqliteStatement probe(m_db, QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(quoted(table)));
        if (!probe.isValid())
            return true; // WITHOUT ROWID, a view, a virtual table without its module
    }
    // seq, name, unique, origin, partial
    while ((rc = list.step()) == SQLITE_ROW) {
        if (list.int64(4) != 0)
            return true; // partial
        Index index;
        index.name = list.text(1);
        index.unique = list.int64(2) != 0;
        out->append(index);
    }
    if (rc != SQLITE_DONE)
        return failed(rc, table);
    for (Index &index : *out) {
        // seqno, cid, name, desc, coll, key
        SqliteStatement xinfo(m_db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(index.name)));
        if (!xinfo.isValid())
            return true;
        while ((rc = xinfo.step()) == SQLITE_ROW) {
            if (xinfo.int64(5) == 0)
                continue; // the rowid the entry ends with
            if (xinfo.int64(1) < 0 || xinfo.type(2) != SQLITE_TEXT || xinfo.int64(3) != 0 ||
                xinfo.text(4) != QLatin1String("BINARY"))
                return true; // an expression, DESC, another collation
            const QString column = xinfo.text(2);
            qsizetype at = columns->indexOf(column);
            if (at < 0) {
                columns->append(column);
                at = columns->size() - 1;
            }
            index.columns.append(int(at) + 1);
            index.columnNames.append(column);
        }
        if (rc != SQLITE_DONE)
            return failed(rc, index.name);
        if (index.columns.isEmpty())
            return true;
    }
    *eligible = true;
    return true;
}

bool Check::scanIndex(const QString &table, Index &index, bool *eligible)
{
    QStringList select;
    for (const QString &c : std::as_const(index.columnNames))
        select << quoted(c);
    const QString sql = QStringLiteral("SELECT %1, rowid FROM %2 INDEXED BY %3")
                            .arg(select.join(QStringLiteral(", ")), quoted(table), quoted(index.name));
    // The entries must come from the index itself, in its order: a covering scan of that index, nothing else.
    {
        SqliteStatement plan(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QStringList details;
        while (plan.isValid() && plan.step() == SQLITE_ROW)
            details << plan.text(3);
        if (details !=
            QStringList{QStringLiteral("SCAN %1 USING COVERING INDEX %2").arg(table, index.name)}) {
            *eligible = false;
            return true;
        }
    }
    SqliteStatement st(m_db, sql);
    if (!st.isValid()) {
        *eligible = false;
        return true;
    }
    const int keys = int(index.columnNames.size());
    // This entry's and the previous entry's bytes, swapped after each entry: the previous values point into
    // their own buffer (the statement's buffers move on).
    Bytes current, previous;
    std::vector<Value> now(size_t(keys + 1)), before(size_t(keys + 1));
    std::vector<size_t> at(size_t(keys + 1));
    bool first = true;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        current.size = 0;
        for (int k = 0; k <= keys; ++k) {
            now[size_t(k)] = valueOf(st.get(), k);
            at[size_t(k)] = append(current, now[size_t(k)]);
        }
        for (int k = 0; k <= keys; ++k)
            if (now[size_t(k)].cls >= 3)
                now[size_t(k)].p = current.data.data() + at[size_t(k)];
        index.indexSum += sipHash(m_key, current.data.data(), current.size);
        ++index.indexCount;
        if (!first) {
            int c = 0;
            for (int k = 0; k < keys && c == 0; ++k)
                c = compare(before[size_t(k)], now[size_t(k)]);
            const bool sameKey = c == 0;
            if (sameKey)
                c = compare(before[size_t(keys)], now[size_t(keys)]);
            if (c >= 0 && !problem(QStringLiteral("index %1 is out of order at rowid %2")
                                       .arg(index.name)
                                       .arg(sqlite3_column_int64(st.get(), keys))))
                return true;
            bool hasNull = false;
            for (int k = 0; k < keys; ++k)
                hasNull = hasNull || now[size_t(k)].cls == 0;
            if (index.unique && sameKey && !hasNull &&
                !problem(QStringLiteral("non-unique entry in index %1 (rowid %2)")
                             .arg(index.name)
                             .arg(sqlite3_column_int64(st.get(), keys))))
                return true;
        }
        first = false;
        std::swap(current, previous);
        std::swap(now, before);
    }
    return rc == SQLITE_DONE || failed(rc, index.name);
}

bool Check::compareTable(const QString &table, bool *handled)
{
    QVector<Index> indexes;
    QStringList columns;
    bool eligible = false;
    if (!indexesOf(table, &indexes, &columns, &eligible))
        return false;
    *handled = eligible;
    if (!eligible || indexes.isEmpty())
        return true; // no index: quick_check has checked all there is
    for (Index &index : indexes) {
        if (!scanIndex(table, index, &eligible))
            return false;
        if (!eligible) {
            *handled = false;
            return true;
        }
        if (r.lines.size() >= m_max)
            return true;
    }
    QStringList select;
    for (const QString &c : std::as_const(columns))
        select << quoted(c);
    SqliteStatement st(m_db, QStringLiteral("SELECT rowid, %1 FROM %2 NOT INDEXED")
                                 .arg(select.join(QStringLiteral(", ")), quoted(table)));
    if (!st.isValid())
        return failed(st.prepareCode(), table);
    // Each value serialised once per row; each index's entry is its columns' bytes and the rowid's, in order.
    Bytes row;
    std::vector<size_t> from(size_t(columns.size() + 2));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        row.size = 0;
        for (int c = 0; c <= columns.size(); ++c) {
            from[size_t(c)] = row.size;
            append(row, valueOf(st.get(), c));
        }
        from[size_t(columns.size() + 1)] = row.size;
        const auto piece = [&](int c) {
            const size_t n = from[size_t(c + 1)] - from[size_t(c)];
            std::memcpy(m_buf.grow(n), row.data.data() + from[size_t(c)], n);
        };
        for (Index &index : indexes) {
            m_buf.size = 0;
            for (const int c : std::as_const(index.columns))
                piece(c);
            piece(0);
            index.tableSum += sipHash(m_key, m_buf.data.data(), m_buf.size);
            ++index.tableCount;
        }
    }
    if (rc != SQLITE_DONE)
        return failed(rc, table);
    for (const Index &index : std::as_const(indexes)) {
        if (index.indexCount != index.tableCount)
            problem(QStringLiteral("wrong # of entries in index %1 (%2 entries, %3 rows in %4)")
                        .arg(index.name)
                        .arg(index.indexCount)
                        .arg(index.tableCount)
                        .arg(table));
        else if (index.indexSum != index.tableSum)
            problem(QStringLiteral("index %1 does not hold the same entries as table %2 (an entry without "
                                   "its row, a row missing from the index, or a changed value)")
                        .arg(index.name, table));
    }
    ++r.tablesCompared;
    return true;
}

Result Check::run()
{
    r.finished = true;
    if (!pragma(QStringLiteral("PRAGMA quick_check(%1)").arg(m_max)))
        return r;
    if (!r.lines.isEmpty())
        return r; // damaged already: what quick_check says is the answer
    bool utf8 = false;
    {
        SqliteStatement st(m_db, QStringLiteral("PRAGMA encoding"));
        utf8 = st.isValid() && st.step() == SQLITE_ROW && st.text(0) == QLatin1String("UTF-8");
    }
    QStringList tables;
    {
        SqliteStatement st(m_db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        if (!st.isValid())
            return failed(st.prepareCode(), QStringLiteral("sqlite_schema")), r;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            tables << st.text(0);
        if (rc != SQLITE_DONE)
            return failed(rc, QStringLiteral("sqlite_schema")), r;
    }
    for (const QString &table : std::as_const(tables)) {
        bool handled = false;
        if (utf8 && !compareTable(table, &handled))
            return r;
        if (!handled) {
            SqliteStatement st(m_db, QStringLiteral("PRAGMA integrity_check(%1)").arg(quoted(table)));
            if (!st.isValid())
                return failed(st.prepareCode(), table), r;
            int rc;
            while ((rc = st.step()) == SQLITE_ROW)
                if (st.text(0) != QLatin1String("ok"))
                    problem(st.text(0));
            if (rc != SQLITE_DONE)
                return failed(rc, table), r;
        }
        if (r.lines.size() >= m_max)
            break;
    }
    if (r.lines.isEmpty())
        r.lines = {QStringLiteral("ok")};
    return r;
}

} // namespace

Result run(sqlite3 *db, int maxLines)
{
    return Check(db, maxLines).run();
}

} // namespace iv::IntegrityCheck
