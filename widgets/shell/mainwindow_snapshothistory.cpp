// SPDX-License-Identifier: MIT
// MainWindow: opening a history (many snapshots of one site) on the History page.
#include "mainwindow.h"

#include "historypage.h"

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
        });
    }
    m_historyPage->open(paths);
    m_pages->setCurrentWidget(m_historyPage);
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
