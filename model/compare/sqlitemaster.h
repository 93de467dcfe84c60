// SPDX-License-Identifier: MIT
#pragma once

// Internal to the compare library: the schema objects of sqlite_master and the rows of SQLite's own tables
// (sqlite_sequence, sqlite_stat1 …) of a snapshot, as the diff compares them.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <atomic>

namespace iv {

class SnapshotFile;

namespace SqliteMaster {

struct SchemaObject
{
    QString type, name, sql;
};

// sqlite_master as stored, by "type\x1fname". Reading it is a plain SELECT, which SnapshotFile's authorizer
// allows.
bool readSchema(const SnapshotFile &file, QMap<QString, SchemaObject> *out, QString *error);

// The rows of every table the questions do not cover — SQLite's own (statistics, sequence, any table given
// such a name by hand), django_migrations, a table upstream does not have, and with appIds insights_app
// (whose ids no question shows; they change from one collection to the next, like the times) — as a SHA-256
// of their values in storage order, with the row count. They are no question, but their text travels with the
// file like any other.
struct TableRows
{
    qint64 rows = 0;
    QByteArray sha;
};

bool readSqliteTables(const SnapshotFile &file, QMap<QString, TableRows> *out, QString *error,
                      const std::atomic_bool *cancel, bool appIds = false);

} // namespace SqliteMaster
} // namespace iv
