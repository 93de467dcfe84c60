// SPDX-License-Identifier: MIT
#include "mainwindow.h"

namespace iv {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

bool MainWindow::openSample()
{
    return false;
}

} // namespace iv
