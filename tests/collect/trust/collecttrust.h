// SPDX-License-Identifier: MIT
// What the collect trust tests share: project files with command providers, a process's life, the
// temporaries beside an output, and the fixture of each test (a private folder, strays to kill, a project
// loaded and prepared as the dialog does).
#pragma once

#include "collectconsent.h"
#include "collector.h"
#include "collectproject.h"
#include "sqlsource.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace iv;

namespace ivtest::trust {

inline QString writeText(const QString &path, const QByteArray &text, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return path;
}

inline QString writeJson(const QString &path, const QJsonObject &o)
{
    return writeText(path, QJsonDocument(o).toJson());
}

inline QJsonObject command(const QString &name, const QString &program, const QStringList &arguments,
                           const QJsonObject &extra = {})
{
    QJsonObject p = extra;
    p.insert(QStringLiteral("name"), name);
    p.insert(QStringLiteral("kind"), QStringLiteral("command"));
    p.insert(QStringLiteral("program"), program);
    p.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    return p;
}

inline QJsonObject project(const QString &output, const QList<QJsonObject> &providers)
{
    QJsonArray list;
    for (const QJsonObject &p : providers)
        list.append(p);
    return {{QStringLiteral("output"), output}, {QStringLiteral("providers"), list}};
}

// Alive = exists and is not a zombie (an orphan waits for init to reap it; it runs no more).
inline bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

inline bool goneWithin(qint64 pid, int ms)
{
    QElapsedTimer t;
    t.start();
    while (alive(pid)) {
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

// The pid a test provider wrote into path, waiting for it up to 20 s; 0 when it never came.
inline qint64 waitForPid(const QString &path)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll().trimmed();
            if (!text.isEmpty())
                return text.toLongLong();
        }
        QThread::msleep(20);
    }
    return 0;
}

inline QStringList temporaries(const QString &dir, const QString &output)
{
    return QDir(dir).entryList({QStringLiteral(".%1.collecting*").arg(output)}, QDir::Files | QDir::Hidden,
                               QDir::Name);
}

inline constexpr char kToken[] = "tok-3f9a-very-secret-7c21";

} // namespace ivtest::trust

// The members every collect trust test class has (its slots are its own).
class CollectTrustTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    QList<qint64> m_strays; // processes to kill in cleanup should a test fail halfway

    // initTestCase of every trust test: the temporary folder, and QSettings under the test's own name (they
    // live in the private folder ctest gives each test, XDG_CONFIG_HOME).
    bool setUpTrustTest()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_collecttrust"));
        return m_dir.isValid();
    }
    // cleanupTestCase of every trust test: processes a failed test left behind are killed.
    void killStrays()
    {
        for (qint64 pid : std::as_const(m_strays))
            if (ivtest::trust::alive(pid))
                ::kill(static_cast<pid_t>(pid), SIGKILL);
    }

    std::optional<CollectProject> load(const QString &path, QString *error)
    {
        return CollectProject::load(path, {}, QString(), error);
    }
    // Loads and prepares path; the consent as the dialog would compute it now.
    std::optional<CollectConsent> consentFor(const QString &path)
    {
        QString error;
        const auto p = load(path, &error);
        if (!p) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        Collector c;
        if (!c.prepare(*p, &error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        return CollectConsent::of(*p, c.programs());
    }
};
