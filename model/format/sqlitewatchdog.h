// SPDX-License-Identifier: MIT
#pragma once

// Internal to model/: bounds the time any SQLite work may take on a hostile or huge file. A helper thread calls
// sqlite3_interrupt() (thread-safe) once the time limit has passed or *cancel became true, and keeps doing so
// until destroyed, so every statement started afterwards stops too. Unlike a progress handler this also stops
// PRAGMA integrity_check, which runs inside a single VDBE instruction. Destroy it before closing the database.

#include <QtGlobal>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace iv {

class SqliteWatchdog
{
public:
    SqliteWatchdog(sqlite3 *db, qint64 timeLimitMs, const std::atomic_bool *cancel)
        : m_thread([this, db, timeLimitMs, cancel] {
              const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeLimitMs);
              std::unique_lock<std::mutex> lock(m_mutex);
              while (!m_stop) {
                  const bool cancelled = cancel && cancel->load(std::memory_order_relaxed);
                  if (cancelled || std::chrono::steady_clock::now() >= deadline) {
                      if (!m_fired.exchange(true))
                          m_cancelled = cancelled;
                      sqlite3_interrupt(db);
                  }
                  m_wake.wait_for(lock, std::chrono::milliseconds(20));
              }
          })
    {
        // A limit already reached or a cancel already requested counts at once, so no further phase starts.
        if (timeLimitMs <= 0 || (cancel && cancel->load()))
            m_fired = true, m_cancelled = cancel && cancel->load();
    }
    ~SqliteWatchdog()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    SqliteWatchdog(const SqliteWatchdog &) = delete;
    SqliteWatchdog &operator=(const SqliteWatchdog &) = delete;

    // True once the limit passed or cancel was seen: results after this point are incomplete.
    bool fired() const { return m_fired.load(); }
    bool cancelled() const { return m_cancelled.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic_bool m_fired{false};
    std::atomic_bool m_cancelled{false};
    std::thread m_thread; // last: starts after the members above exist
};

} // namespace iv
