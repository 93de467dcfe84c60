// SPDX-License-Identifier: MIT
#include "fileopeneventfilter.h"

#include <QFileOpenEvent>
#include <QUrl>

namespace iv {

FileOpenEventFilter::FileOpenEventFilter(QObject *parent) : QObject(parent) {}

bool FileOpenEventFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const auto *open = static_cast<QFileOpenEvent *>(event);
    // file() is the local path, also for a file:// URL; a remote URL has none and is left to others.
    QString path = open->file();
    if (path.isEmpty() && open->url().isLocalFile())
        path = open->url().toLocalFile();
    if (path.isEmpty())
        return QObject::eventFilter(watched, event);
    emit fileOpenRequested(path);
    return true;
}

} // namespace iv
