// SPDX-License-Identifier: MIT
// SnapshotDiff and --diff on pairs of files built from SQL text: every kind of difference an outside audit
// found reported as "identical" — a label shared by two apps, a label repeated within an app, schema objects,
// a gauge 1 ulp apart, created_at and executions only, a bucket point 1e-12 apart — is a difference (exit 1),
// and numbers print so that two different values never print alike.
#include "snapshotdiff.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <QMap>

using namespace iv;

namespace {

const QString kShop = QStringLiteral("'11111111111111111111111111111111'");
const QString kBlog = QStringLiteral("'22222222222222222222222222222222'");

QString basicSql()
{
    return ivtest::basicSnapshotSql();
}

// schema.sql without its UNIQUE constraints on labels: what hand-made, older or hostile files can hold.
QString looseBasicSql()
{
    QString schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
    schema.replace(QStringLiteral("\"label\" varchar(254) NOT NULL UNIQUE"),
                   QStringLiteral("\"label\" varchar(254) NOT NULL"));
    schema.remove(QRegularExpression(QStringLiteral(", CONSTRAINT \"\\w+\" UNIQUE \\([^)]*\\)")));
    return schema + ivtest::readText(ivtest::dataPath(QStringLiteral("basic.sql")));
}

// Sets one REAL cell to exactly v (bound, not parsed from SQL text).
bool setReal(const QString &path, const char *sql, double v)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK;
    sqlite3_stmt *st = nullptr;
    ok = ok && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK;
    ok = ok && sqlite3_bind_double(st, 1, v) == SQLITE_OK && sqlite3_step(st) == SQLITE_DONE &&
         sqlite3_changes(db) == 1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok;
}

