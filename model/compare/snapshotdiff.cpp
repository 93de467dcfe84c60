// SPDX-License-Identifier: MIT
#include "snapshotdiff.h"

#include "catalogue.h"
#include "localizedtext.h"
#include "numberformat.h"
#include "reviewreport.h"
#include "snapshotfile.h"
#include "sqlitestatement.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstring>
#include <future>
#include <numeric>

namespace iv {

namespace {

QString family(MetricKind kind)
{
    return kind == MetricKind::Counter ? QStringLiteral("counter")
           : kind == MetricKind::Gauge ? QStringLiteral("gauge")
                                       : QStringLiteral("bucket");
}

QString valueText(const Question &q)
{
    if (!q.valueValid)
        return QCoreApplication::translate("iv::SnapshotDiff", "(not a number: %1)").arg(q.rawValue.isNull() ? QStringLiteral("NULL") : q.rawValue.left(60));
    // Text for people: exact (two different values never print alike) in the UI language's notation. JSON
    // carries the numbers themselves.
    const NumberFormat format = NumberFormat::ui();
    return q.valueIsInteger ? format.integer(q.intValue) : format.exact(q.value);
}

// Bit-exact: 1 ulp, and 0 against -0, are differences.
bool sameNumber(double a, double b)
{
    quint64 x, y;
    std::memcpy(&x, &a, sizeof x);
    std::memcpy(&y, &b, sizeof y);
    return x == y;
}

bool sameText(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

bool sameValue(const Question &a, const Question &b)
{
    if (a.valueValid != b.valueValid)
        return false;
    if (!a.valueValid)
        return sameText(a.rawValue, b.rawValue);
    if (a.valueIsInteger && b.valueIsInteger)
        return a.intValue == b.intValue;
    if (!a.valueIsInteger && !b.valueIsInteger)
        return sameNumber(a.value, b.value);
    // An INTEGER against a REAL: the same only when the real is exactly that integer.
    const Question &i = a.valueIsInteger ? a : b;
    const double r = a.valueIsInteger ? b.value : a.value;
    return r >= -0x1p63 && r < 0x1p63 && r == std::trunc(r) && static_cast<qint64>(r) == i.intValue;
}

struct Located
{
    const Question *q = nullptr;
    QString app;
};

QString baseKey(const App &app, const Question &q)
{
    return family(q.kind) + QLatin1Char('\x1f') + app.module + QLatin1Char('\x1f') + q.label;
}

// Keys of a catalogue's questions: (family, module, label), and when that repeats in either file (dupBases),
// also kind, question text and the n-th occurrence of all that.
QHash<QString, Located> index(const Catalogue &cat, const QSet<QString> &dupBases, QStringList *order)
{
    QHash<QString, Located> h;
    QHash<QString, int> seen;
    for (const App &app : cat.apps)
        for (const Question &q : app.questions) {
            QString key = baseKey(app, q);
            if (dupBases.contains(key)) {
                key += QLatin1Char('\x1f') + kindId(q.kind) + QLatin1Char('\x1f') +
                       (q.question.isNull() ? QStringLiteral("\x01") : q.question);
                key += QLatin1Char('#') + QString::number(seen[key]++);
            }
            h.insert(key, {&q, app.name()});
            order->append(key);
        }
    return h;
}

void repeatedBases(const Catalogue &cat, QSet<QString> *dup)
{
    QSet<QString> seen;
    for (const App &app : cat.apps)
        for (const Question &q : app.questions) {
            const QString key = baseKey(app, q);
            if (seen.contains(key))
                dup->insert(key);
            seen.insert(key);
        }
}

LocalizedText describeKey(const BucketValues &v, int i)
{
    QStringList parts;
    if (!v.timestampAt(i).isNull())
        parts << v.timestampAt(i);
    if (!v.categoryAt(i).isNull())
        parts << v.categoryAt(i);
    return parts.isEmpty() ? LocalizedText::translate("iv::SnapshotDiff", "point %1").arg(i + 1)
                           : LocalizedText::same(parts.join(QStringLiteral(" / ")));
}

// A point as people read it (UI language's notation) and as the English JSON carries it (C locale).
LocalizedText pointText(const BucketValues &v, int i)
{
    const NumberFormat format = NumberFormat::ui();
    LocalizedText t;
    // With a decimal comma ("55,5") the two numbers are parted by a semicolon, as German and Dutch write it.
    const bool comma = format.locale().decimalPoint() == QLatin1String(",");
    t.text = (comma ? QStringLiteral("(%1; %2)") : QStringLiteral("(%1, %2)"))
                 .arg(format.exact(v.x.at(i)), format.exact(v.y.at(i)));
    t.english = QStringLiteral("(%1, %2)").arg(SnapshotDiff::exactText(v.x.at(i)), SnapshotDiff::exactText(v.y.at(i)));
    return t;
}

// A point's identity (timestamp, category) as numbers both buckets share, so matching needs no text per
// point: a timestamp is absent, canonical (by its microseconds: Django's form is one text per instant) or
// stored text (by an id per distinct text); a category is absent or an id per distinct text.
struct PointKey
{
    qint8 timeKind = 0; // 0 absent, 1 canonical, 2 stored text
    qint64 time = 0;    // microseconds, or the text's id
    qint32 category = -1;
    bool operator==(const PointKey &o) const
    {
        return timeKind == o.timeKind && time == o.time && category == o.category;
    }
    bool operator<(const PointKey &o) const
    {
        if (timeKind != o.timeKind)
            return timeKind < o.timeKind;
        if (time != o.time)
            return time < o.time;
        return category < o.category;
    }
};

QVector<PointKey> pointKeys(const BucketValues &v, QHash<QString, qint32> *categoryIds,
                            QHash<QString, qint64> *textIds)
{
    QVector<qint32> category(v.categories.size());
    for (int c = 0; c < v.categories.size(); ++c) {
        const QString &name = v.categories.at(c);
        const auto it = categoryIds->constFind(name);
        category[c] =
            it != categoryIds->cend() ? *it : *categoryIds->insert(name, qint32(categoryIds->size()));
    }
    QVector<PointKey> keys(v.size());
    for (int i = 0; i < v.size(); ++i) {
        PointKey &k = keys[i];
        const auto text = v.timestampText.constFind(i);
        if (text != v.timestampText.cend()) {
            k.timeKind = 2;
            const auto id = textIds->constFind(*text);
            k.time = id != textIds->cend() ? *id : *textIds->insert(*text, textIds->size());
        } else if (v.timestamps.at(i) != Timestamp::Invalid) {
            k.timeKind = 1;
            k.time = v.timestamps.at(i);
        }
        const qint32 c = v.categoryIndex.at(i);
        k.category = c >= 0 && c < category.size() ? category.at(c) : -1;
    }
    return keys;
}

// Points are matched by (timestamp, category, n-th occurrence of that pair): both sides sorted by key
// (stable, so equal keys keep their order), then merged. No per-point text: a million points cost a few
// arrays of integers, where a hash of text keys took hundreds of megabytes.
void comparePoints(const BucketValues &a, const BucketValues &b, double tolerance, QuestionDiff *d)
{
    QHash<QString, qint32> categoryIds;
    QHash<QString, qint64> textIds;
    const QVector<PointKey> ka = pointKeys(a, &categoryIds, &textIds);
    const QVector<PointKey> kb = pointKeys(b, &categoryIds, &textIds);
    QVector<int> changed; // rows of b whose point changed, for the first examples in b's order
    auto compare = [&](int i, int j) {
        const double xa = a.x.at(i), xb = b.x.at(j), ya = a.y.at(i), yb = b.y.at(j);
        if (!sameNumber(xa, xb) || !sameNumber(ya, yb)) {
            if (tolerance > 0 && (sameNumber(xa, xb) || SnapshotDiff::withinTolerance(xa, xb, tolerance)) &&
                (sameNumber(ya, yb) || SnapshotDiff::withinTolerance(ya, yb, tolerance))) {
                ++d->tolerantPoints;
                return;
            }
            ++d->changedPoints;
            if (changed.size() < 5 || j < changed.last()) {
                changed.insert(std::upper_bound(changed.begin(), changed.end(), j), j);
                if (changed.size() > 5)
                    changed.removeLast();
            }
        }
    };
    // The usual case: the same points in the same order.
    if (ka == kb) {
        for (int i = 0; i < a.size(); ++i)
            compare(i, i);
    } else {
        auto sorted = [](const QVector<PointKey> &k) {
            QVector<int> order(k.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&k](int x, int y) { return k.at(x) < k.at(y); });
            return order;
        };
        const QVector<int> oa = sorted(ka), ob = sorted(kb);
        int i = 0, j = 0;
        while (i < oa.size() && j < ob.size()) {
            const PointKey &x = ka.at(oa.at(i)), &y = kb.at(ob.at(j));
            if (x < y) {
                ++d->removedPoints;
                ++i;
            } else if (y < x) {
                ++d->addedPoints;
                ++j;
            } else {
                compare(oa.at(i++), ob.at(j++));
            }
        }
        d->removedPoints += oa.size() - i;
        d->addedPoints += ob.size() - j;
    }
    if (!changed.isEmpty()) {
        // The row of a for each example: the same n-th occurrence of b's key.
        QHash<int, int> rowOfB; // b row → a row, for the few examples only
        for (const int j : std::as_const(changed)) {
            int nth = 0;
            for (int t = 0; t < j; ++t)
                nth += kb.at(t) == kb.at(j) ? 1 : 0;
            for (int i = 0; i < ka.size(); ++i)
                if (ka.at(i) == kb.at(j) && nth-- == 0) {
                    rowOfB.insert(j, i);
                    break;
                }
        }
        for (const int j : std::as_const(changed))
            d->changedExamples << LocalizedText::same(QStringLiteral("%1: %2 → %3"))
                                      .arg(describeKey(b, j), pointText(a, rowOfB.value(j)), pointText(b, j));
    }
}

struct SchemaObject
{
    QString type, name, sql;
};

// sqlite_master as stored, by "type\x1fname". Reading it is a plain SELECT, which SnapshotFile's authorizer
// allows.
bool readSchema(const SnapshotFile &file, QMap<QString, SchemaObject> *out, QString *error)
{
    SqliteStatement st(file.handle(),
                       QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const SchemaObject o{st.text(0), st.text(1), st.text(2)};
        out->insert(o.type + QLatin1Char('\x1f') + o.name, o);
    }
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                              QString::fromUtf8(sqlite3_errmsg(file.handle())));
    return false;
}

// The rows of every table named sqlite_… (SQLite's statistics and sequence tables, and any table given such a
// name by hand) as a SHA-256 of their values in storage order, with the row count. Such tables are no
// question, but their text travels with the file like any other.
struct TableRows
{
    qint64 rows = 0;
    QByteArray sha;
};

bool readSqliteTables(const SnapshotFile &file, QMap<QString, TableRows> *out, QString *error,
                      const std::atomic_bool *cancel)
{
    static const QStringList insights = {
        QStringLiteral("insights_app"),         QStringLiteral("insights_counter"),
        QStringLiteral("insights_gauge"),       QStringLiteral("insights_bucket"),
        QStringLiteral("insights_bucketvalue"), QStringLiteral("insights_executiondelta")};
    auto failed = [&](int rc) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                                  rc == SQLITE_INTERRUPT || (cancel && cancel->load())
                                                      ? QStringLiteral("cancelled")
                                                      : QString::fromUtf8(sqlite3_errmsg(file.handle())));
        return false;
    };
    QStringList names;
    {
        SqliteStatement st(file.handle(),
                           QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                          "AND substr(lower(name), 1, 7) = 'sqlite_'"));
        int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW)
            if (!st.text(1).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
                names << st.text(0);
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    for (const QString &name : std::as_const(names)) {
        QString quotedName = name;
        quotedName.replace(QLatin1Char('"'), QLatin1String("\"\""));
        SqliteStatement st(file.handle(), QStringLiteral("SELECT * FROM \"%1\"").arg(quotedName));
        if (!st.isValid())
            return failed(st.prepareCode());
        const int columns = sqlite3_column_count(st.get());
        const bool sequence = name == QLatin1String("sqlite_sequence") && columns >= 1;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableRows rows;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            if ((rows.rows & 0xfff) == 0 && cancel && cancel->load())
                return failed(SQLITE_INTERRUPT);
            if (sequence && st.type(0) == SQLITE_TEXT && insights.contains(st.text(0)))
                continue;
            ++rows.rows;
            for (int c = 0; c < columns; ++c) {
                const int type = st.type(c);
                const char tag = char('0' + type);
                hash.addData(QByteArrayView(&tag, 1));
                if (type == SQLITE_INTEGER) {
                    const qint64 v = st.int64(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                } else if (type == SQLITE_FLOAT) {
                    const double v = st.real(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                } else if (type != SQLITE_NULL) {
                    const auto *p = static_cast<const char *>(sqlite3_column_blob(st.get(), c));
                    const qint64 n = sqlite3_column_bytes(st.get(), c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
                    if (p && n > 0)
                        hash.addData(QByteArrayView(p, n));
                }
            }
        }
        if (rc != SQLITE_DONE)
            return failed(rc);
        rows.sha = hash.result();
        out->insert(name, rows);
    }
    return true;
}

struct Executions
{
    QHash<QString, qint64> rows; // "executed_at\x1fuuid" → how many
    qint64 count = 0;
    QString latest;
};

QString column(const SnapshotFile &file, const QString &name)
{
    return file.columns(QStringLiteral("insights_executiondelta")).contains(name)
               ? QLatin1Char('"') + name + QLatin1Char('"')
               : QStringLiteral("NULL");
}

bool readExecutions(const SnapshotFile &file, Executions *out, QString *error, const std::atomic_bool *cancel)
{
    if (!file.hasTable(QStringLiteral("insights_executiondelta")))
        return true;
    SqliteStatement st(file.handle(), QStringLiteral("SELECT %1, %2 FROM insights_executiondelta")
                                          .arg(column(file, QStringLiteral("executed_at")),
                                               column(file, QStringLiteral("uuid"))));
    int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        if (cancel && (out->count & 0xfff) == 0 && cancel->load())
            break;
        const QString at = st.text(0);
        ++out->rows[(at.isNull() ? QStringLiteral("\x01") : at) + QLatin1Char('\x1f') + st.text(1)];
        ++out->count;
        if (!at.isEmpty() && (out->latest.isNull() || at > out->latest))
            out->latest = at;
    }
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                              QString::fromUtf8(sqlite3_errmsg(file.handle())));
    return false;
}

