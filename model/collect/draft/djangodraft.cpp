// SPDX-License-Identifier: MIT
#include "djangodraft.h"

#include "collectcheck.h"
#include "collectpreview.h"
#include "collectproject.h"
#include "djangoprovider.h"
#include "draftscript.h"
#include "processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace iv {

namespace {

const char *const kTexts[] = {"question", "desc", "xlabel", "xformat", "ylabel", "yformat", "title"};

QString tr(const char *text)
{
    return QCoreApplication::translate("iv::Collect", text);
}

// A source's connection for the sql provider: an SQLite path, or a postgresql:// URL without password (the
// password comes from PGPASSWORD or ~/.pgpass, as for any project; for the draft's own check, from the
// password file the draft run wrote in its private folder). Empty when the database cannot be a source.
QString connectionOf(const QJsonObject &database, bool checking)
{
    const QString vendor = database.value(QLatin1String("vendor")).toString();
    if (vendor == QLatin1String("sqlite")) {
        const QString name = database.value(QLatin1String("name")).toString();
        return name.startsWith(QLatin1String("file:")) || name == QLatin1String(":memory:") ? QString()
                                                                                            : name;
    }
    if (vendor == QLatin1String("postgresql")) {
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setUserName(database.value(QLatin1String("user")).toString());
        const QString host = database.value(QLatin1String("host")).toString();
        url.setHost(host.startsWith(QLatin1Char('/')) ? QString() : host);
        const int port = database.value(QLatin1String("port")).toString().toInt();
        if (port > 0 && !host.startsWith(QLatin1Char('/')))
            url.setPort(port);
        url.setPath(QLatin1Char('/') + database.value(QLatin1String("name")).toString());
        QUrlQuery query;
        if (host.startsWith(QLatin1Char('/')))
            query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0 && host.startsWith(QLatin1Char('/')))
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        if (const QString ssl = database.value(QLatin1String("sslmode")).toString(); !ssl.isEmpty())
            query.addQueryItem(QStringLiteral("sslmode"), ssl);
        if (const QString passfile = database.value(QLatin1String("passfile")).toString();
            checking && !passfile.isEmpty())
            query.addQueryItem(QStringLiteral("passfile"), passfile);
        url.setQuery(query);
        return url.toString();
    }
    return {};
}

QString engineOf(const QJsonObject &database)
{
    return database.value(QLatin1String("vendor")).toString();
}

QString keyOf(const QJsonObject &m)
{
    return m.value(QLatin1String("kind")).toString() + QLatin1Char('/') +
           m.value(QLatin1String("label")).toString();
}

// The SQL texts a metric may be drafted with, first the one to try first: Django's SQL, or with Django's
// own SQLite functions rewritten, the reading as the instant Django makes of it and the zone's wall text.
QStringList sqlVariants(const QJsonObject &m)
{
    if (!m.contains(QLatin1String("sql")))
        return {};
    QStringList out{m.value(QLatin1String("sql")).toString()};
    for (const QJsonValue &v : m.value(QLatin1String("variants")).toArray())
        out << v.toString();
    return out;
}

