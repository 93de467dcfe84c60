// SPDX-License-Identifier: MIT
// MainWindow: Back and Forward between the places visited since the file was opened (pages, apps,
// questions), by menu, Alt+Left/Alt+Right and the mouse's back and forward buttons.
#include "mainwindow.h"

#include "apppage.h"
#include "dashboardpage.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QStackedWidget>

namespace iv {

namespace {
constexpr int kMaxHistory = 100;
} // namespace

void MainWindow::recordPlace()
{
    QWidget *const page = m_pages->currentWidget();
    if (m_navigating || !m_open || !page || page == m_welcome)
        return;
    Place place{page, page == m_dashboard || page == m_appPage || page == m_questionPage ? m_selection
                                                                                         : Selection()};
    if (m_historyIndex >= 0 && m_history.at(m_historyIndex) == place)
        return;
    m_history.resize(m_historyIndex + 1); // a new place drops what was ahead
    m_history.append(place);
    if (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
    updateHistoryActions();
}

void MainWindow::navigateTo(int index)
{
    if (index < 0 || index >= m_history.size() || !m_open)
        return;
    m_historyIndex = index;
    const Place place = m_history.at(index);
    m_navigating = true;
    if (place.page == m_questionPage && place.selection.type == Selection::Type::Question) {
        const int shows = m_questionShows;
        m_sidebar->selectQuestion(place.selection.kind, place.selection.key);
        if (shows == m_questionShows)
            showQuestion(place.selection.kind, place.selection.key);
    } else if (place.page == m_appPage && place.selection.type == Selection::Type::App) {
        m_sidebar->selectApp(place.selection.key);
        if (m_pages->currentWidget() != m_appPage || m_selection.key != place.selection.key)
            showApp(place.selection.key);
    } else if (place.page == m_dashboard) {
        m_sidebar->selectSnapshot();
        if (m_pages->currentWidget() != m_dashboard)
            showSnapshot();
    } else {
        m_pages->setCurrentWidget(place.page); // the review or compare page as it was
    }
    m_navigating = false;
    updateHistoryActions();
}

void MainWindow::goBack()
{
    if (canGoBack())
        navigateTo(m_historyIndex - 1);
}

void MainWindow::goForward()
{
    if (canGoForward())
        navigateTo(m_historyIndex + 1);
}

void MainWindow::clearHistory()
{
    m_history.clear();
    m_historyIndex = -1;
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    if (m_backAction)
        m_backAction->setEnabled(canGoBack());
    if (m_forwardAction)
        m_forwardAction->setEnabled(canGoForward());
}

bool MainWindow::historyButtonFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons anywhere in this window (the pages' views would take them).
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this &&
            (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            mouse->button() == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return false;
}

} // namespace iv
