// SPDX-License-Identifier: MIT
// --draft-project on the help-desk site with its default database on PostgreSQL (the private cluster of the
// ctest fixture collect_pg_start; Debian's python3-psycopg2): the project's source is the site's database as
// a postgresql:// URL without the password settings.py holds (libpq takes it from PGPASSWORD or ~/.pgpass),
// the SQL under "postgresql" with psycopg's %s and %(name)s as bound named parameters, and collecting the
// draft gives exactly what upstream's collect stored, also after the data changed.
#include "collectcompare.h"
#include "djangosite.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using ivtest::copySite;
using ivtest::djangoPython;
using ivtest::writeFile;
using ivtest::writeVenv;

namespace {

const char kPassword[] = "settings-password-7731";

QMap<QString, QJsonObject> metricsOf(const QJsonObject &project)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &app : project.value(QLatin1String("apps")).toArray())
        for (const QJsonValue &m : app.toObject().value(QLatin1String("metrics")).toArray())
            out.insert(m.toObject().value(QLatin1String("label")).toString(), m.toObject());
    return out;
}

} // namespace

class TestCollectDraftPg : public QObject
{
    Q_OBJECT

    QString m_python;
    QString m_host; // the cluster's socket folder
    QString m_port;
    QString m_user;

    // psql on the cluster's database db; empty on success, else its error output.
    QString psql(const QString &db, const QString &sql)
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_host, QStringLiteral("-p"),
                 m_port, QStringLiteral("-U"), m_user, QStringLiteral("-d"), db, QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("psql failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }

private slots:
    void initTestCase()
    {
        m_python = djangoPython();
        QVERIFY2(!m_python.isEmpty(), "python3-django is installed by packaging/install-deps.sh");
        const QUrl url(qEnvironmentVariable("IV_PG_URL"));
        QVERIFY2(url.isValid() && !url.isEmpty(), "IV_PG_URL is set by the ctest fixture");
        const QUrlQuery query(url);
        m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        m_port = query.queryItemValue(QStringLiteral("port"));
        m_user = url.userName();
        QVERIFY(!m_host.isEmpty() && !m_port.isEmpty() && !m_user.isEmpty());
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS helpdesk")),
                 QString());
        QCOMPARE(psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE helpdesk")), QString());
        QCOMPARE(psql(QStringLiteral("helpdesk"),
                      ivtest::readText(QStringLiteral(IV_TEST_DATA_DIR "/django/postgresql.sql"))),
                 QString());
        qputenv("HELPDESK_PG_NAME", "helpdesk");
        qputenv("HELPDESK_PG_HOST", m_host.toUtf8());
        qputenv("HELPDESK_PG_PORT", m_port.toUtf8());
        qputenv("HELPDESK_PG_USER", m_user.toUtf8());
        qputenv("HELPDESK_PG_PASSWORD", kPassword); // the cluster trusts its socket: never needed
    }

    void draftsAPostgresSite()
    {
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString manage = ivtest::useSettings(site, QStringLiteral("helpdesk.settings_pg"));
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto draft =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"), manage});
        QVERIFY2(draft.exitCode == 0, draft.err.constData());
        QVERIFY2(draft.err.contains("11 metrics: 6 with SQL, 5 placeholders to finish by hand"),
                 draft.err.constData());

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kPassword), bytes.constData()); // the password stays in settings.py
        const QJsonObject project = QJsonDocument::fromJson(bytes).object();
        QUrl source;
        source.setScheme(QStringLiteral("postgresql"));
        source.setUserName(m_user);
        source.setPath(QStringLiteral("/helpdesk"));
        QUrlQuery sourceQuery;
        sourceQuery.addQueryItem(QStringLiteral("host"), m_host);
        sourceQuery.addQueryItem(QStringLiteral("port"), m_port);
        source.setQuery(sourceQuery);
        QCOMPARE(project.value(QLatin1String("sources")).toObject(),
                 (QJsonObject{{QStringLiteral("default"), source.toString()}}));