// The project file as JSON: the metrics in sqlOf (kind/label -> SQL) get that SQL; the others a
// placeholder with the reason in placeholderReasons or the draft run's own; checking: only the former.
QJsonObject projectJson(const QJsonObject &draft, const QString &output, const QHash<QString, QString> &sqlOf,
                        const QHash<QString, QString> &placeholderReasons, bool checking)
{
    const QJsonObject databases = draft.value(QLatin1String("databases")).toObject();
    QJsonObject sources;
    for (auto it = databases.begin(); it != databases.end(); ++it) {
        const QString connection = connectionOf(it.value().toObject(), checking);
        if (!connection.isEmpty())
            sources.insert(it.key(), connection);
    }
    QJsonObject parameters;
    QJsonArray apps;
    QHash<QString, qsizetype> appIndex;
    for (const QJsonValue &v : draft.value(QLatin1String("metrics")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString module = m.value(QLatin1String("module")).toString();
        if (!appIndex.contains(module)) {
            appIndex.insert(module, apps.size());
            QJsonObject app{{QStringLiteral("module"), module},
                            {QStringLiteral("label"), m.value(QLatin1String("appLabel"))},
                            {QStringLiteral("metrics"), QJsonArray()}};
            apps.append(app);
        }
        const QString label = m.value(QLatin1String("label")).toString();
        const QString key = keyOf(m);
        QJsonObject out{{QStringLiteral("kind"), m.value(QLatin1String("kind"))},
                        {QStringLiteral("label"), label}};
        for (const char *text : kTexts)
            if (m.contains(QLatin1String(text)))
                out.insert(QLatin1String(text), m.value(QLatin1String(text)));
        const QString alias = m.value(QLatin1String("alias")).toString();
        if (sqlOf.contains(key)) {
            if (alias != QLatin1String("default"))
                out.insert(QStringLiteral("source"), alias);
            out.insert(QStringLiteral("sql"),
                       QJsonObject{{engineOf(databases.value(alias).toObject()), sqlOf.value(key)}});
            const QJsonObject ps = m.value(QLatin1String("parameters")).toObject();
            for (auto it = ps.begin(); it != ps.end(); ++it)
                parameters.insert(it.key(), it.value());
        } else if (checking) {
            continue;
        } else {
            QString reason = placeholderReasons.value(key);
            if (reason.isEmpty())
                reason = m.value(QLatin1String("reason")).toString();
            out.insert(
                QStringLiteral("draft"),
                QJsonObject{{QStringLiteral("reason"), reason},
                            {QStringLiteral("python"),
                             QJsonArray::fromStringList(
                                 m.value(QLatin1String("python")).toString().split(QLatin1Char('\n')))}});
        }
        QJsonObject app = apps.at(appIndex.value(module)).toObject();
        QJsonArray metrics = app.value(QLatin1String("metrics")).toArray();
        metrics.append(out);
        app.insert(QStringLiteral("metrics"), metrics);
        apps.replace(appIndex.value(module), app);
    }
    QJsonObject project{{QStringLiteral("version"), 1},
                        {QStringLiteral("output"), output},
                        {QStringLiteral("sources"), sources}};
    if (!parameters.isEmpty())
        project.insert(QStringLiteral("parameters"), parameters);
    project.insert(QStringLiteral("apps"), apps);
    return project;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

DjangoDraft DjangoDraft::run(const QString &managePath, const QString &outPath, bool overwrite,
                             const std::function<void(const QString &)> &log)
{
    DjangoDraft d;
    const QFileInfo manage(managePath);
    const QString shown = QDir::toNativeSeparators(managePath);
    auto bad = [&](const QString &message) {
        d.status = Status::BadInput;
        d.error = message;
        return d;
    };
    // The project file first: a draft takes a while, and one finished by hand is never replaced unasked
    // (as --redact: exit 2 naming it unless --force).
    const QFileInfo out(outPath);
    const QString outShown = QDir::toNativeSeparators(outPath);
    if (out.exists() && !out.isFile())
        return bad(tr("%1: exists and is not a regular file").arg(outShown));
    if (out.exists() && !overwrite)
        return bad(tr("%1: exists; choose another name or replace it (--force)").arg(outShown));
    if (!out.absoluteDir().exists())
        return bad(tr("%1: the folder does not exist").arg(outShown));
    if (!manage.isFile())
        return bad(tr("%1: no such file (--django names the site's manage.py)").arg(shown));
    QFile manageFile(manage.absoluteFilePath());
    if (!manageFile.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("%1: %2").arg(shown, manageFile.errorString()));
    const QString settings =
        DjangoProvider::settingsModuleFromManage(QString::fromUtf8(manageFile.read(1024 * 1024)));
    if (settings.isEmpty())
        return bad(
            tr("%1 does not name a settings module (os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", …))")
                .arg(shown));
    const QString siteDir = manage.absolutePath();
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-draft-XXXXXX")));
    if (!scratch.isValid())
        return bad(tr("no temporary folder: %1").arg(scratch.errorString()));

    ProcessRunner runner;
    runner.environment.insert(QStringLiteral("DJANGO_SETTINGS_MODULE"), settings);
    runner.environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    runner.environment.insert(QStringLiteral("IV_INSIGHTS_DATABASE"),
                              scratch.filePath(QStringLiteral("insights.db")));
    runner.environment.insert(QStringLiteral("IV_DRAFT_OUTPUT"),
                              scratch.filePath(QStringLiteral("draft.json")));
    QString why;
    runner.program = ProcessRunner::resolveProgram(DjangoProvider::interpreterFor(siteDir), siteDir,
                                                   runner.environment, &why);
    if (runner.program.isNull())
        return bad(why);
    runner.arguments = {QStringLiteral("-c"), DraftScript::text(), manage.fileName()};
    runner.workingDirectory = siteDir;
    runner.timeoutSeconds = 1800;
    // Each line is handed on when the next arrives: the last one may be the prelude's sentence, which becomes
    // the error instead.
    QString lastLine;
    bool pending = false;
    auto onLine = [&](const QString &line) {
        if (pending && log)
            log(lastLine);
        lastLine = line;
        pending = true;
    };
    runner.onStderrLine = onLine;
    runner.onStdoutLine = [&](const QString &line) {
        onLine(line);
        return true;
    };
    int exitCode = 0;
    const ProcessRunner::Outcome outcome = runner.run(&exitCode, &why);
    if (outcome != ProcessRunner::Outcome::Finished) {
        if (pending && log)
            log(lastLine);
        d.error = tr("%1: %2").arg(shown, why);
        return d;
    }
    if (exitCode == 3 && !lastLine.isEmpty())
        return bad(lastLine); // the prelude's one sentence: what to install or set
    if (pending && log)
        log(lastLine);
    if (exitCode != 0) {
        d.error =
            tr("%1: the site's metrics stopped with status %2: %3").arg(shown).arg(exitCode).arg(lastLine);
        return d;
    }
    QFile draftFile(scratch.filePath(QStringLiteral("draft.json")));
    QJsonParseError parseError;
    const QJsonDocument doc = draftFile.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(draftFile.readAll(), &parseError)
                                  : QJsonDocument();
    if (!doc.isObject()) {
        d.error = tr("%1: the draft run wrote no result").arg(shown);
        return d;
    }
    const QJsonObject draft = doc.object();

    // Every metric with SQL, collected by the sql provider (as --preview does) and compared with the value
    // the metric stored in the temporary insights database.
    QList<CollectedMetric> stored;
    if (!CollectCheck::readSnapshot(scratch.filePath(QStringLiteral("insights.db")), &stored, &why)) {
        d.error = why;
        return d;
    }
    // Each metric's SQL variants in turn, until one collects exactly what the metric stored.
    QHash<QString, QString> placeholders; // kind/label -> reason
    QHash<QString, QString> chosen;       // kind/label -> SQL
    const QJsonArray metrics = draft.value(QLatin1String("metrics")).toArray();
    const QString candidatePath = scratch.filePath(QStringLiteral("candidate.json"));
    for (int variant = 0;; ++variant) {
        QHash<QString, QString> trying;
        for (const QJsonValue &v : metrics) {
            const QString key = keyOf(v.toObject());
            const QStringList variants = sqlVariants(v.toObject());
            if (variant < variants.size() && !chosen.contains(key) &&
                (variant == 0 || placeholders.contains(key)))
                trying.insert(key, variants.at(variant));
        }
        if (trying.isEmpty())
            break;
        if (!writeFile(
                candidatePath,
                QJsonDocument(projectJson(draft, QStringLiteral("candidate.db"), trying, {}, true)).toJson(),
                &d.error))
            return d;
        const auto candidate = CollectProject::load(candidatePath, {}, {}, &why);
        for (const QJsonValue &v : metrics) {
            const QJsonObject m = v.toObject();
            const QString label = m.value(QLatin1String("label")).toString();
            const QString key = keyOf(m);
            if (!trying.contains(key))
                continue;
            QString reason;
            if (!candidate) {
                reason = tr("the drafted project does not load: %1").arg(why);
            } else {
                const CollectPreview preview = CollectPreview::run(*candidate, label);
                if (preview.status != CollectPreview::Status::Ok) {
                    reason = tr("the sql provider cannot collect its query: %1").arg(preview.error);
                } else {
                    QList<CollectedMetric> reference;
                    for (const CollectedMetric &s : stored)
                        if (s.label == label && metricTable(s.kind) == preview.table)
                            reference << s;
                    const QList<CollectCheck::Result> result =
                        CollectCheck::compare({preview.metric}, reference);
                    if (reference.isEmpty())
                        reason = tr("the metric stored no value");
                    else if (result.size() != 1 || result.first().status != QLatin1String("exact"))
                        reason = tr("its query's rows are not the value it stored (query %1)")
                                     .arg(result.isEmpty() ? QString() : result.first().detail);
                }
            }
            if (reason.isEmpty()) {
                chosen.insert(key, trying.value(key));
                placeholders.remove(key);
            } else if (variant == 0) {
                placeholders.insert(key, reason); // the first variant's reason is the one reported
            }
        }
    }
    for (const QJsonValue &v : metrics) {
        const QJsonObject m = v.toObject();
        const QString label = m.value(QLatin1String("label")).toString();
        const QString kind = m.value(QLatin1String("kind")).toString();
        const QString key = keyOf(m);
        if (m.contains(QLatin1String("reason"))) {
            const QString reason = m.value(QLatin1String("reason")).toString();
            if (reason.startsWith(QLatin1String("the metric raised ")))
                d.raised << label + QStringLiteral(": ") + reason.mid(18);
            d.metrics << Metric{label, kind, false, reason};
            continue;
        }
        d.metrics << Metric{label, kind, chosen.contains(key), placeholders.value(key)};
    }

    const QString output = QFileInfo(outPath).completeBaseName() + QStringLiteral(".db");
    const QJsonObject project = projectJson(draft, output, chosen, placeholders, false);
    if (!writeFile(outPath, QJsonDocument(project).toJson(QJsonDocument::Indented), &d.error))
        return d;
    d.status = Status::Written;
    return d;
}

} // namespace iv
