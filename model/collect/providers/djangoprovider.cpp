// SPDX-License-Identifier: MIT
#include "djangoprovider.h"

#include "bucketvalues.h"
#include "catalogue.h"
#include "snapshotfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace iv {

namespace {

const QStringList kKeys = {QStringLiteral("name"),     QStringLiteral("kind"),
                           QStringLiteral("project"),  QStringLiteral("python"),
                           QStringLiteral("manage"),   QStringLiteral("settings"),
                           QStringLiteral("database"), QStringLiteral("arguments"),
                           QStringLiteral("timeout"),  QStringLiteral("environment")};

struct FileStamp
{
    bool exists = false;
    QDateTime mtime;
    qint64 size = -1;
    bool operator==(const FileStamp &o) const
    {
        return exists == o.exists && mtime == o.mtime && size == o.size;
    }
};

FileStamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists(), info.exists() ? info.lastModified() : QDateTime(),
            info.exists() ? info.size() : -1};
}

// Run with `python -c` in the site's folder (sys.argv[1] is manage.py): checks what the collect needs, each
// missing piece one sentence on stderr (exit 3), then points the "insights" database at
// $IV_INSIGHTS_DATABASE, routes upstream's models there, turns upstream's chart media cache off (it would
// empty a folder of the site) and creates upstream's tables. Only that file is written: the settings are
// changed in this process, never on disk.
const char kSitePrelude[] = R"PY(import importlib, os, sys
sys.path.insert(0, os.getcwd())
def stop(sentence):
    sys.stderr.write(sentence + "\n")
    sys.exit(3)
try:
    import django
except ImportError:
    stop("Django is not installed for %s: install it in the site's venv/ (pip install django) or apt install python3-django." % sys.executable)
module = os.environ.get("DJANGO_SETTINGS_MODULE")
if not module:
    stop("manage.py does not name a settings module: set \"settings\" in the project or DJANGO_SETTINGS_MODULE.")
try:
    importlib.import_module(module)
except Exception as e:
    stop("the settings module %s cannot be imported (%s: %s): set \"settings\" to the site's settings module." % (module, type(e).__name__, e))
try:
    import django_insights
except ImportError:
    stop("django-insights is not installed for %s: pip install django-insights in the site's venv/." % sys.executable)
from django.conf import settings
if "django_insights" not in settings.INSTALLED_APPS:
    stop("django_insights is not in INSTALLED_APPS of %s: add it as django-insights' README says." % module)
databases = dict(settings.DATABASES)
databases["insights"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["IV_INSIGHTS_DATABASE"]}
settings.DATABASES = databases
routers = list(settings.DATABASE_ROUTERS)
if "django_insights.database.Router" not in routers:
    routers.insert(0, "django_insights.database.Router")
settings.DATABASE_ROUTERS = routers
settings.INSIGHT_CHARTS_USE_MEDIA_CACHE = False
django.setup()
from django.core.management import call_command
from django.db.models.signals import post_migrate, pre_migrate
# Only upstream's tables go into the temporary database: no content types or permissions of other apps.
for signal in (pre_migrate, post_migrate):
    signal.receivers = []
    signal.sender_receivers_cache.clear()
call_command("migrate", "insights", database="insights", verbosity=0, interactive=False)
)PY";

// The zero-config collect: the prelude, then upstream's own collect into the temporary database.
const char kCollect[] = R"PY(call_command("collect_insights")
)PY";

} // namespace

QString DjangoProvider::sitePrelude()
{
    return QString::fromUtf8(kSitePrelude);
}

QString DjangoProvider::settingsModuleFromManage(const QString &manageText)
{
    static const QRegularExpression setdefault(
        QStringLiteral("DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)['\"]"));
    return setdefault.match(manageText).captured(1);
}

QString DjangoProvider::interpreterFor(const QString &siteDir)
{
    for (const char *venv : {"venv", ".venv"})
        for (const char *name : {"python3", "python"}) {
            const QString candidate = QDir(siteDir).filePath(
                QStringLiteral("%1/bin/%2").arg(QLatin1String(venv), QLatin1String(name)));
            const QFileInfo info(candidate);
            if (info.isFile() && info.isExecutable())
                return candidate;
        }
    return QStringLiteral("python3");
}

