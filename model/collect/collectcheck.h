// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QList>
#include <QString>

namespace iv {

// --collect PROJECT --check-against INSIGHTS.db: how each metric a collect produced compares with the same
// metric (same upstream table and label) of a reference snapshot, typically upstream's own collect_insights
// run. exact: the same value(s); tolerance: the same shape and every number within a relative 1e-9 (float
// noise such as 5e-15); different: anything else (the detail says what); missing: in only one of the two.
namespace CollectCheck {

struct Result
{
    QString label;
    QString table;  // "counter", "gauge" or "bucket"
    QString status; // "exact", "tolerance", "different", "missing"
    QString detail; // for different and missing
};

constexpr double RelativeTolerance = 1e-9;

// Every metric of a snapshot with its value(s), read through SnapshotFile (read-only); false and *error
// ("PATH: reason") when the file cannot be read.
bool readSnapshot(const QString &path, QList<CollectedMetric> *metrics, QString *error);

// Reference metrics first in their order, then those only the collect has.
QList<Result> compare(const QList<CollectedMetric> &collected, const QList<CollectedMetric> &reference);

} // namespace CollectCheck
} // namespace iv
