// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace iv {

// Turns QFileOpenEvent (macOS: a file double-clicked in Finder or dropped on the Dock icon) into
// fileOpenRequested(path). Install it on the application object: `app.installEventFilter(filter)`, and
// connect before QCoreApplication::exec(), since the launch's own event arrives at the start of the event
// loop. File-open events with a local path are consumed; events without one (a non-file URL) and all other
// events pass through untouched. GUI thread only; it owns nothing.
class FileOpenEventFilter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileOpenEventFilter)

public:
    explicit FileOpenEventFilter(QObject *parent = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void fileOpenRequested(const QString &path);
};

} // namespace iv
