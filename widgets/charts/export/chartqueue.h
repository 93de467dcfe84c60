// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace iv {

// The charts of one export handed out to several processes, each index once, to whichever asks first: a
// counter in a small temporary file (outside the snapshot's folder) that every process taking part maps and
// increments atomically. Dynamic, so a process that starts late or draws slow charts simply takes fewer.
//
// The owner creates the file and removes it when destroyed; helpers attach() by path. claim() from one
// thread per process (any thread); the counter is shared memory, so it never blocks.
class ChartQueue
{
public:
    ~ChartQueue();
    ChartQueue(const ChartQueue &) = delete;
    ChartQueue &operator=(const ChartQueue &) = delete;

    // A new queue starting at index 0. Null with *error when no temporary file can be made.
    static std::unique_ptr<ChartQueue> create(QString *error);
    // The queue another process created at path. Null with *error "PATH: reason" for any other file (size
    // and magic bytes checked before anything is written).
    static std::unique_ptr<ChartQueue> attach(const QString &path, QString *error);

    QString path() const;
    // The next unclaimed index: 0, 1, 2, … across all processes.
    int claim();
    // Every later claim() returns at least `end`: the others stop taking work (after an error).
    void close(int end);

private:
    ChartQueue();
    std::unique_ptr<QFile> m_file;
    bool m_owner = false;
    int *m_counter = nullptr; // in the file's shared mapping (owned by m_file)
};

} // namespace iv