quint64 bits(double v)
{
    quint64 b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

QString shortest(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

const QuestionDiff *find(const SnapshotDiff &d, const QString &label, const QString &app = QString(),
                         const QString &text = QString())
{
    for (const QuestionDiff &q : d.questions)
        if (q.label == label && (app.isNull() || q.app == app) && (text.isNull() || q.text == text))
            return &q;
    return nullptr;
}

// Generated buckets for the point matching of big files: rows of four buckets interleaved (so each file's
// buckets are read together in one pass), keys from a small set (duplicates of every key), timestamps NULL,
// in Django's form, with a 'T', malformed or an integer, categories NULL, empty, ASCII or not, values
// including NaN text. The new file's rows are the old ones shuffled (another insertion order and other ids),
// some removed, some changed, and points added before the first and after the last key.
struct GeneratedPair
{
    QString oldSql, newSql;
};

GeneratedPair generatedPair(quint32 seed)
{
    std::mt19937 random(seed);
    const QStringList stamps{QStringLiteral("NULL"),
                             QStringLiteral("'2026-01-01 00:00:00'"),
                             QStringLiteral("'2026-01-01 00:00:00.250000'"),
                             QStringLiteral("'2026-01-02 00:00:00'"),
                             QStringLiteral("'2026-01-01T00:00:00'"),
                             QStringLiteral("'garbage'"),
                             QStringLiteral("5")};
    const QStringList categories{QStringLiteral("NULL"), QStringLiteral("''"), QStringLiteral("'a'"),
                                 QStringLiteral("'b'"), QStringLiteral("'Zoë 中文'")};
    const QStringList values{QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("'nan'"),
                             QStringLiteral("-0.0"), QStringLiteral("1e300")};
    struct Row
    {
        int bucket;
        QString timestamp, category, x, y;
    };
    QVector<Row> rows;
    for (int i = 0; i < 12000; ++i)
        rows.append({1 + i % 4, stamps.at(int(random() % stamps.size())),
                     categories.at(int(random() % categories.size())),
                     values.at(int(random() % values.size())), values.at(int(random() % values.size()))});
    QString head = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
    head.remove(QStringLiteral(
        ", CONSTRAINT \"bucketvalue_unique_bucket_timestamp\" UNIQUE (\"bucket_id\", \"timestamp\")"));
    head +=
        QStringLiteral("INSERT INTO insights_app (uuid, module, label) VALUES (%1, 'gen.insights', 'Gen');\n")
            .arg(kShop);
    for (int b = 1; b <= 4; ++b)
        head += QStringLiteral(
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, "
                    "xlabel, xformat, ylabel, yformat, title, app_id) VALUES (%1, "
                    "'2026-03-01 00:00:00', 'gen%1', NULL, NULL, %2, NULL, NULL, NULL, NULL, NULL, %3);\n")
                    .arg(b)
                    .arg(b == 1 ? 1 : 3)
                    .arg(kShop);
    auto insert = [](const QVector<Row> &rs) {
        QString sql = QStringLiteral("BEGIN;\n");
        for (const Row &r : rs)
            sql += QStringLiteral(
                       "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                       "VALUES (%1, %2, %3, %4, %5);\n")
                       .arg(r.timestamp, r.x, r.y, r.category)
                       .arg(r.bucket);
        return sql + QStringLiteral("COMMIT;\n");
    };
    GeneratedPair pair;
    pair.oldSql = head + insert(rows);
    QVector<Row> changed;
    for (const Row &r : std::as_const(rows)) {
        const unsigned roll = random() % 100;
        if (roll < 5)
            continue; // removed
        Row n = r;
        if (roll < 10)
            n.x = values.at(int(random() % values.size())); // changed (or not, when drawn the same)
        changed.append(n);
    }
    std::shuffle(changed.begin(), changed.end(), random);
    // Added at both ends of the key order: NULL timestamps with a new category, and a later timestamp.
    for (int b = 1; b <= 4; ++b)
        for (int i = 0; i < 3; ++i) {
            changed.prepend({b, QStringLiteral("NULL"), QStringLiteral("' first'"), QStringLiteral("1"),
                             QStringLiteral("1")});
            changed.append({b, QStringLiteral("'9999-12-31 23:59:59'"), QStringLiteral("NULL"),
                            QStringLiteral("1"), QStringLiteral("1")});
        }
    pair.newSql = head + insert(changed);
    return pair;
}

// The matching as the documentation states it, computed independently from the files: a point's key is
// its stored timestamp and category (text as stored, NULL apart), the n-th occurrence of a key in id order
// meets the n-th in the other file, and a pair differs when x or y differ in any bit.
struct ReferenceCounts
{
    qint64 changed = 0, added = 0, removed = 0, oldPoints = 0, newPoints = 0;
};

ReferenceCounts referenceCounts(const QString &oldPath, const QString &newPath, int bucket)
{
    auto read = [bucket](const QString &path) {
        QMap<QPair<QByteArray, QByteArray>, QVector<QPair<quint64, quint64>>> byKey;
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            db,
            "SELECT timestamp, category, xvalue, yvalue FROM insights_bucketvalue WHERE bucket_id = ? "
            "ORDER BY id",
            -1, &st, nullptr);
        sqlite3_bind_int(st, 1, bucket);
        auto cell = [st](int col) {
            if (sqlite3_column_type(st, col) == SQLITE_NULL)
                return QByteArray("\x01NULL");
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, col)),
                              sqlite3_column_bytes(st, col));
        };
        auto number = [st](int col) {
            const double d =
                sqlite3_column_type(st, col) == SQLITE_TEXT ? std::nan("") : sqlite3_column_double(st, col);
            return bits(d);
        };
        while (sqlite3_step(st) == SQLITE_ROW)
            byKey[{cell(0), cell(1)}].append({number(2), number(3)});
        sqlite3_finalize(st);
        sqlite3_close(db);
        return byKey;
    };
    const auto a = read(oldPath), b = read(newPath);
    ReferenceCounts r;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.value(it.key());
        r.oldPoints += it->size();
        for (int i = 0; i < it->size(); ++i) {
            if (i >= other.size())
                ++r.removed;
            else if (it->at(i) != other.at(i))
                ++r.changed;
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        r.newPoints += it->size();
        r.added += std::max<qint64>(0, it->size() - a.value(it.key()).size());
    }
    return r;
}
} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString build(const QString &sql)
    {
        return ivtest::buildDatabaseFromSql(m_dir, QStringLiteral("f%1.db").arg(++m_files), sql);
    }

    static std::optional<SnapshotDiff> compare(const QString &a, const QString &b)
    {
        QString error;
        auto d = SnapshotDiff::compare(a, b, &error);
        if (!d)
            qWarning("%s", qPrintable(error));
        return d;
    }

    static int exitCode(const QString &a, const QString &b)
    {
        return ivtest::runViewer({QStringLiteral("--diff"), a, b}).exitCode;
    }

