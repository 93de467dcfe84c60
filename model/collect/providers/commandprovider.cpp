// SPDX-License-Identifier: MIT
#include "commandprovider.h"

#include "timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace iv {

namespace {

const QStringList kKeys = {QStringLiteral("name"),
                           QStringLiteral("kind"),
                           QStringLiteral("program"),
                           QStringLiteral("arguments"),
                           QStringLiteral("workingDirectory"),
                           QStringLiteral("timeout"),
                           QStringLiteral("environment")};

bool textField(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = QString();
        return true;
    }
    if (!v.isString()) {
        *error = QCoreApplication::translate("iv::Collect", "\"%1\" must be a string or null")
                     .arg(QLatin1String(key));
        return false;
    }
    *out = v.toString().isNull() ? QStringLiteral("") : v.toString();
    return true;
}

} // namespace

// Shared by command and django providers' settings: program + arguments with ${ENV}, paths vs project dir.
std::unique_ptr<Provider> CommandProvider::create(const ProviderSpec &spec, const CollectProject &project,
                                                  QString *error)
{
    const QJsonObject &s = spec.settings;
    for (auto it = s.begin(); it != s.end(); ++it)
        if (!kKeys.contains(it.key())) {
            *error = QCoreApplication::translate("iv::Collect", "unknown key \"%1\"").arg(it.key());
            return nullptr;
        }
    auto p = std::make_unique<CommandProvider>();
    p->m_name = spec.name;
    p->m_programAsWritten = s.value(QLatin1String("program")).toString();
    if (p->m_programAsWritten.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "\"program\" is missing");
        return nullptr;
    }
    const QString program = CollectProject::expandEnv(p->m_programAsWritten, error);
    if (program.isNull())
        return nullptr;
    const QJsonValue args = s.value(QLatin1String("arguments"));
    if (!args.isUndefined() && !args.isArray()) {
        *error = QCoreApplication::translate("iv::Collect", "\"arguments\" must be an array of strings");
        return nullptr;
    }
    for (const QJsonValue &a : args.toArray()) {
        if (!a.isString()) {
            *error = QCoreApplication::translate("iv::Collect", "\"arguments\" must be an array of strings");
            return nullptr;
        }
        const QString expanded = CollectProject::expandEnv(a.toString(), error);
        if (expanded.isNull())
            return nullptr;
        p->m_argumentsAsWritten << a.toString();
        p->m_runner.arguments << expanded;
    }
    const QString wd = s.value(QLatin1String("workingDirectory")).toString(QStringLiteral("."));
    p->m_runner.workingDirectory = CollectProject::resolveLocation(wd, project.dir, error);
    if (p->m_runner.workingDirectory.isNull())
        return nullptr;
    if (!QFileInfo(p->m_runner.workingDirectory).isDir()) {
        *error = QCoreApplication::translate("iv::Collect", "working directory %1 does not exist")
                     .arg(p->m_runner.workingDirectory);
        return nullptr;
    }
    const QJsonValue timeout = s.value(QLatin1String("timeout"));
    if (!timeout.isUndefined() && (!timeout.isDouble() || timeout.toDouble() <= 0)) {
        *error =
            QCoreApplication::translate("iv::Collect", "\"timeout\" must be a positive number of seconds");
        return nullptr;
    }
    p->m_runner.timeoutSeconds = timeout.isUndefined() ? 600 : qMax(1, timeout.toInt());
    const QJsonObject env = s.value(QLatin1String("environment")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        // Variables that change which code loads (LD_PRELOAD, PYTHONPATH, BASH_ENV …) would run files that
        // consent does not see: refused.
        if (ProcessRunner::isLoaderVariable(it.key())) {
            *error = QCoreApplication::translate("iv::Collect",
                                                 "environment: %1 changes which code the program loads; a "
                                                 "project may not set it")
                         .arg(it.key());
            return nullptr;
        }
        const QString value = CollectProject::expandEnv(it.value().toString(), error);
        if (value.isNull())
            return nullptr;
        p->m_runner.environment.insert(it.key(), value);
        p->m_environment << it.key() + QLatin1Char('=') + value;
    }
    // Resolved once, here: what the trust prompt shows is exactly the file that runs. A program with a slash
    // is a path (relative to the project file); a bare name is looked up in the PATH the program gets.
    p->m_runner.program = ProcessRunner::resolveProgram(program, project.dir, p->m_runner.environment, error);
    if (p->m_runner.program.isNull())
        return nullptr;
    p->m_runner.displayName = p->m_programAsWritten;
    return p;
}

QString CommandProvider::summary() const
{
    // The project's own spelling: ${…} stays unexpanded, so no secret reaches a log or a tooltip.
    return QStringLiteral("%1 %2")
        .arg(m_programAsWritten, m_argumentsAsWritten.join(QLatin1Char(' ')))
        .trimmed();
}

QList<ProgramLaunch> CommandProvider::programs() const
{
    return {{m_name, m_runner.program, m_programAsWritten, m_argumentsAsWritten, m_runner.workingDirectory,
             ProcessRunner::existingFiles(m_runner.arguments, m_runner.workingDirectory), m_runner.arguments,
             m_environment, ProcessRunner::loaderVariables(m_runner.environment)}};
}

