// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "provider.h"

#include <QMap>

namespace iv {

class SqlSource;

// The built-in "sql" provider: one read-only query per metric against a named source (SqlSource), the result
// shaped like upstream's decorators expect: counter one integer; gauge one number; timeseries rows
// (timestamp, value); scatterplot/barchart/hbarchart/histogram rows (xvalue, yvalue, category).
// Timestamps are written in Django's SQLite text form in UTC, whatever the engine, its session time zone or
// the viewer's own time zone.
class SqlProvider final : public Provider
{
public:
    SqlProvider(const QList<SqlMetricSpec> &metrics, const QMap<QString, QString> &sources);
    ~SqlProvider() override;

    QString name() const override { return QStringLiteral("sql"); }
    QString kind() const override { return QStringLiteral("sql"); }
    QString summary() const override;
    QStringList metricLabels() const override;
    bool run(CollectSink &sink, QString *error) override;

    // Turns query rows into the metric's value(s); *error says which row/column is wrong.
    static bool shapeRows(const QList<QVariantList> &rows, CollectedMetric *metric, QString *error);

private:
    QList<SqlMetricSpec> m_metrics;
    QMap<QString, QString> m_sources;
};

} // namespace iv
