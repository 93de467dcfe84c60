// SPDX-License-Identifier: MIT
#pragma once

#include "localizedtext.h"
#include "metrickind.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <cmath>
#include <optional>

namespace iv {

// How one question differs between two snapshots. Questions are matched per app (module) by (counter | gauge
// | bucket, label); when a label repeats within an app (upstream forbids it, hostile or hand-made files do
// not), by (kind, question text, n-th occurrence) as well. Row ids and app uuids change from one collection
// to the next, so they are not part of the identity.
struct QuestionDiff
{
    // Changed: the value, the points or the metadata differ. A question whose only difference is its
    // created_at stays Unchanged and has collectedAtChanged().
    enum class Status { Unchanged, Changed, Added, Removed };
    Status status = Status::Unchanged;
    MetricKind kind = MetricKind::Unknown; // the new kind; the old one when removed
    QString app;                           // app name (label, else module)
    QString label;
    QString text;                          // displayText()
    QStringList metadataChanges;           // "question", "title", "kind" … that differ
    QString oldCreatedAt, newCreatedAt;    // stored created_at ("collected at"); null when absent
    bool timesCompared = true;             // false: created_at left out (SnapshotDiff::Options::includeTimes)
    bool collectedAtChanged() const;       // false when times are left out

    // Counters and gauges (oldValid/newValid false when absent or not a number). Values compare bit-exactly
    // (1 ulp is a change); integers as integers.
    bool isValue = false;
    bool oldValid = false, newValid = false;
    double oldValue = std::nan(""), newValue = std::nan("");
    bool oldIsInteger = false, newIsInteger = false;
    qint64 oldInt = 0, newInt = 0;
    QString oldText, newText; // values as shown, shortest exact form ("2000", "2.5", "(not a number: x)")
    double delta() const { return newValue - oldValue; }
    QString deltaText() const; // exact for integers, shortest round-trip for reals; empty when n/a
    // NaN when the old value is 0 or either side is missing.
    double percent() const { return oldValid && newValid && oldValue != 0 ? delta() / std::fabs(oldValue) * 100 : std::nan(""); }

    // Buckets: points are matched by (timestamp, category, n-th occurrence of that pair).
    qint64 oldPoints = -1, newPoints = -1;
    qint64 changedPoints = 0, addedPoints = 0, removedPoints = 0;
    qint64 tolerantPoints = 0; // points whose x and y differ, each within the tolerance (not in changedPoints)
    // Unchanged, yet not bit-exact: the value, or some points, differ within the tolerance (nothing beyond it).
    bool withinTolerance = false;
    QVector<LocalizedText> changedExamples; // a few "key: old → new" lines (JSON: English, text: UI language)
    bool valuesCompared = false;           // false when the values could not be loaded

    static QString statusId(Status s);
};

// A schema object (table, index, trigger, view) of sqlite_master, matched by type and name, whose SQL
// differs.
struct SchemaObjectDiff
{
    QuestionDiff::Status status = QuestionDiff::Status::Changed; // Added, Removed or Changed
    QString type, name;
    QString oldSql, newSql; // as stored; null when absent
};

// One of SQLite's own tables (sqlite_sequence, sqlite_stat1 …, or a table given such a name by hand) whose
// rows differ: its rows are compared in full (the sequence numbers of the insights tables excepted, which
// follow from their rows). Rows -1: the table is absent from that file.
struct SqliteTableDiff
{
    QString name;
    qint64 oldRows = -1, newRows = -1;
};

// The runs recorded in insights_executiondelta, matched by (executed_at, uuid, n-th occurrence).
struct ExecutionsDiff
{
    qint64 oldCount = 0, newCount = 0;
    qint64 added = 0, removed = 0;
    QString oldLatest, newLatest;               // max(executed_at); null when none
    QStringList addedExamples, removedExamples; // a few "executed_at (uuid)"
    bool changed() const { return added != 0 || removed != 0; }
};

// The difference between two snapshots: added and removed apps (matched by module), per question old → new,
// the schema objects, when the questions were collected (created_at) and the executions. Anything that
// differs makes the files not identical. compare() opens both files through SnapshotFile (read-only,
// immutable), reads both catalogues and, for buckets on both sides, both value sets. Slow for big files: call
// it off the GUI thread. A plain value type after that.
struct SnapshotDiff
{
    // What compare() counts as a difference.
    struct Options
    {
        // Relative tolerance for numbers (counter and gauge values, bucket points' x and y): old a and new b
        // are within it when both are finite and |b - a| <= tolerance * max(|a|, |b|). 0: bit-exact only.
        double tolerance = 0;
        // Compare when questions were collected (created_at, the latest of each file) and the executions
        // (insights_executiondelta); false leaves them out: they change with every collect.
        bool includeTimes = true;
    };
    // Within tolerance (Options::tolerance): both finite and |b - a| <= tolerance * max(|a|, |b|).
    static bool withinTolerance(double a, double b, double tolerance);

    QString oldPath, newPath;
    double tolerance = 0;
    bool includeTimes = true;
    QStringList addedApps, removedApps, renamedApps; // names; renamed = same module, other label
    QVector<QuestionDiff> questions;                 // new file's order, removed ones last
    QVector<SchemaObjectDiff> schema;                // only the objects that differ
    QVector<SqliteTableDiff> sqliteTables;           // SQLite's own tables whose rows differ
    QString oldCollectedAt, newCollectedAt;          // latest created_at of each file
    ExecutionsDiff executions;                       // left empty when times are left out
    QStringList oldWarnings, newWarnings;

    // No difference at all (the times only when includeTimes).
    bool identical() const;
    // A difference beyond the tolerance (what --diff's exit status 1 says): anything not identical except
    // values and points within the tolerance.
    bool differs() const;
    int count(QuestionDiff::Status status) const;
    int exactCount() const;           // Unchanged and bit-exact
    int withinToleranceCount() const; // Unchanged, some number within the tolerance
    int collectedAtChanges() const; // questions whose created_at differs
    QByteArray toJson() const;      // full doubles; integers as integers
    QString toText() const; // file text shown with control and bidi characters as \uXXXX
    // "Questions: N exact, N within tolerance, N changed, N added, N removed" (UI language).
    QString summaryLine() const;

    // A number as shown: the shortest text that reads back as exactly v, so two different values never print
    // alike.
    static QString exactText(double v);

    // nullopt + *error ("PATH: reason") when either file cannot be read; *error "cancelled" when cancelled.
    static std::optional<SnapshotDiff> compare(const QString &oldPath, const QString &newPath, QString *error,
                                               const std::atomic_bool *cancel = nullptr);
    static std::optional<SnapshotDiff> compare(const QString &oldPath, const QString &newPath,
                                               const Options &options, QString *error,
                                               const std::atomic_bool *cancel = nullptr);
};

} // namespace iv
