// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "sqlscript.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace ivtest {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(IV_TEST_DATA_DIR)).filePath(name);
}

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(IV_FIXTURES_DIR)).filePath(relative);
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QString basicSnapshotSql()
{
    return readText(dataPath(QStringLiteral("schema.sql"))) + readText(dataPath(QStringLiteral("basic.sql")));
}

QString buildDatabaseFromSql(const QTemporaryDir &dir, const QString &fileName, const QString &sql)
{
    const QString path = dir.filePath(fileName);
    QString error;
    if (!iv::SqlScript::createDatabase(path, sql, &error))
        qFatal("cannot build test database: %s", qPrintable(error));
    return path;
}

QString buildDatabase(const QTemporaryDir &dir, const QString &fileName, const QStringList &sqlFiles)
{
    QString sql;
    for (const QString &f : sqlFiles)
        sql += readText(dataPath(f)) + QLatin1Char('\n');
    return buildDatabaseFromSql(dir, fileName, sql);
}

QString copyFile(const QString &src, const QTemporaryDir &dir, const QString &fileName)
{
    const QString dst = dir.filePath(fileName);
    QFile::remove(dst);
    if (!QFile::copy(src, dst))
        qFatal("cannot copy %s", qPrintable(src));
    QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return dst;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

FileState fileState(const QString &path)
{
    const QFileInfo info(path);
    FileState s;
    s.sha = sha256(path);
    s.mtime = info.lastModified();
    s.siblings = info.dir().entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    return s;
}

RunResult runViewer(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IV_VIEWER_BINARY), args);
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -2;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace ivtest
