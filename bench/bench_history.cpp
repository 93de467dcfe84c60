// SPDX-License-Identifier: MIT
// Opening a history of many snapshots: N copies of a snapshot (default the bookstore fixture), each moved to
// its own collection time and values with SQL, opened with HistoryIndex cold (no index cache) and again
// (cached), then shown on the History page offscreen (cards and trends drawn). Prints the times and the peak
// memory (VmHWM). Run: bench/history.sh [BUILD] [N…], or bench_history N [SOURCE.db] [WORKDIR].
#include "historyindex.h"
#include "historypage.h"
#include "trendcard.h"

#include <sqlite3.h>

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <ctime>

using namespace iv;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QString();
}

// N copies of source in dir, snapshot i collected i hours after 2026-01-01 and its values moved with i. File
// names run backwards, so name order disagrees with collection order.
bool generate(const QString &source, const QString &dir, int n)
{
    for (int i = 0; i < n; ++i) {
        const QString path =
            QDir(dir).filePath(QStringLiteral("insights-%1.db").arg(n - i, 6, 10, QLatin1Char('0')));
        if (QFile::exists(path))
            continue;
        if (!QFile::copy(source, path))
            return false;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            return false;
        const qint64 secs = 1767225600 + qint64(i) * 3600; // 2026-01-01T00:00:00Z + i hours
        const QByteArray when = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))
                                    .toLatin1();
        // No journal and no fsync: these are throw-away copies, and 10,000 fsyncs would dominate.
        const QByteArray sql = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
                               "UPDATE insights_counter SET created_at = '" +
                               when + "', value = value + " + QByteArray::number(i % 97) +
                               ";"
                               "UPDATE insights_gauge SET created_at = '" +
                               when + "', value = value * " + QByteArray::number(1.0 + (i % 13) / 100.0) +
                               ";"
                               "UPDATE insights_bucket SET created_at = '" +
                               when +
                               "';"
                               "COMMIT;";
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.value(1, QStringLiteral("1000")).toInt();
    const QString source = args.value(2, QStringLiteral(IV_FIXTURES_DIR "/bookstore/insights.db"));
    QTemporaryDir tmp;
    const QString dir = args.size() > 3 ? args.at(3) : tmp.path();
    QDir().mkpath(dir);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    if (!generate(source, dir, n)) {
        std::fprintf(stderr, "bench_history: cannot generate the snapshots in %s\n", qPrintable(dir));
        return 2;
    }
    out << "snapshots: " << n << " copies of " << source << " in " << dir << " (made in " << timer.elapsed()
        << " ms)\n";

    QTemporaryDir cache;
    HistoryIndex::Options options;
    options.cacheDirectory = cache.path();
    // Wall time and the process' CPU time (all threads): on a loaded machine the CPU time is the steadier
    // figure.
    timer.restart();
    double cpu = cpuMs();
    History cold = HistoryIndex::open({dir}, options);
    const qint64 coldMs = timer.elapsed();
    const double coldCpu = cpuMs() - cpu;
    timer.restart();
    cpu = cpuMs();
    History cached = HistoryIndex::open({dir}, options);
    const qint64 cachedMs = timer.elapsed();
    const double cachedCpu = cpuMs() - cpu;
    out << "index cold:   " << coldMs << " ms wall, " << qRound(coldCpu) << " ms CPU (" << cold.read
        << " files read, " << cold.size() << " snapshots, " << cold.series.size() << " series, "
        << cold.skipped.size() << " skipped)\n";
    out << "index cached: " << cachedMs << " ms wall, " << qRound(cachedCpu) << " ms CPU ("
        << cached.fromCache << " from the cache, " << cached.read << " read); cold/cached "
        << QString::number(double(coldMs) / std::max<qint64>(1, cachedMs), 'f', 1) << "x wall, "
        << QString::number(coldCpu / std::max(1.0, cachedCpu), 'f', 1) << "x CPU\n";
    const bool complete = cold.size() == n;
    cold = History();

    HistoryPage page;
    page.resize(1280, 800);
    page.show();
    timer.restart();
    cpu = cpuMs();
    page.setHistory(std::move(cached));
    // Drawn: every card's chart built (a big trend is prepared in a worker) and the page painted once.
    auto allCharts = [&page] {
        for (TrendCard *card : page.trendCards())
            if (!card->findChild<QChartView *>())
                return false;
        return true;
    };
    QElapsedTimer limit;
    limit.start();
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (!allCharts() && limit.elapsed() < 60000);
    const QPixmap drawn = page.grab();
    const qint64 pageMs = timer.elapsed();
    const double pageCpu = cpuMs() - cpu;
    out << "page (cards and trend charts drawn): " << pageMs << " ms wall, " << qRound(pageCpu) << " ms CPU, "
        << page.trendCards().size() << " cards" << (allCharts() && !drawn.isNull() ? "" : " (NOT all drawn)")
        << "\n";
    out << "cold open + page: " << coldMs + pageMs << " ms wall, " << qRound(coldCpu + pageCpu)
        << " ms CPU; cached open + page: " << cachedMs + pageMs << " ms wall, " << qRound(cachedCpu + pageCpu)
        << " ms CPU\n";
    out << "peak RSS: " << peakRssKb() / 1024 << " MB; load average: " << loadAverage() << "\n";
    return complete ? 0 : 1;
}
