// SPDX-License-Identifier: MIT
// The pages of the budget cases (bench/budgets.sh builds them): opens each FILE in a 1600×1000 main window
// (offscreen) and selects each of its buckets, timing select → chart ready → painted, with the window's width
// and VmHWM (peak RSS) after each. Usage: bench_budgets FILE...
#include "mainwindow.h"
#include "questionpage.h"
#include "snapshotfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::number(line.mid(6).trimmed().split(' ').first().toLongLong() / 1024) +
                   QStringLiteral(" MiB");
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    for (const QString &file : files) {
        QString error;
        const auto snapshot = iv::SnapshotFile::open(file, &error);
        const auto catalogue = snapshot ? snapshot->readCatalogue(&error) : std::nullopt;
        if (!catalogue) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        iv::MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QElapsedTimer t;
        t.start();
        if (!w.openFile(file))
            return 2;
        std::printf("%-16s open %5lld ms\n", qPrintable(QFileInfo(file).completeBaseName()), t.elapsed());
        for (const iv::App &a : catalogue->apps) {
            t.restart();
            w.select(a.name()); // the app page: its cards and chart thumbnails
            QTest::qWait(300);  // thumbnails load in the background
            w.grab();
            std::printf("%-16s app page     %5lld ms  window %d px wide  peak %s\n",
                        qPrintable(QFileInfo(file).completeBaseName()), t.elapsed(), w.width(),
                        qPrintable(peakRss()));
            for (const iv::Question &q : a.questions) {
                QSignalSpy ready(w.questionPage(), &iv::QuestionPage::ready);
                t.restart();
                w.select(q.label);
                if (q.isBucket() && ready.isEmpty())
                    ready.wait(60000);
                w.grab(); // paints the page
                std::printf("%-16s %-12s %5lld ms  window %d px wide  peak %s\n",
                            qPrintable(QFileInfo(file).completeBaseName()), qPrintable(q.label.left(12)),
                            t.elapsed(), w.width(), qPrintable(peakRss()));
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