private slots:
    void sameContentIsIdentical()
    {
        const QString a = build(basicSql()), b = build(basicSql());
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(d->identical());
        QVERIFY(d->schema.isEmpty());
        QCOMPARE(d->collectedAtChanges(), 0);
        QVERIFY(!d->executions.changed());
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--include-times"), a, b});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(
            run.out.contains("Identical content: 8 questions, same values, same schema, same executions."));
        const auto plain = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("Identical content: 8 questions, same values, same schema.\n"));
    }

    // Two apps with a counter labelled "orders": a change in the second app's is found, and attributed to it.
    void labelSharedByTwoApps()
    {
        const QString extra =
            QStringLiteral("INSERT INTO insights_counter (id, created_at, label, question, \"desc\", "
                           "value, app_id) VALUES (3, '2026-01-01 10:00:00', 'orders', 'Blog orders?', "
                           "NULL, %1, %2);\n");
        const QString a = build(looseBasicSql() + extra.arg(5).arg(kBlog));
        const QString b = build(looseBasicSql() + extra.arg(6).arg(kBlog));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        QCOMPARE(d->count(QuestionDiff::Status::Changed), 1);
        const QuestionDiff *blog = find(*d, QStringLiteral("orders"), QStringLiteral("blog.insights"));
        QVERIFY(blog);
        QCOMPARE(blog->status, QuestionDiff::Status::Changed);
        QCOMPARE(blog->oldInt, qint64(5));
        QCOMPARE(blog->newInt, qint64(6));
        QCOMPARE(blog->text, QStringLiteral("Blog orders?"));
        const QuestionDiff *shop = find(*d, QStringLiteral("orders"), QStringLiteral("Shop"));
        QVERIFY(shop);
        QCOMPARE(shop->status, QuestionDiff::Status::Unchanged);
        QCOMPARE(shop->oldInt, qint64(1234567));
        QCOMPARE(exitCode(a, b), 1);
        QVERIFY(d->toText().contains(
            QStringLiteral("~ counter     blog.insights / Blog orders? (orders): 5 → 6 (+1, +20.0%)\n")));
    }

    // A label repeated within one app: told apart by kind and question text, so the right one is reported.
    void labelRepeatedWithinAnApp()
    {
        const QString extra = QStringLiteral(
            "INSERT INTO insights_gauge (id, created_at, label, question, \"desc\", value, app_id) VALUES "
            "(5, '2026-01-01 10:00:00', 'dup', 'First?', NULL, 1.5, %1), (6, '2026-01-01 10:00:00', 'dup', "
            "'Second?', NULL, %2, %1);\n");
        const QString a = build(looseBasicSql() + extra.arg(kShop).arg(2.5));
        const QString b = build(looseBasicSql() + extra.arg(kShop).arg(3.5));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        const QuestionDiff *first = find(*d, QStringLiteral("dup"), QString(), QStringLiteral("First?"));
        const QuestionDiff *second = find(*d, QStringLiteral("dup"), QString(), QStringLiteral("Second?"));
        QVERIFY(first && second);
        QCOMPARE(first->status, QuestionDiff::Status::Unchanged);
        QCOMPARE(second->status, QuestionDiff::Status::Changed);
        QCOMPARE(second->oldValue, 2.5);
        QCOMPARE(second->newValue, 3.5);
        QCOMPARE(d->count(QuestionDiff::Status::Changed), 1);
        QCOMPARE(exitCode(a, b), 1);
    }

    // Tables, indexes, triggers and views: added, removed and changed SQL are differences.
    void schemaObjects()
    {
        const QString view =
            QStringLiteral("CREATE VIEW big AS SELECT label FROM insights_counter WHERE value > %1;\n");
        const QString a = build(basicSql() + view.arg(10));
        const QString b = build(
            basicSql() + view.arg(20) +
            QStringLiteral("CREATE TABLE extra (id integer PRIMARY KEY, note text);\n"
                           "CREATE TRIGGER stamp AFTER INSERT ON insights_counter BEGIN SELECT 1; END;\n"
                           "DROP INDEX insights_gauge_created_at_0f93fa9d;\n"));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        QCOMPARE(d->count(QuestionDiff::Status::Unchanged),
                 d->questions.size()); // the questions are the same
        QStringList found;
        for (const SchemaObjectDiff &o : d->schema)
            found << QStringLiteral("%1 %2 %3").arg(QuestionDiff::statusId(o.status), o.type, o.name);
        found.sort();
        QCOMPARE(found,
                 QStringList({QStringLiteral("added table extra"), QStringLiteral("added trigger stamp"),
                              QStringLiteral("changed view big"),
                              QStringLiteral("removed index insights_gauge_created_at_0f93fa9d")}));
        for (const SchemaObjectDiff &o : d->schema)
            if (o.name == QLatin1String("big")) {
                QVERIFY(o.oldSql.endsWith(QStringLiteral("value > 10")));
                QVERIFY(o.newSql.endsWith(QStringLiteral("value > 20")));
            }
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(
            "+ schema table extra\n    new: CREATE TABLE extra (id integer PRIMARY KEY, note text)\n"));
        QVERIFY(run.out.contains("- schema index insights_gauge_created_at_0f93fa9d\n"));
        const QJsonObject o =
            QJsonDocument::fromJson(
                ivtest::runViewer({QStringLiteral("--diff"), a, b, QStringLiteral("--json")}).out)
                .object();
        QCOMPARE(o.value(QStringLiteral("schema")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("identical")).toBool(true), false);
    }

    // Values compare bit-exactly and print in their shortest exact form; the JSON keeps full doubles.
    void exactNumbers()
    {
        const QString a = build(
            basicSql() +
            QStringLiteral(
                "INSERT INTO insights_gauge VALUES (2, '2026-01-01 10:00:01', 'zero', NULL, NULL, 0.0, %1);\n"
                "INSERT INTO insights_counter VALUES (3, '2026-01-01 10:00:01', 'big', NULL, NULL, "
                "9007199254740992, %1);\n")
                .arg(kShop));
        const QString b = build(
            basicSql() +
            QStringLiteral(
                "INSERT INTO insights_gauge VALUES (2, '2026-01-01 10:00:01', 'zero', NULL, NULL, 0.0, %1);\n"
                "INSERT INTO insights_counter VALUES (3, '2026-01-01 10:00:01', 'big', NULL, NULL, "
                "9007199254740993, %1);\n")
                .arg(kShop));
        const double next = std::nextafter(12.25, std::numeric_limits<double>::infinity());
        QVERIFY(setReal(b, "UPDATE insights_gauge SET value = ? WHERE label = 'basket'", next));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        const QuestionDiff *basket = find(*d, QStringLiteral("basket"));
        QVERIFY(basket);
        QCOMPARE(basket->status, QuestionDiff::Status::Changed);
        QCOMPARE(bits(basket->newValue), bits(next));
        QCOMPARE(basket->oldText, QStringLiteral("12.25"));
        QCOMPARE(basket->newText, QStringLiteral("12.250000000000002"));
        QCOMPARE(basket->deltaText(), QStringLiteral("1.7763568394002505E-15")); // next - 12.25, in English notation
        QCOMPARE(find(*d, QStringLiteral("zero"))->status, QuestionDiff::Status::Unchanged);
        const QuestionDiff *big = find(*d, QStringLiteral("big"));
        QCOMPARE(big->status, QuestionDiff::Status::Changed);
        QCOMPARE(big->deltaText(), QStringLiteral("1"));

        const auto run = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(
            QStringLiteral(
                "~ gauge       Shop / Average basket? (basket): 12.25 → 12.250000000000002 (+1.7763568394002505E-15, +0.0%)\n")
                .toUtf8()));
        QVERIFY(run.out.contains("(big): 9,007,199,254,740,992 → 9,007,199,254,740,993 (+1, +0.0%)\n"));
        // In German the same values read with a decimal comma and grouping dots, still exact.
        const auto de = ivtest::runViewer({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--diff"), a, b});
        QCOMPARE(de.exitCode, 1);
        QVERIFY2(de.out.contains("12,25 → 12,250000000000002"), de.out.constData());
        QVERIFY2(de.out.contains("9.007.199.254.740.992 → 9.007.199.254.740.993"), de.out.constData());
        const auto json = ivtest::runViewer({QStringLiteral("--diff"), a, b, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        for (const QJsonValue &v :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("questions")).toArray()) {
            const QJsonObject q = v.toObject();
            if (q.value(QStringLiteral("label")) == QStringLiteral("basket")) {
                QCOMPARE(bits(q.value(QStringLiteral("new")).toDouble()), bits(next));
                QCOMPARE(bits(q.value(QStringLiteral("old")).toDouble()), bits(12.25));
            } else if (q.value(QStringLiteral("label")) == QStringLiteral("big")) {
                QCOMPARE(q.value(QStringLiteral("new")).toInteger(), qint64(9007199254740993));
                QCOMPARE(q.value(QStringLiteral("delta")).toInteger(), qint64(1));
            }
        }
    }

    // Only created_at differs: reported as "collected at", not as a value change.
    void collectedAtOnly()
    {
        const QString a = build(basicSql());
        const QString b = build(
            basicSql() + QStringLiteral("UPDATE insights_counter SET created_at = '2026-02-01 10:00:00' "
                                        "WHERE label = 'orders';\n"));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        QCOMPARE(d->count(QuestionDiff::Status::Changed), 0);
        QCOMPARE(d->collectedAtChanges(), 1);
        const QuestionDiff *orders = find(*d, QStringLiteral("orders"));
        QCOMPARE(orders->status, QuestionDiff::Status::Unchanged);
        QVERIFY(orders->collectedAtChanged());
        QCOMPARE(orders->oldCreatedAt, QStringLiteral("2026-01-01 10:00:00.000001"));
        QCOMPARE(orders->newCreatedAt, QStringLiteral("2026-02-01 10:00:00"));
        QCOMPARE(d->oldCollectedAt, QStringLiteral("2026-01-02 09:30:00"));
        QCOMPARE(d->newCollectedAt, QStringLiteral("2026-02-01 10:00:00"));
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--include-times"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("Questions: 8 exact, 0 within tolerance, 0 changed, 0 added, 0 removed\n"
                                 "Collected at: 2026-01-02 09:30:00 → 2026-02-01 10:00:00 (1 questions "
                                 "collected at another time)\n"));
        QVERIFY(run.out.contains(
            "@ counter     Shop / How many orders? (orders): collected at 2026-01-01 10:00:00.000001 → "
            "2026-02-01 10:00:00\n"));
        QVERIFY(!run.out.contains("1234567 → "));
        // Without --include-times the collection time is left out: nothing else differs.
        const auto plain = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains("Identical content: 8 questions, same values, same schema.\n"
                                   "Collection and execution times left out"));
        QVERIFY(!plain.out.contains("Collected at"));
    }

    // Only the executions differ: reported as executions.
    void executionsOnly()
    {
        const QString runs = QStringLiteral("INSERT INTO insights_executiondelta (executed_at, uuid) VALUES "
                                            "('2026-01-01 10:00:00', 'aaaa');\n");
        const QString a = build(basicSql() + runs);
        const QString b = build(basicSql() + runs +
                                QStringLiteral("INSERT INTO insights_executiondelta (executed_at, uuid) "
                                               "VALUES ('2026-01-02 10:00:00', 'bbbb');\n"));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        QCOMPARE(d->count(QuestionDiff::Status::Unchanged), d->questions.size());
        QCOMPARE(d->executions.oldCount, qint64(1));
        QCOMPARE(d->executions.newCount, qint64(2));
        QCOMPARE(d->executions.added, qint64(1));
        QCOMPARE(d->executions.removed, qint64(0));
        QCOMPARE(d->executions.addedExamples, QStringList{QStringLiteral("2026-01-02 10:00:00 (bbbb)")});
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--include-times"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(
            "Executions: 1 → 2 (1 added, 0 removed), last 2026-01-01 10:00:00 → 2026-01-02 10:00:00\n"
            "    + 2026-01-02 10:00:00 (bbbb)\n"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), a, b}).exitCode, 0); // times left out
        const QJsonObject e =
            QJsonDocument::fromJson(
                ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--include-times"), a, b,
                                   QStringLiteral("--json")})
                    .out)
                .object()
                .value(QStringLiteral("executions"))
                .toObject();
        QCOMPARE(e.value(QStringLiteral("added")).toInteger(), qint64(1));
        QCOMPARE(e.value(QStringLiteral("new_count")).toInteger(), qint64(2));
    }

    // --tolerance REL: a gauge 0.4 % apart and a point 0.02 % apart are within 1 %, a counter 10 % apart is
    // not; the summary line counts exact / within tolerance / changed / added / removed questions.
    void toleranceSummary()
    {
        const QString a = build(basicSql());
        const QString b = build(basicSql() + QStringLiteral(
                                                 "UPDATE insights_gauge SET value = 12.3 WHERE label = 'basket';\n"
                                                 "UPDATE insights_bucketvalue SET xvalue = 7.5015 WHERE id = 5;\n"
                                                 "UPDATE insights_counter SET value = 46 WHERE label = 'posts';\n"
                                                 "DELETE FROM insights_bucketvalue WHERE bucket_id = 5;\n"
                                                 "DELETE FROM insights_bucket WHERE id = 5;\n"));
        SnapshotDiff::Options options;
        options.tolerance = 0.01;
        QString error;
        const auto d = SnapshotDiff::compare(a, b, options, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(!d->identical());
        QVERIFY(d->differs()); // posts 42 → 46 and the removed histogram
        QCOMPARE(d->withinToleranceCount(), 2);
        QCOMPARE(d->exactCount(), 4); // orders, hbar, scatter, bars
        QCOMPARE(d->count(QuestionDiff::Status::Changed), 1);
        QCOMPARE(d->count(QuestionDiff::Status::Removed), 1);
        QCOMPARE(d->count(QuestionDiff::Status::Added), 0);
        const QuestionDiff *basket = find(*d, QStringLiteral("basket"));
        QCOMPARE(basket->status, QuestionDiff::Status::Unchanged);
        QVERIFY(basket->withinTolerance);
        const QuestionDiff *daily = find(*d, QStringLiteral("daily"));
        QCOMPARE(daily->status, QuestionDiff::Status::Unchanged);
        QCOMPARE(daily->tolerantPoints, qint64(1));
        QCOMPARE(daily->changedPoints, qint64(0));
        QCOMPARE(find(*d, QStringLiteral("posts"))->status, QuestionDiff::Status::Changed);

        // Without a tolerance the same files: three changed.
        const auto exact = compare(a, b);
        QCOMPARE(exact->count(QuestionDiff::Status::Changed), 3);
        QCOMPARE(exact->withinToleranceCount(), 0);

        const auto run = ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--tolerance"),
                                            QStringLiteral("0.01"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("Questions: 4 exact, 2 within tolerance, 1 changed, 0 added, 1 removed\n"),
                 run.out.constData());
        QVERIFY(run.out.contains("≈ gauge"));
        QVERIFY(run.out.contains("12.25 → 12.3"));
        const QJsonObject json =
            QJsonDocument::fromJson(ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--json"),
                                                       QStringLiteral("--tolerance"), QStringLiteral("0.01"), a, b})
                                        .out)
                .object();
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("exact")).toInt(-1), 4);
        QCOMPARE(summary.value(QStringLiteral("within_tolerance")).toInt(-1), 2);
        QCOMPARE(summary.value(QStringLiteral("changed")).toInt(-1), 1);
        QCOMPARE(summary.value(QStringLiteral("removed")).toInt(-1), 1);
        QCOMPARE(json.value(QStringLiteral("tolerance")).toDouble(), 0.01);

        // Only near values left: exit 0 within 1 %, 1 within 0.1 % (the gauge is 0.4 % off).
        const QString c = build(basicSql() + QStringLiteral(
                                                 "UPDATE insights_gauge SET value = 12.3 WHERE label = 'basket';\n"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--tolerance"), QStringLiteral("0.01"),
                                    a, c})
                     .exitCode,
                 0);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--tolerance"),
                                    QStringLiteral("0.001"), a, c})
                     .exitCode,
                 1);
        // A bad tolerance is a usage error.
        for (const char *bad : {"-0.1", "abc", "inf", "nan"})
            QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--tolerance"),
                                        QLatin1String(bad), a, c})
                         .exitCode,
                     2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--tolerance"),
                                    QStringLiteral("0.1"), a})
                     .exitCode,
                 2);
    }

    void withinToleranceRule()
    {
        QVERIFY(SnapshotDiff::withinTolerance(100, 101, 0.01));   // 1 of 101
        QVERIFY(!SnapshotDiff::withinTolerance(100, 102, 0.01));  // 2 of 102
        QVERIFY(SnapshotDiff::withinTolerance(-100, -101, 0.01));
        QVERIFY(!SnapshotDiff::withinTolerance(0, 1e-300, 0.5)); // against 0 only 0 is near (below 100 %)
        QVERIFY(SnapshotDiff::withinTolerance(0, 0, 0.5));
        QVERIFY(!SnapshotDiff::withinTolerance(1, -1, 0.5));       // 2 > 0.5
        QVERIFY(!SnapshotDiff::withinTolerance(1, std::numeric_limits<double>::infinity(), 1));
        QVERIFY(!SnapshotDiff::withinTolerance(std::nan(""), 1, 1));
    }

    // A bucket point 1e-12 apart prints as two different numbers.
    void bucketPointTinyChange()
    {
        const QString a =
            build(basicSql() + QStringLiteral("UPDATE insights_bucketvalue SET xvalue = 55 WHERE id = 5;\n"));
        const QString b = build(basicSql());
        const double x = 55 + 1e-12;
        QVERIFY(setReal(b, "UPDATE insights_bucketvalue SET xvalue = ? WHERE id = 5", x));
        QVERIFY(shortest(x) != QStringLiteral("55"));
        const auto d = compare(a, b);
        QVERIFY(d);
        QVERIFY(!d->identical());
        const QuestionDiff *daily = find(*d, QStringLiteral("daily"));
        QCOMPARE(daily->changedPoints, qint64(1));
        const QString line = QStringLiteral("2025-12-02 00:00:00: (55, 0) → (%1, 0)").arg(shortest(x));
        QCOMPARE(daily->changedExamples.value(0).text, line);
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(line.toUtf8()));
    }

    // Many rows of interleaved buckets (read a batch at a time, each file in its own pass): the counts of
    // changed, added and removed points are those of matching by key and occurrence, computed here apart.
    void generatedPointsMatched_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2") << 2u;
    }
    void generatedPointsMatched()
    {
        QFETCH(quint32, seed);
        const GeneratedPair pair = generatedPair(seed);
        const QString a = build(pair.oldSql), b = build(pair.newSql);
        const auto d = compare(a, b);
        QVERIFY(d);
        qint64 changedTotal = 0;
        for (int bucket = 1; bucket <= 4; ++bucket) {
            const QuestionDiff *q = find(*d, QStringLiteral("gen%1").arg(bucket));
            QVERIFY(q);
            QVERIFY(q->valuesCompared);
            const ReferenceCounts r = referenceCounts(a, b, bucket);
            QCOMPARE(q->oldPoints, r.oldPoints);
            QCOMPARE(q->newPoints, r.newPoints);
            QCOMPARE(q->changedPoints, r.changed);
            QCOMPARE(q->addedPoints, r.added);
            QCOMPARE(q->removedPoints, r.removed);
            QVERIFY(r.added >= 6); // both ends, and not merely shifted
            QVERIFY(r.removed > 50);
            QCOMPARE(q->changedExamples.size(), int(std::min<qint64>(5, r.changed)));
            QCOMPARE(q->status, QuestionDiff::Status::Changed);
            changedTotal += r.changed;
        }
        QVERIFY(changedTotal > 50);
        // The same file against itself: every point matched, nothing changed.
        const auto same = compare(b, b);
        QVERIFY(same);
        QVERIFY(same->identical());
    }

    // Points are matched by (timestamp, category, n-th occurrence of that pair), whatever their row order or
    // ids: reordered duplicates pair by occurrence, a removed duplicate shifts the later ones, a timestamp
    // stored as other text than Django's form is another key. The first examples follow the new file's order.
    void pointsMatchedByOccurrence()
    {
        const QString a =
            build(basicSql() + QStringLiteral("UPDATE insights_bucketvalue SET timestamp = 'garbage' "
                                              "WHERE id = 7;\n"));
        const QString b = build(
            basicSql() +
            QStringLiteral("DELETE FROM insights_bucketvalue WHERE id IN (8, 9, 10, 14);\n"
                           "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, "
                           "bucket_id) VALUES\n"
                           "  (30, NULL, 7, 2, 'large', 3), (31, NULL, 4, 1.5, 'small', 3), (32, NULL, 3.5, "
                           "1, 'small', 3),\n"
                           "  (33, '2025-12-05 00:00:00', 1, 0, NULL, 2);\n"
                           "UPDATE insights_bucketvalue SET timestamp = '2025-12-01T00:00:00' WHERE id = 4;\n"
                           "UPDATE insights_bucketvalue SET timestamp = 'garbage' WHERE id = 7;\n"));
        const auto d = compare(a, b);
        QVERIFY(d);
        const QuestionDiff *scatter = find(*d, QStringLiteral("scatter"));
        QCOMPARE(scatter->changedPoints, qint64(2));
        QCOMPARE(scatter->addedPoints, qint64(0));
        QCOMPARE(scatter->removedPoints, qint64(0));
        QCOMPARE(scatter->changedExamples.size(), 2);
        QCOMPARE(scatter->changedExamples.at(0).english, QStringLiteral("small: (3.5, 1) → (4, 1.5)"));
        QCOMPARE(scatter->changedExamples.at(1).english, QStringLiteral("small: (4, 1.5) → (3.5, 1)"));
        const QuestionDiff *histo = find(*d, QStringLiteral("histo"));
        QCOMPARE(histo->changedPoints, qint64(1));
        QCOMPARE(histo->removedPoints, qint64(1));
        QCOMPARE(histo->addedPoints, qint64(0));
        QCOMPARE(histo->changedExamples.value(0).english, QStringLiteral("point 2: (9, 20) → (2, 30)"));
        const QuestionDiff *daily = find(*d, QStringLiteral("daily"));
        QCOMPARE(daily->changedPoints, qint64(0)); // the "garbage" timestamp is the same key on both sides
        QCOMPARE(daily->addedPoints, qint64(2));   // 2025-12-05, and 12-01 written with a 'T'
        QCOMPARE(daily->removedPoints, qint64(1)); // 12-01 in Django's form
        QCOMPARE(daily->oldPoints, qint64(4));
        QCOMPARE(daily->newPoints, qint64(5));
        const QuestionDiff *bars = find(*d, QStringLiteral("bars"));
        QCOMPARE(bars->status, QuestionDiff::Status::Unchanged);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
