// SPDX-License-Identifier: MIT
// --draft-project OUT.json --django PATH/manage.py on the help-desk site of tests/data/django (run with the
// test double of django-insights' interface): every metric's texts as insights.py declares them, SQL for the
// metrics whose stored value is their one query's rows (checked: collecting the draft gives exactly what
// upstream's collect stored, also after the site's data changed), placeholders with the Python source for the
// metrics computed in Python, combining queries, filtering in Python or raising; placeholders refused by
// --collect with the metric named; one sentence and exit 2 for a bad manage.py, a missing Django or settings
// module; the site's folder byte for byte the same afterwards.
#include "collectcompare.h"
#include "djangosite.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using ivtest::copySite;
using ivtest::djangoPython;
using ivtest::listing;
using ivtest::writeFile;
using ivtest::writeSite;
using ivtest::writeVenv;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    writeFile(path, QJsonDocument(o).toJson());
}

// label -> metric object of the draft's one app.
QMap<QString, QJsonObject> metricsOf(const QJsonObject &project)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &app : project.value(QLatin1String("apps")).toArray())
        for (const QJsonValue &m : app.toObject().value(QLatin1String("metrics")).toArray())
            out.insert(m.toObject().value(QLatin1String("label")).toString(), m.toObject());
    return out;
}

const QStringList kSqlMetrics = {QStringLiteral("count_tickets"), QStringLiteral("count_open_tickets"),
                                 QStringLiteral("average_hours"), QStringLiteral("hours_per_status"),
                                 QStringLiteral("tickets_per_day")};
const QStringList kPlaceholders = {QStringLiteral("tickets_per_status"),
                                   QStringLiteral("average_hours_rounded"), QStringLiteral("open_share"),
                                   QStringLiteral("count_long_tickets"), QStringLiteral("count_teams")};

} // namespace

class TestCollectDraft : public QObject
{
    Q_OBJECT

    QString m_python;

private slots:
    void initTestCase()
    {
        m_python = djangoPython();
        if (m_python.isEmpty())
            QFAIL("no python3 with Django here: apt install python3-django (packaging/install-deps.sh does)");
    }

    void draftsEveryMetric()
    {
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"),
                               QDir(site).filePath(QStringLiteral("manage.py"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), out);
        QVERIFY2(run.err.contains("10 metrics: 5 with SQL, 5 placeholders to finish by hand"),
                 run.err.constData());
        QCOMPARE(listing(site), before); // nothing of the site written: no insights database, no byte code

        const QJsonObject project = readJson(out);
        QCOMPARE(project.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(project.value(QLatin1String("output")).toString(), QStringLiteral("draft.db"));
        QCOMPARE(
            project.value(QLatin1String("sources")).toObject(),
            (QJsonObject{{QStringLiteral("default"), QDir(site).filePath(QStringLiteral("db.sqlite3"))}}));
        const QJsonArray apps = project.value(QLatin1String("apps")).toArray();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).toObject().value(QLatin1String("module")).toString(),
                 QStringLiteral("tickets.insights"));
        QCOMPARE(apps.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("Tickets"));

