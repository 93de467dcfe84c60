// SPDX-License-Identifier: MIT
// Copies that keep the original's records as stored: tables of the original that are the writer's exactly and
// hold nothing to replace, copied by SQLite's transfer (records and index entries byte for byte, in order)
// instead of row by row; and a copy of the reviewed bytes whose replaced cells are written in place.
#include "redactionrun_p.h"

#include "reviewreport.h"
#include "sqlitestatement.h"

#include <functional>
#include <memory>

namespace iv::redaction {

bool rawRecordCopyAllowed(const ReviewReport &report)
{
    // A transfer copies each record as the original stores it; a copy row by row re-encodes it from the
    // values SQLite reads. The two differ only by bytes SQLite never reads (fields beyond a table's columns,
    // say), and the review reports those: with any such finding, every table is copied row by row. Records of
    // UTF-16 text cannot go into the writer's UTF-8 file as they are (nor can SQLite attach such a file to
    // it).
    if (report.identity.textEncoding != 1)
        return false;
    for (const ReviewFinding &f : report.findings)
        if (f.code == QLatin1String("hidden-record-bytes"))
            return false;
    return true;
}

namespace {

// "name\x1fsql" of each of table's table and index entries in the schema `schema` ("main" or "src"),
// sorted; an automatic index (no sql) by its name alone.
QStringList schemaEntries(sqlite3 *db, const char *schema, const QString &table)
{
    SqliteStatement st(db,
                       QStringLiteral("SELECT type, name, sql FROM %1.sqlite_master WHERE (type = 'table' "
                                      "AND name = ?1) OR (type = 'index' AND tbl_name = ?1)")
                           .arg(QLatin1String(schema)));
    if (!st.isValid())
        return {};
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(st.get(), 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    QStringList out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out << st.text(0) + QChar(0x1f) + st.text(1) + QChar(0x1f) +
                   (st.type(2) == SQLITE_NULL ? QStringLiteral("(automatic)") : st.text(2));
    if (rc != SQLITE_DONE)
        return {};
    out.sort();
    return out;
}

} // namespace

bool Run::sameTableAsWriter(WorkFile &dst, const QString &table) const
{
    if (!dst.attached())
        return false;
    const QStringList mine = schemaEntries(dst.db(), "main", table);
    // Sorted, the table's own entry comes last, after its indexes ("index…" < "table…").
    return !mine.isEmpty() && mine.last().startsWith(QLatin1String("table")) &&
           schemaEntries(dst.db(), "src", table) == mine;
}

bool Run::transferTable(WorkFile &dst, const QString &table, bool *transferred)
{
    *transferred = false;
    // SQLite transfers only into an empty table (else it inserts row by row, the same rows).
    SqliteStatement empty(dst.db(), QStringLiteral("SELECT 1 FROM main.%1 LIMIT 1").arg(quoted(table)));
    if (!empty.isValid() || empty.step() != SQLITE_DONE)
        return true;
    const QString sql = QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1").arg(quoted(table));
    // The transfer's program reads each record whole (RowData); a program without it would decode and
    // re-encode every row, and then the row-by-row copy, which also replaces cells as it goes, is made.
    SqliteStatement plan(dst.db(), QStringLiteral("EXPLAIN ") + sql);
    bool wholeRecords = false;
    while (plan.isValid() && plan.step() == SQLITE_ROW)
        wholeRecords = wholeRecords || plan.text(1) == QLatin1String("RowData");
    if (!wholeRecords)
        return true;
    SqliteStatement insert(dst.db(), sql);
    if (!insert.isValid())
        return fail(QStringLiteral("%1: %2").arg(native(dst.path()), dst.lastError()));
    // Cancellable while SQLite copies: the handler is polled every 100,000 steps of the program.
    sqlite3_progress_handler(
        dst.db(), 100000, [](void *run) { return static_cast<Run *>(run)->cancelled() ? 1 : 0; }, this);
    const int rc = insert.step();
    sqlite3_progress_handler(dst.db(), 0, nullptr, nullptr);
    if (rc != SQLITE_DONE)
        return fail(cancelled()
                        ? QStringLiteral("%1: cancelled").arg(native(m_source))
                        : QStringLiteral("%1: copying %2: %3").arg(native(m_source), table, dst.lastError()));
    // The transfer counts an AUTOINCREMENT table even when it copied no row (sqlite_sequence gets its name
    // with 0); a copy row by row does not, and sqlite_sequence stays as that copy leaves it.
    SqliteStatement uncounted(dst.db(), QStringLiteral("DELETE FROM main.sqlite_sequence WHERE name = ?1 AND "
                                                       "seq = 0 AND NOT EXISTS (SELECT 1 FROM main.%1)")
                                            .arg(quoted(table)));
    if (uncounted.isValid()) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(uncounted.get(), 1, name.constData(), static_cast<int>(name.size()),
                          SQLITE_TRANSIENT);
        if (uncounted.step() != SQLITE_DONE)
            return fail(QStringLiteral("%1: %2").arg(native(dst.path()), dst.lastError()));
    }
    *transferred = true;
    return true;
}

bool Run::replacedCells(sqlite3 *db, const QString &file, const QString &table, const QStringList &columns,
                        bool record, const std::function<bool(qint64, int, const QString &)> &found)
{
    QStringList selected;
    for (const QString &c : columns)
        selected << quoted(c);
    SqliteStatement read(db, QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                                 .arg(selected.join(QStringLiteral(", ")), quoted(table)));
    if (!read.isValid())
        return fail(QStringLiteral("%1: reading %2: %3")
                        .arg(native(file), table, QString::fromUtf8(sqlite3_errmsg(db))));
    const bool values = table == QLatin1String("insights_bucketvalue");
    const int categoryColumn = values ? int(columns.indexOf(QStringLiteral("category"))) : -1;
    const int bucketColumn = values ? int(columns.indexOf(QStringLiteral("bucket_id"))) : -1;
    int rc;
    qint64 rows = 0;
    while ((rc = read.step()) == SQLITE_ROW) {
        if (++rows % 4096 == 0 && cancelled())
            return fail(QStringLiteral("%1: cancelled").arg(native(m_source)));
        for (int c = 0; c < columns.size(); ++c) {
            QString replacement;
            if (replacedCellOfRow(read, table, columns, c, categoryColumn, bucketColumn, &replacement,
                                  record) &&
                !found(read.int64(0), c, replacement))
                return true;
        }
    }
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("%1: reading %2: %3")
                        .arg(native(file), table, QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

bool Run::anyCellReplaced(sqlite3 *src, const QString &table, bool *any)
{
    *any = false;
    if (m_values.isEmpty() && m_personBuckets.isEmpty() && m_numberCells.isEmpty())
        return true;
    // A table with a flagged cell, or the values when a bucket of people is replaced whole, has one: known
    // without reading it.
    if (m_flaggedTables.contains(table) ||
        (!m_personBuckets.isEmpty() && table == QLatin1String("insights_bucketvalue"))) {
        *any = true;
        return true;
    }
    const QStringList columns = tableColumns(src, table);
    return columns.isEmpty() ||
           replacedCells(src, m_source, table, columns, false, [&](qint64, int, const QString &) {
               *any = true;
               return false; // the first one answers
           });
}

bool Run::replaceInPlace(WorkFile &work)
{
    if (m_values.isEmpty() && m_personBuckets.isEmpty() && m_numberCells.isEmpty()) {
        r.transferredTables = m_targetTables;
        return true;
    }
    sqlite3 *db = work.db();
    for (const QString &table : std::as_const(m_targetTables)) {
        const QStringList columns = tableColumns(db, table);
        // The replaced cells of the table, found in one pass before any is written (the pass reads the table
        // as the review did, unchanged under it).
        struct Cell
        {
            qint64 rowid;
            int column;
            QByteArray text;
        };
        QVector<Cell> replaced;
        if (!columns.isEmpty() && !replacedCells(db, work.path(), table, columns, true,
                                                 [&](qint64 rowid, int column, const QString &replacement) {
                                                     replaced.append({rowid, column, replacement.toUtf8()});
                                                     return true;
                                                 }))
            return false;
        if (replaced.isEmpty()) {
            r.transferredTables << table;
            continue;
        }
        QVector<std::shared_ptr<SqliteStatement>> updates(columns.size());
        for (const Cell &cell : std::as_const(replaced)) {
            std::shared_ptr<SqliteStatement> &update = updates[cell.column];
            if (!update)
                update = std::make_shared<SqliteStatement>(
                    db, QStringLiteral("UPDATE main.%1 SET %2 = ?1 WHERE rowid = ?2")
                            .arg(quoted(table), quoted(columns.at(cell.column))));
            if (update->isValid()) {
                sqlite3_reset(update->get());
                sqlite3_bind_text(update->get(), 1, cell.text.constData(), static_cast<int>(cell.text.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_int64(update->get(), 2, cell.rowid);
            }
            if (!update->isValid() || update->step() != SQLITE_DONE || sqlite3_changes(db) != 1)
                return fail(QStringLiteral("%1: replacing %2.%3 row %4: %5")
                                .arg(native(work.path()), table, columns.at(cell.column),
                                     QString::number(cell.rowid), work.lastError()));
        }
    }
    return true;
}

} // namespace iv::redaction
