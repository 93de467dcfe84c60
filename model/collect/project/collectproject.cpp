// SPDX-License-Identifier: MIT
#include "collectproject.h"

#include "sqlparameters.h"

#include "fileidentity.h"
#include "localizedtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>

#include <unistd.h>

namespace iv {

namespace {

const QStringList kTopKeys = {QStringLiteral("$schema"),   QStringLiteral("version"),
                              QStringLiteral("output"),    QStringLiteral("sources"),
                              QStringLiteral("apps"),      QStringLiteral("providers"),
                              QStringLiteral("parameters")};
const QStringList kAppKeys = {QStringLiteral("module"), QStringLiteral("label"), QStringLiteral("metrics")};
const QStringList kMetricKeys = {
    QStringLiteral("kind"),   QStringLiteral("label"),   QStringLiteral("question"),
    QStringLiteral("desc"),   QStringLiteral("xlabel"),  QStringLiteral("xformat"),
    QStringLiteral("ylabel"), QStringLiteral("yformat"), QStringLiteral("title"),
    QStringLiteral("source"), QStringLiteral("sql"),     QStringLiteral("sqlFile"),
    QStringLiteral("draft")};

QString unknownKey(const QJsonObject &o, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return QString();
}

// A text field: absent or null -> null QString; a string -> itself; anything else -> error.
bool optionalText(const QJsonObject &o, const QString &key, QString *out, QString *error,
                  const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = QString();
        return true;
    }
    if (!v.isString()) {
        *error = QCoreApplication::translate("iv::Collect", "%1: \"%2\" must be a string").arg(where, key);
        return false;
    }
    *out = v.toString();
    if (out->isNull())
        *out = QStringLiteral("");
    return true;
}

// The parsed strings, so that a reference spelled with JSON escapes (\u0024{…}) is found too.
void addReferences(const QJsonValue &value, SecretMask *mask)
{
    if (value.isString()) {
        mask->addReferences(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            addReferences(v, mask);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addReferences(it.value(), mask);
    }
}

// A query given inline: a string, or an array of lines joined with "\n" (SQL is easier to read that way).
bool sqlText(const QJsonValue &v, QString *out)
{
    if (v.isString()) {
        *out = v.toString();
    } else if (v.isArray()) {
        QStringList lines;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &line : array) {
            if (!line.isString())
                return false;
            lines << line.toString();
        }
        *out = lines.join(QLatin1Char('\n'));
    } else {
        return false;
    }
    return !out->trimmed().isEmpty();
}

bool isEngine(const QString &key)
{
    return key == QLatin1String("sqlite") || key == QLatin1String("postgresql");
}

} // namespace

QString metricTable(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Counter:
        return QStringLiteral("counter");
    case MetricKind::Gauge:
        return QStringLiteral("gauge");
    case MetricKind::Unknown:
        return QString();
    default:
        return QStringLiteral("bucket");
    }
}

MetricKind metricKindFromId(const QString &id)
{
    for (MetricKind k :
         {MetricKind::Counter, MetricKind::Gauge, MetricKind::Timeseries, MetricKind::Scatterplot,
          MetricKind::Barchart, MetricKind::Hbarchart, MetricKind::Histogram})
        if (kindId(k) == id)
            return k;
    return MetricKind::Unknown;
}

QString CollectProject::expandEnv(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\\}"));
    QString result;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        const QByteArray name = m.captured(1).toLocal8Bit();
        if (qEnvironmentVariableIsSet(name.constData()) && !qEnvironmentVariableIsEmpty(name.constData()))
            result += qEnvironmentVariable(name.constData());
        else if (m.capturedLength(2) > 0)
            result += m.captured(3);
        else {
            *error =
                QCoreApplication::translate("iv::Collect", "environment variable %1 is not set (in \"%2\")")
                    .arg(m.captured(1), text);
            return QString();
        }
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool CollectProject::isPostgresUrl(const QString &connection)
{
    return connection.startsWith(QLatin1String("postgresql://")) ||
           connection.startsWith(QLatin1String("postgres://"));
}

QString CollectProject::resolveLocation(const QString &text, const QString &baseDir, QString *error)
{
    const QString expanded = expandEnv(text, error);
    if (expanded.isNull())
        return QString();
    if (expanded.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "empty path");
        return QString();
    }
    if (isPostgresUrl(expanded))
        return expanded;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(expanded));
}