std::unique_ptr<Provider> DjangoProvider::create(const ProviderSpec &spec, const CollectProject &project,
                                                 QString *error)
{
    const QJsonObject &s = spec.settings;
    for (auto it = s.begin(); it != s.end(); ++it)
        if (!kKeys.contains(it.key())) {
            *error = QCoreApplication::translate("iv::Collect", "unknown key \"%1\"").arg(it.key());
            return nullptr;
        }
    auto p = std::make_unique<DjangoProvider>();
    p->m_name = spec.name;
    const QString projectDir = CollectProject::resolveLocation(
        s.value(QLatin1String("project")).toString(QStringLiteral(".")), project.dir, error);
    if (projectDir.isNull())
        return nullptr;
    const QString manage = s.value(QLatin1String("manage")).toString(QStringLiteral("manage.py"));
    if (!QFileInfo(QDir(projectDir).filePath(manage)).isFile()) {
        *error = QCoreApplication::translate("iv::Collect", "%1 not found in %2").arg(manage, projectDir);
        return nullptr;
    }
    // Without "database": zero-config. The site's insights database is pointed at a new temporary file,
    // upstream's tables are created in it, upstream's collect runs into it; nothing of the site is written.
    p->m_zeroConfig = !s.contains(QLatin1String("database"));
    if (!p->m_zeroConfig) {
        if (!s.value(QLatin1String("database")).isString()) {
            *error = QCoreApplication::translate(
                "iv::Collect",
                "\"database\" (the insights database the Django project writes) must be a path");
            return nullptr;
        }
        p->m_database = CollectProject::resolveLocation(s.value(QLatin1String("database")).toString(),
                                                        project.dir, error);
        if (p->m_database.isNull())
            return nullptr;
        if (p->m_database == project.output) {
            *error =
                QCoreApplication::translate("iv::Collect", "\"database\" must not be the project's output");
            return nullptr;
        }
    }
    // The interpreter: as written, else a venv/ or .venv/ beside manage.py, else python3.
    p->m_pythonAsWritten = s.contains(QLatin1String("python"))
                               ? s.value(QLatin1String("python")).toString()
                               : interpreterFor(QFileInfo(QDir(projectDir).filePath(manage)).absolutePath());
    const QString python = CollectProject::expandEnv(p->m_pythonAsWritten, error);
    if (python.isNull())
        return nullptr;
    if (p->m_zeroConfig)
        p->m_runner.arguments = {QStringLiteral("-c"), sitePrelude() + QString::fromUtf8(kCollect), manage};
    else
        p->m_runner.arguments = {manage, QStringLiteral("collect_insights")};
    p->m_argumentsAsWritten = p->m_runner.arguments;
    if (p->m_zeroConfig)
        p->m_argumentsAsWritten = {QStringLiteral("-c"), QStringLiteral("<zero-config collect>"), manage};
    for (const QJsonValue &a : s.value(QLatin1String("arguments")).toArray()) {
        const QString expanded = CollectProject::expandEnv(a.toString(), error);
        if (expanded.isNull())
            return nullptr;
        p->m_argumentsAsWritten << a.toString();
        p->m_runner.arguments << expanded;
    }
    p->m_runner.workingDirectory = projectDir;
    const QJsonValue timeout = s.value(QLatin1String("timeout"));
    if (!timeout.isUndefined() && (!timeout.isDouble() || timeout.toDouble() <= 0)) {
        *error =
            QCoreApplication::translate("iv::Collect", "\"timeout\" must be a positive number of seconds");
        return nullptr;
    }
    p->m_runner.timeoutSeconds = timeout.isUndefined() ? 1800 : qMax(1, timeout.toInt());
    QString settingsAsWritten = s.value(QLatin1String("settings")).toString();
    if (!s.contains(QLatin1String("settings")) && p->m_zeroConfig) {
        // The site's own choice: manage.py's os.environ.setdefault("DJANGO_SETTINGS_MODULE", "…").
        QFile manageFile(QDir(projectDir).filePath(manage));
        if (manageFile.open(QIODevice::ReadOnly))
            settingsAsWritten = settingsModuleFromManage(QString::fromUtf8(manageFile.read(1024 * 1024)));
    }
    if (!settingsAsWritten.isEmpty()) {
        const QString settings = CollectProject::expandEnv(settingsAsWritten, error);
        if (settings.isNull())
            return nullptr;
        p->m_runner.environment.insert(QStringLiteral("DJANGO_SETTINGS_MODULE"), settings);
        p->m_environment << QStringLiteral("DJANGO_SETTINGS_MODULE=") + settings;
    }
    p->m_runner.environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
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
    // Resolved once, with the PATH the interpreter gets: the trust prompt shows exactly the file that runs.
    p->m_runner.program = ProcessRunner::resolveProgram(python, project.dir, p->m_runner.environment, error);
    if (p->m_runner.program.isNull())
        return nullptr;
    p->m_runner.displayName = p->m_pythonAsWritten;
    return p;
}

