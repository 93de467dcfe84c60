// SPDX-License-Identifier: MIT
#pragma once

// Snapshots of one site for the history tests, from tests/data/history_site.sql (with schema.sql).

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace ivtest {

struct SiteSnapshot
{
    QString when; // created_at of every row
    qint64 orders = 0;
    double basket = 0;
    QString bars;  // bucket value rows for 'bars'
    QString extra; // more SQL
};

inline QString siteSql(const SiteSnapshot &s)
{
    QString sql = readText(dataPath(QStringLiteral("schema.sql"))) + QLatin1Char('\n') +
                  readText(dataPath(QStringLiteral("history_site.sql")));
    sql.replace(QStringLiteral("@WHEN@"), s.when);
    sql.replace(QStringLiteral("@ORDERS@"), QString::number(s.orders));
    sql.replace(QStringLiteral("@BASKET@"), QString::number(s.basket, 'g', 17));
    sql.replace(QStringLiteral("@BARS@"),
                s.bars.isEmpty() ? QStringLiteral("(1, NULL, 12, 0, 'qt', 1), (2, NULL, 8, 0, 'sql', 1)")
                                 : s.bars);
    sql.replace(QStringLiteral("@EXTRA@"), s.extra);
    return sql;
}

// Builds dir/name and sets its modification time.
inline QString buildSite(const QTemporaryDir &dir, const QString &name, const SiteSnapshot &s,
                         const QDateTime &mtime)
{
    const QString path = buildDatabaseFromSql(dir, name, siteSql(s));
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        f.setFileTime(mtime, QFileDevice::FileModificationTime);
    return path;
}

} // namespace ivtest
