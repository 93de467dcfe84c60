// SPDX-License-Identifier: MIT
// Review policies: a policy file acknowledges findings by code and place and allows extra tables, so a
// recurring snapshot that was signed off reviews clean (exit 0, the findings listed as acknowledged) until
// something new appears (exit 1); an invalid policy is exit 2 naming the policy file and the reason.
#include "reviewpolicy.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

QString personalDb(const QTemporaryDir &dir, const QString &name = QStringLiteral("personal.db"))
{
    return ivtest::buildDatabase(
        dir, name,
        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

// The policy a reviewer signs off for review_personal.sql: the customers table belongs there, its personal
// data is known, and so is the address in the Shop app's "orders" description.
QByteArray signedOffPolicy()
{
    // Personal data one by one: by row (rows 1 and 2 hold one value of each kind).
    QJsonArray acks;
    for (const char *kind : {"email", "phone", "iban", "card", "ipv4", "ipv6", "name"})
        for (int row : {1, 2})
            acks.append(
                QJsonObject{{QStringLiteral("code"), QStringLiteral("personal-data-") + QLatin1String(kind)},
                            {QStringLiteral("table"), QStringLiteral("customers")},
                            {QStringLiteral("row"), row},
                            {QStringLiteral("note"), QStringLiteral("test customers, fictitious")}});
    acks.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("personal-data-email")},
                            {QStringLiteral("app"), QStringLiteral("Shop")},
                            {QStringLiteral("question"), QStringLiteral("orders")},
                            {QStringLiteral("sample"), QStringLiteral("o***@shop.example")}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), 1},
                           {QStringLiteral("allowed-tables"), QJsonArray{QStringLiteral("customers")}},
                           {QStringLiteral("acknowledged"), acks}})
        .toJson();
}

void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QByteArray why = message ? QByteArray(message) : QByteArray();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, why.constData());
}

} // namespace

class TestReviewPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseValid()
    {
        QString error;
        const auto p = ReviewPolicy::parse(
            R"({"min-count": 5, "allowed-tables": ["extra"], "acknowledged": [
                 {"code": "personal-data-email", "table": "customers", "column": "email", "row": 2},
                 {"code": "small-count", "app": "Shop"}]})",
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->minCount, 5);
        QCOMPARE(p->allowedTables, QStringList{QStringLiteral("extra")});
        QCOMPARE(p->acknowledged.size(), 2);
        QCOMPARE(p->acknowledged.at(0).row, qint64(2));
        QVERIFY(p->acknowledged.at(1).table.isNull());

        ReviewFinding f;
        f.code = QStringLiteral("personal-data-email");
        f.table = QStringLiteral("customers");
        f.column = QStringLiteral("email");
        f.row = 2;
        QVERIFY(p->acknowledged.at(0).matches(f));
        f.row = 3; // another row: new
        QVERIFY(!p->acknowledged.at(0).matches(f));
        f.row = 2;
        f.code = QStringLiteral("personal-data-phone"); // another kind in the same cell: new
        QVERIFY(!p->acknowledged.at(0).matches(f));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{min-count: 5") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("a policy is a JSON object");
        QTest::newRow("unknown key") << QByteArray(R"({"min_count": 5})")
                                     << QStringLiteral("unknown key \"min_count\"");
        QTest::newRow("negative k") << QByteArray(R"({"min-count": -1})")
                                    << QStringLiteral("\"min-count\" must be");
        QTest::newRow("fraction k") << QByteArray(R"({"min-count": 2.5})")
                                    << QStringLiteral("\"min-count\" must be");
        QTest::newRow("tables") << QByteArray(R"({"allowed-tables": "x"})")
                                << QStringLiteral("\"allowed-tables\"");
        QTest::newRow("upstream table") << QByteArray(R"({"allowed-tables": ["insights_app"]})")
                                        << QStringLiteral("insights_app is upstream's table name");
        QTest::newRow("no code") << QByteArray(R"({"acknowledged": [{"table": "t"}]})")
                                 << QStringLiteral("acknowledged[0]: \"code\" is missing");
        QTest::newRow("no place") << QByteArray(R"({"acknowledged": [{"code": "personal-data-email"}]})")
                                  << QStringLiteral("acknowledged[0]: name a place");
        QTest::newRow("row without table")
            << QByteArray(R"({"acknowledged": [{"code": "x", "app": "a", "row": 3}]})")
            << QStringLiteral("\"column\" and \"row\" need \"table\"");
        QTest::newRow("bad row") << QByteArray(
                                        R"({"acknowledged": [{"code": "x", "table": "t", "row": "3"}]})")
                                 << QStringLiteral("\"row\" must be a whole number");
        QTest::newRow("ack key") << QByteArray(
                                        R"({"acknowledged": [{"code": "x", "table": "t", "rows": 3}]})")
                                 << QStringLiteral("acknowledged[0]: unknown key \"rows\"");
        QTest::newRow("version") << QByteArray(R"({"version": 2})")
                                 << QStringLiteral("\"version\" must be 1");
    }

    void parseInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ReviewPolicy::parse(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void signedOffReviewsClean()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString policy = writeFile(dir, QStringLiteral("policy.json"), signedOffPolicy());

        // Without the policy: findings, not conformant (the extra table).
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), db}).exitCode, 1);

        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policy, db});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("(acknowledged)")));
        QVERIFY(!out.contains(QStringLiteral("extra-table"))); // allowed: not a finding at all
        QVERIFY(out.contains(QStringLiteral("personal-data-iban")));

        const auto json = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), policy, db});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("conformant")).toBool(), true);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 11);
        for (const QJsonValue &v : findings)
            QVERIFY2(v.toObject().value(QStringLiteral("acknowledged")).toBool(),
                     qPrintable(v.toObject().value(QStringLiteral("code")).toString()));

        // Something new: an address in the gauge's description (not acknowledged) → exit 1, listed as new.
        exec(db, "UPDATE insights_gauge SET \"desc\" = 'mail new.person@example.net' WHERE id = 1");
        const auto changed = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), policy, db});
        QCOMPARE(changed.exitCode, 1);
        int open = 0;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(changed.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (!f.value(QStringLiteral("acknowledged")).toBool()) {
                ++open;
                QCOMPARE(f.value(QStringLiteral("table")).toString(), QStringLiteral("insights_gauge"));
                QCOMPARE(f.value(QStringLiteral("app")).toString(), QStringLiteral("Shop"));
                QCOMPARE(f.value(QStringLiteral("question")).toString(), QStringLiteral("basket"));
            }
        }
        QCOMPARE(open, 1);

        // A second extra table the policy does not allow → a nonconformity → exit 1.
        const QString db2 = personalDb(dir, QStringLiteral("personal2.db"));
        exec(db2, "CREATE TABLE audit (id integer PRIMARY KEY, what text)");
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policy, db2}).exitCode,
            1);

        // A row moved (same value, another row): acknowledged by table+column+row it is new.
        const QString byRow = writeFile(dir, QStringLiteral("byrow.json"),
                                        R"({"allowed-tables": ["customers"], "acknowledged": [
                 {"code": "personal-data-email", "table": "customers", "column": "email", "row": 1},
                 {"code": "personal-data-email", "table": "customers", "column": "email", "row": 2},
                 {"code": "personal-data-email", "table": "insights_counter", "sample": "o***@shop.example"},
                 {"code": "personal-data-email", "table": "insights_gauge", "sample": "n***@example.net"},
                 {"code": "personal-data-phone", "sample": "+** ** *****67"},
                 {"code": "personal-data-phone", "sample": "*** ******78"},
                 {"code": "personal-data-iban", "table": "customers", "row": 1},
                 {"code": "personal-data-iban", "table": "customers", "row": 2},
                 {"code": "personal-data-card", "table": "customers", "row": 1},
                 {"code": "personal-data-card", "table": "customers", "row": 2},
                 {"code": "personal-data-ipv4", "table": "customers", "row": 1},
                 {"code": "personal-data-ipv6", "table": "customers", "row": 2},
                 {"code": "personal-data-name", "table": "customers", "row": 1},
                 {"code": "personal-data-name", "table": "customers", "row": 2}]})");
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), byRow, db}).exitCode,
            0);
        exec(db, "UPDATE customers SET email = 'jane.doe@example.org' WHERE id = 3");
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), byRow, db}).exitCode,
            1);
    }

    // A place alone (app, question, table, table+column) would accept every address written there after
    // sign-off: for personal data and secrets such a policy is refused, naming the entry; pinned to rows, the
    // same sign-off flags every new address.
    void placeAloneDoesNotAcceptNewPersonalData_data()
    {
        QTest::addColumn<QByteArray>("ack");
        QTest::newRow("table") << QByteArray(R"({"code": "personal-data-email", "table": "customers"})");
        QTest::newRow("column") << QByteArray(
            R"({"code": "personal-data-email", "table": "customers", "column": "email"})");
        QTest::newRow("app") << QByteArray(R"({"code": "personal-data-email", "app": "Shop"})");
        QTest::newRow("question") << QByteArray(R"({"code": "personal-data-email", "question": "orders"})");
        QTest::newRow("secret") << QByteArray(R"({"code": "secret-credential", "table": "customers"})");
    }

    void placeAloneDoesNotAcceptNewPersonalData()
    {
        QFETCH(QByteArray, ack);
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                 "INSERT INTO customers (id, email) SELECT 100 + i, 'new' || i || '@example.net' FROM n");
        const QString policy =
            writeFile(dir, QStringLiteral("place.json"),
                      R"({"allowed-tables": ["customers"], "acknowledged": [)" + ack + "]}");
        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policy, db});
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("acknowledged[0]: ") && run.err.contains("\"row\""), run.err.constData());
        QString error;
        QVERIFY(!ReviewPolicy::parse("{\"acknowledged\": [" + ack + "]}", &error));
        // Place plus a sample, or a row: allowed (non-personal codes keep acknowledging by place).
        QVERIFY2(
            ReviewPolicy::parse(R"({"acknowledged": [{"code": "personal-data-email", "table": "customers",
                 "sample": "j***@example.org"}, {"code": "personal-data-email", "table": "customers", "row": 1},
                 {"code": "small-count", "app": "Shop"}]})",
                                &error),
            qPrintable(error));
    }

    void pinnedSignOffFlagsEveryNewAddress()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString policy = writeFile(dir, QStringLiteral("policy.json"), signedOffPolicy());
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policy, db}).exitCode,
            0);
        exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                 "INSERT INTO customers (id, email) SELECT 100 + i, 'new' || i || '@example.net' FROM n");
        const auto run = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), policy, db});
        QCOMPARE(run.exitCode, 1);
        int open = 0;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray())
            open += !v.toObject().value(QStringLiteral("acknowledged")).toBool();
        QCOMPARE(open, 200);
    }

    void policyMinCount()
    {
        QTemporaryDir dir;
        const QString db = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                 {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), db}).exitCode, 0);
        const QString k5 = writeFile(dir, QStringLiteral("k5.json"), R"({"min-count": 5})");
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), k5, db});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.count("small-count"), 2); // the histogram's 4 and 2
        // The small counts signed off by question: clean again; --min-count on the command line wins.
        const QString ack =
            writeFile(dir, QStringLiteral("ack.json"),
                      R"({"min-count": 5, "acknowledged": [{"code": "small-count", "question": "histo"}]})");
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), ack, db}).exitCode, 0);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), ack,
                                    QStringLiteral("--min-count"), QStringLiteral("10"), db})
                     .exitCode,
                 1); // the bar of 8 is new
    }

    void invalidPolicyExitTwo()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString broken =
            writeFile(dir, QStringLiteral("broken.json"), R"({"acknowledged": [{"code": "x"}]})");
        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), broken, db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.startsWith("insights-viewer: " + broken.toUtf8() + ": acknowledged[0]: name a place"),
            run.err.constData());
        QVERIFY(run.out.isEmpty()); // nothing reviewed with a policy that cannot be read

        const QString missing = dir.filePath(QStringLiteral("none.json"));
        const auto none =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), missing, db});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.startsWith("insights-viewer: " + missing.toUtf8() + ": "), none.err.constData());

        const QString text = writeFile(dir, QStringLiteral("text.json"), "min-count = 5\n");
        const auto bad =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), text, db});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(text.toUtf8() + ": not valid JSON"), bad.err.constData());

        QCOMPARE(ivtest::runViewer({QStringLiteral("--policy"), broken, db}).exitCode, 2); // without --review
    }
};

QTEST_GUILESS_MAIN(TestReviewPolicy)
#include "tst_reviewpolicy.moc"
