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

// How one question differs between two snapshots. Questions are matched by (counter | gauge | bucket, label):
// labels are unique per upstream table, while row ids and app uuids change from one collection to the next.
struct QuestionDiff
{
    enum class Status { Unchanged, Changed, Added, Removed };
    Status status = Status::Unchanged;
    MetricKind kind = MetricKind::Unknown; // the new kind; the old one when removed
    QString app;                           // app name (label, else module)
    QString label;
    QString text;                          // displayText()
    QStringList metadataChanges;           // "question", "title", "kind" … that differ

    // Counters and gauges (oldValid/newValid false when absent or not a number).
    bool isValue = false;
    bool oldValid = false, newValid = false;
    double oldValue = std::nan(""), newValue = std::nan("");
    QString oldText, newText;              // values as shown ("2000", "2.5", "(not a number: x)")
    double delta() const { return newValue - oldValue; }
    // NaN when the old value is 0 or either side is missing.
    double percent() const { return oldValid && newValid && oldValue != 0 ? delta() / std::fabs(oldValue) * 100 : std::nan(""); }

    // Buckets: points are matched by (timestamp, category, n-th occurrence of that pair).
    qint64 oldPoints = -1, newPoints = -1;
    qint64 changedPoints = 0, addedPoints = 0, removedPoints = 0;
    QVector<LocalizedText> changedExamples; // a few "key: old → new" lines (JSON: English, text: UI language)
    bool valuesCompared = false;           // false when the values could not be loaded

    static QString statusId(Status s);
};

// The difference between two snapshots: added and removed apps (matched by module), and per question old → new.
// compare() opens both files through SnapshotFile (read-only, immutable), reads both catalogues and, for buckets
// on both sides, both value sets. Slow for big files: call it off the GUI thread. A plain value type after that.
struct SnapshotDiff
{
    QString oldPath, newPath;
    QStringList addedApps, removedApps, renamedApps; // names; renamed = same module, other label
    QVector<QuestionDiff> questions;                 // new file's order, removed ones last
    QStringList oldWarnings, newWarnings;

    bool identical() const;
    int count(QuestionDiff::Status status) const;
    QByteArray toJson() const;
    QString toText() const; // file text shown with control and bidi characters as \uXXXX

    // nullopt + *error ("PATH: reason") when either file cannot be read; *error "cancelled" when cancelled.
    static std::optional<SnapshotDiff> compare(const QString &oldPath, const QString &newPath, QString *error,
                                               const std::atomic_bool *cancel = nullptr);
};

} // namespace iv
