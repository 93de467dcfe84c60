// SPDX-License-Identifier: MIT
// SnapshotFile and FileIdentity on hostile paths and numbers: special files are refused at once with the
// reason, a symlink to a regular file is fine, and out-of-range or non-finite numbers convert without
// undefined behaviour under one documented numeric-text rule.
#include "bucketvalues.h"
#include "fileidentity.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <future>
#include <limits>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace iv;

namespace {

// Opens path in a thread; a hang (the old blocking open of a FIFO) fails the test instead of the run.
QString openErrorWithin(const QString &path, int ms,
                        const std::function<void(SnapshotFile::OpenStage)> &atStage = {})
{
    auto result = std::async(std::launch::async, [path, atStage] {
        QString error;
        const auto file = SnapshotFile::open(path, &error, nullptr, atStage);
        return file ? QStringLiteral("(opened)") : error;
    });
    if (result.wait_for(std::chrono::milliseconds(ms)) == std::future_status::ready)
        return result.get();
    // Unblock a reader stuck on a FIFO so the thread can end, then report the hang.
    const int w = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
    if (w >= 0)
        ::close(w);
    result.wait();
    return QStringLiteral("(blocked)");
}

const Question *find(const Catalogue &cat, const QString &label)
{
    for (const App &app : cat.apps)
        for (const Question &q : app.questions)
            if (q.label == label)
                return &q;
    return nullptr;
}

} // namespace

class TestSnapshotFileHostile : public QObject
{
    Q_OBJECT

private slots:
    void fifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString error = openErrorWithin(fifo, 5000);
        QVERIFY2(error.contains(QStringLiteral("fifo.db: is a FIFO, not a regular file")), qPrintable(error));

