// SPDX-License-Identifier: MIT
// The fast data export against independent definitions of its text: every number reads back to the very same
// double, no shorter digit string does (checked with the C library's correctly rounded printf), the digits
// are sqlite3's own printing whenever that reads back, and the layout (plain or exponent) follows the rule in
// dataexport.h; timestamps are the stored text in ISO form (built by SQL from the stored text); hostile rows
// of every storage class export to the texts written by hand in tests/data/export-hostile.sql. The file read
// row by row from the statement (the command line's path) and the values loaded first (the window's path)
// give the same bytes, and so does the command itself.
#include "csvparse.h"
#include "dataexport.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace iv;

namespace {

double parseC(const QByteArray &text, bool *ok)
{
    char *end = nullptr;
    const double v = std::strtod(text.constData(), &end);
    *ok = !text.isEmpty() && end == text.constData() + text.size();
    return v;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The significant digits of a number's text, without sign, point, exponent or leading/trailing zeros.
QByteArray significantDigits(const QByteArray &text)
{
    QByteArray mantissa = text;
    const qsizetype e = mantissa.indexOf('e');
    if (e >= 0)
        mantissa.truncate(e);
    QByteArray digits;
    for (const char c : std::as_const(mantissa))
        if (c >= '0' && c <= '9')
            digits += c;
    while (digits.startsWith('0'))
        digits.remove(0, 1);
    while (digits.endsWith('0'))
        digits.chop(1);
    return digits;
}

// Checks text as the export of d by the definition (dataexport.h), independently of the exporter's code:
// reads back exactly; no correctly rounded shorter digit string reads back; sqlite3's %!.15g digits when
// those read back; plain inside 1e-5 <= |d| < 1e16, else the shorter form. Empty string = fine, else the
// failure.
QString checkNumber(double d, const QByteArray &text)
{
    if (std::isnan(d))
        return text.isEmpty() ? QString() : QStringLiteral("NaN as '%1'").arg(QString::fromLatin1(text));
    if (std::isinf(d))
        return text == (d > 0 ? "inf" : "-inf")
                   ? QString()
                   : QStringLiteral("inf as '%1'").arg(QString::fromLatin1(text));
    bool ok = false;
    const double back = parseC(text, &ok);
    const QString at =
        QStringLiteral(" (%1 exported as '%2')").arg(d, 0, 'g', 17).arg(QString::fromLatin1(text));
    if (!ok || !sameBits(back, d))
        return QStringLiteral("does not read back") + at;
    const QByteArray digits = significantDigits(text);
    for (int k = 1; k < digits.size(); ++k) {
        char shorter[64];
        std::snprintf(shorter, sizeof shorter, "%.*e", k - 1, d);
        if (sameBits(std::strtod(shorter, nullptr), d))
            return QStringLiteral("not the shortest: %1 reads back too").arg(QString::fromLatin1(shorter)) +
                   at;
    }
    char *sq = sqlite3_mprintf("%!.15g", d);
    const QByteArray sqliteText(sq);
    sqlite3_free(sq);
    // (Normal numbers only: a subnormal has fewer significant bits than 15 digits, so sqlite3's 15 digits can
    // read back while being longer than the shortest: 4.94065645841247e-324 for 5e-324.)
    if (std::fabs(d) >= std::numeric_limits<double>::min() &&
        sameBits(std::strtod(sqliteText.constData(), nullptr), d) && significantDigits(sqliteText) != digits)
        return QStringLiteral("other digits than sqlite3's %1").arg(QString::fromLatin1(sqliteText)) + at;
    const double a = std::fabs(d);
    const bool exponent = text.contains('e');
    if (a >= 1e-5 && a < 1e16) {
        if (exponent)
            return QStringLiteral("exponent form in the plain range") + at;
    } else if (d != 0) {
        // The two forms of these digits: exponent "d[.ddd]e±XX", plain with zeros filled in.
        char e[64];
        std::snprintf(e, sizeof e, "%.*e", int(digits.size()) - 1, d);
        const int exp10 = std::atoi(std::strchr(e, 'e') + 1);
        const qsizetype expLength = qstrlen(e) - (d < 0 ? 1 : 0);
        const qsizetype k = digits.size();
        // Plain: the integer digits (zeros filled in) and the rest after a point, or "0." + zeros + digits.
        const qsizetype plainLength = exp10 >= 0 ? (k <= exp10 + 1 ? exp10 + 1 : k + 1) : 1 - exp10 + k;
        const bool wantPlain = plainLength <= expLength;
        if (wantPlain == exponent)
            return QStringLiteral("%1 form, but plain %2 vs exponent %3 characters")
                       .arg(exponent ? QStringLiteral("exponent") : QStringLiteral("plain"))
                       .arg(plainLength)
                       .arg(expLength) +
                   at;
        if (exponent && QByteArray(e) != text)
            return QStringLiteral("exponent form is not '%1'").arg(QString::fromLatin1(e)) + at;
    }
    return QString();
}

QByteArray exportBytes(DataExport::Format format, const Question &q, const SnapshotFile &snapshot,
                       bool streamed)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    bool ok = false;
    if (streamed) {
        ok = DataExport::write(&buffer, format, q, snapshot, &error);
    } else {
        const auto values = snapshot.loadBucketValues(q.id, &error);
        ok = values && DataExport::write(&buffer, format, q, &*values, &error);
    }
    if (!ok)
        qWarning("export failed: %s", qPrintable(error));
    return ok ? buffer.data() : QByteArray("<failed>");
}

// The raw cells of a bucket read with SQLite's C API (not SnapshotFile): typed as stored.
struct RawRow
{
    qint64 id = 0;
    QByteArray timestampIso; // built by SQL from the stored text (see rawRows)
    bool timestampNull = false;
    int xType = SQLITE_NULL, yType = SQLITE_NULL;
    double x = 0, y = 0;
    QByteArray category;
    bool categoryNull = false;
};

QVector<RawRow> rawRows(const QString &path, qint64 bucketId)
{
    QVector<RawRow> rows;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    // Django's canonical text "YYYY-MM-DD HH:MM:SS[.ffffff]" in ISO 8601: 'T', 'Z', a zero fraction dropped.
    const char *sql = "SELECT id, CASE WHEN typeof(timestamp) = 'text' AND timestamp GLOB "
                      "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' "
                      "THEN replace(replace(timestamp, '.000000', ''), ' ', 'T') || 'Z' END, "
                      "timestamp IS NULL, typeof(xvalue), xvalue, typeof(yvalue), yvalue, category "
                      "FROM insights_bucketvalue WHERE bucket_id = ?1 ORDER BY id";
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, bucketId);
    auto type = [](const unsigned char *t) {
        const QByteArray s(reinterpret_cast<const char *>(t));
        return s == "integer" ? SQLITE_INTEGER
               : s == "real"  ? SQLITE_FLOAT
               : s == "null"  ? SQLITE_NULL
                              : SQLITE_TEXT;
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        RawRow r;
        r.id = sqlite3_column_int64(st, 0);
        r.timestampIso = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        r.timestampNull = sqlite3_column_int(st, 2) != 0;
        r.xType = type(sqlite3_column_text(st, 3));
        r.x = sqlite3_column_double(st, 4);
        r.yType = type(sqlite3_column_text(st, 5));
        r.y = sqlite3_column_double(st, 6);
        r.categoryNull = sqlite3_column_type(st, 7) == SQLITE_NULL;
        r.category = QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, 7)),
                                sqlite3_column_bytes(st, 7));
        rows.append(r);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
}

