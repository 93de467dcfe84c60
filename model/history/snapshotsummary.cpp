// SPDX-License-Identifier: MIT
#include "snapshotsummary.h"

#include "fileidentity.h"
#include "snapshotfile.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace iv {

namespace {

// SnapshotFile's messages start with the path; the history lists the path apart.
QString withoutPath(const QString &message, const QString &path)
{
    const QString prefix = QDir::toNativeSeparators(path) + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

} // namespace

bool SnapshotSummary::statFile(const QString &absolutePath)
{
    path = absolutePath;
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0) {
        error = QCoreApplication::translate("iv::SnapshotSummary", "cannot be read (%1)")
                    .arg(QString::fromLocal8Bit(strerror(errno)));
        englishError = QStringLiteral("cannot be read (%1)").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    device = st.st_dev;
    inode = st.st_ino;
    size = st.st_size;
    mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    if (!S_ISREG(st.st_mode)) {
        error = QCoreApplication::translate("iv::SnapshotSummary", "not a regular file");
        englishError = QStringLiteral("not a regular file");
        return false;
    }
    return true;
}

SnapshotSummary SnapshotSummary::read(const QString &absolutePath, bool withSha256)
{
    // No stat of the path first: SnapshotFile checks the file through its descriptor (a regular file, not
    // replaced while opening), and the identity below is the descriptor's.
    SnapshotSummary s;
    s.path = absolutePath;
    QString error;
    QString english;
    const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(absolutePath, &error, &english);
    if (!file) {
        s.error = withoutPath(error, absolutePath);
        s.englishError = withoutPath(english, absolutePath);
        return s;
    }
    // The identity of the file SQLite reads (the descriptor's), not of whatever the path names meanwhile.
    const FileIdentity identity = FileIdentity::read(file->descriptor(), absolutePath, withSha256);
    if (!identity.error.isEmpty()) {
        s.error = withoutPath(identity.error, absolutePath);
        s.englishError = withoutPath(identity.englishError, absolutePath);
        return s;
    }
    s.device = identity.device;
    s.inode = identity.inode;
    s.size = identity.size;
    s.mtimeNs = identity.mtimeNs;
    s.ctimeNs = identity.ctimeNs;
    s.sha256 = identity.sha256;
    const std::optional<Catalogue> cat = file->readCatalogue(&error, &english);
    if (!cat) {
        s.error = withoutPath(error, absolutePath);
        s.englishError = withoutPath(english, absolutePath);
        return s;
    }
    s.collectedAtText = cat->latestCreatedAt;
    s.collectedAt =
        cat->latestCreatedAt.isEmpty() ? Timestamp::Invalid : Timestamp::parseUtcMicros(cat->latestCreatedAt);
    for (const App &app : cat->apps) {
        s.apps.append({app.module, app.name()});
        for (const Question &q : app.questions) {
            if (q.isBucket() || q.kind == MetricKind::Unknown) {
                s.buckets.append({q.kind, app.module, q.label, q.displayText(), q.id, q.pointCount});
                continue;
            }
            Metric m;
            m.kind = q.kind;
            m.app = app.module;
            m.label = q.label;
            m.question = q.displayText();
            m.valueValid = q.valueValid;
            m.valueIsInteger = q.valueIsInteger;
            m.intValue = q.intValue;
            m.value = q.value;
            s.metrics.append(m);
        }
    }
    return s;
}

QDataStream &operator<<(QDataStream &out, const SnapshotSummary &s)
{
    out << s.path << s.device << s.inode << s.size << s.mtimeNs << s.ctimeNs << s.sha256 << s.error
        << s.englishError << s.collectedAtText << s.collectedAt;
    out << qint32(s.apps.size());
    for (const auto &a : s.apps)
        out << a.module << a.name;
    out << qint32(s.metrics.size());
    for (const auto &m : s.metrics)
        out << qint32(m.kind) << m.app << m.label << m.question << m.valueValid << m.valueIsInteger
            << m.intValue << m.value;
    out << qint32(s.buckets.size());
    for (const auto &b : s.buckets)
        out << qint32(b.kind) << b.app << b.label << b.question << b.id << b.pointCount;
    return out;
}

QDataStream &operator>>(QDataStream &in, SnapshotSummary &s)
{
    in >> s.path >> s.device >> s.inode >> s.size >> s.mtimeNs >> s.ctimeNs >> s.sha256 >> s.error >>
        s.englishError >> s.collectedAtText >> s.collectedAt;
    // Counts are bounded so a damaged cache cannot make us allocate without end; the stream's status says it.
    constexpr qint32 kMax = 1000000;
    qint32 n = 0;
    in >> n;
    if (n < 0 || n > kMax) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    s.apps.resize(n);
    for (auto &a : s.apps)
        in >> a.module >> a.name;
    in >> n;
    if (n < 0 || n > kMax) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    s.metrics.resize(n);
    for (auto &m : s.metrics) {
        qint32 kind = 0;
        in >> kind >> m.app >> m.label >> m.question >> m.valueValid >> m.valueIsInteger >> m.intValue >>
            m.value;
        m.kind = kind == int(MetricKind::Gauge) ? MetricKind::Gauge : MetricKind::Counter;
    }
    in >> n;
    if (n < 0 || n > kMax) {
        in.setStatus(QDataStream::ReadCorruptData);
        return in;
    }
    s.buckets.resize(n);
    for (auto &b : s.buckets) {
        qint32 kind = 0;
        in >> kind >> b.app >> b.label >> b.question >> b.id >> b.pointCount;
        b.kind = kind >= 0 && kind <= int(MetricKind::Unknown) ? static_cast<MetricKind>(kind)
                                                               : MetricKind::Unknown;
    }
    return in;
}

} // namespace iv
