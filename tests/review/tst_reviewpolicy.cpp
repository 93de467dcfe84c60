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

// The reviewer's scan gives a personal-data finding the fingerprint of the value it matched
// (ReviewFinding::valueFingerprint). Where a finding has none, the fingerprint of its whole cell stands in:
// in these files each such cell holds one value, and another value makes another fingerprint either way.
void fingerprintCells(ReviewReport &r, const QString &path)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    for (ReviewFinding &f : r.findings) {
        if (!f.valueFingerprint.isEmpty() || !ReviewPolicy::valuePinned(f.code) || f.row < 0 ||
            f.table.isEmpty() || f.column.isEmpty())
            continue;
        const QByteArray sql =
            "SELECT \"" + f.column.toUtf8() + "\" FROM \"" + f.table.toUtf8() + "\" WHERE rowid = ?";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, f.row);
            if (sqlite3_step(st) == SQLITE_ROW)
                f.valueFingerprint = ReviewFinding::fingerprintOf(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0)));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
}

// A review as --review --policy runs it, in process (so the findings carry their value's fingerprint).
ReviewReport reviewWith(const QString &path, const std::optional<ReviewPolicy> &policy = std::nullopt)
{
    ReviewReport::Options options;
    if (policy)
        policy->configure(options);
    ReviewReport r = SnapshotReviewer::review(path, options);
    SnapshotReviewer::locate(r);
    fingerprintCells(r, path);
    if (policy)
        policy->apply(r);
    return r;
}

// What Save as Policy writes for a review whose findings were all triaged accepted, read back as --policy
// reads it.
std::optional<ReviewPolicy> signOff(const ReviewReport &r, const QStringList &allowedTables = {})
{
    ReviewPolicy p;
    p.allowedTables = allowedTables;
    for (const ReviewFinding &f : r.findings)
        if (const auto ack = ReviewPolicy::acknowledgementFor(f, QStringLiteral("signed off")))
            p.acknowledged.append(*ack);
    QString error;
    auto read = ReviewPolicy::parse(p.toJson(), &error);
    if (!read)
        qWarning("%s", qPrintable(error));
    return read;
}

int openFindings(const ReviewReport &r)
{
    int open = 0;
    for (const ReviewFinding &f : r.findings)
        open += !f.isAcknowledged();
    return open;
}

const ReviewFinding *findingAt(const ReviewReport &r, const QString &code, const QString &table, qint64 row)
{
    for (const ReviewFinding &f : r.findings)
        if (f.code == code && f.table == table && f.row == row)
            return &f;
    return nullptr;
}

} // namespace

class TestReviewPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parseValid()
    {
        QString error;
        const QString fingerprint = ReviewPolicy::keyedFingerprint(
            ReviewFinding::fingerprintOf(QStringLiteral("jane.doe@example.org")));
        const auto p = ReviewPolicy::parse(
            R"({"min-count": 5, "allowed-tables": ["extra"], "acknowledged": [
                 {"code": "personal-data-email", "table": "customers", "column": "email", "row": 2,
                  "fingerprint": ")" +
                fingerprint.toUpper().replace(QLatin1String("V1"), QLatin1String("v1")).toUtf8() + R"("},
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
        QVERIFY(!p->acknowledged.at(0).matches(f)); // no fingerprint: never the value acknowledged
        f.valueFingerprint = ReviewFinding::fingerprintOf(QStringLiteral("jane.doe@example.org"));
        QVERIFY(p->acknowledged.at(0).matches(f));
        QCOMPARE(p->acknowledged.at(0).fingerprint, fingerprint); // read in lower case
        f.valueFingerprint = ReviewFinding::fingerprintOf(QStringLiteral("joe.bloggs@example.org"));
        QVERIFY(!p->acknowledged.at(0).matches(f)); // another value at the same row: new
        f.valueFingerprint = ReviewFinding::fingerprintOf(QStringLiteral("jane.doe@example.org"));
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
        QTest::newRow("fingerprint form")
            << QByteArray(R"({"acknowledged": [{"code": "personal-data-email", "sample": "j***@example.org",
                 "fingerprint": "j***@example.org"}]})")
            << QStringLiteral("acknowledged[0]: \"fingerprint\" must be");
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

        // Without a policy: findings, not conformant (the extra table).
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), db}).exitCode, 1);

        // Signed off as Save as Policy writes it: every finding acknowledged, the file conformant.
        const auto policy = signOff(reviewWith(db), {QStringLiteral("customers")});
        QVERIFY(policy);
        const ReviewReport r = reviewWith(db, policy);
        QVERIFY2(r.exitCode() == 0, r.toText().toUtf8().constData());
        QVERIFY(r.conformant);
        QVERIFY(r.findings.size() >= 11);
        QVERIFY(r.toText().contains(QStringLiteral("(acknowledged)")));
        for (const ReviewFinding &f : r.findings)
            QVERIFY2(f.isAcknowledged(), qPrintable(f.code));
        // The policy and the report name values by fingerprint and masked sample, never by value.
        const QByteArray json = policy->toJson();
        QVERIFY(!json.contains("jane.doe"));
        QVERIFY(!json.contains("Jane"));
        for (const ReviewFinding &f : r.findings) {
            if (f.valueFingerprint.isEmpty())
                continue;
            QVERIFY(!json.contains(f.valueFingerprint.toLatin1())); // stored keyed only
            QVERIFY(!r.toJson().contains(f.valueFingerprint.toLatin1()));
        }

        // Something new: an address in the gauge's description (not acknowledged) → exit 1, listed as new.
        exec(db, "UPDATE insights_gauge SET \"desc\" = 'mail new.person@example.net' WHERE id = 1");
        const ReviewReport changed = reviewWith(db, policy);
        QCOMPARE(changed.exitCode(), 1);
        QCOMPARE(openFindings(changed), 1);
        for (const ReviewFinding &f : changed.findings)
            if (!f.isAcknowledged()) {
                QCOMPARE(f.table, QStringLiteral("insights_gauge"));
                QCOMPARE(f.app, QStringLiteral("Shop"));
                QCOMPARE(f.question, QStringLiteral("basket"));
            }

        // A second extra table the policy does not allow → a nonconformity → exit 1.
        const QString db2 = personalDb(dir, QStringLiteral("personal2.db"));
        exec(db2, "CREATE TABLE audit (id integer PRIMARY KEY, what text)");
        QCOMPARE(reviewWith(db2, policy).exitCode(), 1);
    }

    // A policy written before values were pinned (rows and masked samples only) still loads, and its other
    // entries still apply, but its personal-data acknowledgements accept nothing: a mask or a row cannot tell
    // the value signed off from a new one. The notes say so, entry by entry.
    void maskOrRowOnlyAcceptsNothing()
    {
        QTemporaryDir dir;
        const QString db = personalDb(dir);
        const QString policy = writeFile(dir, QStringLiteral("policy.json"), signedOffPolicy());
        const auto run = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), policy, db});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("conformant")).toBool(), true); // allowed-tables still applies
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("acknowledged")).toBool());
        const QString notes =
            QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("notes")).toArray()).toJson());
        QVERIFY2(
            notes.contains(QStringLiteral("acknowledged[0] (personal-data-email) is pinned by masked sample "
                                          "or row only and accepts nothing")),
            qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("acknowledged[14] (personal-data-email) is pinned by masked")),
                 qPrintable(notes));
    }

    // A masked sample is lossy: "j***@example.org" is jane.doe@ and joe.bloggs@ alike, "J*** D**" Jane Doe
    // and John Doe. An acknowledgement made for one value accepts no other value with the same mask, whether
    // it names the sample alone or the whole place Save as Policy writes.
    void maskedSampleAcceptsNoOtherValue()
    {
        QTemporaryDir dir;
        const QString a = personalDb(dir, QStringLiteral("a.db"));
        const auto policy = signOff(reviewWith(a), {QStringLiteral("customers")});
        QVERIFY(policy);
        QCOMPARE(reviewWith(a, policy).exitCode(), 0);

        const QString b = personalDb(dir, QStringLiteral("b.db"));
        exec(b, "UPDATE customers SET email = 'joe.bloggs@example.org', name = 'John Doe' WHERE id = 1");
        const ReviewReport ra = reviewWith(a), rb = reviewWith(b, policy);
        for (const QString &code :
             {QStringLiteral("personal-data-email"), QStringLiteral("personal-data-name")}) {
            const ReviewFinding *before = findingAt(ra, code, QStringLiteral("customers"), 1);
            const ReviewFinding *after = findingAt(rb, code, QStringLiteral("customers"), 1);
            QVERIFY2(before && after, qPrintable(code));
            QCOMPARE(after->sample, before->sample); // the same mask, another value
            QVERIFY2(!after->isAcknowledged(), qPrintable(code));
        }
        QCOMPARE(rb.exitCode(), 1);
        QCOMPARE(openFindings(rb), 2);

        // Hand-written by mask, or by the place and mask alone: not clean either.
        const QByteArray sampleAck = R"({"code": "personal-data-email", "sample": "j***@example.org"})";
        const QByteArray placeAck =
            R"({"code": "personal-data-email", "table": "customers", "column": "email",
              "sample": "j***@example.org"})";
        const QString c = ivtest::buildDatabase(dir, QStringLiteral("c.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        exec(c, "CREATE TABLE customers (id integer PRIMARY KEY, email text);"
                "INSERT INTO customers VALUES (1, 'joe.bloggs@example.org')");
        for (const QByteArray &ack : {sampleAck, placeAck}) {
            const QString file =
                writeFile(dir, QStringLiteral("mask.json"),
                          R"({"allowed-tables": ["customers"], "acknowledged": [)" + ack + "]}");
            const auto run =
                ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), file, c});
            QVERIFY2(run.exitCode == 1, run.out.constData());
        }
    }

    // A row pin names a place, not a value: the next snapshot's new person at that row is new.
    void rowPinAcceptsNoOtherValue()
    {
        QTemporaryDir dir;
        const QString a = personalDb(dir, QStringLiteral("a.db"));
        const ReviewReport ra = reviewWith(a);
        ReviewPolicy byRow;
        byRow.allowedTables = QStringList{QStringLiteral("customers")};
        for (const ReviewFinding &f : ra.findings)
            if (auto ack = ReviewPolicy::acknowledgementFor(f, QString())) {
                if (ack->table == QLatin1String("customers")) { // pinned by row instead of sample
                    ack->sample = QString();
                    ack->row = f.row;
                }
                byRow.acknowledged.append(*ack);
            }
        QString error;
        const auto policy = ReviewPolicy::parse(byRow.toJson(), &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(reviewWith(a, policy).exitCode(), 0);

        const QString b = personalDb(dir, QStringLiteral("b.db"));
        exec(b, "UPDATE customers SET email = 'karl.meier@gmx.de', name = 'Wojciech Kowalski' WHERE id = 1");
        const ReviewReport rb = reviewWith(b, policy);
        QCOMPARE(rb.exitCode(), 1);
        QVERIFY(!findingAt(rb, QStringLiteral("personal-data-email"), QStringLiteral("customers"), 1)
                     ->isAcknowledged());
        QVERIFY(!findingAt(rb, QStringLiteral("personal-data-name"), QStringLiteral("customers"), 1)
                     ->isAcknowledged());
        QCOMPARE(openFindings(rb), 2);

        // The same, hand-written by row (no fingerprint), through the command line.
        const QString c = ivtest::buildDatabase(dir, QStringLiteral("c.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        exec(c, "CREATE TABLE customers (id integer PRIMARY KEY, email text);"
                "INSERT INTO customers VALUES (1, 'karl.meier@gmx.de')");
        const QString file = writeFile(dir, QStringLiteral("row.json"), R"({"allowed-tables": ["customers"],
            "acknowledged": [{"code": "personal-data-email", "table": "customers", "column": "email", "row": 1,
                              "note": "support address"}]})");
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), file, c});
        QVERIFY2(run.exitCode == 1, run.out.constData());
    }

    // What no detector read (a compressed BLOB, values only an expression index holds) cannot be vouched for
    // by its place: whatever a policy says, it counts, and the notes say why the acknowledgement is ignored.
    void unreadContentIsNeverAcknowledged()
    {
        QTemporaryDir dir;
        const QString db = ivtest::buildDatabase(dir, QStringLiteral("blob.db"),
                                                 {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        // zlib of "contact jane.doe@example.org", and an index holding an address nobody reads.
        exec(db, "UPDATE insights_gauge SET \"desc\" = "
                 "X'789c4bcecf2b494c2e51c84acc4bd54bc94f7548ad48cc2dc849d5cb2f4a07009b4e0ab3' WHERE id = 1;"
                 "CREATE INDEX insights_counter_x ON "
                 "insights_counter((CAST(X'6a616e652e646f65406578616d706c652e6f7267' "
                 "AS TEXT) || label))");
        const ReviewReport plain = reviewWith(db);
        QVERIFY(findingAt(plain, QStringLiteral("blob-value"), QStringLiteral("insights_gauge"), 1));
        bool index = false;
        for (const ReviewFinding &f : plain.findings) {
            index |= f.code == QLatin1String("expression-index");
            if (f.code == QLatin1String("blob-value") || f.code == QLatin1String("expression-index"))
                QVERIFY(!ReviewPolicy::acknowledgementFor(f, QString())); // Save as Policy skips them
        }
        QVERIFY(index);

        const QString file = writeFile(dir, QStringLiteral("unread.json"), R"({"acknowledged": [
            {"code": "blob-value", "table": "insights_gauge", "column": "desc"},
            {"code": "blob-value", "app": "Shop"},
            {"code": "expression-index", "table": "insights_counter"},
            {"code": "virtual-table", "table": "insights_counter"},
            {"code": "hidden-record-bytes", "table": "insights_counter"}]})");
        const auto run = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--json"), QStringLiteral("--policy"), file, db});
        QVERIFY2(run.exitCode == 1, run.out.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("acknowledged")).toBool());
        const QString notes =
            QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("notes")).toArray()).toJson());
        for (const char *entry : {"acknowledged[0] (blob-value)", "acknowledged[1] (blob-value)",
                                  "acknowledged[2] (expression-index)", "acknowledged[3] (virtual-table)",
                                  "acknowledged[4] (hidden-record-bytes)"})
            QVERIFY2(notes.contains(QLatin1String(entry) +
                                    QLatin1String(" accepts nothing: a policy cannot acknowledge")),
                     qPrintable(notes));
        for (const char *code : {"blob-value", "expression-index", "virtual-table", "hidden-record-bytes",
                                 "free-pages", "trailing-bytes", "header-reserved-bytes"})
            QVERIFY2(!ReviewFinding::acknowledgeable(QLatin1String(code)), code);
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
        const auto policy = signOff(reviewWith(db), {QStringLiteral("customers")});
        QVERIFY(policy);
        QCOMPARE(reviewWith(db, policy).exitCode(), 0);
        exec(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                 "INSERT INTO customers (id, email) SELECT 100 + i, 'new' || i || '@example.net' FROM n");
        const ReviewReport r = reviewWith(db, policy);
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(openFindings(r), 200);
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
