// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "provider.h"

#include <QMap>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace iv {

class SqlSource;

// The built-in "sql" provider: one read-only query per metric against a named source (SqlSource), the result
// shaped like upstream's decorators expect: counter one integer; gauge one number; timeseries rows
// (timestamp, value); scatterplot/barchart/hbarchart/histogram rows (xvalue, yvalue, category).
// Timestamps are written in Django's SQLite text form in UTC, whatever the engine, its session time zone or
// the viewer's own time zone. A source that is an SQL script (CollectProject::isSqlScriptSource) is first
// loaded into a scratch database in a temporary folder the provider owns and removes, then read like any
// other.
class SqlProvider final : public Provider
{
public:
    SqlProvider(const QList<SqlMetricSpec> &metrics, const QMap<QString, QString> &sources,
                const QMap<QString, QVariant> &parameters = {});
    ~SqlProvider() override;

    QString name() const override { return QStringLiteral("sql"); }
    QString kind() const override { return QStringLiteral("sql"); }
    QString summary() const override;
    QStringList metricLabels() const override;
    bool run(CollectSink &sink, QString *error) override;

    // Turns query rows into the metric's value(s); *error says which row/column is wrong. columns: the
    // query's result columns (-1: those of the first row); more or fewer than the kind takes is an error
    // (counter, gauge: 1; timeseries: 2; the other bucket kinds: 2 or 3).
    static bool shapeRows(const QList<QVariantList> &rows, CollectedMetric *metric, QString *error,
                          int columns = -1);

    // The metric's query for the engine ("sqlite", "postgresql"): the engine's own, else the common one.
    static QString sqlFor(const SqlMetricSpec &spec, const QString &engine);

    // Opens source name at connection, read-only. An SQL script source is built first into a new database in
    // *scratch, a temporary folder made on first need (keep it alive longer than the source; its destructor
    // removes the folder). Null and *error when it cannot be opened.
    // isCanceled (optional) stops a running script or query.
    static std::unique_ptr<SqlSource> openSource(const QString &name, const QString &connection,
                                                 std::unique_ptr<QTemporaryDir> *scratch, QString *error,
                                                 const std::function<bool()> &isCanceled = {});

    // The query of one metric on an open source: its raw rows and the metric as it would be stored.
    static bool runMetric(const SqlMetricSpec &spec, SqlSource &source, QList<QVariantList> *rows,
                          CollectedMetric *metric, QString *error);

    // The parameters as bound: a null as_of (the default) becomes now, UTC, in Django's text form.
    static QMap<QString, QVariant> resolvedParameters(const QMap<QString, QVariant> &declared);

    // Known divergences between SQLite and PostgreSQL in the metric's SQL for both engines (the "sql" that is
    // not per engine), one sentence each (SqlCheck::portabilityWarnings).
    static QStringList portabilityWarnings(const SqlMetricSpec &spec);

    // The largest SQL script source (data, so larger than a query file).
    static constexpr qint64 MaxScriptSourceBytes = 64 * 1024 * 1024;
    // The largest database a script source may build in its scratch folder.
    static constexpr qint64 MaxScriptDatabaseBytes = 512 * 1024 * 1024;

private:
    QList<SqlMetricSpec> m_metrics;
    QMap<QString, QString> m_sources;
    QMap<QString, QVariant> m_parameters;
};

} // namespace iv
