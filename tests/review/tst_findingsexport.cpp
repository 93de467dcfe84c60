// SPDX-License-Identifier: MIT
// Findings as exchange formats: `--review --sarif OUT FILE` and `--review --csv OUT FILE` write every finding
// (SARIF 2.1.0 checked by a strict structural check written from the OASIS standard, see sarifcheck.h; CSV
// read back by an independent RFC 4180 reader), with --policy the acknowledged ones as SARIF suppressions and
// "accepted" in the CSV; masked samples only; usage errors exit 2.
#include "csvparse.h"
#include "findingsexport.h"
#include "reviewpolicy.h"
#include "sarifcheck.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace iv;

namespace {

QString personalDb(const QTemporaryDir &dir)
{
    return ivtest::buildDatabase(
        dir, QStringLiteral("personal.db"),
        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writePolicy(const QTemporaryDir &dir, const QString &db)
{
    // Everything in customers row 1 signed off as Save as Policy… writes it (each value pinned by its
    // fingerprint), and the extra table allowed; row 2 stays open.
    ReviewPolicy policy;
    policy.allowedTables = {QStringLiteral("customers")};
    for (const ReviewFinding &f : SnapshotReviewer::review(db).findings)
        if (f.table == QLatin1String("customers") && f.row == 1)
            if (const auto ack = ReviewPolicy::acknowledgementFor(f, QStringLiteral("fictitious")))
                policy.acknowledged.append(*ack);
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(policy.toJson());
    return path;
}

} // namespace

class TestFindingsExport : public QObject
{
    Q_OBJECT

private slots:
    void sarifFromCommandLine()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString policy = writePolicy(dir, db);
        const QString sarif = dir.filePath(QStringLiteral("out.sarif"));
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const auto json = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), policy, db});
        const QJsonArray findings =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 10);
        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policy,
                               QStringLiteral("--sarif"), sarif, QStringLiteral("--csv"), csv, db});
        QCOMPARE(run.exitCode, json.exitCode); // the exports change nothing about the verdict
        QCOMPARE(run.exitCode, 1);             // row 2 is open

        const QJsonObject log = QJsonDocument::fromJson(readAll(sarif)).object();
        const QStringList problems = ivtest::SarifCheck::check(log);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QJsonObject runObject = log.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonArray results = runObject.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), findings.size()); // every finding, one result each
        // One rule per kind.
        QSet<QString> codes, ruleIds;
        for (const QJsonValue &f : findings)
            codes.insert(f.toObject().value(QStringLiteral("code")).toString());
        for (const QJsonValue &r : runObject.value(QStringLiteral("tool"))
                                       .toObject()
                                       .value(QStringLiteral("driver"))
                                       .toObject()
                                       .value(QStringLiteral("rules"))
                                       .toArray())
            ruleIds.insert(r.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ruleIds, codes);
        // The file by its SHA-256.
        QCOMPARE(runObject.value(QStringLiteral("artifacts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("hashes"))
                     .toObject()
                     .value(QStringLiteral("sha-256"))
                     .toString(),
                 QString::fromLatin1(ivtest::sha256(db)));
        int suppressed = 0, acknowledged = 0;
        bool placed = false;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const QJsonObject f = findings.at(i).toObject();
            QCOMPARE(r.value(QStringLiteral("ruleId")).toString(),
                     f.value(QStringLiteral("code")).toString());
            acknowledged += f.value(QStringLiteral("acknowledged")).toBool();
            if (r.contains(QStringLiteral("suppressions"))) {
                ++suppressed;
                QVERIFY(f.value(QStringLiteral("acknowledged")).toBool());
                const QJsonObject s = r.value(QStringLiteral("suppressions")).toArray().first().toObject();
                QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("external"));
                QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
                QVERIFY(s.value(QStringLiteral("justification")).toString().contains(policy));
            }
            const QString fqn = r.value(QStringLiteral("locations"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("logicalLocations"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("fullyQualifiedName"))
                                    .toString();
            if (f.value(QStringLiteral("table")).toString() == QLatin1String("customers") &&
                f.value(QStringLiteral("column")).toString() == QLatin1String("email") &&
                f.value(QStringLiteral("row")).toInt() == 2) {
                QCOMPARE(fqn, QStringLiteral("customers.email/row 2"));
                placed = true;
            }
        }
        QVERIFY(placed);
        QVERIFY(acknowledged >= 6); // row 1: name, e-mail, phone, IBAN, card, IPv4
        QCOMPARE(suppressed, acknowledged);
        // Masked samples only.
        for (const QByteArray &full : {QByteArray("jane.doe@example.org"), QByteArray("4111 1111 1111 1111"),
                                       QByteArray("DE89 3704 0044 0532 0130 00")}) {
            QVERIFY(!readAll(sarif).contains(full));
            QVERIFY(!readAll(csv).contains(full));
        }

        bool ok = false;
        const QVector<QStringList> rows = ivtest::parseCsv(QString::fromUtf8(readAll(csv)), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), findings.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("severity"));
        const int state = int(header.indexOf(QStringLiteral("state")));
        const int sample = int(header.indexOf(QStringLiteral("sample")));
        QVERIFY(state > 0 && sample > 0);
        int accepted = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), header.size());
            accepted += rows.at(i).at(state) == QLatin1String("accepted");
            // A value a spreadsheet would run as a formula is defused.
            QVERIFY(!rows.at(i).at(sample).startsWith(QLatin1Char('+')));
        }
        QCOMPARE(accepted, acknowledged);

        // Without a policy: nothing suppressed.
        const auto bare =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--sarif"), sarif, db});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY(!readAll(sarif).contains("\"suppressions\""));
        QVERIFY(ivtest::SarifCheck::check(QJsonDocument::fromJson(readAll(sarif)).object()).isEmpty());
    }

    void usage()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString out = dir.filePath(QStringLiteral("o.sarif"));
        const auto alone = ivtest::runViewer({QStringLiteral("--sarif"), out, db});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("--sarif goes with --review"), alone.err.constData());
        QCOMPARE(
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--csv"), out, db, db}).exitCode,
            2);
        const ivtest::FileState before = ivtest::fileState(db);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--csv"), db, db}).exitCode,
                 2);
        QVERIFY(ivtest::fileState(db) == before);
        const auto bad = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--sarif"),
                                            dir.filePath(QStringLiteral("no/dir/x.sarif")), db});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("x.sarif"), bad.err.constData());
    }

    // The structural check is not vacuous: each kind of defect is reported.
    void checkCatchesDefects()
    {
        ReviewReport report;
        report.identity.path = QStringLiteral("/tmp/a b.db");
        ReviewFinding f;
        f.code = QStringLiteral("personal-data-email");
        f.severity = ReviewFinding::Severity::Error;
        f.message = QStringLiteral("e-mail address");
        f.table = QStringLiteral("t");
        f.row = 3;
        const QJsonObject good =
            QJsonDocument::fromJson(
                FindingsExport::sarif(report, {{f, {Triage::State::FalsePositive, QStringLiteral("brand")}}}))
                .object();
        QVERIFY2(ivtest::SarifCheck::check(good).isEmpty(),
                 qPrintable(ivtest::SarifCheck::check(good).join(QLatin1Char('\n'))));
        auto mutate = [&good](const std::function<void(QJsonObject & run, QJsonObject & result)> &change) {
            QJsonObject log = good;
            QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
            QJsonObject run = runs.first().toObject();
            QJsonArray results = run.value(QStringLiteral("results")).toArray();
            QJsonObject result = results.first().toObject();
            change(run, result);
            results[0] = result;
            run.insert(QStringLiteral("results"), results);
            runs[0] = run;
            log.insert(QStringLiteral("runs"), runs);
            return ivtest::SarifCheck::check(log);
        };
        QVERIFY(
            !mutate([](QJsonObject &, QJsonObject &r) { r.remove(QStringLiteral("message")); }).isEmpty());
        QVERIFY(!mutate([](QJsonObject &, QJsonObject &r) {
                     r.insert(QStringLiteral("level"), QStringLiteral("fatal"));
                 }).isEmpty());
        QVERIFY(!mutate([](QJsonObject &, QJsonObject &r) {
                     r.insert(QStringLiteral("ruleIndex"), 5);
                 }).isEmpty());
        QVERIFY(!mutate([](QJsonObject &, QJsonObject &r) {
                     r.insert(QStringLiteral("state"), QStringLiteral("open"));
                 }).isEmpty());
        QVERIFY(!mutate([](QJsonObject &, QJsonObject &r) {
                     r.insert(
                         QStringLiteral("suppressions"),
                         QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}});
                 }).isEmpty());
        QVERIFY(
            !mutate([](QJsonObject &run, QJsonObject &) { run.remove(QStringLiteral("tool")); }).isEmpty());
        QJsonObject noVersion = good;
        noVersion.remove(QStringLiteral("version"));
        QVERIFY(!ivtest::SarifCheck::check(noVersion).isEmpty());
        // The false positive is a suppression with its reason; the path with a space is a valid URI.
        const QJsonObject result = good.value(QStringLiteral("runs"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(result.value(QStringLiteral("suppressions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("justification"))
                     .toString(),
                 QStringLiteral("false positive: brand"));
    }
};

QTEST_GUILESS_MAIN(TestFindingsExport)
#include "tst_findingsexport.moc"