// Hand-written expectations of export_expected: id → {timestamp, x, y} (a null timestamp: SQL NULL).
QHash<qint64, QList<QByteArray>> expectedCells(const QString &path, QSet<qint64> *nullTimestamps)
{
    QHash<qint64, QList<QByteArray>> out;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, timestamp, x, y FROM export_expected", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        QList<QByteArray> cells;
        for (int c = 1; c <= 3; ++c)
            cells.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_blob(st, c)),
                                    sqlite3_column_bytes(st, c)));
        if (sqlite3_column_type(st, 1) == SQLITE_NULL)
            nullTimestamps->insert(sqlite3_column_int64(st, 0));
        out.insert(sqlite3_column_int64(st, 0), cells);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

// The raw text of a JSON member's value on one NDJSON line ("x":<this>,...), for byte-exact number checks.
QByteArray jsonMember(const QByteArray &line, const char *name)
{
    const QByteArray key = QByteArray("\"") + name + "\":";
    const qsizetype at = line.indexOf(key);
    if (at < 0)
        return QByteArray("<missing>");
    const qsizetype start = at + key.size();
    qsizetype end = start;
    while (end < line.size() && line.at(end) != ',' && line.at(end) != '}')
        ++end;
    return line.mid(start, end - start);
}

} // namespace

class TestDataExportIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        // strtod and printf below read and write C numbers; the locale pass of the tests runs in German.
        std::setlocale(LC_NUMERIC, "C");
        m_db = ivtest::buildDatabase(m_dir, QStringLiteral("hostile.db"),
                                     {QStringLiteral("schema.sql"), QStringLiteral("export-hostile.sql")});
    }

    // The allocation-free formatter writes exactly DataExport::number's text, for edge values and a million
    // random ones (random bit patterns: every magnitude; random decimals and integers: everyday data).
    void formatterMatchesNumber()
    {
        QList<double> values = {0.0,
                                -0.0,
                                0.1,
                                1e300,
                                5e-324,
                                -5e-324,
                                2.2250738585072014e-308,
                                std::numeric_limits<double>::max(),
                                1e16,
                                9999999999999998.0,
                                1e-5,
                                9.999999999999999e-6,
                                1e21,
                                1e22,
                                1e23,
                                9223372036854775807.0,
                                123456789012345678.0,
                                1e15 + 0.5,
                                4.35,
                                0.30000000000000004,
                                100,
                                1e17,
                                1.5e17,
                                12345678901234567e5,
                                std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(),
                                std::nan("")};
        QRandomGenerator rng(20261207);
        for (int i = 0; i < 400000; ++i) {
            const quint64 bits = rng.generate64();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            values.append(d);
            values.append(double(qint64(rng.generate64()) >> (rng.bounded(64))));
            values.append(double(rng.bounded(2000000)) / std::pow(10.0, rng.bounded(12)) - 1000);
        }
        char buffer[DataExport::kNumberChars];
        int mismatches = 0;
        for (const double d : std::as_const(values)) {
            const int n = DataExport::formatNumber(d, buffer);
            const QByteArray fast(buffer, n);
            const QByteArray qt = DataExport::number(d).toLatin1();
            if (fast != qt && ++mismatches < 10)
                qWarning("%.17g: fast '%s', number() '%s'", d, fast.constData(), qt.constData());
        }
        QCOMPARE(mismatches, 0);
    }

    // The definition, checked independently of both implementations, on the same kinds of values.
    void numbersByDefinition()
    {
        QList<double> values = {0.1,
                                1e300,
                                5e-324,
                                2.2250738585072014e-308,
                                std::numeric_limits<double>::max(),
                                1e16,
                                9999999999999998.0,
                                1e-5,
                                9.999999999999999e-6,
                                1e21,
                                1e23,
                                9223372036854775807.0,
                                -9223372036854775808.0,
                                123456789012345678.0,
                                1e15 + 0.5,
                                0.30000000000000004,
                                1.0 / 3,
                                100,
                                1e17,
                                1.5e17,
                                65536.00000000001};
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            const quint64 bits = rng.generate64();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d))
                values.append(d);
            values.append(double(qint64(rng.generate64()) >> (rng.bounded(64))));
            values.append(double(rng.bounded(2000000)) / std::pow(10.0, rng.bounded(12)));
        }
        char buffer[DataExport::kNumberChars];
        for (const double d : std::as_const(values)) {
            const QByteArray text(buffer, DataExport::formatNumber(d, buffer));
            const QString failure = checkNumber(d, text);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        // Signs of zero, and the layouts of the definition.
        QCOMPARE(QByteArray(buffer, DataExport::formatNumber(-0.0, buffer)), QByteArray("-0"));
        QCOMPARE(QByteArray(buffer, DataExport::formatNumber(1e-5, buffer)), QByteArray("0.00001"));
        QCOMPARE(QByteArray(buffer, DataExport::formatNumber(1e16, buffer)), QByteArray("1e+16"));
        QCOMPARE(QByteArray(buffer, DataExport::formatNumber(9223372036854775807.0, buffer)),
                 QByteArray("9223372036854776000"));
    }

    // Hostile rows of every storage class: the hand-written expectations, byte for byte, in both formats; the
    // generated rows by the definition; the category as stored.
    void hostileRows()
    {
        QString error;
        const auto snapshot = SnapshotFile::open(m_db, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const auto cat = snapshot->readCatalogue(&error);
        QVERIFY(cat);
        QSet<qint64> nullTimestamps;
        const QHash<qint64, QList<QByteArray>> expected = expectedCells(m_db, &nullTimestamps);
        QCOMPARE(expected.size(), 22);
        int checkedExpected = 0, checkedGenerated = 0;
        for (const QString &label :
             {QStringLiteral("values \"quoted\", ünï"), QStringLiteral("scatter"), QStringLiteral("bars"),
              QStringLiteral("generated"), QStringLiteral("many categories")}) {
            const Question *q = cat->findBucket(label);
            QVERIFY2(q, qPrintable(label));
            const QVector<RawRow> raw = rawRows(m_db, q->id);
            QVERIFY(!raw.isEmpty());
            const QByteArray csv = exportBytes(DataExport::Format::Csv, *q, *snapshot, true);
            const QByteArray ndjson = exportBytes(DataExport::Format::Ndjson, *q, *snapshot, true);
            bool ok = false;
            const QVector<QStringList> rows = ivtest::parseCsv(QString::fromUtf8(csv), &ok);
            QVERIFY(ok);
            QCOMPARE(rows.size(), raw.size() + 1);
            const QList<QByteArray> lines = ndjson.split('\n');
            QCOMPARE(lines.size(), raw.size() + 1); // and the empty tail
            for (int i = 0; i < raw.size(); ++i) {
                const RawRow &r = raw.at(i);
                const QStringList &row = rows.at(i + 1);
                const QByteArray &line = lines.at(i);
                QCOMPARE(row.size(), 5);
                QCOMPARE(row.at(0).toLongLong(), r.id);
                QCOMPARE(jsonMember(line, "id").toLongLong(), r.id);
                const QJsonObject obj = QJsonDocument::fromJson(line).object();
                QVERIFY2(!obj.isEmpty(), line.constData());
                // Category: the stored text (invalid UTF-8 as U+FFFD), NULL as empty / null.
                const QString category = QString::fromUtf8(r.category);
                QCOMPARE(row.at(4), category);
                QCOMPARE(obj.value(QStringLiteral("category")).isNull(), r.categoryNull);
                QCOMPARE(obj.value(QStringLiteral("category")).toString(), category);
                const QByteArray x = row.at(2).toUtf8(), y = row.at(3).toUtf8();
                const QByteArray ts = row.at(1).toUtf8();
                if (expected.contains(r.id)) {
                    const QList<QByteArray> &e = expected.value(r.id);
                    QCOMPARE(ts, e.at(0));
                    QCOMPARE(x, e.at(1));
                    QCOMPARE(y, e.at(2));
                    const bool tsNull = nullTimestamps.contains(r.id);
                    QCOMPARE(obj.value(QStringLiteral("timestamp")).isNull(), tsNull);
                    QCOMPARE(obj.value(QStringLiteral("timestamp")).toString().toUtf8(), e.at(0));
                    auto json = [](const QByteArray &csvText) {
                        return csvText.isEmpty() || csvText.contains("inf") ? QByteArray("null") : csvText;
                    };
                    QCOMPARE(jsonMember(line, "x"), json(e.at(1)));
                    QCOMPARE(jsonMember(line, "y"), json(e.at(2)));
                    ++checkedExpected;
                    continue;
                }
                // Generated rows: numbers by the definition, timestamps as SQL rewrites the stored text.
                QVERIFY(r.xType == SQLITE_FLOAT || r.xType == SQLITE_INTEGER);
                QVERIFY(r.yType == SQLITE_FLOAT || r.yType == SQLITE_INTEGER);
                QString failure = checkNumber(r.x, x);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                failure = checkNumber(r.y, y);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                QCOMPARE(jsonMember(line, "x"), std::isfinite(r.x) ? x : QByteArray("null"));
                QCOMPARE(jsonMember(line, "y"), std::isfinite(r.y) ? y : QByteArray("null"));
                QCOMPARE(ts, r.timestampNull ? QByteArray() : r.timestampIso);
                QCOMPARE(obj.value(QStringLiteral("timestamp")).isNull(), r.timestampNull);
                ++checkedGenerated;
            }
        }
        QCOMPARE(checkedExpected, 22);
        QCOMPARE(checkedGenerated, 5000 + 4 + 12000);
    }

    // Streamed from the statement (the command line) and loaded first (the window): the same bytes.
    void streamedEqualsLoaded()
    {
        QString error;
        const auto snapshot = SnapshotFile::open(m_db, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const auto cat = snapshot->readCatalogue(&error);
        int buckets = 0;
        for (const App &app : cat->apps) {
            for (const Question &q : app.questions) {
                for (const auto format : {DataExport::Format::Csv, DataExport::Format::Ndjson}) {
                    const QByteArray streamed = exportBytes(format, q, *snapshot, true);
                    const QByteArray loaded = exportBytes(format, q, *snapshot, false);
                    QVERIFY2(streamed == loaded, qPrintable(q.label));
                    QVERIFY(streamed.size() > 20);
                }
                buckets += q.isBucket();
            }
        }
        QCOMPARE(buckets, 5);
    }

    // The command writes what the in-process export writes.
    void commandWritesTheSameBytes()
    {
        QString error;
        const auto snapshot = SnapshotFile::open(m_db, &error);
        const auto cat = snapshot->readCatalogue(&error);
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("ndjson")}) {
            const QString out = m_dir.filePath(format);
            const auto r = ivtest::runViewer(
                {QStringLiteral("--export-data"), out, QStringLiteral("--format"), format, m_db});
            QCOMPARE(r.exitCode, 0);
            const QStringList files = QDir(out).entryList(QDir::Files);
            QCOMPARE(files.size(), 5);
            QSet<QString> used;
            for (const App &app : cat->apps) {
                for (const Question &q : app.questions) {
                    if (!q.isBucket())
                        continue;
                    QFile f(QDir(out).filePath(DataExport::safeFileName(q.label, format, &used)));
                    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                    QCOMPARE(f.readAll(),
                             exportBytes(format == QLatin1String("csv") ? DataExport::Format::Csv
                                                                        : DataExport::Format::Ndjson,
                                         q, *snapshot, false));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDataExportIdentity)
#include "tst_dataexport_identity.moc"
