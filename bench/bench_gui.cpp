// SPDX-License-Identifier: MIT
// GUI benchmark on the large snapshot (bench/make-large-snapshot.sh): a plain timed executable, not a test.
// An event-loop latency probe (a 10 ms QTimer; its lateness is how long the GUI thread could not answer)
// runs while the main window opens the file, selects the 1M-point timeseries, zooms and pans, and exports.
// Usage: bench_gui LARGE.db   (run through bench/run.sh; QT_QPA_PLATFORM=offscreen unless a display is
// wanted)
#include "apppage.h"
#include "bucketloader.h"
#include "chartreducer.h"
#include "chartrenderer.h"
#include "chartthumbnail.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "snapshotfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCharts/QChart>

#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace iv;

namespace {

// "VmHWM" / "VmRSS" of this process in MiB.
double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

class Probe : public QObject
{
public:
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double late = (now - m_last) / 1e6 - 10.0;
            m_max = std::max(m_max, late);
            if (m_trace && late > 25)
                std::printf("  [probe] %.1f ms late at t=%.0f ms\n", late, now / 1e6);
            m_last = now;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    // Max lateness (ms) since the last reset.
    double take()
    {
        const double m = m_max;
        m_max = 0;
        return m;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
    bool m_trace = qEnvironmentVariableIsSet("IV_BENCH_TRACE"); // print every tick more than 25 ms late
};

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui LARGE.db\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    std::printf("baseline RSS after QApplication: %.0f MiB\n", statusMiB("VmRSS"));

    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    Probe probe;
    spin(200);
    probe.take();

    // 1. Open the file (the call is synchronous; the probe sees how long the event loop could not run).
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(0, &w, [&] { w.openFile(path); });
    while (w.filePath().isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 openMs = t.elapsed();
    spin(1500); // dashboard fills what is on screen
    std::printf("open: %lld ms until openFile returned; max event-loop stall %.1f ms; cards built %d of %d\n",
                openMs, probe.take(), int(w.dashboardPage()->cards().size()), w.dashboardPage()->cardCount());

    // 1b. The app page holding the 1M-point timeseries: cards and a thumbnail of the big bucket.
    t.restart();
    QTimer::singleShot(0, &w, [&] { w.select(QStringLiteral("App 00")); });
    spin(2500);
    int thumbs = 0;
    for (ChartThumbnail *th : w.appPage()->thumbnails())
        thumbs += th->chartView() ? 1 : 0;
    std::printf(
        "app page with the 1M thumbnail: max event-loop stall %.1f ms; cards built %d; thumbnails drawn "
        "%d of %d\n",
        probe.take(), int(w.appPage()->cards().size()), thumbs, int(w.appPage()->thumbnails().size()));

    // 2. Select the 1M-point timeseries: time until the chart is shown and painted. Cold: the loader cache
    // (which holds what the app page's thumbnail just read) is cleared first, so the values come from the file.
    BucketLoader::clearCache();
    QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
    t.restart();
    QTimer::singleShot(0, &w, [&] { w.select(QStringLiteral("big_timeseries")); });
    while (ready.isEmpty() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 readyMs = t.elapsed();
    ChartView *view = w.questionPage()->chartView();
    view->reduceNow();
    view->viewport()->repaint();
    const qint64 shownMs = t.elapsed();
    spin(500);
    std::printf("select 1M timeseries: chart ready %lld ms, painted %lld ms (target < 1000 ms); "
                "max stall %.1f ms (target < 50 ms); points drawn %d of %d\n",
                readyMs, shownMs, probe.take(), view->reducer() ? view->reducer()->shownCount() : -1,
                view->reducer() ? view->reducer()->totalCount() : -1);
    std::printf("RSS with the 1M bucket shown: now %.0f MiB, peak %.0f MiB (target < 250 MiB)\n",
                statusMiB("VmRSS"), statusMiB("VmHWM"));

    // 2b. Warm: back to the app page and to the question again; the values come from the loader cache.
    QTimer::singleShot(0, &w, [&] { w.select(QStringLiteral("App 00")); });
    spin(1000);
    ready.clear();
    probe.take();
    t.restart();
    QTimer::singleShot(0, &w, [&] { w.select(QStringLiteral("big_timeseries")); });
    while (ready.isEmpty() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view = w.questionPage()->chartView();
    view->reduceNow();
    view->viewport()->repaint();
    std::printf("select 1M timeseries again (values cached): painted %lld ms; max stall %.1f ms; RSS %.0f MiB\n",
                t.elapsed(), probe.take(), statusMiB("VmRSS"));
    spin(300);

    // 3. Zoom and pan as a user does: a wheel event (or a pan step) is handled, the range change schedules
    // the re-reduction for the next event-loop turn, then the view paints. Timed from the event to the end of
    // that paint (forced with repaint() so that it falls inside the measurement).
    QVector<double> zoomMs, panMs, reduceMs;
    const QPointF centre(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
    QSignalSpy reduced(view, &ChartView::rangeReduced);
    auto step = [&](const std::function<void()> &action) {
        reduced.clear();
        QElapsedTimer s;
        s.start();
        action();
        while (reduced.isEmpty() && s.elapsed() < 5000)
            QCoreApplication::processEvents();
        view->viewport()->repaint(); // the paint the new points requested, done now so that it is timed
        const double ms = s.nsecsElapsed() / 1e6;
        spin(40); // the event loop runs between steps, so the probe sees real stalls only
        return ms;
    };
    for (int i = 0; i < 12; ++i) {
        zoomMs << step([&] {
            QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(view->viewport(), &wheel);
        });
        reduceMs << view->lastReduceMs();
    }
    for (int i = 0; i < 12; ++i)
        panMs << step([&] { view->panBy(QPointF(i % 2 ? -150 : 150, 0)); });
    const double resetMs = step([&] { view->resetZoom(); });
    spin(200);
    QElapsedTimer s;
    std::printf("zoom: median %.1f ms, max %.1f ms (reduction alone median %.1f ms); pan: median %.1f ms, "
                "max %.1f ms; reset %.1f ms (target < 50 ms); max stall %.1f ms\n",
                median(zoomMs), *std::max_element(zoomMs.cbegin(), zoomMs.cend()), median(reduceMs),
                median(panMs), *std::max_element(panMs.cbegin(), panMs.cend()), resetMs, probe.take());

    // 4. Export the shown chart as PNG at 180 dpi (in process, the same builder and reduction).
    QTemporaryDir dir;
    const Question *q = w.catalogue().findBucket(QStringLiteral("big_timeseries"));
    QString error;
    auto file = SnapshotFile::open(path, &error);
    const BucketValues values = *file->loadBucketValues(q->id, &error);
    s.restart();
    RenderOptions options;
    ChartNotes notes;
    const bool ok = ChartRenderer::exportChart(*q, values, options, dir.filePath(QStringLiteral("ts.png")),
                                               &error, &notes);
    std::printf("export 1M timeseries PNG in process (values already loaded): %.0f ms %s\n",
                s.nsecsElapsed() / 1e6, ok ? "" : qPrintable(error));
    std::printf("peak RSS of the whole run: %.0f MiB\n", statusMiB("VmHWM"));
    return 0;
}
