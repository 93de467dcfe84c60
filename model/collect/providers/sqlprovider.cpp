// SPDX-License-Identifier: MIT
#include "sqlprovider.h"

#include "snapshotwriter.h"
#include "sqlcheck.h"
#include "sqlparameters.h"
#include "sqlsource.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cmath>
#include <functional>
#include <map>
#include <memory>

namespace iv {

namespace {

bool toNumber(const QVariant &v, double *out)
{
    if (v.isNull())
        return false;
    bool ok = false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        *out = v.toBool() ? 1 : 0;
        return true;
    case QMetaType::QString:
        *out = v.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(*out);
    default:
        *out = v.toDouble(&ok);
        return ok && std::isfinite(*out);
    }
}

bool toInteger(const QVariant &v, qint64 *out)
{
    bool ok = false;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
        v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt) {
        *out = v.toLongLong(&ok);
        return ok;
    }
    if (v.typeId() == QMetaType::QString) {
        *out = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return true;
    }
    double d = 0;
    if (!toNumber(v, &d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

// Django's text form in UTC, or a null string for NULL; false when the cell is not a time. SqlSource already
// gives PostgreSQL timestamp/timestamptz/date cells in that form; SQLite text may carry an offset.
bool toTimestamp(const QVariant &v, QString *out)
{
    if (v.isNull()) {
        *out = QString();
        return true;
    }
    if (v.typeId() != QMetaType::QString)
        return false;
    const qint64 micros = SqlSource::utcMicros(v.toString());
    if (micros == Timestamp::Invalid)
        return false;
    *out = Timestamp::formatDjango(micros);
    return true;
}

// A cell as messages show it: NULL, a number as a number, text quoted.
QString cellText(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QStringLiteral("'%1'").arg(v.toString().left(40));
    }
}

// The result columns a kind takes, as messages name them.
QString expectedColumns(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Counter:
    case MetricKind::Gauge:
        return QStringLiteral("(value)");
    case MetricKind::Timeseries:
        return QStringLiteral("(timestamp, value)");
    default:
        return QStringLiteral("(xvalue, yvalue) or (xvalue, yvalue, category)");
    }
}

// Builds a database at path from script. The script is as untrusted as metric SQL: it may create and fill
// tables in its own new database and nothing else: no ATTACH (so no VACUUM INTO either), no PRAGMA, no
// extensions, defensive mode.
bool buildScriptDatabase(const QString &path, const QString &script, const std::function<bool()> &isCanceled,
                         QString *error)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(path).constData(), &db,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return false;
    }
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Bounded like a query: at most MaxScriptDatabaseBytes on disk (temporary tables in memory count against
    // the same pages), and the statement time limit for the whole script; Cancel stops it.
    const QByteArray limits =
        "PRAGMA page_size = 4096; PRAGMA temp_store = FILE; PRAGMA max_page_count = " +
        QByteArray::number(SqlProvider::MaxScriptDatabaseBytes / 4096) +
        "; PRAGMA temp.max_page_count = " + QByteArray::number(SqlProvider::MaxScriptDatabaseBytes / 4096);
    sqlite3_exec(db, limits.constData(), nullptr, nullptr, nullptr);
    struct Guard
    {
        QDeadlineTimer deadline;
        const std::function<bool()> *isCanceled;
        bool canceled = false;
    } guard{QDeadlineTimer(std::chrono::seconds(SqlSource::DefaultStatementTimeoutSeconds)), &isCanceled};
    sqlite3_progress_handler(
        db, 10000,
        [](void *d) {
            auto *g = static_cast<Guard *>(d);
            g->canceled = g->canceled || (*g->isCanceled && (*g->isCanceled)());
            return g->canceled || g->deadline.hasExpired() ? 1 : 0;
        },
        &guard);
    sqlite3_set_authorizer(
        db,
        [](void *, int action, const char *, const char *, const char *, const char *) {
            switch (action) {
            case SQLITE_ATTACH:
            case SQLITE_DETACH:
            case SQLITE_PRAGMA:
                return SQLITE_DENY;
            default:
                return SQLITE_OK;
            }
        },
        nullptr);
    char *message = nullptr;
    rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_INTERRUPT)
        *error = guard.canceled
                     ? QCoreApplication::translate("iv::Collect", "canceled")
                     : QCoreApplication::translate("iv::Collect", "the script ran longer than %1 s; stopped")
                           .arg(SqlSource::DefaultStatementTimeoutSeconds);
    else if (rc == SQLITE_FULL)
        *error = QCoreApplication::translate("iv::Collect", "the script's database grew past %1 MiB; stopped")
                     .arg(SqlProvider::MaxScriptDatabaseBytes / 1024 / 1024);
    else if (rc != SQLITE_OK)
        *error =
            SqlSource::bounded(message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

SqlProvider::SqlProvider(const QList<SqlMetricSpec> &metrics, const QMap<QString, QString> &sources,
                         const QMap<QString, QVariant> &parameters)
    : m_metrics(metrics), m_sources(sources), m_parameters(parameters)
{
}

QMap<QString, QVariant> SqlProvider::resolvedParameters(const QMap<QString, QVariant> &declared)
{
    QMap<QString, QVariant> values = declared;
    if (values.value(QStringLiteral("as_of")).isNull())
        values.insert(QStringLiteral("as_of"), SqlParameters::utcNowText());
    return values;
}

QStringList SqlProvider::portabilityWarnings(const SqlMetricSpec &spec)
{
    // Only a text meant for both engines can diverge; a per-engine text is written for its engine.
    if (!spec.sql.contains(QString()))
        return {};
    return SqlCheck::portabilityWarnings(spec.sql.value(QString()), SqlCheck::Dialect::Sqlite);
}

SqlProvider::~SqlProvider() = default;

QString SqlProvider::summary() const
{
    QStringList used;
    for (const SqlMetricSpec &m : m_metrics)
        if (!used.contains(m.source))
            used << m.source;
    return QCoreApplication::translate("iv::Collect", "read-only SQL on %1")
        .arg(used.join(QStringLiteral(", ")));
}

QStringList SqlProvider::metricLabels() const
{
    QStringList labels;
    for (const SqlMetricSpec &m : m_metrics)
        labels << m.meta.label;
    return labels;
}

bool SqlProvider::shapeRows(const QList<QVariantList> &rows, CollectedMetric *metric, QString *error,
                            int columns)
{
    const MetricKind kind = metric->kind;
    // The shape first: exactly the kind's columns, never silently more or fewer.
    if (columns < 0 && !rows.isEmpty())
        columns = int(rows.first().size());
    if (columns >= 0) {
        const bool single = kind == MetricKind::Counter || kind == MetricKind::Gauge;
        const bool fits = single                           ? columns == 1
                          : kind == MetricKind::Timeseries ? columns == 2
                                                           : columns == 2 || columns == 3;
        if (!fits) {
            *error = QCoreApplication::translate("iv::Collect",
                                                 "a %1 takes the columns %2; the query returns %n column(s)",
                                                 nullptr, columns)
                         .arg(kindId(kind), expectedColumns(kind));
            return false;
        }
    }
    if (kind == MetricKind::Counter || kind == MetricKind::Gauge) {
        if (rows.size() != 1 || rows.first().isEmpty()) {
            *error =
                QCoreApplication::translate("iv::Collect", "expected one row with one value, got %1 rows")
                    .arg(rows.size());
            return false;
        }
        const QVariant &v = rows.first().first();
        if (kind == MetricKind::Counter ? !toInteger(v, &metric->intValue) : !toNumber(v, &metric->value)) {
            *error = QCoreApplication::translate("iv::Collect", "expected %1, got %2")
                         .arg(kind == MetricKind::Counter
                                  ? QCoreApplication::translate("iv::Collect", "an integer")
                                  : QCoreApplication::translate("iv::Collect", "a number"),
                              cellText(v));
            return false;
        }
        return true;
    }
    metric->points.clear();
    metric->points.reserve(rows.size());
    const bool timeseries = kind == MetricKind::Timeseries;
    const int needed = timeseries ? 2 : 2; // category is optional
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        if (row.size() < needed || row.size() > (timeseries ? 2 : 3)) {
            *error = QCoreApplication::translate(
                         "iv::Collect", "row %1: a %2 takes the columns %3; the row has %n column(s)",
                         nullptr, int(row.size()))
                         .arg(r + 1)
                         .arg(kindId(kind), expectedColumns(kind));
            return false;
        }
        MetricPoint p;
        if (timeseries) {
            if (!toTimestamp(row.at(0), &p.timestamp)) {
                *error = QCoreApplication::translate("iv::Collect", "row %1: %2 is not a timestamp")
                             .arg(r + 1)
                             .arg(cellText(row.at(0)));
                return false;
            }
            if (!toNumber(row.at(1), &p.x)) {
                *error = QCoreApplication::translate("iv::Collect", "row %1: value %2 is not a number")
                             .arg(r + 1)
                             .arg(cellText(row.at(1)));
                return false;
            }
        } else {
            if (!toNumber(row.at(0), &p.x) || !toNumber(row.at(1), &p.y)) {
                *error = QCoreApplication::translate("iv::Collect",
                                                     "row %1: xvalue and yvalue must be numbers, got %2, %3")
                             .arg(r + 1)
                             .arg(cellText(row.at(0)), cellText(row.at(1)));
                return false;
            }
            if (row.size() > 2 && !row.at(2).isNull())
                p.category = row.at(2).toString();
        }
        metric->points.push_back(p);
    }
    return true;
}

