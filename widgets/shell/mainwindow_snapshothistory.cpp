// SPDX-License-Identifier: MIT
// MainWindow: opening a history (many snapshots of one site) on the History page.
#include "mainwindow.h"

#include "cardgrid.h"
#include "history.h"
#include "historypage.h"
#include "trendcard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStatusBar>

namespace iv {

void MainWindow::openHistory(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_historyPage) {
        m_historyPage = new HistoryPage(this);
        m_historyPage->setAccessibleName(tr("History"));
        m_pages->addWidget(m_historyPage);
        connect(m_historyPage, &HistoryPage::historyOpened, this, [this](int snapshots, int skipped) {
            QString message = tr("History: %n snapshot(s)", nullptr, snapshots);
            if (skipped > 0)
                message += tr(", %n file(s) left out", nullptr, skipped);
            statusBar()->showMessage(message, 8000);
            applyHistoryTrends();
        });
    }
    m_historyPage->open(paths);
    m_pages->setCurrentWidget(m_historyPage);
}

void MainWindow::applyHistoryTrends()
{
    if (!m_historyPage || m_historyPage->isLoading() || m_historyPage->history().size() < 2)
        return;
    const HistoryPage *page = m_historyPage;
    CardGrid::setTrendSourceIn(m_pages, [page](const Question &question, const QString &appModule) {
        const History &history = page->history();
        for (const HistorySeries &series : history.series)
            if (series.kind == question.kind && series.label == question.label &&
                (appModule.isEmpty() || series.app == appModule))
                return CardTrend{series.values, TrendCard::changeText(series)};
        return CardTrend();
    });
}

void MainWindow::showOpenHistoryDialog()
{
    const QString start = filePath().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open history: several snapshots, or one and its folder"),
                                      start, tr("Snapshots (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (files.size() == 1)
        openHistory({QFileInfo(files.first()).absolutePath()}); // one file: its whole folder
    else
        openHistory(files);
}

} // namespace iv
