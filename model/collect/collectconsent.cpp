// SPDX-License-Identifier: MIT
#include "collectconsent.h"

#include "collectproject.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QtConcurrent>

#include <sys/stat.h>

namespace iv {

namespace {

QString settingsKey(const QString &projectPath)
{
    // A hash of the path: QSettings keys cannot hold every character a path can.
    const QByteArray id = QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("collect/consent/%1").arg(QString::fromLatin1(id));
}

// What identifies a file's content without reading it: a write changes size, mtime or at least ctime (which
// no one can set back), a replacement changes the inode.
struct Stamp
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    bool operator==(const Stamp &o) const
    {
        return device == o.device && inode == o.inode && size == o.size && mtimeNs == o.mtimeNs &&
               ctimeNs == o.ctimeNs;
    }
};

bool stampOf(const QString &path, Stamp *stamp)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *stamp = {st.st_dev, st.st_ino, st.st_size, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
              qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
    return true;
}

// Hashes already computed in this process (warmUp() fills it off the GUI thread), valid while the stamp
// holds.
QMutex g_cacheMutex;
QHash<QString, std::pair<Stamp, QByteArray>> g_cache;

QByteArray sha256Of(const QString &canonicalPath)
{
    Stamp before;
    if (!stampOf(canonicalPath, &before))
        return QByteArray();
    {
        QMutexLocker lock(&g_cacheMutex);
        const auto it = g_cache.constFind(canonicalPath);
        if (it != g_cache.constEnd() && it->first == before)
            return it->second;
    }
    QFile file(canonicalPath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray();
    const QByteArray result = hash.result();
    Stamp after;
    if (stampOf(canonicalPath, &after) && after == before) { // not written while we read it
        QMutexLocker lock(&g_cacheMutex);
        g_cache.insert(canonicalPath, {before, result});
    }
    return result;
}

CollectConsent::FileHash hashFile(const QString &path)
{
    CollectConsent::FileHash h;
    h.path = path;
    h.canonicalPath = QFileInfo(path).canonicalFilePath();
    if (!h.canonicalPath.isEmpty())
        h.sha256 = sha256Of(h.canonicalPath);
    return h;
}

QStringList filesOf(const QList<ProgramLaunch> &programs)
{
    QStringList files;
    for (const ProgramLaunch &p : programs) {
        if (!p.program.isEmpty() && !files.contains(p.program))
            files << p.program;
        for (const QString &f : p.files)
            if (!files.contains(f))
                files << f;
    }
    return files;
}

} // namespace

CollectConsent CollectConsent::of(const CollectProject &project, const QList<ProgramLaunch> &programs)
{
    CollectConsent c;
    c.m_projectPath = project.path;
    c.m_projectSha256 = project.sha256;
    c.m_programs = programs;
    for (const QString &path : filesOf(programs))
        c.m_files << hashFile(path);
    return c;
}

void CollectConsent::warmUp(const QList<ProgramLaunch> &programs)
{
    const QStringList files = filesOf(programs);
    if (files.isEmpty())
        return;
    // Fire and forget: the pool finishes it even if the caller is gone; it only fills the cache.
    (void)QtConcurrent::run([files] {
        for (const QString &path : files)
            hashFile(path);
    });
}

QString CollectConsent::fingerprint() const
{
    QStringList lines;
    lines << QStringLiteral("project %1 %2").arg(m_projectPath, QString::fromLatin1(m_projectSha256.toHex()));
    for (const ProgramLaunch &p : m_programs)
        lines << QStringLiteral("program %1 %2 in %3").arg(p.provider, p.program, p.workingDirectory);
    for (const FileHash &f : m_files)
        lines << QStringLiteral("file %1 -> %2 %3")
                     .arg(f.path, f.canonicalPath,
                          f.sha256.isEmpty() ? QStringLiteral("unreadable")
                                             : QString::fromLatin1(f.sha256.toHex()));
    return lines.join(QLatin1Char('\n'));
}

bool CollectConsent::isGranted() const
{
    // An unreadable project or program cannot be vouched for.
    if (m_projectSha256.isEmpty())
        return false;
    for (const FileHash &f : m_files)
        if (f.sha256.isEmpty())
            return false;
    return QSettings().value(settingsKey(m_projectPath)).toString() == fingerprint();
}

void CollectConsent::grant() const
{
    QSettings().setValue(settingsKey(m_projectPath), fingerprint());
}

void CollectConsent::revoke(const QString &projectPath)
{
    QSettings().remove(settingsKey(projectPath));
}

} // namespace iv