QString SqlProvider::sqlFor(const SqlMetricSpec &spec, const QString &engine)
{
    return spec.sql.contains(engine) ? spec.sql.value(engine) : spec.sql.value(QString());
}

std::unique_ptr<SqlSource> SqlProvider::openSource(const QString &name, const QString &connection,
                                                   std::unique_ptr<QTemporaryDir> *scratch, QString *error,
                                                   const std::function<bool()> &isCanceled)
{
    QString location = connection;
    if (CollectProject::isSqlScriptSource(connection)) {
        const QString shown = QDir::toNativeSeparators(connection);
        QString why;
        const QString script = CollectProject::readSqlText(connection, MaxScriptSourceBytes, &why);
        if (script.isNull()) {
            *error = QStringLiteral("%1: %2").arg(shown, why);
            return nullptr;
        }
        if (!*scratch)
            *scratch = std::make_unique<QTemporaryDir>(
                QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-XXXXXX")));
        if (!(*scratch)->isValid()) {
            *error = QStringLiteral("%1: no temporary folder to load it into: %2")
                         .arg(shown, (*scratch)->errorString());
            return nullptr;
        }
        // One new file per script source in the folder (sources are opened once per run).
        const QDir folder((*scratch)->path());
        location =
            folder.filePath(QStringLiteral("source-%1.sqlite3").arg(folder.entryList(QDir::Files).size()));
        if (!buildScriptDatabase(location, script, isCanceled, &why)) {
            QFile::remove(location);
            *error = QStringLiteral("%1: %2").arg(shown, why);
            return nullptr;
        }
    }
    auto source = std::make_unique<SqlSource>(name, location);
    source->setCancelCheck(isCanceled);
    if (!source->open(error))
        return nullptr;
    return source;
}

bool SqlProvider::runMetric(const SqlMetricSpec &spec, SqlSource &source, QList<QVariantList> *rows,
                            CollectedMetric *metric, QString *error)
{
    const QString sql = sqlFor(spec, source.engine());
    if (sql.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "no SQL for %1").arg(source.engine());
        return false;
    }
    // Row caps per kind: one row for a counter or gauge (a second one already is an error), the snapshot
    // writer's limit for the bucket kinds.
    const bool single = spec.meta.kind == MetricKind::Counter || spec.meta.kind == MetricKind::Gauge;
    if (!source.select(sql, rows, error, single ? 1 : SnapshotWriter::MaxPoints))
        return false;
    *metric = spec.meta;
    return shapeRows(*rows, metric, error, source.columnCount());
}