bool CollectProject::isSqlScriptSource(const QString &connection)
{
    return !isPostgresUrl(connection) && connection.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive);
}

QString CollectProject::readSqlText(const QString &absolutePath, qint64 maxBytes, QString *error)
{
    const QFileInfo info(absolutePath);
    if (!info.exists()) {
        *error = QCoreApplication::translate("iv::Collect", "no such file");
        return QString();
    }
    // QFileInfo::isFile() is true for regular files only (after following a link): folders, FIFOs, sockets
    // and devices are refused before anything opens them (opening a FIFO would block); the descriptor read is
    // checked again (the path could change in between).
    if (!info.isFile()) {
        *error = QCoreApplication::translate("iv::Collect", "not a regular file");
        return QString();
    }
    if (info.size() > maxBytes) {
        *error = QCoreApplication::translate("iv::Collect", "larger than %1 KiB; not an SQL file")
                     .arg(maxBytes / 1024);
        return QString();
    }
    LocalizedText reason;
    const int fd = FileIdentity::openRegularFile(absolutePath, &reason);
    if (fd < 0) {
        *error = reason.text;
        return QString();
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = file.errorString();
        return QString();
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate("iv::Collect", "larger than %1 KiB; not an SQL file")
                     .arg(maxBytes / 1024);
        return QString();
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("iv::Collect", "not UTF-8 text");
        return QString();
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "the file holds no SQL");
        return QString();
    }
    return text;
}

bool CollectProject::setParameter(const QString &name, const QString &value, QString *error)
{
    if (!parameters.contains(name)) {
        QStringList declared = parameters.keys();
        *error = QCoreApplication::translate("iv::Collect",
                                             "--param %1: the project declares no parameter of that name "
                                             "(it has: %2)")
                     .arg(name, declared.join(QStringLiteral(", ")));
        return false;
    }
    const QVariant current = parameters.value(name);
    if (current.typeId() == QMetaType::LongLong || current.typeId() == QMetaType::Double) {
        bool ok = false;
        const qlonglong integer = value.trimmed().toLongLong(&ok);
        if (ok) {
            parameters.insert(name, integer);
            return true;
        }
        const double number = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            *error = QCoreApplication::translate("iv::Collect", "--param %1: expected a number, got \"%2\"")
                         .arg(name, value);
            return false;
        }
        parameters.insert(name, number);
        return true;
    }
    parameters.insert(name, value);
    return true;
}

QString CollectProject::appLabel(const QString &module) const
{
    for (const AppSpec &a : apps)
        if (a.module == module)
            return a.label;
    return QString();
}

