// SPDX-License-Identifier: MIT
#include "snapshothistoryfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace iv::SnapshotHistoryFiles {

QString fileName(const QDateTime &utc)
{
    return QStringLiteral("insights-%1.db").arg(utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

bool isHistoryFileName(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^insights-\\d{8}T\\d{6}Z\\.db$"));
    return form.match(name).hasMatch();
}

QString newPath(const QString &dir, const QDateTime &utc, QString *error)
{
    const QFileInfo folder(dir);
    if (!folder.isDir()) {
        *error =
            QCoreApplication::translate("iv::Collect", "%1: not a folder").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString path = QDir(folder.absoluteFilePath()).filePath(fileName(utc));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        *error = QCoreApplication::translate("iv::Collect",
                                             "%1 already exists (a collect in the same second); not replaced")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    return path;
}

Pruned prune(const QString &dir, int keep)
{
    Pruned result;
    QDir folder(dir);
    QStringList names;
    const QStringList entries = folder.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    for (const QString &name : entries)
        if (isHistoryFileName(name))
            names << name;
    names.sort(); // the UTC stamp sorts by time
    for (qsizetype i = 0; i + keep < names.size(); ++i) {
        const QString path = folder.absoluteFilePath(names.at(i));
        QFile file(path);
        if (file.remove())
            result.removed << path;
        else
            result.errors << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}

} // namespace iv::SnapshotHistoryFiles
