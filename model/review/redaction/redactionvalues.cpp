// SPDX-License-Identifier: MIT
// The stand-ins of a redaction (flagged values, buckets of people, values inside longer texts) and the rows
// copied with them.
#include "redactionrun_p.h"

#include "namedetector.h"
#include "personaldatascanner.h"
#include "sqlitestatement.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <memory>

namespace iv::redaction {

bool Run::collectValues(sqlite3 *src, sqlite3 *dst, const QHash<QString, QString> &flags,
                        const QVector<QString> &order)
{
    if (!order.isEmpty())
        collectTakenStandIns(src);
    QHash<QString, QStringList> columns;
    std::map<QString, std::unique_ptr<SqliteStatement>> reads; // one prepared statement per table.column
    // A column with many flagged cells is read in one pass over its table (rowid order) instead of one row
    // lookup per cell; the values, and so the stand-ins' numbering (the order of the findings), are the same.
    constexpr qsizetype kOnePass = 256;
    QHash<QString, QSet<qint64>> flaggedRows; // table.column → rowids
    for (const QString &key : order) {
        const QStringList parts = key.split(QChar(0x1f));
        flaggedRows[parts.at(0) + QChar(0x1f) + parts.at(1)].insert(parts.at(2).toLongLong());
    }
    QHash<QString, QHash<qint64, QString>> prefetched; // table.column read in one pass → rowid → text
    for (auto it = flaggedRows.cbegin(); it != flaggedRows.cend(); ++it) {
        if (it->size() < kOnePass)
            continue;
        const QStringList parts = it.key().split(QChar(0x1f));
        SqliteStatement all(
            src, QStringLiteral("SELECT rowid, %1 FROM %2").arg(quoted(parts.at(1)), quoted(parts.at(0))));
        if (!all.isValid())
            continue; // looked up one by one below, where the failure is reported
        QHash<qint64, QString> &texts = prefetched[it.key()];
        texts.reserve(it->size());
        int rc;
        while ((rc = all.step()) == SQLITE_ROW) {
            if (all.type(1) == SQLITE_TEXT && it->contains(all.int64(0)))
                texts.insert(all.int64(0), all.text(1));
            else if (all.type(1) == SQLITE_INTEGER && it->contains(all.int64(0))) {
                const QString cell = cellKey(parts.at(0), parts.at(1), all.int64(0));
                m_numberCells.insert(cell, flags.value(cell));
            }
        }
        if (rc != SQLITE_DONE)
            prefetched.remove(it.key());
    }
    flaggedRows.clear();
    for (const QString &key : order) {
        const QStringList parts = key.split(QChar(0x1f));
        const QString &table = parts.at(0), &column = parts.at(1);
        if (!m_targetTables.contains(table))
            continue; // dropped with its table
        if (!columns.contains(table))
            columns.insert(table, tableColumns(dst, table));
        if (!columns.value(table).contains(column))
            continue; // dropped with its column (upstream's table has no such column)
        const auto onePass = prefetched.constFind(table + QChar(0x1f) + column);
        if (onePass != prefetched.cend()) {
            const auto text = onePass->constFind(parts.at(2).toLongLong());
            if (text == onePass->cend())
                continue; // no such row, or not text
            const QString &value = text.value();
            if (value.isEmpty() || m_values.contains(value))
                continue;
            const QString code = flags.value(key);
            const QString prefix = Redactor::replacementPrefix(code);
            m_values.insert(value, {nextStandIn(prefix), code});
            continue;
        }
        std::unique_ptr<SqliteStatement> &read = reads[table + QLatin1Char('.') + column];
        if (!read)
            read = std::make_unique<SqliteStatement>(
                src, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(quoted(column), quoted(table)));
        SqliteStatement &st = *read;
        if (!st.isValid())
            return fail(QStringLiteral("%1: reading %2.%3: %4")
                            .arg(native(m_source), table, column, QString::fromUtf8(sqlite3_errmsg(src))));
        sqlite3_reset(st.get());
        sqlite3_bind_int64(st.get(), 1, parts.at(2).toLongLong());
        const int rc = st.step();
        if (rc == SQLITE_ROW && st.type(0) == SQLITE_INTEGER)
            m_numberCells.insert(key, flags.value(key));
        if (rc != SQLITE_ROW || st.type(0) != SQLITE_TEXT)
            continue;
        const QString value = st.text(0);
        if (value.isEmpty() || m_values.contains(value))
            continue;
        const QString code = flags.value(key);
        const QString prefix = Redactor::replacementPrefix(code);
        m_values.insert(value, {nextStandIn(prefix), code});
    }
    r.distinctValues = static_cast<int>(m_values.size());
    return true;
}

bool Run::collectPersonBuckets(sqlite3 *src, const QHash<QString, QString> &flags,
                               const QVector<QString> &order)
{
    const QString values = QStringLiteral("insights_bucketvalue"), category = QStringLiteral("category");
    if (!m_targetTables.contains(values))
        return true;
    // Two passes over the table in rowid order (not a row lookup per finding and a DISTINCT query per
    // bucket): the categories flagged as names per bucket, then each such bucket's distinct categories in
    // the order they first occur.
    const QString nameCode = PersonalDataScanner::findingCode(PersonalDataScanner::Kind::Name);
    QSet<qint64> nameRows;
    for (const QString &key : order) {
        const QStringList parts = key.split(QChar(0x1f));
        if (parts.at(0) == values && parts.at(1) == category && flags.value(key) == nameCode)
            nameRows.insert(parts.at(2).toLongLong());
    }
    if (nameRows.isEmpty())
        return true;
    const QString select =
        QStringLiteral("SELECT rowid, bucket_id, category FROM insights_bucketvalue WHERE "
                       "typeof(bucket_id) = 'integer' AND typeof(category) = 'text' ORDER BY rowid");
    SqliteStatement flagged(src, select);
    if (!flagged.isValid())
        return true;                    // no such columns: nothing to group
    QHash<qint64, QSet<QString>> named; // bucket → categories flagged as names
    while (flagged.step() == SQLITE_ROW)
        if (nameRows.contains(flagged.int64(0)))
            named[flagged.int64(1)].insert(flagged.text(2));
    std::map<qint64, QStringList> distinct; // bucket with a name → its distinct categories, first seen first
    QHash<qint64, QSet<QString>> seen;
    SqliteStatement all(src, select);
    while (all.isValid() && all.step() == SQLITE_ROW) {
        const qint64 bucket = all.int64(1);
        if (!named.contains(bucket))
            continue;
        const QString text = all.text(2);
        QSet<QString> &known = seen[bucket];
        if (!known.contains(text)) {
            known.insert(text);
            distinct[bucket].append(text);
        }
    }
    seen.clear();
    for (const auto &[bucket, categories] : distinct) {
        // Mostly people (at least half of the distinct categories are names): all of them are people.
        if (categories.isEmpty() || named.value(bucket).size() * 2 < categories.size())
            continue;
        const QString prefix = Redactor::replacementPrefix(nameCode);
        for (const QString &c : std::as_const(categories)) {
            if (c.isEmpty() || m_values.contains(c))
                continue;
            m_personBuckets[bucket].insert(c, {nextStandIn(prefix), nameCode});
            ++r.distinctValues;
        }
    }
    return true;
}

namespace {

struct CellCopy
{
    Run *run = nullptr;
    QString table;
    QStringList columns;
    int categoryColumn = -1;
    QString error;
};

} // namespace

void Run::cellFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    // iv_redacted_cell(column, rowid, value, bucket_id): value, or its replacement when it is a text cell
    // replacedCell replaces (recorded as copyTable's loop records it).
    auto *copy = static_cast<CellCopy *>(sqlite3_user_data(context));
    sqlite3_value *value = argv[2];
    if (argc == 4 && sqlite3_value_type(value) == SQLITE_INTEGER && !copy->run->m_numberCells.isEmpty()) {
        const int column = sqlite3_value_int(argv[0]);
        QString replacement;
        if (column >= 0 && column < copy->columns.size() &&
            copy->run->replacedNumber(copy->table, copy->columns.at(column), sqlite3_value_int64(argv[1]),
                                      &replacement))
            sqlite3_result_int64(context, 0);
        else
            sqlite3_result_value(context, value);
        return;
    }
    if (argc != 4 || sqlite3_value_type(value) != SQLITE_TEXT) {
        sqlite3_result_value(context, value);
        return;
    }
    const int column = sqlite3_value_int(argv[0]);
    CellPlace place;
    place.categoryColumn = column == copy->categoryColumn;
    place.integerBucket = sqlite3_value_type(argv[3]) == SQLITE_INTEGER;
    place.bucket = place.integerBucket ? sqlite3_value_int64(argv[3]) : qint64(-1);
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int n = sqlite3_value_bytes(value);
    QString replacement;
    if (column < 0 || column >= copy->columns.size() ||
        !copy->run->replacedCell(copy->table, copy->columns.at(column), sqlite3_value_int64(argv[1]), p, n, place,
                                 &replacement)) {
        sqlite3_result_value(context, value);
        return;
    }
    const QByteArray utf8 = replacement.toUtf8();
    sqlite3_result_text(context, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

bool Run::copyTableInSqlite(WorkFile &dst, const QString &table, const QStringList &common, bool explicitRowid,
                            int categoryColumn, int bucketColumn, bool *done)
{
    *done = false;
    if (!dst.attached())
        return true;
    CellCopy copy{this, table, common, bucketColumn >= 0 ? categoryColumn : -1, QString()};
    if (sqlite3_create_function_v2(dst.db(), "iv_redacted_cell", 4, SQLITE_UTF8 | SQLITE_DIRECTONLY, &copy,
                                   &Run::cellFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return true;
    QStringList inserted, selected;
    if (explicitRowid) {
        inserted << QStringLiteral("rowid");
        selected << QStringLiteral("rowid");
    }
    for (int c = 0; c < common.size(); ++c) {
        inserted << quoted(common.at(c));
        selected << QStringLiteral("iv_redacted_cell(%1, rowid, %2, %3)")
                        .arg(c)
                        .arg(quoted(common.at(c)),
                             c == copy.categoryColumn ? quoted(common.at(bucketColumn)) : QStringLiteral("NULL"));
    }
    // Rows in rowid order, read by the scan itself (no sorter: each row's cells are decided as it is read).
    bool ok = true;
    if (SqliteStatement insert(dst.db(),
                               QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM src.%1 ORDER BY rowid")
                                   .arg(quoted(table), inserted.join(QStringLiteral(", ")),
                                        selected.join(QStringLiteral(", "))));
        insert.isValid()) {
        sqlite3_progress_handler(
            dst.db(), 100000, [](void *run) { return static_cast<Run *>(run)->cancelled() ? 1 : 0; }, this);
        const int rc = insert.step();
        sqlite3_progress_handler(dst.db(), 0, nullptr, nullptr);
        *done = true;
        if (rc != SQLITE_DONE)
            ok = fail(cancelled() ? QStringLiteral("%1: cancelled").arg(native(m_source))
                                  : QStringLiteral("%1: copying %2: %3").arg(native(m_source), table, dst.lastError()));
    }
    sqlite3_create_function_v2(dst.db(), "iv_redacted_cell", 4, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                               nullptr);
    return ok;
}

bool Run::copyTable(sqlite3 *src, WorkFile &dst, const QString &table)
{
    const QStringList targetColumns = tableColumns(dst.db(), table);
    const QStringList sourceColumns = tableColumns(src, table);
    if (sourceColumns.isEmpty())
        return true; // missing, a view or a virtual table: the copy holds the table empty
    QStringList common;
    for (const QString &c : targetColumns)
        if (sourceColumns.contains(c))
            common << c;
    for (const QString &c : sourceColumns)
        if (!targetColumns.contains(c))
            r.dropped.append({QStringLiteral("column"), table, c});
    if (common.isEmpty())
        return true;
    // Rows keep their rowid, so a row number in the log means the same row in both files.
    const bool explicitRowid = !common.contains(QStringLiteral("id"));
    QStringList selected, inserted, marks;
    for (const QString &c : common) {
        selected << quoted(c);
        inserted << quoted(c);
        marks << QStringLiteral("?");
    }
    if (explicitRowid) {
        inserted.prepend(QStringLiteral("rowid"));
        marks << QStringLiteral("?");
    }
    SqliteStatement read(src, QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                                  .arg(selected.join(QStringLiteral(", ")), quoted(table)));
    if (!read.isValid())
        return fail(QStringLiteral("%1: reading %2: %3")
                        .arg(native(m_source), table, QString::fromUtf8(sqlite3_errmsg(src))));
    SqliteStatement write(dst.db(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(quoted(table), inserted.join(QStringLiteral(", ")),
                                             marks.join(QStringLiteral(", "))));
    if (!write.isValid())
        return fail(QStringLiteral("%1: %2").arg(native(dst.path()), dst.lastError()));
    const bool values = table == QLatin1String("insights_bucketvalue");
    const int categoryColumn = values ? int(common.indexOf(QStringLiteral("category"))) : -1;
    const int bucketColumn = values ? int(common.indexOf(QStringLiteral("bucket_id"))) : -1;
    // Nothing flagged: every cell goes over as it is. Else each text cell is decided by replacedCell.
    const bool nothingToReplace = m_values.isEmpty() && m_personBuckets.isEmpty() && m_numberCells.isEmpty();
    bool done = false;
    if (!copyTableInSqlite(dst, table, common, explicitRowid, categoryColumn, bucketColumn, &done))
        return false;
    if (done)
        return true;
    int rc;
    qint64 rows = 0;
    while ((rc = read.step()) == SQLITE_ROW) {
        if (++rows % 4096 == 0 && cancelled())
            return fail(QStringLiteral("%1: cancelled").arg(native(m_source)));
        const qint64 rowid = read.int64(0);
        sqlite3_reset(write.get());
        sqlite3_clear_bindings(write.get());
        int param = 1;
        if (explicitRowid)
            sqlite3_bind_int64(write.get(), param++, rowid);
        for (int c = 0; c < common.size(); ++c, ++param) {
            QString replacement;
            if (!nothingToReplace &&
                replacedCellOfRow(read, table, common, c, categoryColumn, bucketColumn, &replacement)) {
                const QByteArray utf8 = replacement.toUtf8();
                sqlite3_bind_text(write.get(), param, utf8.constData(), static_cast<int>(utf8.size()),
                                  SQLITE_TRANSIENT);
                continue;
            }
            sqlite3_bind_value(write.get(), param, sqlite3_column_value(read.get(), c + 1));
        }
        if (write.step() != SQLITE_DONE)
            return fail(QStringLiteral("%1: copying %2 row %3: %4")
                            .arg(native(m_source), table, QString::number(rowid), dst.lastError()));
    }
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("%1: reading %2: %3")
                        .arg(native(m_source), table, QString::fromUtf8(sqlite3_errstr(rc))));
    return true;
}

bool Run::replacedCellOfRow(const SqliteStatement &read, const QString &table, const QStringList &columns,
                            int c, int categoryColumn, int bucketColumn, QString *replacement, bool record)
{
    const int col = c + 1;
    if (read.type(col) == SQLITE_INTEGER)
        return !m_numberCells.isEmpty() &&
               replacedNumber(table, columns.at(c), read.int64(0), replacement, record);
    if (read.type(col) != SQLITE_TEXT)
        return false;
    CellPlace place;
    place.categoryColumn = c == categoryColumn && bucketColumn >= 0;
    place.integerBucket = bucketColumn >= 0 && read.type(bucketColumn + 1) == SQLITE_INTEGER;
    place.bucket = place.integerBucket ? read.int64(bucketColumn + 1) : qint64(-1);
    return replacedCell(table, columns.at(c), read.int64(0),
                        reinterpret_cast<const char *>(sqlite3_column_text(read.get(), col)),
                        sqlite3_column_bytes(read.get(), col), place, replacement, record);
}

bool Run::replacedNumber(const QString &table, const QString &column, qint64 rowid, QString *replacement,
                         bool record)
{
    const auto it = m_numberCells.constFind(cellKey(table, column, rowid));
    if (it == m_numberCells.cend())
        return false;
    *replacement = QStringLiteral("0");
    if (record)
        r.changes.append({table, column, rowid, it.value(), *replacement, QString()});
    return true;
}

bool Run::replacedCell(const QString &table, const QString &column, qint64 rowid, const char *p, int n,
                       const CellPlace &place, QString *replacement, bool record)
{
    // A text found unchanged once (no flagged value in it or equal to it) is known by a keyed fingerprint of
    // its bytes (FingerprintSet) and goes over as it is again without being decoded and matched; a category
    // of a bucket of people depends on its bucket, so it is always looked at.
    const bool byBytes = p && !(place.categoryColumn &&
                                m_personBuckets.contains(place.integerBucket ? place.bucket : qint64(-1)));
    if (byBytes && (!mayHoldValue(p, n) || m_unchanged.contains(p, size_t(n))))
        return false;
    const QString text = (p && n > 0) ? QString::fromUtf8(p, n) : QStringLiteral("");
    const auto replace = [&](const QString &standIn, const QString &code) {
        *replacement = standIn;
        if (record)
            r.changes.append(
                {table, column, rowid, code, standIn, opt.preview ? NameDetector::mask(text) : QString()});
        return true;
    };
    // A whole category replaced by its stand-in goes into the plan the copy's check verifies the bucket
    // against (ReviewScanMemo::standIns).
    const bool category = place.categoryColumn && place.integerBucket;
    const auto planned = [&](const QString &standIn) {
        if (category && record)
            m_memo.standIns[place.bucket].insert(standIn);
    };
    const auto it = m_values.constFind(text);
    if (it != m_values.cend()) {
        planned(it->text);
        return replace(it->text, it->code);
    }
    if (category) {
        const auto bucket = m_personBuckets.constFind(place.bucket);
        const auto member = bucket == m_personBuckets.cend() ? nullptr : &bucket.value();
        const auto standIn = member ? member->constFind(text) : QHash<QString, Replacement>::const_iterator();
        if (member && standIn != member->cend()) {
            planned(standIn->text);
            return replace(standIn->text, standIn->code);
        }
    }
    QString code;
    const QString replaced = replaceSubstrings(text, &code);
    if (replaced != text)
        return replace(replaced, code);
    if (byBytes)
        m_unchanged.insert(p, size_t(n));
    return false;
}

bool Run::copySequences(sqlite3 *src, WorkFile &dst)
{
    if (tableColumns(src, QStringLiteral("sqlite_sequence")).isEmpty())
        return true;
    SqliteStatement read(src, QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
    SqliteStatement update(dst.db(),
                           QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = ?2"));
    SqliteStatement insert(dst.db(),
                           QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?2, ?1 WHERE NOT "
                                          "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?2)"));
    if (!read.isValid() || !update.isValid() || !insert.isValid())
        return true; // AUTOINCREMENT counters are a nicety; the rows themselves are copied
    while (read.step() == SQLITE_ROW) {
        const QString name = read.text(0);
        if (!m_targetTables.contains(name) || read.type(1) != SQLITE_INTEGER)
            continue;
        const QByteArray utf8 = name.toUtf8();
        for (SqliteStatement *st : {&update, &insert}) {
            sqlite3_reset(st->get());
            sqlite3_bind_int64(st->get(), 1, read.int64(1));
            sqlite3_bind_text(st->get(), 2, utf8.constData(), static_cast<int>(utf8.size()),
                              SQLITE_TRANSIENT);
            if (st->step() != SQLITE_DONE)
                return fail(QStringLiteral("%1: %2").arg(native(dst.path()), dst.lastError()));
        }
    }
    return true;
}

} // namespace iv::redaction
