// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"
#include "secretmask.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <optional>

namespace iv {

// A metric of the built-in sql provider as the project file declares it: texts plus where and what to query.
// sql maps an engine ("sqlite", "postgresql") to its query; the key "" holds a query for every engine. A
// query kept in a file ("sqlFile") is read when the project loads: sql holds its text, sqlFiles its absolute
// path under the same key (so a preview or a log can say where the text came from).
struct SqlMetricSpec
{
    CollectedMetric meta;
    QString source;
    QMap<QString, QString> sql;
    QMap<QString, QString> sqlFiles;
};

struct ProviderSpec
{
    QString name;
    QString kind;
    QJsonObject settings; // the provider's whole object from the file, paths not yet resolved
};

struct AppSpec
{
    QString module;
    QString label; // null = none (upstream then shows the module)
};

// A collect project file (docs/COLLECT.md), loaded and validated: everything that can be checked without
// running anything is checked here (unknown keys, kinds, duplicate labels per table, sources, ${ENV}).
// Plain data; copyable; no threads involved.
struct CollectProject
{
    QString path;      // absolute path of the project file
    QString dir;       // its folder: relative paths resolve against it
    QByteArray sha256; // of the file's bytes and every sqlFile's path and bytes (the GUI asks before the
                       // first run of a given content)
    QString output;    // absolute output path
    QMap<QString, QString> sources; // name -> absolute SQLite path or postgresql:// URL
    QList<AppSpec> apps;
    QList<SqlMetricSpec> sqlMetrics;
    QList<ProviderSpec> providers;
    // Named SQL parameters (":as_of" …): name -> value (text or number). "as_of" is always declared; a null
    // value means the collect's start time in UTC, filled in when the sql provider starts.
    QMap<QString, QVariant> parameters;
    SecretMask
        secrets; // the environment values its ${NAME} references expand to, kept out of logs and errors

    // sourceOverrides: NAME -> CONNECTION from the command line (relative paths against the working
    // directory). outputOverride: replaces "output" when not empty. On failure *error is "PATH: reason".
    static std::optional<CollectProject> load(const QString &path,
                                              const QMap<QString, QString> &sourceOverrides,
                                              const QString &outputOverride, QString *error);

    // "${NAME}" and "${NAME:-default}" replaced from the environment; an unset NAME without default is an
    // error.
    static QString expandEnv(const QString &text, QString *error);
    // expandEnv, then a relative path made absolute against baseDir (URLs are left as they are).
    static QString resolveLocation(const QString &text, const QString &baseDir, QString *error);
    static bool isPostgresUrl(const QString &connection);
    // A source path ending in ".sql": SQL text (CREATE TABLE …; INSERT …) the sql provider loads into a
    // scratch database of its own before it reads it, read-only like any other source.
    static bool isSqlScriptSource(const QString &connection);

    // The largest sqlFile a metric may name (a query, not data).
    static constexpr qint64 MaxSqlFileBytes = 1024 * 1024;
    // The text of an SQL file: a regular file (not a folder, FIFO or device) of at most maxBytes of UTF-8.
    // A null string and *error (the reason, without the path) otherwise.
    static QString readSqlText(const QString &absolutePath, qint64 maxBytes, QString *error);

    QString appLabel(const QString &module) const;

    // --param NAME=VALUE: NAME must be declared; a parameter whose default is a number takes a number.
    bool setParameter(const QString &name, const QString &value, QString *error);
};

// Which upstream table a kind's rows go to: "counter", "gauge" or "bucket" (labels are unique per table).
QString metricTable(MetricKind kind);
// Parses "counter", "timeseries" …; Unknown for anything else.
MetricKind metricKindFromId(const QString &id);

} // namespace iv
