// SPDX-License-Identifier: MIT
// MainWindow: opening a history (many snapshots of one site) on the History page.
#include "mainwindow.h"

#include "cardgrid.h"
#include "history.h"
#include "historypage.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "trendcard.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QStackedWidget>
#include <QStatusBar>

#include <memory>

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
        // With no single file open, the question tree beside the History page would stay empty: hidden then
        // (F9 still decides when a file is open).
        connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
            m_sidebar->setVisible(m_treeAction->isChecked() &&
                                  (m_open || m_pages->currentWidget() != m_historyPage));
        });
    }
    m_historyPage->open(paths);
    m_pages->setCurrentWidget(m_historyPage);
}

void MainWindow::applyHistoryTrends()
{
    if (!m_historyPage || m_historyPage->isLoading() || m_historyPage->history().size() < 2)
        return;
    // Each series' trend once, by kind, app module and label: cards are built lazily, many per scroll.
    auto key = [](MetricKind kind, const QString &module, const QString &label) {
        return QString::number(int(kind)) + QChar(0) + module + QChar(0) + label;
    };
    auto trends = std::make_shared<QHash<QString, CardTrend>>();
    auto byLabel = std::make_shared<QHash<QString, CardTrend>>(); // for a card whose app module is unknown
    for (const HistorySeries &series : m_historyPage->history().series) {
        const CardTrend trend{series.values, TrendCard::changeText(series)};
        trends->insert(key(series.kind, series.app, series.label), trend);
        const QString any = key(series.kind, QString(), series.label);
        if (!byLabel->contains(any))
            byLabel->insert(any, trend); // the first, as the series are in dashboard order
    }
    CardGrid::setTrendSourceIn(m_pages, [trends, byLabel, key](const Question &question, const QString &appModule) {
        return appModule.isEmpty() ? byLabel->value(key(question.kind, QString(), question.label))
                                   : trends->value(key(question.kind, appModule, question.label));
    });
    // The question page draws the whole trend of a counter or gauge (hover values, the snapshots in its
    // table).
    const HistoryPage *page = m_historyPage;
    m_questionPage->setTrendSource([page, trends, byLabel, key](const Question &question,
                                                                const QString &appModule) {
        QuestionTrend trend;
        const History &history = page->history();
        if (page->isLoading())
            return trend;
        for (const HistorySeries &series : history.series) {
            if (series.kind != question.kind || series.label != question.label ||
                (!appModule.isEmpty() && series.app != appModule))
                continue;
            const HistoryTrend t = HistoryTrend::of(history, series);
            trend.question = t.question;
            trend.values = t.values;
            trend.card = appModule.isEmpty() ? byLabel->value(key(question.kind, QString(), question.label))
                                             : trends->value(key(question.kind, appModule, question.label));
            break; // the first, as the series are in dashboard order
        }
        return trend;
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
