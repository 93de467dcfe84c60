// SPDX-License-Identifier: MIT
// The review on hostile files: it never blocks on special files, its hash always belongs to the file that was
// read (a file replaced or changed during the review makes it fail), and it finds personal data wherever the
// file carries it (BLOB cells, long cells, bytes after the last page, free pages) and says when a value is
// not finite.
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <cstdio>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace iv;

namespace {

QStringList codes(const ReviewReport &r)
{
    QStringList out;
    for (const ReviewFinding &f : r.findings)
        out << QStringLiteral("%1 %2 %3.%4 %5").arg(f.severityId(), f.code, f.table, f.column).arg(f.row);
    return out;
}

const ReviewFinding *finding(const ReviewReport &r, const QString &code)
{
    for (const ReviewFinding &f : r.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

QString build(const QTemporaryDir &dir, const QString &name, const QString &extraSql)
{
    return ivtest::buildDatabaseFromSql(dir, name,
                                        ivtest::basicSnapshotSql() +
                                            extraSql);
}

QString line(const ReviewFinding &f)
{
    return QStringLiteral("%1 %2.%3 %4 %5").arg(f.code, f.table, f.column).arg(f.row).arg(f.englishMessage);
}

QStringList expectedValueFindings()
{
    QStringList out;
    for (const QString &l : ivtest::readText(ivtest::dataPath(QStringLiteral("review_values.findings.txt")))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!l.startsWith(QLatin1Char('#')))
            out << l;
    return out;
}

QString valuesFile(const QTemporaryDir &dir)
{
    return build(dir, QStringLiteral("values.db"),
                 ivtest::readText(ivtest::dataPath(QStringLiteral("review_values.sql"))));
}

} // namespace

class TestReviewHostile : public QObject
{
    Q_OBJECT

private slots:
    void specialFilesOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString zero = dir.filePath(QStringLiteral("zero.db"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const struct
        {
            QString path, reason;
        } cases[] = {{fifo, QStringLiteral("fifo.db: is a FIFO, not a regular file")},
                     {zero, QStringLiteral("zero.db: is a device, not a regular file")}};
        for (const auto &c : cases) {
            for (const char *command : {"--review", "--list", "--dump-json"}) {
                const ivtest::RunResult run = ivtest::runViewer({QLatin1String(command), c.path}, 10000);
                QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("%1 %2: exit %3")
                                                           .arg(QLatin1String(command), c.path)
                                                           .arg(run.exitCode)));
                QVERIFY2(run.err.startsWith("insights-viewer:") && run.err.contains(c.reason.toUtf8()),
                         run.err.constData());
            }
        }
        const ReviewReport r = SnapshotReviewer::review(zero);
        QVERIFY(!r.readable());
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(r.identity.sha256.isEmpty());
    }

    // A file renamed over the path after hashing: the hash is of file A, SQLite would read file B.
    void replacedDuringReview()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), QString());
        const QString b =
            build(dir, QStringLiteral("b.db"),
                  QStringLiteral("UPDATE insights_counter SET \"desc\" = 'mail eve@example.org';"));
        const QByteArray shaA = ivtest::sha256(a);
        ReviewReport::Options options;
        options.afterIdentity = [&] {
            QCOMPARE(::rename(QFile::encodeName(b).constData(), QFile::encodeName(a).constData()), 0);
        };
        const ReviewReport r = SnapshotReviewer::review(a, options);
        QCOMPARE(r.identity.sha256.toLatin1(), shaA);
        QVERIFY(!r.readable());
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.englishOpenError.contains(
                     QStringLiteral("changed while it was reviewed (was replaced by another file)")),
                 qPrintable(r.englishOpenError));
        QVERIFY(finding(r, QStringLiteral("file-changed")));
        QVERIFY(!finding(r, QStringLiteral("personal-data-email"))); // file B was never reviewed as A
    }

    // Replaced by a file SQLite cannot open: the report blames the change, not the other file's contents.
    void replacedByNonSnapshot()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), QString());
        const QString b = dir.filePath(QStringLiteral("b.txt"));
        {
            QFile f(b);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        ReviewReport::Options options;
        options.afterIdentity = [&] {
            QCOMPARE(::rename(QFile::encodeName(b).constData(), QFile::encodeName(a).constData()), 0);
        };
        const ReviewReport r = SnapshotReviewer::review(a, options);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.englishOpenError.contains(
                     QStringLiteral("changed while it was reviewed (was replaced by another file)")),
                 qPrintable(r.englishOpenError));
        QVERIFY(!r.englishOpenError.contains(QStringLiteral("not an SQLite database")));
    }

    void changedInPlaceDuringReview()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), QString());
        const qint64 size = QFileInfo(a).size();
        ReviewReport::Options options;
        options.afterIdentity = [&] {
            QFile f(a);
            QVERIFY(f.open(QIODevice::Append));
            f.write("appended");
        };
        const ReviewReport r = SnapshotReviewer::review(a, options);
        QCOMPARE(r.identity.size, size);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.englishOpenError.contains(
                     QStringLiteral("changed size from %1 to %2 bytes").arg(size).arg(size + 8)),
                 qPrintable(r.englishOpenError));
    }

    void blobCell()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("blob.db"),
                  QStringLiteral("INSERT INTO insights_bucketvalue (id, xvalue, yvalue, category, "
                                 "bucket_id) VALUES (50, 1, 1, CAST('frank@example.org' AS BLOB), 1);"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(
            codes(r).contains(QStringLiteral("error personal-data-email insights_bucketvalue.category 50")),
            qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(finding(r, QStringLiteral("personal-data-email"))->sample,
                 QStringLiteral("f***@example.org"));
        QCOMPARE(r.exitCode(), 1);
    }

    // A compressed value reads as nothing to the detectors: "contact jane.doe@example.org" deflated into a
    // question's description reviewed clean. Upstream stores no BLOB in a text column, so it is a
    // nonconformity wherever it stands; a BLOB in a number or date column is reported by that column's check
    // (once, not twice).
    void compressedBlobNeverClean()
    {
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("deflated.db"),
            QStringLiteral("UPDATE insights_counter SET \"desc\" = "
                           "X'789c4bcecf2b494c2e51c84acc4bd54bc94f7548ad48cc2dc849d5cb2f4a07009b4e0ab3' WHERE id = 1;"
                           "UPDATE insights_gauge SET value = X'00ff' WHERE id = 1;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(codes(r).contains(QStringLiteral("warning blob-value insights_counter.desc 1")),
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(finding(r, QStringLiteral("blob-value"))->englishMessage,
                 QStringLiteral("insights_counter.desc holds a BLOB of 36 bytes where upstream stores text: its "
                                "bytes are scanned as text, but a compressed or encoded value cannot be read"));
        QVERIFY(!r.conformant);
        QCOMPARE(r.exitCode(), 1);
        int blobs = 0;
        for (const ReviewFinding &f : r.findings)
            blobs += f.code == QLatin1String("blob-value");
        QCOMPARE(blobs, 1); // the gauge's value: "non-numeric", not a second kind of finding
        QVERIFY2(codes(r).contains(QStringLiteral("warning non-numeric insights_gauge.value 1")),
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
    }

    // Text that is not valid UTF-8: an invalid byte right before the @ split the address for the detectors
    // ("jane\xff@example.org" reviewed clean), while other programs show "janeÿ@…" or "jane�@…". Invalid bytes
    // are read as nothing, and the cell is a nonconformity (upstream writes only UTF-8), in a category too.
    void invalidUtf8Texts()
    {
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("invalid.db"),
            QStringLiteral("UPDATE insights_counter SET \"desc\" = CAST(X'6a616e65ff406578616d706c652e6f7267' AS "
                           "TEXT) WHERE id = 1;"
                           "INSERT INTO insights_bucketvalue (id, xvalue, yvalue, category, bucket_id) VALUES "
                           "(60, 1, 1, CAST(X'616e6e61fe406578616d706c652e6e6574' AS TEXT), 1),"
                           "(61, 2, 2, CAST(X'616e6e61fe406578616d706c652e6e6574' AS TEXT), 1);"));
        const ReviewReport r = SnapshotReviewer::review(path);
        const QStringList got = codes(r);
        for (const QString &want :
             {QStringLiteral("error personal-data-email insights_counter.desc 1"),
              QStringLiteral("warning invalid-utf8 insights_counter.desc 1"),
              QStringLiteral("error personal-data-email insights_bucketvalue.category 60"),
              QStringLiteral("warning invalid-utf8 insights_bucketvalue.category 60"),
              QStringLiteral("warning invalid-utf8 insights_bucketvalue.category 61")})
            QVERIFY2(got.contains(want), qPrintable(want + QStringLiteral(" not in:\n") + got.join(QLatin1Char('\n'))));
        QCOMPARE(finding(r, QStringLiteral("personal-data-email"))->sample, QStringLiteral("j***@example.org"));
        QVERIFY(!r.conformant);
        QCOMPARE(r.exitCode(), 1);
    }

    void longCell()
    {
        QTemporaryDir dir;
        // 70,000 characters of "x " then an address: past the 65,536 characters a scan used to stop at.
        const QString path =
            build(dir, QStringLiteral("long.db"),
                  QStringLiteral("UPDATE insights_counter SET \"desc\" = "
                                 "replace(hex(zeroblob(35000)), '00', 'x ') || 'grace@example.org' "
                                 "WHERE id = 2;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(codes(r) == QStringList{QStringLiteral("error personal-data-email insights_counter.desc 2")},
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.findings.at(0).sample, QStringLiteral("g***@example.org"));
        QVERIFY(r.scanComplete);
    }

    // Long text is scanned in windows of 64 Ki characters that overlap by 1 Ki: an address whose "@" is the
    // last character of the first window (neither half is an address) is still found whole, in its cell.
    void addressAcrossTheWindowEdge()
    {
        QTemporaryDir dir;
        // 65,524 characters of "x ", then the address (its "@" at index 65,535), then 10,000 more characters.
        const QString path =
            build(dir, QStringLiteral("edge.db"),
                  QStringLiteral("UPDATE insights_counter SET \"desc\" = "
                                 "replace(hex(zeroblob(32762)), '00', 'x ') || 'alice.smith@example.org' || "
                                 "replace(hex(zeroblob(5000)), '00', ' y') WHERE id = 2;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(codes(r) == QStringList{QStringLiteral("error personal-data-email insights_counter.desc 2")},
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.findings.at(0).sample, QStringLiteral("a***@example.org"));
        QVERIFY(r.scanComplete);
    }

    void bytesAfterTheLastPage()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("tail.db"), QString());
        const qint64 size = QFileInfo(path).size();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\x01\x02 contact heidi@example.org\n");
        }
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY(r.readable());
        QCOMPARE(r.integrity, QStringList{QStringLiteral("ok")});
        const ReviewFinding *tail = finding(r, QStringLiteral("trailing-bytes"));
        QVERIFY2(tail, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(tail->englishMessage,
                 QStringLiteral(
                     "%1 bytes follow the last page: SQLite ignores them, but they travel with the file")
                     .arg(QFileInfo(path).size() - size));
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY(email);
        QCOMPARE(email->sample, QStringLiteral("h***@example.org"));
        QCOMPARE(email->englishMessage, QStringLiteral("e-mail address in the bytes after the last page"));
        QCOMPARE(r.exitCode(), 1);
    }

    void deletedRowsInFreePages()
    {
        QTemporaryDir dir;
        // A table filled over many pages and dropped: its pages go to the freelist with their bytes intact
        // (unless secure_delete, Debian's default, zeroes them; Django's writer may run without it).
        const QString path =
            build(dir, QStringLiteral("free.db"),
                  QStringLiteral("PRAGMA secure_delete = 0; CREATE TABLE scratch (t TEXT);"
                                 "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                                 "WHERE i < 40) INSERT INTO scratch SELECT 'ivan@example.org ' || "
                                 "hex(zeroblob(1000)) FROM c;"
                                 "DROP TABLE scratch;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *free = finding(r, QStringLiteral("free-pages"));
        QVERIFY2(free, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QVERIFY2(free->englishMessage.contains(QStringLiteral("run VACUUM on a copy before sharing")),
                 qPrintable(free->englishMessage));
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        // Raw page bytes have no cell boundaries: the record header's last byte ('O') is read as part of it.
        QVERIFY2(email->sample.endsWith(QStringLiteral("***@example.org")), qPrintable(email->sample));
        QCOMPARE(email->englishMessage, QStringLiteral("e-mail address in the free pages (deleted data)"));
        QVERIFY(r.scanComplete);
        QCOMPARE(r.exitCode(), 1);
    }

    // Free pages SQLite zeroed as it freed them (secure_delete) hold no deleted row: no finding, the file
    // clean. A byte left in a free leaf page, or in a trunk page after its list of leaves, and the free pages
    // are a warning again, scanned raw.
    void zeroedFreePages()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("zeroed.db"),
                  QStringLiteral("PRAGMA secure_delete = 1; CREATE TABLE scratch (t TEXT);"
                                 "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                                 "WHERE i < 40) INSERT INTO scratch SELECT 'ivan@example.org ' || "
                                 "hex(zeroblob(1000)) FROM c;"
                                 "DROP TABLE scratch;"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(!bytes.contains("ivan@example.org"));
        const auto be32 = [&](qint64 offset) {
            const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
            return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        };
        const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        const quint32 trunk = be32(32);
        QVERIFY(be32(36) >= 10); // free pages
        QVERIFY(trunk > 1);
        const qint64 trunkAt = qint64(trunk - 1) * pageSize;
        const quint32 leaves = be32(trunkAt + 4);
        QVERIFY(leaves >= 9);
        const qint64 leafAt = qint64(be32(trunkAt + 8) - 1) * pageSize;
        ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(!finding(r, QStringLiteral("free-pages")), qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 0);

        const QString copy = dir.filePath(QStringLiteral("written.db"));
        for (const qint64 at : {leafAt + pageSize / 2, trunkAt + 8 + 4 * leaves}) {
            QByteArray changed = bytes;
            changed[at] = 'x';
            QFile::remove(copy);
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(changed), changed.size());
            out.close();
            r = SnapshotReviewer::review(copy);
            QVERIFY2(finding(r, QStringLiteral("free-pages")), qPrintable(QString::number(at)));
            QCOMPARE(r.exitCode(), 1);
        }
    }

    // A deleted row stays inside the page that held it (a free block, or the gap before the cell content) when
    // secure_delete is off: SQLite shows no row and no free page, the bytes travel with the file.
    void deletedRowInsideAUsedPage_data()
    {
        QTest::addColumn<int>("secureDelete");
        QTest::newRow("secure_delete off: found") << 0;
        QTest::newRow("secure_delete on: zeroed, clean") << 1;
    }
    void deletedRowInsideAUsedPage()
    {
        QFETCH(int, secureDelete);
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("slack.db"),
            QStringLiteral("PRAGMA secure_delete = %1;"
                           "INSERT INTO insights_counter (id, created_at, label, question, \"desc\", value, app_id) "
                           "VALUES (9, '2026-01-01 10:00:00', 'gone', 'Asked by olga.petrova@example.net?', NULL, 1, "
                           "'11111111111111111111111111111111');"
                           "DELETE FROM insights_counter WHERE id = 9;")
                .arg(secureDelete));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().contains("olga.petrova@example.net"), secureDelete == 0);
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(!finding(r, QStringLiteral("free-pages")), qPrintable(codes(r).join(QLatin1Char('\n'))));
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        if (secureDelete) {
            QVERIFY2(!email, qPrintable(codes(r).join(QLatin1Char('\n'))));
            QCOMPARE(r.exitCode(), 0);
            return;
        }
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->englishMessage,
                 QStringLiteral("e-mail address in the free space inside used pages (deleted data)"));
        QCOMPARE(email->sample, QStringLiteral("o***@example.net"));
        QCOMPARE(r.exitCode(), 1);
    }

    // Bytes SQLite never reads, written by hand: the reserved bytes at the end of each page (a file made with
    // reserved space, as checksum and encryption extensions make them) and the unused end of a long value's last
    // overflow page. SQLite's own integrity check sees nothing; the review reads them.
    // Record bytes between digits are not spaces: "003", a record header, "7 2025-01-10 13:30" (stale
    // fragments of numbers and timestamps, as page gaps of big files hold them) is no phone number.
    void bytesSqliteNeverReads_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QByteArray>("hidden");
        QTest::addColumn<bool>("found");
        const QByteArray address("eve.hidden@example.com");
        QTest::newRow("reserved bytes of a page") << QStringLiteral("reserved") << address << true;
        QTest::newRow("end of the last overflow page") << QStringLiteral("overflow") << address << true;
        QTest::newRow("unused end of a pointer-map page") << QStringLiteral("ptrmap") << address << true;
        QTest::newRow("the file header's reserved bytes")
            << QStringLiteral("header") << QByteArray("jo@example.org") << true;
        QTest::newRow("record bytes between digits: nothing")
            << QStringLiteral("reserved") << QByteArray("003\x01\x02\x03\x04" "7 2025-01-10 13:30") << false;
    }
    void bytesSqliteNeverReads()
    {
        QFETCH(QString, where);
        QFETCH(QByteArray, hidden);
        const bool reserved = where == QLatin1String("reserved");
        const bool ptrmap = where == QLatin1String("ptrmap");
        QFETCH(bool, found);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hidden.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        int reserve = reserved ? 48 : 0;
        QCOMPARE(sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve), SQLITE_OK);
        const QString sql = QLatin1String(ptrmap ? "PRAGMA auto_vacuum = FULL;" : "") + ivtest::basicSnapshotSql() +
                            QStringLiteral("UPDATE insights_counter SET \"desc\" = printf('%.8300c', 'x') || 'END' "
                                           "WHERE id = 1;");
        QCOMPARE(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const qint64 pageSize = 4096;
        QCOMPARE((quint8(bytes.at(16)) << 8) | quint8(bytes.at(17)), int(pageSize));
        QCOMPARE(int(quint8(bytes.at(20))), reserved ? 48 : 0);
        qint64 at = 0;
        if (reserved) {
            at = 2 * pageSize - 40; // inside page 2's 48 reserved bytes
        } else if (ptrmap) {
            // Page 2 is the first pointer-map page: five bytes for each later page; the file has far fewer
            // pages than the 819 it has room for.
            QVERIFY(bytes.mid(52, 4) != QByteArray(4, '\0')); // the largest root page: auto-vacuum
            QVERIFY(bytes.size() / pageSize < 400);
            at = pageSize + 3000;
        } else if (where == QLatin1String("header")) {
            QCOMPARE(bytes.mid(72, 20), QByteArray(20, '\0')); // as SQLite writes every file
            at = 72;
        } else {
            // The record ends with the row's app_id, after the long text and the value.
            const qint64 text = bytes.indexOf("xEND");
            QVERIFY(text > 0);
            const qint64 app = bytes.indexOf("11111111111111111111111111111111", text);
            QVERIFY(app > text && app - text < 16);
            at = app + 32 + 4;
            // SQLite fills overflow pages whole unless the local part would be too big (File Format §1.6):
            // this length leaves the last page a tail.
            QVERIFY2(at / pageSize == (at + 40) / pageSize, "the value ends too near its page's end");
            QVERIFY2(at / pageSize == (at + 40) / pageSize, "the value ends too near its page's end");
        }
        file.seek(at);
        file.write(hidden);
        file.close();
        // SQLite finds nothing wrong with the file.
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QByteArray("ok"));
        sqlite3_finalize(st);
        sqlite3_close(db);
        const ReviewReport r = SnapshotReviewer::review(path);
        if (!found) {
            QVERIFY2(r.findings.isEmpty(), qPrintable(codes(r).join(QLatin1Char('\n'))));
            QCOMPARE(r.exitCode(), 0);
            return;
        }
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        if (where == QLatin1String("header")) {
            QCOMPARE(email->englishMessage, QStringLiteral("e-mail address in the file header's reserved bytes"));
            const ReviewFinding *set = finding(r, QStringLiteral("header-reserved-bytes"));
            QVERIFY(set);
            QVERIFY2(set->englishMessage.startsWith(QStringLiteral("14 of the 20 bytes")),
                     qPrintable(set->englishMessage));
        } else {
            QCOMPARE(email->englishMessage,
                     QStringLiteral("e-mail address in the free space inside used pages (deleted data)"));
        }
        QCOMPARE(r.exitCode(), 1);
    }

    // Bytes inside records that no reader sees: fields beyond the columns the schema names (a column added,
    // filled, then cut from the schema's text by hand: SQLite reads as many fields as the schema names, and
    // its integrity check says "ok"), an index's extra field, and bytes after a record's last field. Legitimate
    // records with fewer fields than columns (a column added later), virtual generated columns (not stored)
    // and WITHOUT ROWID tables are no finding.
    void fieldsNoReaderSees_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("tree");
        QTest::newRow("a field beyond a table's columns") << QStringLiteral("table") << QStringLiteral("insights_counter");
        QTest::newRow("a field beyond an index's columns")
            << QStringLiteral("index") << QStringLiteral("insights_counter_question");
        QTest::newRow("bytes after a record's last field") << QStringLiteral("trailing") << QString();
        QTest::newRow("fewer fields, generated, without rowid: nothing") << QStringLiteral("none") << QString();
    }
    void fieldsNoReaderSees()
    {
        QFETCH(QString, kind);
        QFETCH(QString, tree);
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("fields.db"),
            kind == QLatin1String("none")
                ? QStringLiteral("CREATE TABLE later (a TEXT); INSERT INTO later VALUES ('x');"
                                 "ALTER TABLE later ADD COLUMN b TEXT;"
                                 "CREATE TABLE computed (a TEXT, b TEXT GENERATED ALWAYS AS (a || 'y') VIRTUAL);"
                                 "INSERT INTO computed (a) VALUES ('x');"
                                 "CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;"
                                 "INSERT INTO keyed VALUES ('k', 'v');")
                : QString());
        const QByteArray address("nina.hidden@example.com");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const auto exec = [&](const QByteArray &sql) {
            char *message = nullptr;
            const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
            const QByteArray why = message ? QByteArray(message) : QByteArray();
            sqlite3_free(message);
            return rc == SQLITE_OK ? QByteArray() : why + " in " + sql;
        };
        const auto schemaSql = [&](const char *name) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &st, nullptr);
            sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
            QByteArray sql;
            if (sqlite3_step(st) == SQLITE_ROW)
                sql = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            return sql;
        };
        if (kind == QLatin1String("table")) {
            const QByteArray original = schemaSql("insights_counter");
            QVERIFY(!original.isEmpty());
            QCOMPARE(exec("ALTER TABLE insights_counter ADD COLUMN secret TEXT;"
                          "UPDATE insights_counter SET secret = 'mail " + address + "';"),
                     QByteArray());
            QCOMPARE(exec("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = '" + original +
                          "' WHERE name = 'insights_counter';"),
                     QByteArray());
        } else if (kind == QLatin1String("index")) {
            QCOMPARE(exec("UPDATE insights_counter SET question = 'Asked by " + address + "?';"
                          "CREATE INDEX insights_counter_question ON insights_counter (value, question);"),
                     QByteArray());
            // The index keeps (value, question, rowid); its text now names (value) only: SQLite compares the
            // first field and takes the row id from the last, the question stays in every entry.
            QCOMPARE(exec("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX "
                          "insights_counter_question ON insights_counter (value)' WHERE name = "
                          "'insights_counter_question';"),
                     QByteArray());
        }
        sqlite3_close(db);
        if (kind == QLatin1String("trailing")) {
            // The app's label is its record's last field: its serial type (13 + 2 × length, one byte) is cut to
            // the first four bytes, the rest stays in the record.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray label = "Shop " + address;
            sqlite3 *w = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &w), SQLITE_OK);
            QCOMPARE(sqlite3_exec(w, ("UPDATE insights_app SET label = '" + label + "' WHERE label = 'Shop'").constData(),
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_changes(w), 1);
            sqlite3_close(w);
            const QByteArray bytes = file.readAll();
            const qint64 at = bytes.lastIndexOf(label);
            QVERIFY(at > 0);
            const qint64 typeByte = bytes.lastIndexOf(char(13 + 2 * label.size()), at);
            QVERIFY(typeByte > 0 && at - typeByte < 300);
            file.seek(typeByte);
            file.write(QByteArray(1, char(13 + 2 * 4)));
            file.close();
        }
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *hidden = finding(r, QStringLiteral("hidden-record-bytes"));
        if (kind == QLatin1String("none")) {
            QVERIFY2(!hidden, qPrintable(codes(r).join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(hidden, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(hidden->severity, ReviewFinding::Severity::Error);
        if (!tree.isEmpty()) {
            QCOMPARE(hidden->table, tree);
            QVERIFY2(hidden->englishMessage.contains(QStringLiteral(" records hold more fields than the ")),
                     qPrintable(hidden->englishMessage));
        }
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->sample, QStringLiteral("n***@example.com"));
        QVERIFY(r.exitCode() >= 1);
    }

    void infiniteGauge()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("inf.db"),
                  QStringLiteral("UPDATE insights_gauge SET value = 9e999;"
                                 "UPDATE insights_bucketvalue SET yvalue = -9e999 WHERE id = 4;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QStringList got = codes(r);
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("warning non-finite insights_bucketvalue.yvalue 4"),
                                   QStringLiteral("warning non-finite insights_gauge.value 1")}));
        QCOMPARE(finding(r, QStringLiteral("non-finite"))->englishMessage,
                 QStringLiteral(
                     "insights_gauge.value is inf, not a finite number; JSON exports write it as null"));
        QCOMPARE(r.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 2);
    }
    // Every data check's findings on a table of hostile values come in the order and with the samples each
    // check's own query gave (the value table's checks share one pass; bucket_id and timestamps are read in
    // their indexes' order): review_values.findings.txt holds the review's output before they shared it.
    void valueChecksInTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = valuesFile(dir);
        ReviewReport::Options options;
        options.maxFindingsPerKind = INT_MAX;
        const ReviewReport r = SnapshotReviewer::review(path, options);
        QStringList got;
        for (const ReviewFinding &f : r.findings)
            got << line(f);
        QCOMPARE(got, expectedValueFindings());
        QCOMPARE(r.exitCode(), 1);
    }

    // With limits per kind and in all, the same findings are listed as add() lists the full sequence, and
    // the rest are counted per kind.
    void valueChecksWithinLimits_data()
    {
        QTest::addColumn<int>("perKind");
        QTest::addColumn<int>("listed");
        QTest::newRow("per kind 3") << 3 << 1000000;
        QTest::newRow("10 in all") << INT_MAX << 10;
        QTest::newRow("2 per kind, 7 in all") << 2 << 7;
        QTest::newRow("5 per kind, 40 in all") << 5 << 40;
        QTest::newRow("1 per kind, 1 in all") << 1 << 1;
    }
    void valueChecksWithinLimits()
    {
        QFETCH(int, perKind);
        QFETCH(int, listed);
        QTemporaryDir dir;
        const QString path = valuesFile(dir);
        ReviewReport::Options options;
        options.maxFindingsPerKind = perKind;
        options.maxListedFindings = listed;
        const ReviewReport r = SnapshotReviewer::review(path, options);
        // The model: the full sequence through add()'s two limits.
        QStringList want;
        QMap<QString, qint64> wantMore, gotMore;
        QHash<QString, int> count;
        for (const QString &l : expectedValueFindings()) {
            const QStringList parts = l.split(QLatin1Char(' '));
            const QString key = parts.at(0) + QLatin1Char('|') + parts.at(1);
            if (++count[key] > perKind || want.size() >= listed)
                ++wantMore[key];
            else
                want << l;
        }
        QStringList got;
        for (const ReviewFinding &f : r.findings) {
            if (f.unlisted > 0)
                gotMore[f.code + QLatin1Char('|') + f.table + QLatin1Char('.') + f.column] = f.unlisted;
            else
                got << line(f);
        }
        QCOMPARE(got, want);
        QCOMPARE(gotMore, wantMore);
        QVERIFY(!wantMore.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewHostile)
#include "tst_review_hostile.moc"
