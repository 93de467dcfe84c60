// SPDX-License-Identifier: MIT
#pragma once

#include "metrickind.h"

#include <QString>
#include <QVector>

#include <cmath>

QT_BEGIN_NAMESPACE
class QDataStream;
QT_END_NAMESPACE

namespace iv {

// What a history needs of one snapshot, and all the index cache keeps of it: the file's identity (device,
// inode, size, mtime, ctime), its apps, its counters' and gauges' values, its buckets' metadata (never their
// values) and its collection time; or, for a file that could not be read, the reason. A plain value type,
// safe to pass between threads.
struct SnapshotSummary
{
    struct Metric
    {
        MetricKind kind = MetricKind::Counter; // Counter or Gauge
        QString app;                           // the app's module
        QString label;
        QString question;
        bool valueValid = false;
        bool valueIsInteger = false;
        qint64 intValue = 0;
        double value = std::nan("");
    };
    struct Bucket
    {
        MetricKind kind = MetricKind::Unknown;
        QString app;
        QString label;
        QString question;
        qint64 id = 0;
        qint64 pointCount = 0;
    };
    struct AppName
    {
        QString module;
        QString name; // label, else module
    };

    QString path; // absolute
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    QString sha256; // empty unless asked for

    QString error;           // empty when readable; else the reason (UI language), without the path
    QString englishError;    // the same in English (JSON)
    QString collectedAtText; // the latest created_at of counters, gauges and buckets, as stored
    qint64 collectedAt = 0;  // the same as UTC microseconds; Timestamp::Invalid when missing or malformed
    QVector<AppName> apps;
    QVector<Metric> metrics;
    QVector<Bucket> buckets;

    bool readable() const { return error.isEmpty(); }
    // Same device, inode, size, mtime and ctime as other: the same file in the same state.
    bool sameFileAs(const SnapshotSummary &other) const
    {
        return device == other.device && inode == other.inode && size == other.size &&
               mtimeNs == other.mtimeNs && ctimeNs == other.ctimeNs;
    }

    // Fills path and the identity fields from stat(path) (following a symlink). False when the path names no
    // regular file (error set).
    bool statFile(const QString &absolutePath);
    // Opens the file through SnapshotFile (read-only, immutable, hardened) and reads its catalogue; sets
    // error on failure. withSha256 hashes the very file SQLite read (through its descriptor).
    static SnapshotSummary read(const QString &absolutePath, bool withSha256);
};

QDataStream &operator<<(QDataStream &out, const SnapshotSummary &s);
QDataStream &operator>>(QDataStream &in, SnapshotSummary &s);

} // namespace iv