        // The texts exactly as insights.py declares them (null where it declares none), in its order.
        const QJsonArray metrics = apps.at(0).toObject().value(QLatin1String("metrics")).toArray();
        QStringList order;
        for (const QJsonValue &m : metrics)
            order << m.toObject().value(QLatin1String("label")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("count_tickets"), QStringLiteral("count_open_tickets"),
                                     QStringLiteral("average_hours"), QStringLiteral("hours_per_status"),
                                     QStringLiteral("tickets_per_day"), QStringLiteral("tickets_per_status"),
                                     QStringLiteral("average_hours_rounded"), QStringLiteral("open_share"),
                                     QStringLiteral("count_long_tickets"), QStringLiteral("count_teams")}));
        auto texts = [](const QJsonObject &m) {
            QJsonObject t = m;
            t.remove(QStringLiteral("sql"));
            t.remove(QStringLiteral("draft"));
            return t;
        };
        const QJsonValue null = QJsonValue::Null;
        const QMap<QString, QJsonObject> byLabel = metricsOf(project);
        QCOMPARE(texts(byLabel.value(QStringLiteral("count_tickets"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("counter")},
                              {QStringLiteral("label"), QStringLiteral("count_tickets")},
                              {QStringLiteral("question"), QStringLiteral("How many tickets?")},
                              {QStringLiteral("desc"), null}}));
        QCOMPARE(texts(byLabel.value(QStringLiteral("count_open_tickets"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("counter")},
                              {QStringLiteral("label"), QStringLiteral("count_open_tickets")},
                              {QStringLiteral("question"), QStringLiteral("How many tickets are open?")},
                              {QStringLiteral("desc"), QStringLiteral("Tickets nobody closed yet.")}}));
        QCOMPARE(texts(byLabel.value(QStringLiteral("average_hours"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("gauge")},
                              {QStringLiteral("label"), QStringLiteral("average_hours")},
                              {QStringLiteral("question"), QStringLiteral("Average handling time?")},
                              {QStringLiteral("desc"), QStringLiteral("Hours per ticket, all tickets.")}}));
        QCOMPARE(texts(byLabel.value(QStringLiteral("hours_per_status"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("hbarchart")},
                              {QStringLiteral("label"), QStringLiteral("hours_per_status")},
                              {QStringLiteral("question"), QStringLiteral("Hours per status?")},
                              {QStringLiteral("desc"), null},
                              {QStringLiteral("xlabel"), QStringLiteral("Hours")},
                              {QStringLiteral("xformat"), QStringLiteral("%d")},
                              {QStringLiteral("ylabel"), QStringLiteral("Tickets")},
                              {QStringLiteral("yformat"), QStringLiteral("%d")},
                              {QStringLiteral("title"), QStringLiteral("Handling time")}}));
        QCOMPARE(texts(byLabel.value(QStringLiteral("tickets_per_day"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("timeseries")},
                              {QStringLiteral("label"), QStringLiteral("tickets_per_day")},
                              {QStringLiteral("question"), QStringLiteral("Tickets per day?")},
                              {QStringLiteral("desc"), null},
                              {QStringLiteral("xlabel"), QStringLiteral("Day")},
                              {QStringLiteral("xformat"), QStringLiteral("%Y-%m-%d")},
                              {QStringLiteral("ylabel"), QStringLiteral("Tickets")},
                              {QStringLiteral("yformat"), null},
                              {QStringLiteral("title"), null}}));
        QCOMPARE(texts(byLabel.value(QStringLiteral("tickets_per_status"))),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("barchart")},
                              {QStringLiteral("label"), QStringLiteral("tickets_per_status")},
                              {QStringLiteral("question"), QStringLiteral("Tickets per status?")},
                              {QStringLiteral("desc"), null},
                              {QStringLiteral("xlabel"), QStringLiteral("Status")},
                              {QStringLiteral("xformat"), null},
                              {QStringLiteral("ylabel"), QStringLiteral("Tickets")},
                              {QStringLiteral("yformat"), null},
                              {QStringLiteral("title"), null}}));
        QCOMPARE(
            texts(byLabel.value(QStringLiteral("open_share"))),
            (QJsonObject{{QStringLiteral("kind"), QStringLiteral("gauge")},
                         {QStringLiteral("label"), QStringLiteral("open_share")},
                         {QStringLiteral("question"), QStringLiteral("Share of open tickets?")},
                         {QStringLiteral("desc"), QStringLiteral("Open tickets divided by all tickets.")}}));

        // SQL where the one query's rows are the stored value, as Django ran it on SQLite, parameters bound
        // by name (their values in "parameters", never in the text).
        for (const QString &label : kSqlMetrics) {
            const QJsonObject m = byLabel.value(label);
            QVERIFY2(m.value(QLatin1String("sql")).toObject().value(QLatin1String("sqlite")).isString(),
                     qPrintable(label));
            QVERIFY2(!m.contains(QLatin1String("draft")), qPrintable(label));
        }
        QCOMPARE(byLabel.value(QStringLiteral("count_tickets")).value(QLatin1String("sql")).toObject(),
                 (QJsonObject{{QStringLiteral("sqlite"),
                               QStringLiteral("SELECT COUNT(*) AS \"__count\" FROM \"tickets_ticket\"")}}));
        const QString openSql = byLabel.value(QStringLiteral("count_open_tickets"))
                                    .value(QLatin1String("sql"))
                                    .toObject()
                                    .value(QLatin1String("sqlite"))
                                    .toString();
        QVERIFY2(openSql.contains(QLatin1String("\"status\" = :count_open_tickets_2")) &&
                     openSql.contains(QLatin1String("\"hours\" >= :count_open_tickets_1")) &&
                     !openSql.contains(QLatin1String("'open'")),
                 qPrintable(openSql));
        QCOMPARE(byLabel.value(QStringLiteral("tickets_per_day"))
                     .value(QLatin1String("sql"))
                     .toObject()
                     .value(QLatin1String("sqlite"))
                     .toString(),
                 QStringLiteral(
                     "SELECT strftime('%Y-%m-%d 00:00:00', created), count(*) FROM tickets_ticket WHERE "
                     "created >= :tickets_per_day_1 GROUP BY 1 ORDER BY 1"));
        QCOMPARE(project.value(QLatin1String("parameters")).toObject(),
                 (QJsonObject{{QStringLiteral("count_open_tickets_1"), 0},
                              {QStringLiteral("count_open_tickets_2"), QStringLiteral("open")},
                              {QStringLiteral("hours_per_status_1"), 0},
                              {QStringLiteral("tickets_per_day_1"), QStringLiteral("2024-01-01 00:00:00")}}));

        // Placeholders: the reason and the metric's Python source, decorator included.
        const QMap<QString, QString> reasons = {
            {QStringLiteral("tickets_per_status"),
             QStringLiteral(
                 "the sql provider cannot collect its query: provider \"sql\", metric "
                 "\"tickets_per_status\" (source \"default\"): a barchart takes the columns (xvalue, "
                 "yvalue) or (xvalue, yvalue, category); the query returns 1 column")},
            {QStringLiteral("average_hours_rounded"),
             QStringLiteral(
                 "its query's rows are not the value it stored (query 3.7999999999999998, reference 4)")},
            {QStringLiteral("open_share"),
             QStringLiteral("the metric ran 2 queries; their results are combined in Python")},
            {QStringLiteral("count_long_tickets"),
             QStringLiteral(
                 "the sql provider cannot collect its query: provider \"sql\", metric "
                 "\"count_long_tickets\" (source \"default\"): the query returns more than 1 row")},
            {QStringLiteral("count_teams"), QStringLiteral("the metric ran no query")}};
        for (const QString &label : kPlaceholders) {
            const QJsonObject m = byLabel.value(label);
            QVERIFY2(!m.contains(QLatin1String("sql")), qPrintable(label));
            const QJsonObject draft = m.value(QLatin1String("draft")).toObject();
            const QString reason = draft.value(QLatin1String("reason")).toString();
            QVERIFY2(reason.startsWith(reasons.value(label)),
                     qPrintable(label + QStringLiteral(": ") + reason));
            QStringList python;
            for (const QJsonValue &line : draft.value(QLatin1String("python")).toArray())
                python << line.toString();
            QVERIFY2(python.contains(QStringLiteral("def %1():").arg(label)), qPrintable(python.join(u'\n')));
            QVERIFY2(python.first().startsWith(QLatin1String("@metrics.")), qPrintable(python.join(u'\n')));
        }
        const QStringList openShare = [&] {
            QStringList lines;
            for (const QJsonValue &line : byLabel.value(QStringLiteral("open_share"))
                                              .value(QLatin1String("draft"))
                                              .toObject()
                                              .value(QLatin1String("python"))
                                              .toArray())
                lines << line.toString();
            return lines;
        }();
        QCOMPARE(
            openShare.mid(0, 3),
            (QStringList{QStringLiteral("@metrics.gauge(question=\"Share of open tickets?\", desc=\"Open "
                                        "tickets divided by all tickets.\")"),
                         QStringLiteral("def open_share():"),
                         QStringLiteral("    return Ticket.objects.filter(status=\"open\").count() / "
                                        "Ticket.objects.count()")}));
    }

    void draftedSqlReproducesUpstream()
    {
        // Upstream-style collect of the site (zero-config django provider) as the reference; the draft's SQL
        // metrics collect to exactly its values; the placeholders stop a collect naming the metric.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString manage = QDir(site).filePath(QStringLiteral("manage.py"));
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto draft =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"), manage});
        QVERIFY2(draft.exitCode == 0, draft.err.constData());

        const auto refused = ivtest::runViewer({QStringLiteral("--collect"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(
                     "metric \"tickets_per_status\" is a draft placeholder: replace its \"draft\" "
                     "(the metric's Python source) with \"sql\" before collecting"),
                 refused.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("draft.db"))));

        // The same project without its placeholders, checked against upstream's collect twice: on the data
        // as drafted, and after the site's data changed (the SQL is live, not the values of the draft run).
        QJsonObject project = readJson(out);
        QJsonArray apps = project.value(QLatin1String("apps")).toArray();
        QJsonObject app = apps.at(0).toObject();
        QJsonArray kept;
        for (const QJsonValue &m : app.value(QLatin1String("metrics")).toArray())
            if (!m.toObject().contains(QLatin1String("draft")))
                kept.append(m);
        app.insert(QStringLiteral("metrics"), kept);
        apps.replace(0, app);
        project.insert(QStringLiteral("apps"), apps);
        const QString sqlOnly = dir.filePath(QStringLiteral("sql-only.json"));
        writeJson(sqlOnly, project);
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("change"));
                db.setDatabaseName(QDir(site).filePath(QStringLiteral("db.sqlite3")));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO tickets_ticket VALUES (6, '2024-04-03 13:00:00', "
                                              "'open', 7), (7, '2024-04-05 08:00:00', 'waiting', 4)")));
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("change"));
            }
            const QString reference = dir.filePath(QStringLiteral("reference%1.db").arg(round));
            const auto upstream =
                ivtest::runViewer({QStringLiteral("--collect"), manage, QStringLiteral("-o"), reference});
            QVERIFY2(upstream.exitCode == 0, upstream.err.constData());
            const auto check =
                ivtest::runViewer({QStringLiteral("--collect"), sqlOnly, QStringLiteral("--check-against"),
                                   reference, QStringLiteral("--json")});
            QCOMPARE(check.exitCode, 1); // the placeholders' metrics are missing
            QMap<QString, QString> status;
            for (const QJsonValue &r : QJsonDocument::fromJson(check.out).array())
                status.insert(r.toObject().value(QLatin1String("label")).toString(),
                              r.toObject().value(QLatin1String("status")).toString());
            QCOMPARE(status.size(), 10);
            for (const QString &label : kSqlMetrics)
                QVERIFY2(status.value(label) == QLatin1String("exact"),
                         qPrintable(QStringLiteral("round %1, %2: %3\n%4")
                                        .arg(round)
                                        .arg(label, status.value(label), QString::fromUtf8(check.out))));
            for (const QString &label : kPlaceholders)
                QCOMPARE(status.value(label), QStringLiteral("missing"));
        }
        QCOMPARE(ivtest::queryLines(
                     dir.filePath(QStringLiteral("reference1.db")),
                     QStringLiteral("SELECT value FROM insights_counter WHERE label = 'count_tickets'")),
                 QStringList{QStringLiteral("'7'")});
    }

    void zonedTruncAndExtractRerunExactly()
    {
        // The site in Europe/Amsterdam (USE_TZ) with Django's TruncDay/Week/Month/Date, ExtractHour/Week and
        // the __week_day, __month and __date lookups, which on SQLite call Django's own functions: drafted as
        // date_trunc/timezone/date_part, and collected they give exactly what upstream's collect stored,
        // across both summer-time changes and the turn of the year, also after visits are added.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString manage = ivtest::useSettings(site, QStringLiteral("helpdesk.settings_amsterdam"));
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto draft =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"), manage});
        QVERIFY2(draft.exitCode == 0, draft.err.constData());
        const QJsonObject project = readJson(out);
        const QMap<QString, QJsonObject> byLabel = metricsOf(project);
        const QStringList zoned = {
            QStringLiteral("visits_per_day"),      QStringLiteral("visits_per_week"),
            QStringLiteral("visits_per_month"),    QStringLiteral("visits_per_date"),
            QStringLiteral("visits_per_hour"),     QStringLiteral("visits_per_iso_week"),
            QStringLiteral("visits_on_sundays"),   QStringLiteral("visits_in_april"),
            QStringLiteral("visits_on_summer_day")};
        auto sqlOf = [&](const QString &label) {
            return byLabel.value(label)
                .value(QLatin1String("sql"))
                .toObject()
                .value(QLatin1String("sqlite"))
                .toString();
        };
        for (const QString &label : zoned) {
            QVERIFY2(!byLabel.value(label).contains(QLatin1String("draft")),
                     qPrintable(label + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(byLabel.value(label)).toJson())));
            QVERIFY2(!sqlOf(label).contains(QLatin1String("django_")), qPrintable(sqlOf(label)));
        }
        // What Django makes of a truncation in a zone (an aware datetime: the instant the local day starts)
        // where the value is read; the zone's wall time where Django compares it with a date.
        QCOMPARE(
            sqlOf(QStringLiteral("visits_per_day")),
            QStringLiteral("SELECT date_trunc('day', \"visits_visit\".\"created\", 'Europe/Amsterdam') AS "
                           "\"t\", COUNT(\"visits_visit\".\"id\") AS \"n\" FROM \"visits_visit\" GROUP BY "
                           "date_trunc('day', \"visits_visit\".\"created\", 'Europe/Amsterdam') ORDER BY "
                           "\"t\" ASC"));
        QVERIFY2(sqlOf(QStringLiteral("visits_on_summer_day"))
                     .contains(QLatin1String(
                         "WHERE date(timezone('Europe/Amsterdam', \"visits_visit\".\"created\")) = ")),
                 qPrintable(sqlOf(QStringLiteral("visits_on_summer_day"))));
        QVERIFY2(
            sqlOf(QStringLiteral("visits_on_sundays"))
                .contains(QLatin1String(
                    "(date_part('dow', timezone('Europe/Amsterdam', \"visits_visit\".\"created\")) + 1)")),
            qPrintable(sqlOf(QStringLiteral("visits_on_sundays"))));

        // Collected without the placeholders (the tickets' metrics in Python), checked against upstream's
        // collect of the site, before and after more visits around the changes.
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
        writeJson(sqlOnlyPath, sqlOnly);
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("more"));
                db.setDatabaseName(QDir(site).filePath(QStringLiteral("db.sqlite3")));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO visits_visit VALUES (11, '2024-03-31 00:00:00'), "
                                              "(12, '2024-10-27 00:59:59'), (13, '2024-10-27 01:00:00'), "
                                              "(14, '2024-04-30 22:00:00'), (15, '2025-01-05 22:59:59')")));
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("more"));
            }
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
            for (const QString &label : zoned)
                QVERIFY2(status.value(label) == QLatin1String("exact"),
                         qPrintable(QStringLiteral("round %1, %2: %3\n%4")
                                        .arg(round)
                                        .arg(label, status.value(label), QString::fromUtf8(check.out))));
        }
        // The values themselves (upstream's, which the SQL reproduced): local days as UTC instants, CET then
        // CEST; the Sunday count in Amsterdam (a UTC Saturday evening is a Sunday there).
        QCOMPARE(
            ivtest::queryLines(dir.filePath(QStringLiteral("reference0.db")),
                               QStringLiteral("SELECT v.timestamp, v.xvalue FROM insights_bucketvalue v JOIN "
                                              "insights_bucket b ON b.id = v.bucket_id WHERE b.label = "
                                              "'visits_per_day' ORDER BY v.timestamp")),
            (QStringList{QStringLiteral("'2024-03-29 23:00:00'|1"), QStringLiteral("'2024-03-30 23:00:00'|3"),
                         QStringLiteral("'2024-03-31 22:00:00'|1"), QStringLiteral("'2024-10-26 22:00:00'|3"),
                         QStringLiteral("'2024-10-27 23:00:00'|1"),
                         QStringLiteral("'2024-12-29 23:00:00'|1")}));
        QCOMPARE(ivtest::queryLines(dir.filePath(QStringLiteral("reference0.db")),
                                    QStringLiteral("SELECT value FROM insights_counter WHERE label = "
                                                   "'visits_on_sundays'")),
                 QStringList{QStringLiteral("'6'")});
    }

    void metricThatRaises()
    {
        // A metric that raises is a placeholder naming the exception; the others are drafted; exit 1.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        QFile insights(QDir(site).filePath(QStringLiteral("tickets/insights.py")));
        QVERIFY(insights.open(QIODevice::Append));
        insights.write(
            "\n\n@metrics.counter(question=\"Broken?\")\ndef broken():\n    raise ValueError(\"no data\")\n");
        insights.close();
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"),
                               QDir(site).filePath(QStringLiteral("manage.py"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("counter broken: placeholder (the metric raised ValueError: no data)"),
                 run.err.constData());
        QVERIFY2(run.err.contains("11 metrics: 5 with SQL, 6 placeholders to finish by hand"),
                 run.err.constData());
        const QMap<QString, QJsonObject> byLabel = metricsOf(readJson(out));
        QCOMPARE(byLabel.value(QStringLiteral("broken"))
                     .value(QLatin1String("draft"))
                     .toObject()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("the metric raised ValueError: no data"));
        QVERIFY(byLabel.value(QStringLiteral("count_tickets")).contains(QLatin1String("sql")));
        QCOMPARE(listing(site), before);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no manage.py") << "missing"
                                      << "manage.py: no such file (--django names the site's manage.py)";
        QTest::newRow("manage.py names no settings")
            << "nosettings"
            << "does not name a settings module (os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", …))";
        QTest::newRow("no Django")
            << "nodjango"
            << ": install it in the site's venv/ (pip install django) or apt install python3-django.";
        QTest::newRow("settings error") << "badsettings"
                                        << "the settings module nosuch.settings cannot be imported "
                                           "(ModuleNotFoundError: No module named 'nosuch'): "
                                           "set \"settings\" to the site's settings module.";
        QTest::newRow("no django-insights") << "noinsights"
                                            << "django-insights is not installed for ";
    }

    void badInput()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site"));
        writeSite(site, what == QLatin1String("badsettings") ? "nosuch.settings" : "site_config.settings");
        if (what == QLatin1String("nosettings"))
            writeFile(QDir(site).filePath(QStringLiteral("manage.py")), "import sys\n");
        if (what == QLatin1String("missing"))
            QFile::remove(QDir(site).filePath(QStringLiteral("manage.py")));
        if (what == QLatin1String("nodjango"))
            writeFile(QDir(site).filePath(QStringLiteral("venv/bin/python3")),
                      "#!/bin/sh\nexec python3 -S \"$@\"\n", true);
        else
            writeVenv(site, m_python, false);
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"),
                               QDir(site).filePath(QStringLiteral("manage.py"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("insights-viewer: ") && run.err.contains(message.toUtf8()),
                 run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one sentence
        QVERIFY(!QFile::exists(out));
        QCOMPARE(listing(site), before);
    }

    void existingProjectIsNotReplaced()
    {
        // A project finished by hand is never replaced unasked: exit 2 naming it, before the site runs, the
        // file byte for byte the same; --force replaces it; a folder of that name is refused even then.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString manage = QDir(site).filePath(QStringLiteral("manage.py"));
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        const QByteArray handWork = "{\"finished\": \"by hand\"}\n";
        writeFile(out, handWork);
        const auto refused =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"), manage});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(QString::fromUtf8(refused.err),
                 QStringLiteral("insights-viewer: %1: exists; choose another name or replace it (--force)\n")
                     .arg(out));
        QVERIFY(!refused.err.contains("django:")); // the site did not run
        QCOMPARE(ivtest::readText(out).toUtf8(), handWork);

        const auto forced =
            ivtest::runViewer({QStringLiteral("--draft-project"), out, QStringLiteral("--django"), manage,
                               QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(metricsOf(readJson(out)).size(), 10);

        const QString folder = dir.filePath(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkpath(folder));
        const auto notAFile =
            ivtest::runViewer({QStringLiteral("--draft-project"), folder, QStringLiteral("--django"), manage,
                               QStringLiteral("--force")});
        QCOMPARE(notAFile.exitCode, 2);
        QCOMPARE(QString::fromUtf8(notAFile.err),
                 QStringLiteral("insights-viewer: %1: exists and is not a regular file\n").arg(folder));
    }

    void usage()
    {
        const auto run = ivtest::runViewer({QStringLiteral("--draft-project"), QStringLiteral("x.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--draft-project OUT.json goes with --django PATH/manage.py only"),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCollectDraft)
#include "tst_collectdraft.moc"