QString DjangoProvider::summary() const
{
    // The project's own spelling of the command: ${…} stays unexpanded, so no secret reaches a log.
    return QCoreApplication::translate("iv::Collect", "%1 %2 (in %3) -> %4")
        .arg(m_pythonAsWritten, m_argumentsAsWritten.join(QLatin1Char(' ')), m_runner.workingDirectory,
             m_database);
}

QList<ProgramLaunch> DjangoProvider::programs() const
{
    return {{m_name, m_runner.program, m_pythonAsWritten, m_argumentsAsWritten, m_runner.workingDirectory,
             ProcessRunner::existingFiles(m_runner.arguments, m_runner.workingDirectory), m_runner.arguments,
             m_environment, ProcessRunner::loaderVariables(m_runner.environment)}};
}

bool DjangoProvider::run(CollectSink &sink, QString *error)
{
    static const QRegularExpression progress(
        QStringLiteral("Create insights for (.+)\\.([^.:\\s]+):.*?(\\d+)/(\\d+)"));
    ProcessRunner runner = m_runner;
    // Zero-config: a new, empty insights database in a private folder, removed when the run ends. Its path
    // goes through the environment (not the arguments), so the consent's fingerprint stays the same.
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-django-XXXXXX")));
    const QString configured = m_database;
    if (m_zeroConfig) {
        if (!scratch.isValid()) {
            *error = QCoreApplication::translate("iv::Collect", "provider \"%1\": no temporary folder: %2")
                         .arg(m_name, scratch.errorString());
            return false;
        }
        m_database = scratch.filePath(QStringLiteral("insights.db"));
        runner.environment.insert(QStringLiteral("IV_INSIGHTS_DATABASE"), m_database);
    }
    const auto restore = qScopeGuard([&] { m_database = configured; });
    const FileStamp before = stampOf(m_database);
    QString lastLine, lastMetric;
    auto onLine = [&](const QString &line) {
        const QRegularExpressionMatch m = progress.match(line);
        if (m.hasMatch()) {
            const QString metric = m.captured(2);
            if (metric != lastMetric) {
                if (!lastMetric.isEmpty())
                    sink.progress(lastMetric, 1, 1);
                sink.progress(metric, 0, 1);
                sink.log(QStringLiteral("%1: %2.%3").arg(m_name, m.captured(1), metric));
                lastMetric = metric;
            }
            sink.overallProgress(m.captured(3).toInt(), m.captured(4).toInt());
        } else {
            lastLine = line;
            sink.log(QStringLiteral("%1: %2").arg(m_name, line));
        }
    };
    runner.isCanceled = [&sink] { return sink.isCanceled(); };
    runner.onStderrLine = onLine;
    runner.onStdoutLine = [&](const QString &line) {
        onLine(line);
        return true;
    };
    int exitCode = 0;
    QString why;
    if (!sink.approveLaunch(m_name, error))
        return false;
    switch (runner.run(&exitCode, &why)) {
    case ProcessRunner::Outcome::Finished:
        if (exitCode == 3 && m_zeroConfig && !lastLine.isEmpty()) {
            // The bootstrap's own sentence: what to install or set.
            *error = QCoreApplication::translate("iv::Collect", "provider \"%1\": %2").arg(m_name, lastLine);
            return false;
        }
        if (exitCode != 0) {
            *error =
                QCoreApplication::translate("iv::Collect",
                                            "provider \"%1\"%2: collect_insights exited with status %3%4")
                    .arg(m_name,
                         lastMetric.isEmpty()
                             ? QString()
                             : QCoreApplication::translate("iv::Collect", ", metric \"%1\"").arg(lastMetric))
                    .arg(exitCode)
                    .arg(lastLine.isEmpty() ? QString() : QStringLiteral(": ") + lastLine);
            return false;
        }
        break;
    case ProcessRunner::Outcome::Canceled:
        *error = QCoreApplication::translate("iv::Collect", "canceled");
        return false;
    default:
        *error = QCoreApplication::translate("iv::Collect", "provider \"%1\": %2").arg(m_name, why);
        return false;
    }
    if (!lastMetric.isEmpty())
        sink.progress(lastMetric, 1, 1);
    if (stampOf(m_database) == before) {
        *error = QCoreApplication::translate(
                     "iv::Collect",
                     "provider \"%1\": collect_insights did not write %2 (check \"database\" and the Django "
                     "settings)")
                     .arg(m_name, QDir::toNativeSeparators(m_database));
        return false;
    }
    return importDatabase(sink, error);
}