std::optional<CollectProject> CollectProject::load(const QString &path,
                                                   const QMap<QString, QString> &sourceOverrides,
                                                   const QString &outputOverride, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QString why;
    auto fail = [&](const QString &reason) {
        *error = QStringLiteral("%1: %2").arg(shown, reason);
        return std::nullopt;
    };
    // A regular file only, checked on the descriptor that is read (a FIFO would block, a link to /dev/zero
    // would never end), and at most 16 MiB read whatever its size says.
    constexpr qint64 maxProjectBytes = 16 * 1024 * 1024;
    LocalizedText reason;
    const int fd = FileIdentity::openRegularFile(path, &reason);
    if (fd < 0)
        return fail(reason.text);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    const QByteArray bytes = file.read(maxProjectBytes + 1);
    if (bytes.size() > maxProjectBytes)
        return fail(QCoreApplication::translate("iv::Collect", "larger than 16 MiB; not a project file"));
    if (QFileInfo(path).fileName() == QLatin1String("manage.py")) {
        // A Django site, zero-config: one django provider that needs only manage.py (the provider finds the
        // interpreter and the settings module, and collects into a temporary insights database).
        if (outputOverride.isEmpty())
            return fail(QCoreApplication::translate(
                "iv::Collect", "a Django site is collected into the file -o OUT.db names"));
        if (!sourceOverrides.isEmpty())
            return fail(QCoreApplication::translate("iv::Collect",
                                                    "a Django site has no sources to point elsewhere"));
        CollectProject p;
        p.path = QFileInfo(path).absoluteFilePath();
        p.dir = QFileInfo(path).absolutePath();
        p.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        p.output = QFileInfo(outputOverride).absoluteFilePath();
        p.parameters.insert(QStringLiteral("as_of"), QVariant());
        ProviderSpec django;
        django.name = QStringLiteral("django");
        django.kind = QStringLiteral("django");
        django.settings = QJsonObject{{QStringLiteral("name"), django.name},
                                      {QStringLiteral("kind"), django.kind},
                                      {QStringLiteral("project"), p.dir},
                                      {QStringLiteral("manage"), QStringLiteral("manage.py")}};
        p.providers << django;
        return p;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("iv::Collect", "not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("iv::Collect", "the top level must be a JSON object"));
    const QJsonObject root = doc.object();

    CollectProject p;
    p.path = QFileInfo(path).absoluteFilePath();
    p.dir = QFileInfo(path).absolutePath();
    p.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    // Every ${NAME} in any text of the file (arguments, environment, connection strings, paths) and in
    // --source.
    addReferences(root, &p.secrets);
    for (const QString &override : sourceOverrides)
        p.secrets.addReferences(override);

    if (const QString k = unknownKey(root, kTopKeys); !k.isNull())
        return fail(QCoreApplication::translate("iv::Collect", "unknown key \"%1\"").arg(k));
    if (root.contains(QLatin1String("version")) && root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(QCoreApplication::translate("iv::Collect", "\"version\" must be 1"));

    // Output.
    const QJsonValue outValue = root.value(QLatin1String("output"));
    if (!outputOverride.isEmpty()) {
        p.output = QFileInfo(outputOverride).absoluteFilePath();
    } else {
        if (!outValue.isString() || outValue.toString().isEmpty())
            return fail(
                QCoreApplication::translate("iv::Collect", "\"output\" (the snapshot to write) is missing"));
        p.output = resolveLocation(outValue.toString(), p.dir, &why);
        if (p.output.isNull())
            return fail(QCoreApplication::translate("iv::Collect", "output: %1").arg(why));
        if (isPostgresUrl(p.output))
            return fail(QCoreApplication::translate("iv::Collect", "output must be a file path"));
    }

    // Sources.
    const QJsonValue sourcesValue = root.value(QLatin1String("sources"));
    if (!sourcesValue.isUndefined() && !sourcesValue.isObject())
        return fail(
            QCoreApplication::translate("iv::Collect", "\"sources\" must be an object of NAME: path-or-URL"));
    const QJsonObject sources = sourcesValue.toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        if (!it.value().isString())
            return fail(
                QCoreApplication::translate(
                    "iv::Collect", "source \"%1\" must be a string (an SQLite path or a postgresql:// URL)")
                    .arg(it.key()));
        const QString location = resolveLocation(it.value().toString(), p.dir, &why);
        if (location.isNull())
            return fail(QCoreApplication::translate("iv::Collect", "source \"%1\": %2").arg(it.key(), why));
        p.sources.insert(it.key(), location);
    }
    for (auto it = sourceOverrides.begin(); it != sourceOverrides.end(); ++it) {
        if (!p.sources.contains(it.key()))
            return fail(QCoreApplication::translate("iv::Collect",
                                                    "--source %1: the project has no source of that name")
                            .arg(it.key()));
        const QString location = resolveLocation(it.value(), QDir::currentPath(), &why);
        if (location.isNull())
            return fail(QCoreApplication::translate("iv::Collect", "--source %1: %2").arg(it.key(), why));
        p.sources.insert(it.key(), location);
    }
    for (auto it = p.sources.begin(); it != p.sources.end(); ++it) {
        if (isPostgresUrl(it.value()) && QUrl(it.value()).password().size() > 0)
            return fail(QCoreApplication::translate(
                            "iv::Collect",
                            "source \"%1\": the URL carries a password; use PGPASSWORD or ~/.pgpass instead")
                            .arg(it.key()));
    }

    // Named parameters of the SQL (":as_of" …): NAME -> default text or number. as_of is always there; its
    // null default means the collect's start (UTC), filled in when a run starts.
    p.parameters.insert(QStringLiteral("as_of"), QVariant());
    const QJsonValue parametersValue = root.value(QLatin1String("parameters"));
    if (!parametersValue.isUndefined() && !parametersValue.isObject())
        return fail(QCoreApplication::translate("iv::Collect",
                                                "\"parameters\" must be an object of NAME: default value"));
    const QJsonObject parameters = parametersValue.toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!SqlParameters::isValidName(it.key()))
            return fail(QCoreApplication::translate("iv::Collect",
                                                    "parameter \"%1\": a name is a letter or _, then "
                                                    "letters, digits or _")
                            .arg(it.key()));
        if (it.value().isString())
            p.parameters.insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            p.parameters.insert(it.key(), it.value().toDouble() == double(qint64(it.value().toDouble()))
                                              ? QVariant(qlonglong(it.value().toDouble()))
                                              : QVariant(it.value().toDouble()));
        else
            return fail(QCoreApplication::translate(
                            "iv::Collect", "parameter \"%1\": the default must be a string or a number")
                            .arg(it.key()));
    }

    // Apps and their sql metrics; labels unique per upstream table.
    QMap<QString, QSet<QString>> labelsPerTable;
    QSet<QString> modules;
    const QJsonValue appsValue = root.value(QLatin1String("apps"));
    if (!appsValue.isUndefined() && !appsValue.isArray())
        return fail(QCoreApplication::translate("iv::Collect", "\"apps\" must be an array"));
    const QJsonArray apps = appsValue.toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QString where = QStringLiteral("apps[%1]").arg(i);
        if (!apps.at(i).isObject())
            return fail(QCoreApplication::translate("iv::Collect", "%1 must be an object").arg(where));
        const QJsonObject a = apps.at(i).toObject();
        if (const QString k = unknownKey(a, kAppKeys); !k.isNull())
            return fail(QCoreApplication::translate("iv::Collect", "%1: unknown key \"%2\"").arg(where, k));
        AppSpec app;
        app.module = a.value(QLatin1String("module")).toString();
        if (app.module.isEmpty())
            return fail(QCoreApplication::translate("iv::Collect", "%1: \"module\" is missing").arg(where));
        if (modules.contains(app.module))
            return fail(QCoreApplication::translate("iv::Collect", "%1: module \"%2\" is declared twice")
                            .arg(where, app.module));
        modules.insert(app.module);
        if (!optionalText(a, QStringLiteral("label"), &app.label, &why, where))
            return fail(why);
        p.apps << app;
        const QJsonValue metricsValue = a.value(QLatin1String("metrics"));
        if (!metricsValue.isUndefined() && !metricsValue.isArray())
            return fail(
                QCoreApplication::translate("iv::Collect", "%1: \"metrics\" must be an array").arg(where));
        const QJsonArray metrics = metricsValue.toArray();
        for (qsizetype j = 0; j < metrics.size(); ++j) {
            const QString mw = QStringLiteral("%1.metrics[%2]").arg(where).arg(j);
            if (!metrics.at(j).isObject())
                return fail(QCoreApplication::translate("iv::Collect", "%1 must be an object").arg(mw));
            const QJsonObject m = metrics.at(j).toObject();
            if (const QString k = unknownKey(m, kMetricKeys); !k.isNull())
                return fail(QCoreApplication::translate("iv::Collect", "%1: unknown key \"%2\"").arg(mw, k));
            SqlMetricSpec spec;
            spec.meta.appModule = app.module;
            spec.meta.kind = metricKindFromId(m.value(QLatin1String("kind")).toString());
            if (spec.meta.kind == MetricKind::Unknown)
                return fail(QCoreApplication::translate(
                                "iv::Collect",
                                "%1: \"kind\" must be one of counter, gauge, timeseries, scatterplot, "
                                "barchart, hbarchart, histogram")
                                .arg(mw));
            spec.meta.label = m.value(QLatin1String("label")).toString();
            if (spec.meta.label.isEmpty())
                return fail(QCoreApplication::translate("iv::Collect", "%1: \"label\" is missing").arg(mw));
            const QString table = metricTable(spec.meta.kind);
            if (labelsPerTable[table].contains(spec.meta.label))
                return fail(QCoreApplication::translate(
                                "iv::Collect",
                                "%1: label \"%2\" is used twice in insights_%3 (labels are unique per table)")
                                .arg(mw, spec.meta.label, table));
            labelsPerTable[table].insert(spec.meta.label);
            const std::pair<const char *, QString *> texts[] = {
                {"question", &spec.meta.question}, {"desc", &spec.meta.desc},
                {"xlabel", &spec.meta.xlabel},     {"xformat", &spec.meta.xformat},
                {"ylabel", &spec.meta.ylabel},     {"yformat", &spec.meta.yformat},
                {"title", &spec.meta.title}};
            for (const auto &[key, field] : texts)
                if (!optionalText(m, QLatin1String(key), field, &why, mw))
                    return fail(why);
            spec.source = m.value(QLatin1String("source")).toString(QStringLiteral("default"));
            if (!p.sources.contains(spec.source))
                return fail(QCoreApplication::translate("iv::Collect", "%1: unknown source \"%2\"")
                                .arg(mw, spec.source));
            const QString mwl = QStringLiteral("%1 (\"%2\")").arg(mw, spec.meta.label);
            // A drafted metric whose SQL is still to be written by hand (--draft-project): never collected.
            if (m.contains(QLatin1String("draft")))
                return fail(QCoreApplication::translate(
                                "iv::Collect",
                                "%1: metric \"%2\" is a draft placeholder: replace its \"draft\" (the "
                                "metric's Python source) with \"sql\" before collecting")
                                .arg(mw, spec.meta.label));
            const QJsonValue sql = m.value(QLatin1String("sql"));
            const QJsonValue sqlFile = m.value(QLatin1String("sqlFile"));
            if (!sql.isUndefined() && !sqlFile.isUndefined())
                return fail(
                    QCoreApplication::translate("iv::Collect", "%1: give \"sql\" or \"sqlFile\", not both")
                        .arg(mwl));
            QString text;
            if (!sqlFile.isUndefined()) {
                // One file for every engine, or {"sqlite": file, "postgresql": file}.
                QMap<QString, QString> files;
                if (sqlFile.isString()) {
                    files.insert(QString(), sqlFile.toString());
                } else if (sqlFile.isObject()) {
                    const QJsonObject perEngine = sqlFile.toObject();
                    for (auto it = perEngine.begin(); it != perEngine.end(); ++it) {
                        if (!isEngine(it.key()))
                            return fail(QCoreApplication::translate(
                                            "iv::Collect", "%1: \"sqlFile\" engines are \"sqlite\" and "
                                                           "\"postgresql\", not \"%2\"")
                                            .arg(mwl, it.key()));
                        if (!it.value().isString())
                            return fail(
                                QCoreApplication::translate("iv::Collect", "%1: sqlFile.%2 must be a path")
                                    .arg(mwl, it.key()));
                        files.insert(it.key(), it.value().toString());
                    }
                }
                if (files.isEmpty())
                    return fail(
                        QCoreApplication::translate(
                            "iv::Collect",
                            "%1: \"sqlFile\" must be a path or {\"sqlite\": path, \"postgresql\": path}")
                            .arg(mwl));
                for (auto it = files.begin(); it != files.end(); ++it) {
                    const QString named = it.value();
                    auto fileFail = [&](const QString &reason) {
                        return fail(QCoreApplication::translate("iv::Collect", "%1: sqlFile \"%2\": %3")
                                        .arg(mwl, named, reason));
                    };
                    const QString absolute = resolveLocation(named, p.dir, &why);
                    if (absolute.isNull())
                        return fileFail(why);
                    if (isPostgresUrl(absolute))
                        return fileFail(QCoreApplication::translate("iv::Collect", "must be a file path"));
                    // The queries travel with the project: a file outside its folder (also through a symbolic
                    // link) is refused, so what was reviewed together runs together.
                    const QString canonical = QFileInfo(absolute).canonicalFilePath();
                    const QString root = QFileInfo(p.dir).canonicalFilePath();
                    if (!canonical.isEmpty() && !canonical.startsWith(root + QLatin1Char('/')))
                        return fileFail(
                            QCoreApplication::translate("iv::Collect", "outside the project's folder %1")
                                .arg(QDir::toNativeSeparators(root)));
                    text = readSqlText(absolute, MaxSqlFileBytes, &why);
                    if (text.isNull())
                        return fileFail(why);
                    spec.sql.insert(it.key(), text);
                    spec.sqlFiles.insert(it.key(), canonical);
                }
            } else if (sqlText(sql, &text)) {
                spec.sql.insert(QString(), text);
            } else if (sql.isObject()) {
                const QJsonObject perEngine = sql.toObject();
                for (auto it = perEngine.begin(); it != perEngine.end(); ++it) {
                    if (!isEngine(it.key()))
                        return fail(QCoreApplication::translate(
                                        "iv::Collect",
                                        "%1: \"sql\" engines are \"sqlite\" and \"postgresql\", not \"%2\"")
                                        .arg(mw, it.key()));
                    if (!sqlText(it.value(), &text))
                        return fail(
                            QCoreApplication::translate(
                                "iv::Collect", "%1: sql.%2 must be a non-empty string or array of lines")
                                .arg(mw, it.key()));
                    spec.sql.insert(it.key(), text);
                }
                if (spec.sql.isEmpty())
                    return fail(
                        QCoreApplication::translate("iv::Collect", "%1: \"sql\" names no engine").arg(mw));
            } else {
                return fail(QCoreApplication::translate(
                                "iv::Collect",
                                "%1: \"sql\" must be a query, an array of lines, or {\"sqlite\": …, "
                                "\"postgresql\": …}; or give \"sqlFile\"")
                                .arg(mw));
            }
            // ${…} expands in connection strings only; in SQL it would stay text and silently compare
            // against the literal "${AS_OF}". Parameters (:name) are bound instead.
            for (auto it = spec.sql.begin(); it != spec.sql.end(); ++it) {
                if (it.value().contains(QLatin1String("${")))
                    return fail(QCoreApplication::translate(
                                    "iv::Collect",
                                    "%1: ${…} in SQL is not expanded (only connection strings and paths "
                                    "are); declare a parameter under \"parameters\" and write :name")
                                    .arg(mwl));
                const QStringList used = SqlParameters::names(
                    it.value(), it.key() == QLatin1String("postgresql") ? SqlParameters::Dialect::PostgreSql
                                                                        : SqlParameters::Dialect::Sqlite);
                for (const QString &name : used)
                    if (!p.parameters.contains(name))
                        return fail(
                            QCoreApplication::translate(
                                "iv::Collect", "%1: the SQL uses :%2, which \"parameters\" does not declare")
                                .arg(mwl, name));
            }
            p.sqlMetrics << spec;
        }
    }

    // Other providers: name and kind here; the kind's own settings are checked by its factory.
    const QJsonValue providersValue = root.value(QLatin1String("providers"));
    if (!providersValue.isUndefined() && !providersValue.isArray())
        return fail(QCoreApplication::translate("iv::Collect", "\"providers\" must be an array"));
    QSet<QString> names{QStringLiteral("sql")};
    const QJsonArray providers = providersValue.toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QString where = QStringLiteral("providers[%1]").arg(i);
        if (!providers.at(i).isObject())
            return fail(QCoreApplication::translate("iv::Collect", "%1 must be an object").arg(where));
        ProviderSpec spec;
        spec.settings = providers.at(i).toObject();
        spec.name = spec.settings.value(QLatin1String("name")).toString();
        spec.kind = spec.settings.value(QLatin1String("kind")).toString();
        if (spec.name.isEmpty() || spec.kind.isEmpty())
            return fail(QCoreApplication::translate("iv::Collect", "%1: \"name\" and \"kind\" are required")
                            .arg(where));
        if (names.contains(spec.name))
            return fail(QCoreApplication::translate("iv::Collect", "%1: provider name \"%2\" is taken")
                            .arg(where, spec.name));
        names.insert(spec.name);
        p.providers << spec;
    }
    // What runs includes the SQL files: their paths and bytes join the project's hash, so editing a query
    // counts as new content (the GUI asks again).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    bool files = false;
    for (const SqlMetricSpec &m : std::as_const(p.sqlMetrics)) {
        for (auto it = m.sqlFiles.begin(); it != m.sqlFiles.end(); ++it) {
            if (!files)
                hash.addData(bytes);
            files = true;
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(it.value().toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(m.sql.value(it.key()).toUtf8());
        }
    }
    if (files)
        p.sha256 = hash.result();
    if (p.sqlMetrics.isEmpty() && p.providers.isEmpty())
        return fail(
            QCoreApplication::translate("iv::Collect", "no metrics and no providers: nothing to collect"));
    return p;
}

} // namespace iv
