// SPDX-License-Identifier: MIT
#include "snapshotwatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <sys/stat.h>

namespace iv {

SnapshotWatcher::SnapshotWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &SnapshotWatcher::onEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SnapshotWatcher::onEvent);
    connect(m_debounce, &QTimer::timeout, this, &SnapshotWatcher::settle);
}

void SnapshotWatcher::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void SnapshotWatcher::setPath(const QString &path)
{
    m_debounce->stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty())
        return;
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
    rewatch();
    m_seen = stamp();
}

void SnapshotWatcher::acknowledge()
{
    m_debounce->stop();
    rewatch();
    m_seen = stamp();
}

SnapshotWatcher::Stamp SnapshotWatcher::stamp() const
{
    Stamp s;
    const QFileInfo info(m_path);
    if (!info.exists())
        return s;
    s.exists = true;
    s.size = info.size();
    s.modified = info.lastModified();
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0)
        s.inode = static_cast<quint64>(st.st_ino);
    return s;
}

void SnapshotWatcher::rewatch()
{
    // After a rename over the path, the old watch followed the old inode; watch the path again.
    if (m_watcher->files().contains(m_path))
        m_watcher->removePath(m_path);
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void SnapshotWatcher::onEvent()
{
    if (!m_path.isEmpty())
        m_debounce->start(); // restarts: one signal after the burst
}

void SnapshotWatcher::settle()
{
    rewatch();
    const Stamp now = stamp();
    if (!now.exists || now == m_seen)
        return;
    m_seen = now;
    emit fileChanged(m_path);
}

} // namespace iv
