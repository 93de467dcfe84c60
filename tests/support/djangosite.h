// SPDX-License-Identifier: MIT
#pragma once
// The help-desk Django site of tests/data/django for the django provider's and the draft's tests: a copy
// with its database, the site's venv interpreter, a listing of a folder with every file's hash.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace ivtest {

inline void writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

// A minimal Django site: manage.py naming settings, a settings module with the given INSTALLED_APPS.
inline void writeSite(const QString &dir, const QByteArray &settingsModule = "site_config.settings")
{
    writeFile(QDir(dir).filePath(QStringLiteral("manage.py")),
              "#!/usr/bin/env python3\nimport os, sys\n\ndef main():\n    "
              "os.environ.setdefault('DJANGO_SETTINGS_MODULE', '" +
                  settingsModule +
                  "')\n    from django.core.management import execute_from_command_line\n"
                  "    execute_from_command_line(sys.argv)\n\nif __name__ == '__main__':\n    main()\n");
    writeFile(QDir(dir).filePath(QStringLiteral("site_config/__init__.py")), "");
    writeFile(QDir(dir).filePath(QStringLiteral("site_config/settings.py")),
              "SECRET_KEY = 'test'\nINSTALLED_APPS = ['django.contrib.contenttypes']\n"
              "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'site.sqlite3'}}\n"
              "USE_TZ = True\n");
}

// Every entry under dir (hidden ones too) with its size, modification time and, for files, SHA-256.
inline QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        QByteArray hash;
        if (it.fileInfo().isFile()) {
            QFile f(it.filePath());
            if (f.open(QIODevice::ReadOnly)) {
                QCryptographicHash h(QCryptographicHash::Sha256);
                h.addData(&f);
                hash = h.result().toHex();
            }
        }
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(QDir(dir).relativeFilePath(it.filePath()))
                   .arg(it.fileInfo().size())
                   .arg(it.fileInfo().lastModified().toMSecsSinceEpoch())
                   .arg(QString::fromLatin1(hash));
    }
    out.sort();
    return out;
}

// An interpreter that has Django (Debian's python3-django is for /usr/bin/python3, which may not be the first
// python3 on PATH), or empty.
inline QString djangoPython()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import django")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

// The site's venv/bin/python3: python, with the test double of django-insights on its path when fake.
inline void writeVenv(const QString &site, const QString &python, bool fake)
{
    QByteArray script = "#!/bin/sh\n";
    if (fake)
        script += "PYTHONPATH='" IV_TEST_DATA_DIR "/django/fake' ";
    script += "exec '" + python.toUtf8() + "' \"$@\"\n";
    writeFile(QDir(site).filePath(QStringLiteral("venv/bin/python3")), script, true);
}

// tests/data/django/site copied to dir/site with its db.sqlite3 built from site.sql; returns the site folder.
inline QString copySite(const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(IV_TEST_DATA_DIR "/django/site");
    const QString site = dir.filePath(QStringLiteral("site"));
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(site).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(file, to);
    }
    QTemporaryDir build;
    const QString db = buildDatabaseFromSql(build, QStringLiteral("db.sqlite3"),
                                            readText(QDir(from).filePath(QStringLiteral("site.sql"))));
    QFile::copy(db, QDir(site).filePath(QStringLiteral("db.sqlite3")));
    return site;
}

// The copied site's manage.py pointed at another settings module of it ("helpdesk.settings_pg"); returns its path.
inline QString useSettings(const QString &site, const QString &module)
{
    const QString manage = QDir(site).filePath(QStringLiteral("manage.py"));
    QString text = readText(manage);
    text.replace(QStringLiteral("\"helpdesk.settings\""), QLatin1Char('"') + module + QLatin1Char('"'));
    writeFile(manage, text.toUtf8());
    return manage;
}

} // namespace ivtest
