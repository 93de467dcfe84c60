// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace iv {

// Placeholder main window; the full window is built in the viewer-core GUI work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
    bool openSample();
};

} // namespace iv
