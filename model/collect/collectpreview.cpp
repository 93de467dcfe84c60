// SPDX-License-Identifier: MIT
#include "collectpreview.h"

#include "sqlprovider.h"
#include "sqlsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>

namespace iv {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString textOrNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("NULL") : CollectPreview::cellText(text);
}

} // namespace

CollectPreview CollectPreview::run(const CollectProject &project, const QString &label)
{
    CollectPreview preview;
    preview.label = label;
    const SqlMetricSpec *spec = nullptr;
    for (const SqlMetricSpec &m : project.sqlMetrics) {
        if (m.meta.label == label) {
            spec = &m;
            break;
        }
    }
    if (!spec) {
        preview.status = Status::UnknownLabel;
        preview.error = QCoreApplication::translate(
                            "iv::Collect", "%1: no sql metric labelled \"%2\" (command and django providers "
                                           "report their metrics only when they run)")
                            .arg(QDir::toNativeSeparators(project.path), label);
        return preview;
    }
    preview.kind = kindId(spec->meta.kind);
    preview.table = metricTable(spec->meta.kind);
    preview.appModule = spec->meta.appModule;
    preview.source = spec->source;
    auto fail = [&](const QString &why) {
        preview.status = Status::Failed;
        preview.error =
            QCoreApplication::translate("iv::Collect", "provider \"sql\", metric \"%1\" (source \"%2\"): %3")
                .arg(label, spec->source, why);
        return preview;
    };
    // Declared before the source, so the source closes before its scratch folder goes.
    std::unique_ptr<QTemporaryDir> scratch;
    QString why;
    const std::unique_ptr<SqlSource> source =
        SqlProvider::openSource(spec->source, project.sources.value(spec->source), &scratch, &why);
    if (!source)
        return fail(why);
    source->setParameters(SqlProvider::resolvedParameters(project.parameters));
    preview.warnings = SqlProvider::portabilityWarnings(*spec);
    preview.engine = source->engine();
    preview.sql = SqlProvider::sqlFor(*spec, preview.engine);
    preview.sqlFile = spec->sqlFiles.contains(preview.engine) ? spec->sqlFiles.value(preview.engine)
                                                              : spec->sqlFiles.value(QString());
    if (!SqlProvider::runMetric(*spec, *source, &preview.rows, &preview.metric, &why))
        return fail(why);
    preview.status = Status::Ok;
    return preview;
}

QString CollectPreview::cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Double:
        return number(value.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: {
        // Line breaks shown, not acted on: one row stays one line.
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QStringLiteral("''"))
            .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
            .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

QString CollectPreview::storedColumns() const
{
    if (table == QLatin1String("bucket"))
        return QStringLiteral("timestamp | xvalue | yvalue | category");
    return QStringLiteral("label | value");
}

QStringList CollectPreview::storedRows() const
{
    QStringList lines;
    if (status != Status::Ok)
        return lines;
    if (metric.kind == MetricKind::Counter) {
        lines << QStringLiteral("%1 | %2").arg(cellText(metric.label)).arg(metric.intValue);
    } else if (metric.kind == MetricKind::Gauge) {
        lines << QStringLiteral("%1 | %2").arg(cellText(metric.label), number(metric.value));
    } else {
        for (const MetricPoint &p : metric.points)
            lines << QStringLiteral("%1 | %2 | %3 | %4")
                         .arg(textOrNull(p.timestamp), number(p.x), number(p.y), textOrNull(p.category));
    }
    return lines;
}

QString CollectPreview::report() const
{
    QString out;
    out += QStringLiteral("metric \"%1\" (%2, app %3), source \"%4\" (%5, read-only)\n")
               .arg(label, kind, appModule, source, engine);
    out += QStringLiteral("sql: %1\n")
               .arg(sqlFile.isEmpty() ? QStringLiteral("inline") : QDir::toNativeSeparators(sqlFile));
    for (const QString &warning : warnings)
        out += QStringLiteral("warning: %1\n").arg(warning);
    out += QStringLiteral("query rows: %1\n").arg(rows.size());
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << cellText(cell);
        out += QStringLiteral("  ") + cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    }
    const QStringList stored = storedRows();
    out += QStringLiteral("insights_%1 rows: %2 (%3)\n")
               .arg(table == QLatin1String("bucket") ? QStringLiteral("bucketvalue") : table)
               .arg(stored.size())
               .arg(storedColumns());
    for (const QString &line : stored)
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    out += QStringLiteral("nothing written\n");
    return out;
}

} // namespace iv