// Rows of a not in b, as a count and a few readable examples.
qint64 missingFrom(const Executions &a, const Executions &b, QStringList *examples)
{
    qint64 n = 0;
    QStringList keys = a.rows.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const qint64 extra = a.rows.value(key) - b.rows.value(key);
        if (extra <= 0)
            continue;
        n += extra;
        if (examples->size() < 5) {
            const int sep = key.indexOf(QLatin1Char('\x1f'));
            QString at = key.left(sep);
            if (at == QStringLiteral("\x01"))
                at = QStringLiteral("NULL");
            examples->append(QStringLiteral("%1 (%2)").arg(at, key.mid(sep + 1)));
        }
    }
    return n;
}

} // namespace

QString QuestionDiff::statusId(Status s)
{
    switch (s) {
    case Status::Unchanged: return QStringLiteral("unchanged");
    case Status::Changed: return QStringLiteral("changed");
    case Status::Added: return QStringLiteral("added");
    case Status::Removed: return QStringLiteral("removed");
    }
    return QString();
}

bool QuestionDiff::collectedAtChanged() const
{
    return timesCompared && (status == Status::Changed || status == Status::Unchanged) &&
           !sameText(oldCreatedAt, newCreatedAt);
}

QString QuestionDiff::deltaText() const
{
    if (!oldValid || !newValid)
        return QString();
    qint64 d = 0;
    const NumberFormat format = NumberFormat::ui();
    if (oldIsInteger && newIsInteger && !__builtin_sub_overflow(newInt, oldInt, &d))
        return format.integer(d);
    return format.exact(delta());
}

