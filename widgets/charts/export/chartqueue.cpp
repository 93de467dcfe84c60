// SPDX-License-Identifier: MIT
#include "chartqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstring>

namespace iv {

namespace {

constexpr qint64 kSize = 64; // one cache line: the magic, then the counter
constexpr char kMagic[8] = {'I', 'V', 'C', 'H', 'A', 'R', 'T', 'Q'};
constexpr qint64 kCounterOffset = 8;

// The mapping is shared between processes, so the counter must be a lock-free atomic laid out as a plain
// int (std::atomic_ref is C++20; the GCC/Clang builtins are what it compiles to).
int fetchAdd(int *counter, int add)
{
    return __atomic_fetch_add(counter, add, __ATOMIC_SEQ_CST);
}

} // namespace

ChartQueue::ChartQueue() = default;

ChartQueue::~ChartQueue()
{
    if (m_file) {
        if (m_counter)
            m_file->unmap(reinterpret_cast<uchar *>(m_counter) - kCounterOffset);
        if (m_owner)
            m_file->remove();
    }
}

std::unique_ptr<ChartQueue> ChartQueue::create(QString *error)
{
    auto tmp = std::make_unique<QTemporaryFile>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-charts-XXXXXX")));
    tmp->setAutoRemove(false); // removed by the destructor (the file outlives QTemporaryFile's handle)
    QByteArray initial(kSize, '\0');
    std::memcpy(initial.data(), kMagic, sizeof kMagic);
    if (!tmp->open() || tmp->write(initial) != kSize || !tmp->flush()) {
        *error = QStringLiteral("%1: %2").arg(tmp->fileName(), tmp->errorString());
        tmp->remove();
        return nullptr;
    }
    const QString path = tmp->fileName();
    tmp.reset();
    std::unique_ptr<ChartQueue> queue = attach(path, error);
    if (!queue) {
        QFile::remove(path);
        return nullptr;
    }
    queue->m_owner = true;
    return queue;
}

std::unique_ptr<ChartQueue> ChartQueue::attach(const QString &path, QString *error)
{
    std::unique_ptr<ChartQueue> queue(new ChartQueue);
    queue->m_file = std::make_unique<QFile>(path);
    // Only a file this class made: anything else (another size, no magic) is left untouched.
    if (!queue->m_file->open(QIODevice::ReadWrite | QIODevice::ExistingOnly) ||
        queue->m_file->size() != kSize ||
        queue->m_file->read(sizeof kMagic) != QByteArray(kMagic, sizeof kMagic)) {
        *error = QStringLiteral("%1: %2").arg(
            path, queue->m_file->isOpen() ? QCoreApplication::translate("iv::ChartQueue", "not a chart queue")
                                          : queue->m_file->errorString());
        return nullptr;
    }
    uchar *memory = queue->m_file->map(0, kSize);
    if (!memory) {
        *error = QStringLiteral("%1: %2").arg(path, queue->m_file->errorString());
        return nullptr;
    }
    queue->m_counter = reinterpret_cast<int *>(memory + kCounterOffset);
    return queue;
}

QString ChartQueue::path() const
{
    return m_file ? m_file->fileName() : QString();
}

int ChartQueue::claim()
{
    return fetchAdd(m_counter, 1);
}

void ChartQueue::close(int end)
{
    // Jump past end once; claims already past it stay past it.
    int seen = __atomic_load_n(m_counter, __ATOMIC_SEQ_CST);
    while (seen < end &&
           !__atomic_compare_exchange_n(m_counter, &seen, end, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
    }
}

} // namespace iv
