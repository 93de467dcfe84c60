// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "provider.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace iv {

// What one sql metric of a project returns, before anything is written: the query's rows as the source gave
// them and the rows the snapshot writer would store for them (insights_counter / insights_gauge value, or
// insights_bucketvalue timestamp, xvalue, yvalue, category). It runs the metric's query through the same
// read-only source and shaping as a collect (SqlProvider) and writes no file; a script source's scratch
// database lives in a temporary folder that is gone when run() returns. Used by --collect … --preview LABEL
// and meant for the Collect dialog. Plain data; run() blocks, so call it off the GUI thread there.
struct CollectPreview
{
    enum class Status {
        Ok,           // the query ran and its rows can be stored
        UnknownLabel, // no sql metric of the project has that label (bad input)
        Failed,       // the source or the query failed, or the rows do not fit the kind; see error
    };

    Status status = Status::Failed;
    QString error;
    QString label;
    QString kind;  // "counter", "timeseries" …
    QString table; // "counter", "gauge" or "bucket"
    QString appModule;
    QString source;       // the source's name
    QString engine;       // "sqlite" or "postgresql"
    QString sqlFile;      // the query's file (absolute), empty when the project gives the SQL inline
    QString sql;          // the query that ran
    QStringList warnings; // known divergences between the engines in the SQL (SqlCheck::portabilityWarnings)
    QList<QVariantList> rows;
    CollectedMetric metric; // as stored (valid when status is Ok)

    // Runs the first sql metric labelled label (labels are unique per table; a counter and a bucket may share
    // one: then the first in the project's order).
    static CollectPreview run(const CollectProject &project, const QString &label);

    // One cell as the preview shows it: NULL, a number, or 'text' (quotes doubled).
    static QString cellText(const QVariant &value);

    // The stored rows, one line each, columns separated by " | " in the table's column order.
    QStringList storedRows() const;
    // The column names of storedRows(), e.g. "timestamp | xvalue | yvalue | category".
    QString storedColumns() const;
    // A plain-text report: the metric, the source, the query rows and the stored rows.
    QString report() const;
};

} // namespace iv