        const FileIdentity id = FileIdentity::read(fifo);
        QCOMPARE(id.englishError, QStringLiteral("is a FIFO, not a regular file"));
        QVERIFY(id.sha256.isEmpty());
    }

    void devicesAndFoldersAreRefused()
    {
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("zero.db"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QString error = openErrorWithin(zero, 5000);
        QVERIFY2(error.contains(QStringLiteral("zero.db: is a device, not a regular file")),
                 qPrintable(error));
        QCOMPARE(FileIdentity::read(zero).englishError, QStringLiteral("is a device, not a regular file"));

        error = openErrorWithin(dir.path(), 5000);
        QVERIFY2(error.contains(QStringLiteral("is a folder, not a regular file")), qPrintable(error));
        QVERIFY(openErrorWithin(dir.filePath(QStringLiteral("none.db")), 5000)
                    .contains(QStringLiteral("no such file")));
    }

    void symlinkToRegularFileOpens()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("real.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString link = dir.filePath(QStringLiteral("link.db"));
        QVERIFY(QFile::link(path, link));
        QString error;
        const auto file = SnapshotFile::open(link, &error);
        QVERIFY2(file, qPrintable(error));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(file->inode(), quint64(st.st_ino));
        QCOMPARE(file->device(), quint64(st.st_dev));
        const FileIdentity id = FileIdentity::read(link);
        QVERIFY(id.error.isEmpty());
        QCOMPARE(id.sha256.toLatin1(), ivtest::sha256(path));
        QCOMPARE(id.inode, quint64(st.st_ino));
    }

    // A Unix socket named like a snapshot: refused at once with its type, by every command too.
    void socketIsRefused()
    {
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("sock.db"));
        const QByteArray native = QFile::encodeName(sock);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(fd, 1), 0);
        const QString error = openErrorWithin(sock, 5000);
        QVERIFY2(error.endsWith(QStringLiteral("sock.db: is a socket, not a regular file")),
                 qPrintable(error));
        QCOMPARE(FileIdentity::read(sock).englishError, QStringLiteral("is a socket, not a regular file"));
        for (const char *command : {"--review", "--list", "--dump-json"}) {
            const ivtest::RunResult run = ivtest::runViewer({QLatin1String(command), sock}, 10000);
            QVERIFY2(run.exitCode == 2, command);
            QVERIFY2(run.err.startsWith("insights-viewer:") &&
                         run.err.contains("sock.db: is a socket, not a regular file"),
                     run.err.constData());
        }
        ::close(fd);
    }

    // SQLite extensions stay off on every opened snapshot: load_extension() is refused whatever the file
    // holds.
    void extensionsAreDisabled()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        int enabled = -1;
        QCOMPARE(sqlite3_db_config(file->handle(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &enabled),
                 SQLITE_OK);
        QCOMPARE(enabled, 0);
        char *message = nullptr;
        // A real shared library: with extensions enabled SQLite would load it (and fail only on the missing
        // entry point); disabled, it is refused before any dlopen.
        const int rc =
            sqlite3_exec(file->handle(), "SELECT load_extension('libm.so.6')", nullptr, nullptr, &message);
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        QVERIFY(rc != SQLITE_OK);
        QVERIFY2(text.contains(QStringLiteral("not authorized")), qPrintable(text));
        char *libError = nullptr;
        QVERIFY(sqlite3_load_extension(file->handle(), "libm.so.6", nullptr, &libError) != SQLITE_OK);
        const QString libText = QString::fromUtf8(libError ? libError : "");
        sqlite3_free(libError);
        QVERIFY2(libText.contains(QStringLiteral("not authorized")), qPrintable(libText));
    }

    // A FIFO renamed over the path after the descriptor was checked: refused before SQLite opens the path
    // (its open() would block forever on the FIFO).
    void fifoSwappedInBeforeSqliteOpens()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("a.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString error = openErrorWithin(path, 5000, [&](SnapshotFile::OpenStage stage) {
            if (stage == SnapshotFile::OpenStage::DescriptorChecked)
                ::rename(QFile::encodeName(fifo).constData(), QFile::encodeName(path).constData());
        });
        QVERIFY2(
            error.endsWith(QStringLiteral("a.db: was replaced by another file while it was being opened")),
            qPrintable(error));
    }

    // Another snapshot renamed over the path after the last check before SQLite's open: SQLite would read
    // file B while raw reads use file A. Refused once SQLite has opened it.
    void snapshotSwappedInAsSqliteOpens()
    {
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString b = ivtest::buildDatabase(dir, QStringLiteral("b.db"), {QStringLiteral("schema.sql")});
        QString error;
        const auto file = SnapshotFile::open(a, &error, nullptr, [&](SnapshotFile::OpenStage stage) {
            if (stage == SnapshotFile::OpenStage::PathChecked)
                ::rename(QFile::encodeName(b).constData(), QFile::encodeName(a).constData());
        });
        QVERIFY(!file);
        QVERIFY2(
            error.endsWith(QStringLiteral("a.db: was replaced by another file while it was being opened")),
            qPrintable(error));
    }

    // FileIdentity::unchanged checks the path as well as the descriptor: a file renamed over it, or the path
    // removed, is a change even though the descriptor's own file is untouched.
    void identityNoticesThePathNamingAnotherFile()
    {
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString b = ivtest::buildDatabase(dir, QStringLiteral("b.db"), {QStringLiteral("schema.sql")});
        LocalizedText reason;
        const int fd = FileIdentity::openRegularFile(a, &reason);
        QVERIFY(fd >= 0);
        const FileIdentity id = FileIdentity::read(fd, a, false);
        QVERIFY(id.unchanged(fd, &reason));
        QCOMPARE(::rename(QFile::encodeName(b).constData(), QFile::encodeName(a).constData()), 0);
        QVERIFY(!id.unchanged(fd, &reason));
        QCOMPARE(reason.english, QStringLiteral("was replaced by another file"));
        QCOMPARE(::unlink(QFile::encodeName(a).constData()), 0);
        QVERIFY(!id.unchanged(fd, &reason));
        QCOMPARE(reason.english, QStringLiteral("was removed or renamed"));
        ::close(fd);
    }

    void checkedIntegerConversion()
    {
        qint64 v = 7;
        QVERIFY(exactInt64(-9223372036854775808.0, &v));
        QCOMPARE(v, std::numeric_limits<qint64>::min());
        QVERIFY(exactInt64(4.0, &v));
        QCOMPARE(v, qint64(4));
        v = 7;
        QVERIFY(!exactInt64(9223372036854775808.0, &v)); // 2^63: one past the largest qint64
        QVERIFY(!exactInt64(1e300, &v));
        QVERIFY(!exactInt64(-1e300, &v));
        QVERIFY(!exactInt64(std::numeric_limits<double>::infinity(), &v));
        QVERIFY(!exactInt64(-std::numeric_limits<double>::infinity(), &v));
        QVERIFY(!exactInt64(std::nan(""), &v));
        QVERIFY(!exactInt64(2.5, &v));
        QCOMPARE(v, qint64(7)); // untouched on failure
    }

    void numericTextRule_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value"); // NaN compares by isnan
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::nan("");
        QTest::newRow("integer") << QByteArray(" 42 ") << true << 42.0;
        QTest::newRow("real") << QByteArray("1.5") << true << 1.5;
        QTest::newRow("exponent") << QByteArray("1e300") << true << 1e300;
        QTest::newRow("inf") << QByteArray("inf") << true << inf;
        QTest::newRow("INF") << QByteArray("INF") << true << inf;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << true << -inf;
        QTest::newRow("+inf") << QByteArray("+inf") << true << inf;
        QTest::newRow("nan") << QByteArray("nan") << true << nan;
        QTest::newRow("NaN") << QByteArray("NaN") << true << nan;
        QTest::newRow("overflow literal") << QByteArray("1e999") << false << nan;
        QTest::newRow("word") << QByteArray("infinite") << false << nan;
        QTest::newRow("empty") << QByteArray("") << false << nan;
    }

    void numericTextRule()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        bool gotOk = !ok;
        const double got = parseNumericText(text, &gotOk);
        QCOMPARE(gotOk, ok);
        if (std::isnan(value))
            QVERIFY(std::isnan(got));
        else
            QCOMPARE(got, value);
    }

    // Numbers the fuzzer found: each converts without a float-to-integer cast out of range, and every
    // non-finite value is warned about, whatever its storage.
    void hostileNumbers()
    {
        QTemporaryDir dir;
        const QString sql =
            ivtest::basicSnapshotSql() +
            QStringLiteral(
                "INSERT INTO insights_gauge (id, created_at, label, value, app_id) VALUES "
                " (10, '2026-01-01 10:00:00', 'big', 1e300, '11111111111111111111111111111111'),"
                " (11, '2026-01-01 10:00:00', 'posinf', 9e999, '11111111111111111111111111111111'),"
                " (12, '2026-01-01 10:00:00', 'neginf', -9e999, '11111111111111111111111111111111'),"
                " (13, '2026-01-01 10:00:00', 'nantext', 'NaN', '11111111111111111111111111111111'),"
                " (14, '2026-01-01 10:00:00', 'inftext', 'inf', '11111111111111111111111111111111');"
                "INSERT INTO insights_counter (id, created_at, label, value, app_id) VALUES "
                " (10, '2026-01-01 10:00:00', 'hugecount', 1e300, '11111111111111111111111111111111'),"
                " (11, '2026-01-01 10:00:00', 'infcount', 9e999, '11111111111111111111111111111111');"
                "INSERT INTO insights_bucket (id, created_at, label, type, app_id) VALUES "
                " (10, '2026-01-01 10:00:00', 'hugetype', 1e300, '11111111111111111111111111111111'),"
                " (11, '2026-01-01 10:00:00', 'inftype', -9e999, '11111111111111111111111111111111');"
                "INSERT INTO insights_bucketvalue (id, xvalue, yvalue, bucket_id) VALUES "
                " (100, 9e999, 1, 10), (101, 'nan', 2, 10), (102, 1, 2, 10), (103, 'x', 2, 10);");
        const QString path = ivtest::buildDatabaseFromSql(dir, QStringLiteral("numbers.db"), sql);
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const std::optional<Catalogue> cat = file->readCatalogue(&error);
        QVERIFY2(cat, qPrintable(error));
        const QString warnings = cat->warnings.join(QLatin1Char('\n'));

        const Question *big = find(*cat, QStringLiteral("big"));
        QVERIFY(big && big->valueValid);
        QCOMPARE(big->value, 1e300);
        QCOMPARE(big->intValue, qint64(0)); // no integer for 1e300, and no cast to find one
        for (const char *label : {"posinf", "neginf", "nantext", "inftext"}) {
            const Question *q = find(*cat, QLatin1String(label));
            QVERIFY(q && q->valueValid);
            QVERIFY(!std::isfinite(q->value));
            QVERIFY2(warnings.contains(
                         QStringLiteral("gauge %1 has a value that is not finite").arg(QLatin1String(label))),
                     qPrintable(warnings));
        }
        QCOMPARE(find(*cat, QStringLiteral("posinf"))->value, std::numeric_limits<double>::infinity());
        QCOMPARE(find(*cat, QStringLiteral("neginf"))->value, -std::numeric_limits<double>::infinity());
        QVERIFY(!warnings.contains(QStringLiteral("gauge big")));

        for (const char *label : {"hugecount", "infcount"}) {
            const Question *q = find(*cat, QLatin1String(label));
            QVERIFY(q);
            // A counter is an integer: these have none. The stored number is kept (not an integer), with a warning.
            QVERIFY(q->valueValid);
            QVERIFY(!q->valueIsInteger);
            QCOMPARE(q->intValue, qint64(0));
            QVERIFY2(warnings.contains(QStringLiteral("counter %1 has a value that is not a 64-bit integer")
                                           .arg(QLatin1String(label))),
                     qPrintable(warnings));
        }
        for (const char *label : {"hugetype", "inftype"}) {
            const Question *q = find(*cat, QLatin1String(label));
            QVERIFY(q);
            QCOMPARE(q->bucketType, qint64(0));
            QCOMPARE(q->kind, MetricKind::Unknown);
        }

        const std::optional<BucketValues> values = file->loadBucketValues(10, &error);
        QVERIFY2(values, qPrintable(error));
        QCOMPARE(values->size(), 4);
        QCOMPARE(values->x.at(0), std::numeric_limits<double>::infinity());
        QVERIFY(std::isnan(values->x.at(1)));
        QCOMPARE(values->nonFiniteCount, 2);
        QCOMPARE(values->invalidNumberCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFileHostile)
#include "tst_snapshotfile_hostile.moc"
