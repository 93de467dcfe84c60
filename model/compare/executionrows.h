// SPDX-License-Identifier: MIT
#pragma once

// Internal to the compare library: the runs recorded in insights_executiondelta, as the diff matches them.

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>

namespace iv {

class SnapshotFile;

namespace ExecutionRows {

struct Executions
{
    QHash<QString, qint64> rows; // "executed_at\x1fuuid" → how many
    qint64 count = 0;
    QString latest;
};

bool readExecutions(const SnapshotFile &file, Executions *out, QString *error, const std::atomic_bool *cancel);

// Rows of a not in b, as a count and a few readable examples.
qint64 missingFrom(const Executions &a, const Executions &b, QStringList *examples);

} // namespace ExecutionRows
} // namespace iv
