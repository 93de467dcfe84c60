// SPDX-License-Identifier: MIT
#include "snapshotdiff.h"

#include "batchcursor.h"
#include "catalogue.h"
#include "executionrows.h"
#include "localizedtext.h"
#include "numberformat.h"
#include "pointmatch.h"
#include "reviewreport.h"
#include "snapshotfile.h"
#include "sqlitemaster.h"
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

using PointMatch::comparePoints;
using PointMatch::sameNumber;
using namespace SqliteMaster;
using namespace ExecutionRows;

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
    if (!readSqliteTables(*oldFile, &oldTables, error, cancel, options.includeTimes) ||
        !readSqliteTables(*newFile, &newTables, error, cancel, options.includeTimes))
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
    struct BucketPair
    {
        int diffIndex;
        qint64 oldId, newId, oldCount, newCount;
        bool metadataChanged;
    };
    QVector<BucketPair> pairs;
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
            // The points are compared below, a batch of buckets at a time.
            pairs.append({int(diff.questions.size()), o.id, q.id, o.pointCount, q.pointCount, changed});
            diff.questions.append(d);
            continue;
        }
        if (changed)
            d.withinTolerance = false;
        d.status = changed ? QuestionDiff::Status::Changed : QuestionDiff::Status::Unchanged;
        diff.questions.append(d);
    }

    // Buckets on both sides, in the new file's order: each file's values read a batch at a time (buckets
    // whose rows lie spread among each other's by one pass over the table), each file in a thread of its own
    // (SnapshotFile: one per thread; the old file is touched by nothing else until get()). At most one batch
    // of each file (kBatchPoints points, ~72 MB) is in memory.
    constexpr qint64 kBatchPoints = 2'000'000;
    QVector<qint64> oldIds, newIds, oldCounts, newCounts;
    for (const BucketPair &p : std::as_const(pairs)) {
        oldIds.append(p.oldId);
        newIds.append(p.newId);
        oldCounts.append(p.oldCount);
        newCounts.append(p.newCount);
    }
    BatchCursor oldValues(*oldFile, oldIds, oldCounts, kBatchPoints);
    BatchCursor newValues(*newFile, newIds, newCounts, kBatchPoints);
    for (int k = 0; k < pairs.size(); ++k) {
        if (cancelled())
            return std::nullopt;
        std::future<bool> oldLoaded;
        if (oldValues.needs(k))
            oldLoaded = std::async(std::launch::async, [&] { return oldValues.load(k, cancel); });
        const bool newOk = !newValues.needs(k) || newValues.load(k, cancel);
        const bool oldOk = !oldLoaded.valid() || oldLoaded.get();
        if (!newOk || !oldOk || cancelled()) {
            if (error)
                *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
        QuestionDiff &d = diff.questions[pairs.at(k).diffIndex];
        bool changed = pairs.at(k).metadataChanged;
        const std::optional<BucketValues> &va = oldValues.values(k), &vb = newValues.values(k);
        if (va && vb) {
            d.valuesCompared = true;
            comparePoints(*va, *vb, tolerance, &d);
        } else {
            d.changedExamples << LocalizedText::translate("iv::SnapshotDiff", "values not compared: %1")
                                     .arg(va ? newValues.error(k) : oldValues.error(k));
        }
        changed = changed || d.oldPoints != d.newPoints || d.changedPoints || d.addedPoints ||
                  d.removedPoints || !d.valuesCompared;
        d.withinTolerance = d.tolerantPoints > 0;
        if (changed)
            d.withinTolerance = false;
        d.status = changed ? QuestionDiff::Status::Changed : QuestionDiff::Status::Unchanged;
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
