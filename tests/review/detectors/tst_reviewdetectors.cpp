// SPDX-License-Identifier: MIT
// The detectors wired into the review: person names in a bucket's categories judged with the bucket's other
// categories (a lone given name among people is a finding, among plans it is not), national ids and
// credentials in texts, each finding naming app, question and row with a masked sample only.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *const kExtra = R"SQL(
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (6, '2026-01-01 10:00:06', 'authors', 'Books per author?', NULL, 5, 'Books', NULL, 'Author', NULL, NULL, '11111111111111111111111111111111'),
  (7, '2026-01-01 10:00:07', 'plans', 'Orders per plan?', NULL, 5, 'Orders', NULL, 'Plan', NULL, NULL, '11111111111111111111111111111111');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (20, NULL, 30, 0, 'Alice', 6), (21, NULL, 25, 0, 'Bob', 6), (22, NULL, 20, 0, 'Carol', 6),
  (23, NULL, 15, 0, 'Adam Qwzrtyk', 6), (24, NULL, 10, 0, 'Other', 6),
  (30, NULL, 40, 0, 'Alice', 7), (31, NULL, 30, 0, 'Premium Plan', 7), (32, NULL, 20, 0, 'Basic Plan', 7),
  (33, NULL, 10, 0, 'Monday', 7);
UPDATE insights_gauge SET "desc" = 'DATABASE_URL=postgres://app:s3cr3t!@db.example.org:5432/shop' WHERE id = 1;
UPDATE insights_counter SET "desc" = 'BSN 123456782' WHERE id = 2;
)SQL";

} // namespace

