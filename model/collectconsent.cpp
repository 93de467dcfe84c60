// SPDX-License-Identifier: MIT
#include "collectconsent.h"

#include "collectproject.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace iv {

namespace {

QString settingsKey(const QString &projectPath)
{
    // A hash of the path: QSettings keys cannot hold every character a path can.
    const QByteArray id = QCryptographicHash::hash(projectPath.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("collect/consent/%1").arg(QString::fromLatin1(id));
}

CollectConsent::FileHash hashFile(const QString &path)
{
    CollectConsent::FileHash h;
    h.path = path;
    h.canonicalPath = QFileInfo(path).canonicalFilePath();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (hash.addData(&file))
            h.sha256 = hash.result();
    }
    return h;
}

} // namespace

CollectConsent CollectConsent::of(const CollectProject &project, const QList<ProgramLaunch> &programs)
{
    CollectConsent c;
    c.m_projectPath = project.path;
    c.m_projectSha256 = project.sha256;
    c.m_programs = programs;
    QStringList seen;
    auto add = [&](const QString &path) {
        if (path.isEmpty() || seen.contains(path))
            return;
        seen << path;
        c.m_files << hashFile(path);
    };
    for (const ProgramLaunch &p : programs) {
        add(p.program);
        for (const QString &f : p.files)
            add(f);
    }
    return c;
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