QString SnapshotDiff::exactText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

bool SnapshotDiff::withinTolerance(double a, double b, double tolerance)
{
    if (!std::isfinite(a) || !std::isfinite(b) || !(tolerance >= 0))
        return false;
    return std::fabs(b - a) <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

bool SnapshotDiff::differs() const
{
    return !addedApps.isEmpty() || !removedApps.isEmpty() || !renamedApps.isEmpty() || !schema.isEmpty() ||
           !sqliteTables.isEmpty() || executions.changed() ||
           (includeTimes && !sameText(oldCollectedAt, newCollectedAt)) || collectedAtChanges() != 0 ||
           count(QuestionDiff::Status::Unchanged) != questions.size();
}

bool SnapshotDiff::identical() const
{
    return !differs() && withinToleranceCount() == 0;
}

int SnapshotDiff::exactCount() const
{
    int n = 0;
    for (const QuestionDiff &q : questions)
        n += q.status == QuestionDiff::Status::Unchanged && !q.withinTolerance ? 1 : 0;
    return n;
}

int SnapshotDiff::withinToleranceCount() const
{
    int n = 0;
    for (const QuestionDiff &q : questions)
        n += q.status == QuestionDiff::Status::Unchanged && q.withinTolerance ? 1 : 0;
    return n;
}

int SnapshotDiff::count(QuestionDiff::Status status) const
{
    int n = 0;
    for (const QuestionDiff &q : questions)
        n += q.status == status ? 1 : 0;
    return n;
}

int SnapshotDiff::collectedAtChanges() const
{
    int n = 0;
    for (const QuestionDiff &q : questions)
        n += q.collectedAtChanged() ? 1 : 0;
    return n;
}

std::optional<SnapshotDiff> SnapshotDiff::compare(const QString &oldPath, const QString &newPath, QString *error,
                                                  const std::atomic_bool *cancel)
{
    return compare(oldPath, newPath, Options(), error, cancel);
}

std::optional<SnapshotDiff> SnapshotDiff::compare(const QString &oldPath, const QString &newPath,
                                                  const Options &options, QString *error,
                                                  const std::atomic_bool *cancel)
{
    const double tolerance = options.tolerance > 0 && std::isfinite(options.tolerance) ? options.tolerance : 0;
    const auto oldFile = SnapshotFile::open(oldPath, error);
    if (!oldFile)
        return std::nullopt;
    const auto newFile = SnapshotFile::open(newPath, error);
    if (!newFile)
        return std::nullopt;
    const std::optional<Catalogue> a = oldFile->readCatalogue(error);
    if (!a)
        return std::nullopt;
    const std::optional<Catalogue> b = newFile->readCatalogue(error);
    if (!b)
        return std::nullopt;
    auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        if (error)
            *error = QStringLiteral("cancelled");
        return true;
    };

    SnapshotDiff diff;
    diff.tolerance = tolerance;
    diff.includeTimes = options.includeTimes;
    diff.oldPath = oldFile->path();
    diff.newPath = newFile->path();
    diff.oldWarnings = a->warnings;
    diff.newWarnings = b->warnings;
    diff.oldCollectedAt = a->latestCreatedAt;
    diff.newCollectedAt = b->latestCreatedAt;

    QMap<QString, SchemaObject> oldSchema, newSchema;
    if (!readSchema(*oldFile, &oldSchema, error) || !readSchema(*newFile, &newSchema, error))
        return std::nullopt;
    for (auto it = newSchema.cbegin(); it != newSchema.cend(); ++it) {
        const auto old = oldSchema.constFind(it.key());
        if (old == oldSchema.cend())
            diff.schema.append({QuestionDiff::Status::Added, it->type, it->name, QString(), it->sql});
        else if (!sameText(old->sql, it->sql))
            diff.schema.append({QuestionDiff::Status::Changed, it->type, it->name, old->sql, it->sql});
    }
    for (auto it = oldSchema.cbegin(); it != oldSchema.cend(); ++it)
        if (!newSchema.contains(it.key()))
            diff.schema.append({QuestionDiff::Status::Removed, it->type, it->name, it->sql, QString()});

    QMap<QString, TableRows> oldTables, newTables;
    if (!readSqliteTables(*oldFile, &oldTables, error, cancel) ||
        !readSqliteTables(*newFile, &newTables, error, cancel))
        return std::nullopt;
    QStringList tableNames = oldTables.keys() + newTables.keys();
    tableNames.removeDuplicates();
    tableNames.sort();
    for (const QString &name : std::as_const(tableNames)) {
        const auto o = oldTables.constFind(name), n = newTables.constFind(name);
        const bool inOld = o != oldTables.cend(), inNew = n != newTables.cend();
        if (inOld && inNew && o->rows == n->rows && o->sha == n->sha)
            continue;
        if (!inOld && n->rows == 0)
            continue; // an empty table only in one file: the schema difference says it
        if (!inNew && o->rows == 0)
            continue;
        diff.sqliteTables.append({name, inOld ? o->rows : -1, inNew ? n->rows : -1});
    }

    Executions oldRuns, newRuns;
    if (options.includeTimes && (!readExecutions(*oldFile, &oldRuns, error, cancel) ||
                                 !readExecutions(*newFile, &newRuns, error, cancel)))
        return std::nullopt;
    if (cancelled())
        return std::nullopt;
    diff.executions.oldCount = oldRuns.count;
    diff.executions.newCount = newRuns.count;
    diff.executions.oldLatest = oldRuns.latest;
    diff.executions.newLatest = newRuns.latest;
    diff.executions.added = missingFrom(newRuns, oldRuns, &diff.executions.addedExamples);
    diff.executions.removed = missingFrom(oldRuns, newRuns, &diff.executions.removedExamples);

    QHash<QString, QString> oldApps; // module → name
    for (const App &app : a->apps)
        oldApps.insert(app.module, app.name());
    QSet<QString> newModules;
    for (const App &app : b->apps) {
        newModules.insert(app.module);
        if (!oldApps.contains(app.module))
            diff.addedApps << app.name();
        else if (oldApps.value(app.module) != app.name())
            diff.renamedApps << QStringLiteral("%1 → %2").arg(oldApps.value(app.module), app.name());
    }
    for (const App &app : a->apps)
        if (!newModules.contains(app.module))
            diff.removedApps << app.name();

    QSet<QString> dupBases;
    repeatedBases(*a, &dupBases);
    repeatedBases(*b, &dupBases);
    QStringList oldOrder, newOrder;
    const QHash<QString, Located> olds = index(*a, dupBases, &oldOrder);
    const QHash<QString, Located> news = index(*b, dupBases, &newOrder);
    auto describe = [&options](const Located &l, QuestionDiff *d) {
        d->timesCompared = options.includeTimes;
        d->kind = l.q->kind;
        d->app = l.app;
        d->label = l.q->label;
        d->text = l.q->displayText();
        d->isValue = !l.q->isBucket();
    };
    auto setOld = [](const Question &o, QuestionDiff *d) {
        d->oldCreatedAt = o.createdAt;
        d->oldValid = o.valueValid;
        d->oldValue = o.value;
        d->oldIsInteger = o.valueValid && o.valueIsInteger;
        d->oldInt = o.intValue;
        d->oldPoints = o.pointCount;
        if (d->isValue)
            d->oldText = valueText(o);
    };
    auto setNew = [](const Question &q, QuestionDiff *d) {
        d->newCreatedAt = q.createdAt;
        d->newValid = q.valueValid;
        d->newValue = q.value;
        d->newIsInteger = q.valueValid && q.valueIsInteger;
        d->newInt = q.intValue;
        d->newPoints = q.pointCount;
        if (d->isValue)
            d->newText = valueText(q);
    };
    for (const QString &key : std::as_const(newOrder)) {
        if (cancelled())
            return std::nullopt;
        const Located &n = news.value(key);
        QuestionDiff d;
        describe(n, &d);
        setNew(*n.q, &d);
        const auto oldIt = olds.constFind(key);
        if (oldIt == olds.cend()) {
            d.status = QuestionDiff::Status::Added;
            if (!d.isValue)
                d.oldPoints = -1;
            diff.questions.append(d);
            continue;
        }
        const Question &o = *oldIt->q;
        const Question &q = *n.q;
        setOld(o, &d);
        if (o.kind != q.kind)
            d.metadataChanges << QStringLiteral("kind");
        else if (o.isBucket() && o.bucketType != q.bucketType)
            d.metadataChanges << QStringLiteral("type");
        if (oldIt->app != n.app)
            d.metadataChanges << QStringLiteral("app");
        const QList<QPair<QString, QPair<QString, QString>>> fields = {
            {QStringLiteral("question"), {o.question, q.question}}, {QStringLiteral("desc"), {o.desc, q.desc}},
            {QStringLiteral("xlabel"), {o.xlabel, q.xlabel}},       {QStringLiteral("xformat"), {o.xformat, q.xformat}},
            {QStringLiteral("ylabel"), {o.ylabel, q.ylabel}},       {QStringLiteral("yformat"), {o.yformat, q.yformat}},
            {QStringLiteral("title"), {o.title, q.title}}};
        for (const auto &f : fields)
            if (!sameText(f.second.first, f.second.second))
                d.metadataChanges << f.first;
        bool changed = !d.metadataChanges.isEmpty();
        if (d.isValue) {
            if (!sameValue(o, q)) {
                // Valid numbers on both sides within the tolerance; a missing or non-numeric value only
                // matches itself.
                const bool near = tolerance > 0 && o.valueValid && q.valueValid &&
                                  withinTolerance(o.valueIsInteger ? double(o.intValue) : o.value,
                                                  q.valueIsInteger ? double(q.intValue) : q.value, tolerance);
                d.withinTolerance = near;
                changed = changed || !near;
            }
        } else {
            // Each file's values read in a thread of its own (SnapshotFile: one per thread; the old file is
            // touched by nothing else until get()).
            QString e1, e2;
            std::future<std::optional<BucketValues>> oldValues =
                std::async(std::launch::async, [&] { return oldFile->loadBucketValues(o.id, &e1, cancel); });
            const auto vb = newFile->loadBucketValues(q.id, &e2, cancel);
            const auto va = oldValues.get();
            if (va && vb) {
                d.valuesCompared = true;
                comparePoints(*va, *vb, tolerance, &d);
            } else if (cancelled()) {
                return std::nullopt;
            } else {
                d.changedExamples << LocalizedText::translate("iv::SnapshotDiff", "values not compared: %1")
                                         .arg(va ? e2 : e1);
            }
            changed = changed || d.oldPoints != d.newPoints || d.changedPoints || d.addedPoints || d.removedPoints ||
                      !d.valuesCompared;
            d.withinTolerance = d.tolerantPoints > 0;
        }
        if (changed)
            d.withinTolerance = false;
        d.status = changed ? QuestionDiff::Status::Changed : QuestionDiff::Status::Unchanged;
        diff.questions.append(d);
    }
    for (const QString &key : std::as_const(oldOrder)) {
        if (news.contains(key))
            continue;
        QuestionDiff d;
        describe(olds.value(key), &d);
        d.status = QuestionDiff::Status::Removed;
        setOld(*olds.value(key).q, &d);
        if (!d.isValue)
            d.newPoints = -1;
        diff.questions.append(d);
    }
    return diff;
}

} // namespace iv
