// SPDX-License-Identifier: MIT
#include "sqlscript.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace iv::SqlScript {

bool createDatabase(const QString &path, const QString &script, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (QFileInfo::exists(path))
        return fail(QCoreApplication::translate("iv::Collect", "already exists; refusing to overwrite it"));
    sqlite3 *db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    char *message = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    const QString reason = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        QFile::remove(path);
        return fail(reason);
    }
    return true;
}

QString createSample(const QString &dir, QString *error)
{
    QFile script(QStringLiteral(":/sample.sql"));
    if (!script.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("iv::Collect", "the bundled sample script is missing");
        return QString();
    }
    const QString path = QDir(dir).filePath(QStringLiteral("sample.insights.db"));
    QFile::remove(path); // our own earlier copy in our own folder
    if (!createDatabase(path, QString::fromUtf8(script.readAll()), error))
        return QString();
    return path;
}

} // namespace iv::SqlScript
