// SPDX-License-Identifier: MIT
#include "collectconsent.h"

#include "collectproject.h"
#include "sqlsource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QtConcurrent>

#include <sys/stat.h>

#include <algorithm>

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

bool isPython(const QString &program)
{
    static const QRegularExpression name(QStringLiteral("^python[0-9.]*$"));
    const QString canonical = QFileInfo(program).canonicalFilePath();
    return name.match(QFileInfo(program).fileName()).hasMatch() ||
           name.match(QFileInfo(canonical).fileName()).hasMatch();
}

// Files Python may import from folder (it puts the script's folder, or the working folder for -m and -c,
// first on sys.path): modules, byte code outside __pycache__ (the runner points Python's cache elsewhere),
// extension modules and .pth files, in sub-folders too. Hidden folders and __pycache__ are skipped. Adds
// at most `room` files; false when there were more.
bool moduleFiles(const QString &folder, QStringList *files, int room)
{
    static const QStringList suffixes = {QStringLiteral(".py"), QStringLiteral(".pyc"), QStringLiteral(".so"),
                                         QStringLiteral(".pth")};
    // Every file is visited (not only matches), so a huge folder (a home folder as working folder) ends the
    // walk early instead of freezing the question.
    constexpr int maxVisited = 100000;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int added = 0, visited = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (++visited > maxVisited)
            return false;
        if (!std::any_of(suffixes.cbegin(), suffixes.cend(),
                         [&](const QString &suffix) { return path.endsWith(suffix); }))
            continue;
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")) ||
            relative.contains(QLatin1String("__pycache__/")))
            continue;
        if (files->contains(path))
            continue;
        if (++added > room)
            return false;
        *files << path;
    }
    return true;
}

// The files LD_PRELOAD names (separated by ':' or spaces).
QStringList preloaded(const QStringList &loaderVariables)
{
    QStringList files;
    for (const QString &v : loaderVariables) {
        if (!v.startsWith(QLatin1String("LD_PRELOAD=")))
            continue;
        static const QRegularExpression separators(QStringLiteral("[: ]"));
        for (const QString &f : v.mid(11).split(separators, Qt::SkipEmptyParts))
            files << f;
    }
    return files;
}

QStringList filesOf(const QList<ProgramLaunch> &programs, QStringList *problems = nullptr)
{
    QStringList files;
    for (const ProgramLaunch &p : programs) {
        if (!p.program.isEmpty() && !files.contains(p.program))
            files << p.program;
        for (const QString &f : p.files)
            if (!files.contains(f))
                files << f;
        for (const QString &f : preloaded(p.inheritedLoaderVariables))
            if (!files.contains(f))
                files << f;
        if (!isPython(p.program))
            continue;
        QStringList folders{p.workingDirectory};
        for (const QString &f : p.files)
            if (!folders.contains(QFileInfo(f).absolutePath()))
                folders << QFileInfo(f).absolutePath();
        QStringList modules;
        for (const QString &folder : folders) {
            if (!moduleFiles(folder, &modules, CollectConsent::MaxModuleFiles - int(modules.size()))) {
                if (problems)
                    *problems << QCoreApplication::translate(
                                     "iv::Collect", "more than %1 Python files (or 100,000 files) under "
                                                    "%2: too many to vouch for, so this cannot be remembered")
                                     .arg(CollectConsent::MaxModuleFiles)
                                     .arg(QDir::toNativeSeparators(folder));
                break;
            }
        }
        modules.sort();
        for (const QString &f : std::as_const(modules))
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
    // A project that only reads (the sql provider, no programs): its SQL cannot write (read-only sources by
    // construction), so what the question covers is where it reads and writes: sources and output. An edit
    // of its SQL text (or labels, questions) is not asked about again.
    c.m_readOnlySql = programs.isEmpty() && project.providers.isEmpty();
    c.m_output = project.output;
    c.m_programs = programs;
    for (auto it = project.sources.begin(); it != project.sources.end(); ++it) {
        QString why;
        const QString target = SqlSource::target(it.value(), &why);
        if (target.isNull())
            c.m_problems << QStringLiteral("%1: %2").arg(it.key(), why);
        c.m_sources << QStringLiteral("%1: %2").arg(it.key(), target.isNull() ? it.value() : target);
    }
    for (const QString &path : filesOf(programs, &c.m_problems))
        c.m_files << hashFile(path);
    for (const FileHash &f : std::as_const(c.m_files))
        if (f.sha256.isEmpty())
            c.m_problems << QCoreApplication::translate("iv::Collect", "%1 cannot be read")
                                .arg(QDir::toNativeSeparators(f.path));
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
    lines << QStringLiteral("project %1 %2")
                 .arg(m_projectPath, m_readOnlySql ? QStringLiteral("read-only-sql")
                                                   : QString::fromLatin1(m_projectSha256.toHex()));
    lines << QStringLiteral("output %1").arg(m_output);
    for (const QString &source : m_sources)
        lines << QStringLiteral("source %1").arg(source);
    // Lists are written with their length and NUL separators: an argument holding a newline cannot pass
    // for two.
    auto list = [](const QStringList &items) {
        return QString::number(items.size()) + QLatin1Char(':') + items.join(QChar(0));
    };
    for (const ProgramLaunch &p : m_programs)
        lines << QStringLiteral("program %1 %2 in %3 args %4 env %5 inherited %6")
                     .arg(p.provider, p.program, p.workingDirectory, list(p.expandedArguments),
                          list(p.environment), list(p.inheritedLoaderVariables));
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
    if (m_projectSha256.isEmpty() || !m_problems.isEmpty())
        return false;
    return QSettings().value(settingsKey(m_projectPath)).toString() == storedForm();
}

QString CollectConsent::storedForm() const
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(fingerprint().toUtf8(), QCryptographicHash::Sha256).toHex());
}

void CollectConsent::grant() const
{
    if (!m_problems.isEmpty())
        return;
    QSettings().setValue(settingsKey(m_projectPath), storedForm());
}

void CollectConsent::revoke(const QString &projectPath)
{
    QSettings().remove(settingsKey(projectPath));
}

} // namespace iv