        const QMap<QString, QJsonObject> byLabel = metricsOf(project);
        const QStringList sqlMetrics = {
            QStringLiteral("count_tickets"),   QStringLiteral("count_open_tickets"),
            QStringLiteral("average_hours"),   QStringLiteral("hours_per_status"),
            QStringLiteral("tickets_per_day"), QStringLiteral("count_long_open_tickets")};
        auto sqlOf = [&](const QString &label) {
            return byLabel.value(label)
                .value(QLatin1String("sql"))
                .toObject()
                .value(QLatin1String("postgresql"))
                .toString();
        };
        for (const QString &label : sqlMetrics)
            QVERIFY2(!sqlOf(label).isEmpty(),
                     qPrintable(label + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(byLabel.value(label)).toJson())));
        // psycopg's %(name)s: one parameter per name, however often it is used.
        QCOMPARE(
            sqlOf(QStringLiteral("count_long_open_tickets")),
            QStringLiteral("SELECT count(*) FROM tickets_ticket WHERE hours > :count_long_open_tickets_min "
                           "AND status = :count_long_open_tickets_status AND hours > "
                           ":count_long_open_tickets_min - 10"));
        QCOMPARE(
            sqlOf(QStringLiteral("tickets_per_day")),
            QStringLiteral("SELECT date_trunc('day', created), count(*) FROM tickets_ticket WHERE created >= "
                           ":tickets_per_day_1 GROUP BY 1 ORDER BY 1"));
        const QJsonObject parameters = project.value(QLatin1String("parameters")).toObject();
        QCOMPARE(parameters.value(QLatin1String("count_long_open_tickets_min")).toInt(), 2);
        QCOMPARE(parameters.value(QLatin1String("count_long_open_tickets_status")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(parameters.value(QLatin1String("count_open_tickets_2")).toString(), QStringLiteral("open"));

        // Collected without the placeholders against upstream's collect, before and after the data changed.
        QJsonObject sqlOnly = project;
        QJsonArray apps;
        for (const QJsonValue &a : project.value(QLatin1String("apps")).toArray()) {
            QJsonObject app = a.toObject();
            QJsonArray kept;
            for (const QJsonValue &m : app.value(QLatin1String("metrics")).toArray())
                if (!m.toObject().contains(QLatin1String("draft")))
                    kept.append(m);
            app.insert(QStringLiteral("metrics"), kept);
            apps.append(app);
        }
        sqlOnly.insert(QStringLiteral("apps"), apps);
        const QString sqlOnlyPath = dir.filePath(QStringLiteral("sql-only.json"));
        writeFile(sqlOnlyPath, QJsonDocument(sqlOnly).toJson());
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                QCOMPARE(
                    psql(QStringLiteral("helpdesk"),
                         QStringLiteral("INSERT INTO tickets_ticket VALUES (6, '2024-04-03 13:00:00+00', "
                                        "'open', 7), (7, '2024-04-05 08:00:00+00', 'waiting', 4)")),
                    QString());
            const QString reference = dir.filePath(QStringLiteral("reference%1.db").arg(round));
            const auto upstream =
                ivtest::runViewer({QStringLiteral("--collect"), manage, QStringLiteral("-o"), reference});
            QVERIFY2(upstream.exitCode == 0, upstream.err.constData());
            const auto check =
                ivtest::runViewer({QStringLiteral("--collect"), sqlOnlyPath,
                                   QStringLiteral("--check-against"), reference, QStringLiteral("--json")});
            QMap<QString, QString> status;
            for (const QJsonValue &r : QJsonDocument::fromJson(check.out).array())
                status.insert(r.toObject().value(QLatin1String("label")).toString(),
                              r.toObject().value(QLatin1String("status")).toString());
            for (const QString &label : sqlMetrics)
                QVERIFY2(status.value(label) == QLatin1String("exact"),
                         qPrintable(QStringLiteral("round %1, %2: %3\n%4 %5")
                                        .arg(round)
                                        .arg(label, status.value(label), QString::fromUtf8(check.out),
                                             QString::fromUtf8(check.err))));
        }
        QCOMPARE(ivtest::queryLines(dir.filePath(QStringLiteral("reference1.db")),
                                    QStringLiteral("SELECT value FROM insights_counter WHERE label = "
                                                   "'count_long_open_tickets'")),
                 QStringList{QStringLiteral("'3'")});
    }

    void cleanupTestCase()
    {
        psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS helpdesk"));
    }
};

QTEST_GUILESS_MAIN(TestCollectDraftPg)
#include "tst_collectdraft_pg.moc"
