// SPDX-License-Identifier: MIT
#pragma once

// Test helper for the collect tests: an insights.db as canonical text lines (apps by module, every metric's
// texts and value, every bucket value in stored order), read with plain SQL independently of the code under
// test, so two snapshots can be compared value by value. uuids, ids and created_at are left out (random or
// time-dependent upstream too).
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace ivtest {

inline QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return QStringLiteral("'%1'").arg(v.toString());
}

inline QStringList queryLines(const QString &path, const QString &sql)
{
    QStringList lines;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("open failed: ") + db.lastError().text()};
        QSqlQuery q(db);
        if (!q.exec(sql))
            lines << QStringLiteral("query failed: ") + q.lastError().text();
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << cell(q.value(c));
            lines << cells.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

inline QStringList snapshotLines(const QString &path)
{
    const char *const queries[] = {
        "SELECT 'app', module, label FROM insights_app ORDER BY module",
        "SELECT 'counter', a.module, c.label, c.question, c.desc, c.value, typeof(c.value) FROM insights_counter c "
        "JOIN insights_app a ON a.uuid = c.app_id ORDER BY c.label",
        "SELECT 'gauge', a.module, g.label, g.question, g.desc, g.value, typeof(g.value) FROM insights_gauge g "
        "JOIN insights_app a ON a.uuid = g.app_id ORDER BY g.label",
        "SELECT 'bucket', a.module, b.label, b.question, b.desc, b.type, b.xlabel, b.xformat, b.ylabel, b.yformat, "
        "b.title FROM insights_bucket b JOIN insights_app a ON a.uuid = b.app_id ORDER BY b.label",
        "SELECT 'value', b.label, v.timestamp, v.xvalue, v.yvalue, v.category, typeof(v.xvalue) FROM "
        "insights_bucketvalue v JOIN insights_bucket b ON b.id = v.bucket_id ORDER BY b.label, v.id",
    };
    QStringList lines;
    for (const char *q : queries)
        lines << queryLines(path, QString::fromLatin1(q));
    return lines;
}

// type|name|tbl_name|sql of sqlite_master in creation order: the schema byte for byte.
inline QStringList schemaLines(const QString &path)
{
    return queryLines(path, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"));
}

} // namespace ivtest