class TestReviewDetectors : public QObject
{
    Q_OBJECT

private slots:
    void detectorsInReview()
    {
        QTemporaryDir dir;
        const QString sql = ivtest::basicSnapshotSql() +
                            QString::fromLatin1(kExtra);
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("people.db"), sql);
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), db});
        QCOMPARE(run.exitCode, 1);
        QMap<QString, QJsonObject> byPlace; // "code table.column row"
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            byPlace.insert(QStringLiteral("%1 %2.%3 %4")
                               .arg(f.value(QStringLiteral("code")).toString(),
                                    f.value(QStringLiteral("table")).toString(),
                                    f.value(QStringLiteral("column")).toString())
                               .arg(f.value(QStringLiteral("row")).toInteger()),
                           f);
        }
        const QStringList want = {
            QStringLiteral("personal-data-name insights_bucketvalue.category 20"),
            QStringLiteral("personal-data-name insights_bucketvalue.category 21"),
            QStringLiteral("personal-data-name insights_bucketvalue.category 22"),
            QStringLiteral("personal-data-name insights_bucketvalue.category 23"),
            QStringLiteral("personal-data-national-id insights_counter.desc 2"),
            QStringLiteral("secret-credential insights_gauge.desc 1"),
        };
        QCOMPARE(byPlace.keys(), want); // not "Other", not "Alice" among plans (row 30)

        const QJsonObject alice = byPlace.value(want.at(0));
        QCOMPARE(alice.value(QStringLiteral("sample")).toString(), QStringLiteral("A****"));
        QCOMPARE(alice.value(QStringLiteral("app")).toString(), QStringLiteral("Shop"));
        QCOMPARE(alice.value(QStringLiteral("question")).toString(), QStringLiteral("authors"));
        // The bucket's question names people ("Books per author?"): the finding says so.
        QCOMPARE(alice.value(QStringLiteral("message")).toString(),
                 QStringLiteral("person's name in insights_bucketvalue.category, category of a person bucket "
                                "('author' in its question)"));
        const QJsonObject bsn = byPlace.value(want.at(4));
        QCOMPARE(bsn.value(QStringLiteral("app")).toString(), QStringLiteral("blog.insights"));
        QCOMPARE(bsn.value(QStringLiteral("question")).toString(), QStringLiteral("posts"));
        const QJsonObject secret = byPlace.value(want.at(5));
        QCOMPARE(secret.value(QStringLiteral("sample")).toString(),
                 QStringLiteral("postgres://app:****@db.example.org:5432"));
        QCOMPARE(secret.value(QStringLiteral("question")).toString(), QStringLiteral("basket"));

        // Only masked samples, in JSON and text alike.
        const auto text = ivtest::runViewer({QStringLiteral("--review"), db});
        for (const QByteArray &out : {run.out, text.out}) {
            QVERIFY(!out.contains("s3cr3t"));
            QVERIFY(!out.contains("123456782"));
            QVERIFY(!out.contains("Alice"));
            QVERIFY(!out.contains("Qwzrtyk"));
        }
        QVERIFY2(
            text.out.contains("secret-credential [app Shop, question basket, insights_gauge.desc row 1]"),
            text.out.constData());
    }

    // Values hidden from a plain reading — invisible characters, NUL, look-alike letters, fullwidth forms,
    // reversed text behind a right-to-left override, HTML and percent escapes — are findings, each at its
    // row.
    void hiddenTextInReview()
    {
        const char *const hidden = R"SQL(
UPDATE insights_bucketvalue SET category = 'jo' || char(8203) || 'hn@exam' || char(173) || 'ple.org' WHERE id = 1;
UPDATE insights_bucketvalue SET category = 'anna' || char(0) || '@example.org' WHERE id = 2;
UPDATE insights_bucketvalue SET category = char(1112, 1086) || 'hn@' || char(1077) || 'x' || char(1072) || 'mpl' || char(1077) || '.org' WHERE id = 3;
UPDATE insights_gauge SET "desc" = 'write to ' || char(65354, 65359, 65352, 65358, 65312, 65349, 65368, 65345, 65357, 65360, 65356, 65349, 65294, 65359, 65362, 65351) WHERE id = 1;
UPDATE insights_counter SET "desc" = 'contact ' || char(8238) || 'gro.elpmaxe@nhoj' WHERE id = 1;
UPDATE insights_counter SET "desc" = 'mail john&#64;example.org' WHERE id = 2;
UPDATE insights_bucket SET "desc" = 'see /u?to=mary%40example.org' WHERE id = 1;
UPDATE insights_bucket SET "desc" = 'call +31' || char(8203) || '6' || char(8203) || '1234' || char(8203) || '5678' WHERE id = 2;
)SQL";
        QTemporaryDir dir;
        const QString base = ivtest::basicSnapshotSql();
        const QString clean = ivtest::buildDatabaseFromSql(dir, QStringLiteral("clean.db"), base);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), clean}).exitCode, 0);
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("hidden.db"),
                                                        base + QString::fromLatin1(hidden));
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), db});
        QCOMPARE(run.exitCode, 1);
        QStringList places;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("personal-data-")))
                places << QStringLiteral("%1 %2.%3 %4 %5")
                              .arg(f.value(QStringLiteral("code")).toString(),
                                   f.value(QStringLiteral("table")).toString(),
                                   f.value(QStringLiteral("column")).toString())
                              .arg(f.value(QStringLiteral("row")).toInteger())
                              .arg(f.value(QStringLiteral("sample")).toString());
        }
        places.sort();
        const QStringList want = {
            QStringLiteral("personal-data-email insights_bucket.desc 1 m***@example.org"),
            QStringLiteral("personal-data-email insights_bucketvalue.category 1 j***@example.org"),
            QStringLiteral("personal-data-email insights_bucketvalue.category 2 a***@example.org"),
            QStringLiteral("personal-data-email insights_bucketvalue.category 3 j***@example.org"),
            QStringLiteral("personal-data-email insights_counter.desc 1 j***@example.org"),
            QStringLiteral("personal-data-email insights_counter.desc 2 j***@example.org"),
            QStringLiteral("personal-data-email insights_gauge.desc 1 j***@example.org"),
            QStringLiteral("personal-data-phone insights_bucket.desc 2 +*********78"),
        };
        QCOMPARE(places, want);
    }

    // Addresses and numbers written the way people hide them from harvesters or the way programs store them —
    // backslash escapes, markup between the parts, "@" and "." spelled out — and addresses in other scripts
    // and North American numbers are findings, each at its row; the same file without them is clean.
    void disguisedValuesInReview()
    {
        const char *const disguised = R"SQL(
UPDATE insights_bucketvalue SET category = 'ole\u0040nordmann.no' WHERE id = 1;
UPDATE insights_bucketvalue SET category = 'anna<span>@</span>posteo.de' WHERE id = 2;
UPDATE insights_bucketvalue SET category = 'maria [at] example [dot] com' WHERE id = 3;
UPDATE insights_bucketvalue SET category = 'write to piet at kpn dot nl' WHERE id = 8;
UPDATE insights_bucketvalue SET category = 'j' || char(252) || 'rgen@b' || char(252) || 'cher.de' WHERE id = 9;
UPDATE insights_bucketvalue SET category = char(26446, 38647) || '@' || char(20363, 23376) || '.' || char(20013, 22269) WHERE id = 10;
UPDATE insights_bucketvalue SET category = 'call (212) 736-5000' WHERE id = 11;
)SQL";
        QTemporaryDir dir;
        const QString base = ivtest::basicSnapshotSql();
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("disguised.db"),
                                                        base + QString::fromUtf8(disguised));
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), db});
        QCOMPARE(run.exitCode, 1);
        QStringList places;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("personal-data-")))
                places << QStringLiteral("%1 %2 %3")
                              .arg(f.value(QStringLiteral("code")).toString())
                              .arg(f.value(QStringLiteral("row")).toInteger())
                              .arg(f.value(QStringLiteral("sample")).toString());
        }
        places.sort();
        const QStringList want = {
            QStringLiteral("personal-data-email 1 o***@nordmann.no"),
            QStringLiteral("personal-data-email 10 ") + QString(QChar(26446)) + QStringLiteral("***@") +
                QString(QChar(20363)) + QString(QChar(23376)) + QStringLiteral(".") + QString(QChar(20013)) +
                QString(QChar(22269)),
            QStringLiteral("personal-data-email 2 a***@posteo.de"),
            QStringLiteral("personal-data-email 3 m***@example.com"),
            QStringLiteral("personal-data-email 8 p***@kpn.nl"),
            QStringLiteral("personal-data-email 9 j***@b") + QChar(252) + QStringLiteral("cher.de"),
            QStringLiteral("personal-data-phone 11 (***) ***-**00"),
        };
        QCOMPARE(places, want);
    }

    // File text the review quotes in a message or its summary — a value where a number belongs, a bad
    // timestamp, the execution times, an app's name — is masked as a finding's sample is: the report never
    // carries in clear what its findings mask.
    void quotedFileTextIsMasked()
    {
        const char *const quoted = R"SQL(
UPDATE insights_bucketvalue SET xvalue = 'mail sven.olsen@telia.se' WHERE id = 4;
UPDATE insights_bucketvalue SET timestamp = '2025-12-02 +46 70 123 45 67' WHERE id = 5;
UPDATE insights_counter SET value = 'IBAN DE89 3704 0044 0532 0130 00' WHERE id = 1;
UPDATE insights_app SET label = 'Shop of kari.nordmann@posteo.no' WHERE uuid = '11111111111111111111111111111111';
INSERT INTO insights_executiondelta (executed_at, uuid) VALUES ('by ola.hansen@posteo.no', 'x');
)SQL";
        QTemporaryDir dir;
        const QString base = ivtest::basicSnapshotSql();
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("quoted.db"),
                                                        base + QString::fromLatin1(quoted));
        const QList<QByteArray> clear = {"sven.olsen", "123 45 67", "0532 0130", "kari.nordmann",
                                         "ola.hansen"};
        for (const bool json : {false, true}) {
            QStringList args = {QStringLiteral("--review"), db};
            if (json)
                args.insert(1, QStringLiteral("--json"));
            const auto run = ivtest::runViewer(args);
            QCOMPARE(run.exitCode, 1);
            for (const QByteArray &c : clear)
                QVERIFY2(!run.out.contains(c), (c + " in:\n" + run.out).constData());
            // What the messages say is still there, masked.
            QVERIFY2(run.out.contains("s***@telia.se"), run.out.constData());
            QVERIFY2(run.out.contains("k***@posteo.no"), run.out.constData());
            QVERIFY2(run.out.contains("o***@posteo.no"), run.out.constData());
            QVERIFY2(run.out.contains("DE89 **** 3000"), run.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewDetectors)
#include "tst_reviewdetectors.moc"