bool CommandProvider::metricFromJson(const QJsonObject &o, CollectedMetric *m, QString *error)
{
    m->appModule = o.value(QLatin1String("app")).toString();
    if (m->appModule.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "\"app\" (the module) is missing");
        return false;
    }
    m->kind = metricKindFromId(o.value(QLatin1String("kind")).toString());
    if (m->kind == MetricKind::Unknown) {
        *error = QCoreApplication::translate("iv::Collect", "\"kind\" is missing or unknown");
        return false;
    }
    m->label = o.value(QLatin1String("label")).toString();
    if (m->label.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "\"label\" is missing");
        return false;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"question", &m->question}, {"desc", &m->desc},         {"xlabel", &m->xlabel},
        {"xformat", &m->xformat},   {"ylabel", &m->ylabel},     {"yformat", &m->yformat},
        {"title", &m->title},       {"app_label", &m->appLabel}};
    for (const auto &[key, field] : texts)
        if (!textField(o, key, field, error))
            return false;
    const QJsonValue value = o.value(QLatin1String("value"));
    if (m->kind == MetricKind::Counter) {
        const double d = value.toDouble(0.5);
        if (!value.isDouble() || d != std::floor(d)) {
            *error = QCoreApplication::translate("iv::Collect", "a counter's \"value\" must be an integer");
            return false;
        }
        m->intValue = value.toInteger();
        return true;
    }
    if (m->kind == MetricKind::Gauge) {
        if (!value.isDouble()) {
            *error = QCoreApplication::translate("iv::Collect", "a gauge's \"value\" must be a number");
            return false;
        }
        m->value = value.toDouble();
        return true;
    }
    const QJsonValue values = o.value(QLatin1String("values"));
    if (!values.isArray()) {
        *error = QCoreApplication::translate("iv::Collect", "\"values\" must be an array");
        return false;
    }
    const QJsonArray rows = values.toArray();
    m->points.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        MetricPoint p;
        const QJsonValue x = r.value(QLatin1String("x")), y = r.value(QLatin1String("y"));
        if (!x.isDouble() || !(y.isDouble() || y.isUndefined() || y.isNull())) {
            *error = QCoreApplication::translate("iv::Collect",
                                                 "values[%1]: \"x\" (and \"y\" if given) must be numbers")
                         .arg(i);
            return false;
        }
        p.x = x.toDouble();
        p.y = y.toDouble(0);
        const QJsonValue ts = r.value(QLatin1String("timestamp"));
        if (ts.isString()) {
            const qint64 micros = Timestamp::parseUtcMicros(ts.toString());
            if (micros == Timestamp::Invalid) {
                *error = QCoreApplication::translate("iv::Collect",
                                                     "values[%1]: timestamp \"%2\" is not a date-time")
                             .arg(i)
                             .arg(ts.toString());
                return false;
            }
            p.timestamp = Timestamp::formatDjango(micros);
        } else if (!ts.isUndefined() && !ts.isNull()) {
            *error =
                QCoreApplication::translate("iv::Collect", "values[%1]: \"timestamp\" must be text or null")
                    .arg(i);
            return false;
        }
        const QJsonValue c = r.value(QLatin1String("category"));
        if (c.isString())
            p.category = c.toString().isNull() ? QStringLiteral("") : c.toString();
        m->points.push_back(p);
    }
    return true;
}

bool CommandProvider::run(CollectSink &sink, QString *error)
{
    ProcessRunner runner = m_runner;
    QString failure;
    int lineNumber = 0;
    runner.isCanceled = [&sink] { return sink.isCanceled(); };
    QString lastStderr;
    runner.onStderrLine = [&](const QString &line) {
        lastStderr = line;
        sink.log(QStringLiteral("%1: %2").arg(m_name, line));
    };
    runner.onStdoutLine = [&](const QString &line) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            return true;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &parseError);
        CollectedMetric metric;
        QString why;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            failure = QCoreApplication::translate("iv::Collect",
                                                  "provider \"%1\", output line %2: not a JSON object")
                          .arg(m_name)
                          .arg(lineNumber);
            return false;
        }
        if (!metricFromJson(doc.object(), &metric, &why)) {
            failure = QCoreApplication::translate("iv::Collect", "provider \"%1\", output line %2: %3")
                          .arg(m_name)
                          .arg(lineNumber)
                          .arg(why);
            return false;
        }
        const QString label = metric.label;
        if (!m_selected.isEmpty() && !m_selected.contains(label))
            return true;
        sink.progress(label, 0, 1);
        if (!sink.addMetric(std::move(metric), &why)) {
            failure = QCoreApplication::translate("iv::Collect", "provider \"%1\", metric \"%2\": %3")
                          .arg(m_name, label, why);
            return false;
        }
        sink.progress(label, 1, 1);
        return true;
    };
    int exitCode = 0;
    QString why;
    if (!sink.approveLaunch(m_name, error))
        return false;
    switch (runner.run(&exitCode, &why)) {
    case ProcessRunner::Outcome::Finished:
        if (exitCode != 0) {
            *error = QCoreApplication::translate("iv::Collect", "provider \"%1\": %2 exited with status %3%4")
                         .arg(m_name, m_programAsWritten)
                         .arg(exitCode)
                         .arg(lastStderr.isEmpty() ? QString() : QStringLiteral(": ") + lastStderr);
            return false;
        }
        return true;
    case ProcessRunner::Outcome::Stopped:
        *error = failure;
        return false;
    case ProcessRunner::Outcome::Canceled:
        *error = QCoreApplication::translate("iv::Collect", "canceled");
        return false;
    default:
        *error = QCoreApplication::translate("iv::Collect", "provider \"%1\": %2").arg(m_name, why);
        return false;
    }
}

} // namespace iv