bool DjangoProvider::importDatabase(CollectSink &sink, QString *error)
{
    QString why;
    auto fail = [&](const QString &metric, const QString &reason) {
        *error = metric.isEmpty()
                     ? QCoreApplication::translate("iv::Collect", "provider \"%1\": %2").arg(m_name, reason)
                     : QCoreApplication::translate("iv::Collect", "provider \"%1\", metric \"%2\": %3")
                           .arg(m_name, metric, reason);
        return false;
    };
    const auto file = SnapshotFile::open(m_database, &why);
    if (!file)
        return fail(QString(), why);
    const auto catalogue = file->readCatalogue(&why);
    if (!catalogue)
        return fail(QString(), why);
    for (const App &app : catalogue->apps) {
        for (const Question &q : app.questions) {
            if (!m_selected.isEmpty() && !m_selected.contains(q.label))
                continue;
            if (sink.isCanceled()) {
                *error = QCoreApplication::translate("iv::Collect", "canceled");
                return false;
            }
            CollectedMetric m;
            m.appModule = app.module;
            m.appLabel = app.label;
            m.kind = q.kind;
            m.label = q.label;
            m.question = q.question;
            m.desc = q.desc;
            m.xlabel = q.xlabel;
            m.xformat = q.xformat;
            m.ylabel = q.ylabel;
            m.yformat = q.yformat;
            m.title = q.title;
            if (q.kind == MetricKind::Unknown)
                return fail(q.label, QCoreApplication::translate("iv::Collect", "unsupported bucket type"));
            if (q.kind == MetricKind::Counter) {
                if (!q.valueValid || !q.valueIsInteger)
                    return fail(q.label, QCoreApplication::translate(
                                             "iv::Collect", "the counter's value is not an integer"));
                m.intValue = q.intValue;
            } else if (q.kind == MetricKind::Gauge) {
                if (!q.valueValid)
                    return fail(q.label, QCoreApplication::translate("iv::Collect",
                                                                     "the gauge's value is not a number"));
                m.value = q.value;
            } else {
                const auto values = file->loadBucketValues(q.id, &why, nullptr);
                if (!values)
                    return fail(q.label, why);
                m.points.reserve(values->size());
                for (int i = 0; i < values->size(); ++i)
                    m.points.push_back(
                        {values->timestampAt(i), values->x.at(i), values->y.at(i), values->categoryAt(i)});
            }
            if (!sink.addMetric(std::move(m), &why))
                return fail(q.label, why);
        }
    }
    return true;
}

} // namespace iv
