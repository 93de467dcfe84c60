// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
class QTimer;
QT_END_NAMESPACE

namespace iv {

// Tells when the open snapshot was replaced or rewritten on disk. A collect writes a new file beside the old
// one and renames it over it: the watch on the file itself then ends (the inode is gone), so the watcher also
// watches the file's folder and re-adds the path once a file is there again. Bursts of events (write, rename,
// chmod) are debounced into one fileChanged() after debounceMs of quiet, and only when size, mtime or inode
// really differ from what was last seen. A file that disappears without a replacement emits nothing until it
// comes back. Reads nothing but file metadata. Owns its QFileSystemWatcher and timer; GUI thread (any thread
// with an event loop).
class SnapshotWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotWatcher)

public:
    static constexpr int kDefaultDebounceMs = 300;

    explicit SnapshotWatcher(QObject *parent = nullptr);

    // Starts watching path (empty: stop). Takes the current state as "seen".
    void setPath(const QString &path);
    QString path() const { return m_path; }
    void setDebounceMs(int ms);
    // Takes the current state as "seen", e.g. after the window reloaded on its own.
    void acknowledge();

signals:
    void fileChanged(const QString &path);

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        quint64 inode = 0;
        bool operator==(const Stamp &o) const
        {
            return exists == o.exists && size == o.size && modified == o.modified && inode == o.inode;
        }
    };
    Stamp stamp() const;
    void onEvent();
    void settle();
    void rewatch();

    QString m_path;
    Stamp m_seen;
    QFileSystemWatcher *m_watcher = nullptr; // child
    QTimer *m_debounce = nullptr;            // child
};

} // namespace iv