bool SqlProvider::run(CollectSink &sink, QString *error)
{
    std::unique_ptr<QTemporaryDir> scratch; // script sources' databases; removed after the sources close
    std::map<QString, std::unique_ptr<SqlSource>> open;
    QMap<QString, QString> unopened; // source -> why it did not open (keep-going: tried once)
    QStringList failures;
    const QSet<QString> selected(m_selected.begin(), m_selected.end());
    // Parameters are fixed once per run: every metric sees the same :as_of.
    const QMap<QString, QVariant> parameters = resolvedParameters(m_parameters);
    QStringList used; // the parameters the metrics' SQL names, logged with their values
    for (const SqlMetricSpec &spec : m_metrics)
        for (auto it = spec.sql.begin(); it != spec.sql.end(); ++it)
            for (const QString &name : SqlParameters::names(
                     it.value(), it.key() == QLatin1String("postgresql") ? SqlParameters::Dialect::PostgreSql
                                                                         : SqlParameters::Dialect::Sqlite))
                if (!used.contains(name))
                    used << name;
    used.sort();
    for (const QString &name : std::as_const(used))
        sink.log(QCoreApplication::translate("iv::Collect", "parameter :%1 = %2")
                     .arg(name, SqlParameters::valueText(parameters.value(name))));
    for (const SqlMetricSpec &spec : m_metrics) {
        if (!m_selected.isEmpty() && !selected.contains(spec.meta.label))
            continue;
        if (sink.isCanceled()) {
            *error = QCoreApplication::translate("iv::Collect", "canceled");
            return false;
        }
        const QString &label = spec.meta.label;
        sink.progress(label, 0, 1);
        // Stops the run, or with keep-going notes the failure and goes on with the next metric.
        auto fail = [&](const QString &why) {
            const QString message = QCoreApplication::translate(
                                        "iv::Collect", "provider \"sql\", metric \"%1\" (source \"%2\"): %3")
                                        .arg(label, spec.source, why);
            if (!m_keepGoing) {
                *error = message;
                return false;
            }
            failures << message;
            sink.progress(label, 1, 1);
            return true;
        };
        for (const QString &warning : portabilityWarnings(spec))
            sink.log(
                QCoreApplication::translate("iv::Collect", "metric \"%1\": warning: %2").arg(label, warning));
        if (unopened.contains(spec.source)) {
            if (!fail(unopened.value(spec.source)))
                return false;
            continue;
        }
        auto &source = open[spec.source];
        if (!source) {
            const QString connection = m_sources.value(spec.source);
            QString why;
            source =
                openSource(spec.source, connection, &scratch, &why, [&sink] { return sink.isCanceled(); });
            if (!source) {
                open.erase(spec.source);
                unopened.insert(spec.source, why);
                if (!fail(why))
                    return false;
                continue;
            }
            source->setParameters(parameters);
            sink.log(QCoreApplication::translate("iv::Collect", "source \"%1\": %2 (%3, read-only)")
                         .arg(spec.source,
                              CollectProject::isSqlScriptSource(connection)
                                  ? QDir::toNativeSeparators(connection)
                                  : source->displayName(),
                              source->engine()));
            const QStringList warnings = source->warnings();
            for (const QString &warning : warnings)
                sink.log(QCoreApplication::translate("iv::Collect", "source \"%1\": warning: %2")
                             .arg(spec.source, warning));
        }
        QList<QVariantList> rows;
        CollectedMetric metric;
        QString why;
        const bool ran = runMetric(spec, *source, &rows, &metric, &why);
        for (const QString &notice : source->takeNotices())
            sink.log(
                QCoreApplication::translate("iv::Collect", "source \"%1\": %2").arg(spec.source, notice));
        if (!ran || !sink.addMetric(std::move(metric), &why)) {
            if (!fail(why))
                return false;
            continue;
        }
        sink.progress(label, 1, 1);
    }
    if (!failures.isEmpty()) {
        *error = failures.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace iv
