// SPDX-License-Identifier: MIT
// SnapshotFile: a bucket's values — the statement over its rows, read by one connection or two, and the
// batches of small buckets read in one pass.
#include "snapshotfile.h"

#include "localizedtext.h"

#include "sqlitestatement.h"
#include "timestamp.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>

namespace iv {

namespace {

const char *const kValueTable = "insights_bucketvalue";

// The progress handler of a read that may be cancelled (context: the address of the cancel flag's pointer).
int progress(void *context)
{
    const auto *cancel = static_cast<const std::atomic_bool *const *>(context);
    return (*cancel && (*cancel)->load(std::memory_order_relaxed)) ? 1 : 0;
}

// The categories of one bucket met so far, by their stored bytes: a run of equal ones costs a comparison, a
// category seen before a hash of its bytes and one probe of an open-addressing table (entries keep their
// hash, so bytes are compared only on an equal hash), without allocating. Up to kMaxSeen distinct ones;
// beyond that each new run goes through internCategory.
struct CategoryRun
{
    static constexpr qsizetype kMaxSeen = 1 << 16;
    QByteArray bytes;
    qint32 index = -1;
    bool have = false;

    struct Entry
    {
        size_t hash;
        QByteArray bytes;
        qint32 index;
    };
    QVector<Entry> entries;
    QVector<quint32> table; // entry number + 1, 0 empty; a power of two, at most half full

    const Entry *find(const char *p, int n, size_t hash) const
    {
        if (table.isEmpty())
            return nullptr;
        const size_t mask = size_t(table.size()) - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const quint32 used = table.at(qsizetype(i));
            if (used == 0)
                return nullptr;
            const Entry &e = entries.at(used - 1);
            if (e.hash == hash && e.bytes.size() == n && std::memcmp(e.bytes.constData(), p, size_t(n)) == 0)
                return &e;
        }
    }
    void insert(const QByteArray &key, size_t hash, qint32 categoryIndex)
    {
        entries.append({hash, key, categoryIndex});
        if (entries.size() * 2 > table.size()) {
            table.fill(0, std::max<qsizetype>(64, table.size() * 2));
            for (qsizetype k = 0; k < entries.size(); ++k)
                place(entries.at(k).hash, quint32(k + 1));
        } else {
            place(hash, quint32(entries.size()));
        }
    }
    void place(size_t hash, quint32 entry)
    {
        const size_t mask = size_t(table.size()) - 1;
        size_t i = hash & mask;
        while (table.at(qsizetype(i)) != 0)
            i = (i + 1) & mask;
        table[qsizetype(i)] = entry;
    }
};

// One stored value row (columns col .. col + 4: id, timestamp, xvalue, yvalue, category) appended to values
// by the cell rules of BucketValues: timestamps parsed to UTC microseconds, the stored text kept only when it
// is not Django's canonical form, numbers by numericCell, categories interned.
void appendValueRow(BucketValues &values, const SqliteStatement &st, int col, CategoryRun &run)
{
    const int row = values.size();
    values.ids.append(st.int64(col));

    qint64 micros = Timestamp::Invalid;
    switch (st.type(col + 1)) {
    case SQLITE_NULL:
        break;
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col + 1));
        const int n = sqlite3_column_bytes(st.get(), col + 1);
        micros = Timestamp::parseUtcMicros(p, n);
        const bool canonical =
            micros != Timestamp::Invalid && p[10] == ' ' && (n == 19 || (n == 26 && micros % 1000000 != 0));
        if (!canonical)
            values.timestampText.insert(row, QString::fromUtf8(p, n));
        if (micros == Timestamp::Invalid)
            ++values.invalidTimestampCount;
        break;
    }
    default:
        values.timestampText.insert(row, st.text(col + 1));
        ++values.invalidTimestampCount;
    }
    values.timestamps.append(micros);

    bool okX = false, okY = false;
    values.x.append(numericCell(st, col + 2, &okX));
    values.y.append(numericCell(st, col + 3, &okY));
    if (!okX || !okY)
        ++values.invalidNumberCount;
    else if (!std::isfinite(values.x.constLast()) || !std::isfinite(values.y.constLast()))
        ++values.nonFiniteCount;

    if (st.isNull(col + 4)) {
        values.categoryIndex.append(-1);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col + 4));
    const int n = sqlite3_column_bytes(st.get(), col + 4);
    if (!run.have || run.bytes.size() != n || std::memcmp(run.bytes.constData(), p, size_t(n)) != 0) {
        const size_t hash = qHashBits(p, size_t(n));
        if (const CategoryRun::Entry *known = run.find(p, n, hash)) {
            run.bytes = known->bytes; // shared, not copied
            run.index = known->index;
        } else {
            run.bytes = QByteArray(p, n);
            run.index = values.internCategory(n > 0 ? QString::fromUtf8(run.bytes) : QStringLiteral(""));
            if (run.entries.size() < CategoryRun::kMaxSeen)
                run.insert(run.bytes, hash, run.index);
        }
        run.have = true;
    }
    values.categoryIndex.append(run.index);
}

} // namespace

namespace {

// A bucket's rows: its row-id span and size from the bucket_id index alone, and whether the rows are read by
// a scan of that span (close together in the table) or by the index (spread among other buckets' rows).
struct BucketRows
{
    qint64 first = 0, last = -1, count = 0;
    bool span = false;
};

BucketRows bucketRows(sqlite3 *db, qint64 bucketId, bool idIsRowid, const QHash<qint64, qint64> &counted)
{
    BucketRows rows;
    // With the count the catalogue made, the span's ends are two descents of the bucket_id index (which holds
    // each bucket's row ids in order) instead of a walk over all of the bucket's entries.
    const auto known = counted.constFind(bucketId);
    if (idIsRowid && known != counted.cend() && *known > 0) {
        bool ok = true;
        for (const bool first : {true, false}) {
            SqliteStatement end(
                db, first ? QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = "
                                           "?1 ORDER BY rowid LIMIT 1")
                          : QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = "
                                           "?1 ORDER BY rowid DESC LIMIT 1"));
            ok = ok && end.isValid();
            if (!ok)
                break;
            sqlite3_bind_int64(end.get(), 1, bucketId);
            ok = end.step() == SQLITE_ROW;
            if (ok)
                (first ? rows.first : rows.last) = end.int64(0);
        }
        if (ok) {
            rows.count = *known;
            rows.span = double(rows.last) - double(rows.first) + 1 <= 4.0 * double(rows.count);
            return rows;
        }
        rows = BucketRows();
    }
    SqliteStatement span(db,
                         QStringLiteral("SELECT min(rowid), max(rowid), count(*) FROM insights_bucketvalue "
                                        "WHERE bucket_id = ?1"));
    if (span.isValid()) {
        sqlite3_bind_int64(span.get(), 1, bucketId);
        if (span.step() == SQLITE_ROW && !span.isNull(0)) {
            rows.first = span.int64(0);
            rows.last = span.int64(1);
            rows.count = span.int64(2);
        }
    }
    // Rows of a bucket that lie close together in the table (django-insights writes a bucket's values at
    // once) are read by a scan of their row-id span, a step per row; rows spread among other buckets' rows by
    // the bucket_id index, a B-tree descent per row (4–5 times the cost of a step). The rows and their order
    // are the same either way: every row of the bucket lies in its span, and id is the rowid.
    rows.span =
        idIsRowid && rows.count > 0 && double(rows.last) - double(rows.first) + 1 <= 4.0 * double(rows.count);
    return rows;
}

// The statement for the bucket's rows (the span [from, to] of them when rows.span).
std::unique_ptr<SqliteStatement> valuesStatement(sqlite3 *db, const QString &columns, const QString &id,
                                                 qint64 bucketId, const BucketRows &rows, qint64 from,
                                                 qint64 to)
{
    const QString sql =
        rows.span ? QStringLiteral("SELECT %1 FROM insights_bucketvalue WHERE rowid BETWEEN ?2 AND ?3 AND "
                                   "+bucket_id = ?1 ORDER BY rowid")
                        .arg(columns)
                  : QStringLiteral("SELECT %1 FROM insights_bucketvalue WHERE bucket_id = ?1 ORDER BY %2")
                        .arg(columns, id);
    auto st = std::make_unique<SqliteStatement>(db, sql);
    if (!st->isValid())
        return st;
    sqlite3_bind_int64(st->get(), 1, bucketId);
    if (rows.span) {
        sqlite3_bind_int64(st->get(), 2, from);
        sqlite3_bind_int64(st->get(), 3, to);
    }
    return st;
}

// Steps st to its end, appending each row to values; SQLITE_DONE, or the code that stopped it.
int readValueRows(SqliteStatement &st, BucketValues &values, const std::atomic_bool *cancel)
{
    CategoryRun run;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const int row = values.size();
        appendValueRow(values, st, 0, run);
        if ((row & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return SQLITE_INTERRUPT;
    }
    return rc;
}

// Appends the rows of tail (read after those of values) to values, as if one reader had read both: categories
// keep their order of first appearance, stored timestamp texts their row numbers.
void appendValues(BucketValues &values, BucketValues &&tail)
{
    const int offset = values.size();
    QVector<qint32> categoryMap(tail.categories.size());
    for (qsizetype i = 0; i < tail.categories.size(); ++i)
        categoryMap[i] = values.internCategory(tail.categories.at(i));
    values.ids.append(tail.ids);
    values.x.append(tail.x);
    values.y.append(tail.y);
    values.timestamps.append(tail.timestamps);
    values.categoryIndex.reserve(values.categoryIndex.size() + tail.categoryIndex.size());
    for (const qint32 c : std::as_const(tail.categoryIndex))
        values.categoryIndex.append(c < 0 ? c : categoryMap.at(c));
    for (auto it = tail.timestampText.cbegin(); it != tail.timestampText.cend(); ++it)
        values.timestampText.insert(offset + it.key(), it.value());
    values.invalidTimestampCount += tail.invalidTimestampCount;
    values.invalidNumberCount += tail.invalidNumberCount;
    values.nonFiniteCount += tail.nonFiniteCount;
}

// Buckets of at least this many rows in one span are read by two connections, a half each, in parallel
// (IV_BUCKET_READERS=1 keeps one: tests compare the two).
constexpr qint64 kTwoReadersFrom = 100'000;

} // namespace

std::unique_ptr<SqliteStatement> SnapshotFile::bucketValuesStatement(qint64 bucketId, qint64 *rows,
                                                                     QString *error) const
{
    const QString t = QString::fromLatin1(kValueTable);
    const QString id = columnOrNull(t, QStringLiteral("id"));
    const QString columns = QStringLiteral("%1, %2, xvalue, yvalue, %3")
                                .arg(id, columnOrNull(t, QStringLiteral("timestamp")),
                                     columnOrNull(t, QStringLiteral("category")));
    const BucketRows span = bucketRows(m_db, bucketId, m_valueIdIsRowid, m_pointCounts);
    if (rows)
        *rows = span.count;
    auto st = valuesStatement(m_db, columns, id, bucketId, span, span.first, span.last);
    if (!st->isValid()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                                  sqliteReason(m_db, st->prepareCode()).text);
        return nullptr;
    }
    return st;
}

std::optional<BucketValues> SnapshotFile::loadBucketValues(qint64 bucketId, QString *error,
                                                           const std::atomic_bool *cancel) const
{
    const QString t = QString::fromLatin1(kValueTable);
    BucketValues values;
    values.bucketId = bucketId;
    if (!m_tables.contains(t))
        return values;
    const QString id = columnOrNull(t, QStringLiteral("id"));
    const QString columns = QStringLiteral("%1, %2, xvalue, yvalue, %3")
                                .arg(id, columnOrNull(t, QStringLiteral("timestamp")),
                                     columnOrNull(t, QStringLiteral("category")));
    const BucketRows rows = bucketRows(m_db, bucketId, m_valueIdIsRowid, m_pointCounts);
    auto fail = [&](sqlite3 *db, int rc) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), sqliteReason(db, rc).text);
        return std::nullopt;
    };

    // A big bucket read as one span: the second half on a second connection to the same file (opened with the
    // same checks; the same device and inode), on a thread of its own. SQLite's stepping is most of the cost.
    std::unique_ptr<SnapshotFile> other;
    if (rows.span && rows.count >= kTwoReadersFrom && qgetenv("IV_BUCKET_READERS") != "1") {
        QString ignored;
        other = open(m_path, &ignored);
        if (other && (other->m_device != m_device || other->m_inode != m_inode || !other->m_valueIdIsRowid))
            other.reset(); // not the same file any more: this connection reads it all
    }
    // The halves [first, mid - 1] and [mid, last]; unsigned, as a hostile file's row ids may span all 64
    // bits. With at least kTwoReadersFrom rows in the span, first < mid <= last.
    const qint64 mid =
        other ? qint64(quint64(rows.first) + (quint64(rows.last) - quint64(rows.first)) / 2 + 1) : rows.last;
    const std::unique_ptr<SqliteStatement> statement =
        valuesStatement(m_db, columns, id, bucketId, rows, rows.first, other ? mid - 1 : rows.last);
    if (!statement->isValid())
        return fail(m_db, statement->prepareCode());
    std::unique_ptr<SqliteStatement> tailStatement;
    if (other) {
        tailStatement = valuesStatement(other->m_db, columns, id, bucketId, rows, mid, rows.last);
        if (!tailStatement->isValid())
            return fail(other->m_db, tailStatement->prepareCode());
    }

    // Reserving up front avoids ~20 regrow-and-copy rounds of five arrays on a 1M-point bucket.
    values.reserve(static_cast<int>(std::min<qint64>(rows.count, 50'000'000)));
    const std::atomic_bool *cancelFlag = cancel;
    struct ResetProgress
    {
        sqlite3 *db;
        ~ResetProgress()
        {
            if (db)
                sqlite3_progress_handler(db, 0, nullptr, nullptr);
        }
    } resetProgress{m_db}, resetOther{other ? other->m_db : nullptr};
    sqlite3_progress_handler(m_db, 10000, progress, &cancelFlag);
    BucketValues tail;
    int tailCode = SQLITE_DONE;
    std::thread reader;
    if (other) {
        sqlite3_progress_handler(other->m_db, 10000, progress, &cancelFlag);
        tail.reserve(static_cast<int>(std::min<qint64>(rows.count, 50'000'000) / 2));
        try {
            reader = std::thread([&] { tailCode = readValueRows(*tailStatement, tail, cancel); });
        } catch (const std::system_error &) {
            // No thread to be had: the second connection reads its half after this one.
        }
    }
    const int rc = readValueRows(*statement, values, cancel);
    if (other && !reader.joinable() && rc == SQLITE_DONE)
        tailCode = readValueRows(*tailStatement, tail, cancel);
    if (reader.joinable())
        reader.join();
    if (rc != SQLITE_DONE)
        return fail(m_db, rc);
    if (tailCode != SQLITE_DONE)
        return fail(other->m_db, tailCode);
    if (other)
        appendValues(values, std::move(tail));
    return values;
}

QVector<SnapshotFile::BucketBatch> SnapshotFile::bucketBatches(const QVector<qint64> &bucketIds,
                                                               const QVector<qint64> &counts,
                                                               qint64 maxPoints) const
{
    QVector<BucketBatch> batches;
    const int n = int(bucketIds.size());
    auto count = [&](int i) { return std::max<qint64>(0, counts.value(i)); };
    auto single = [&](int i) {
        BucketBatch b;
        b.begin = i;
        b.end = i + 1;
        b.ids = {bucketIds.at(i)};
        b.counts = {count(i)};
        b.points = count(i);
        batches.append(b);
    };
    // A shared pass keeps the id order only when id is the rowid.
    SqliteStatement first(m_db, QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = ?1 "
                                               "ORDER BY rowid LIMIT 1"));
    SqliteStatement last(m_db, QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = ?1 "
                                              "ORDER BY rowid DESC LIMIT 1"));
    // The shared pass matches bucket_id as "bucket_id = ?" does only when the column compares numerically (an
    // INTEGER, REAL or NUMERIC affinity: text stored there never equals a number).
    bool numericBucketId = false;
    {
        SqliteStatement info(m_db,
                             QStringLiteral("PRAGMA table_info(\"%1\")").arg(QLatin1String(kValueTable)));
        while (info.isValid() && info.step() == SQLITE_ROW)
            if (info.text(1) == QLatin1String("bucket_id")) {
                const QString type = info.text(2).toUpper();
                numericBucketId =
                    type.contains(QLatin1String("INT")) ||
                    (!type.contains(QLatin1String("CHAR")) && !type.contains(QLatin1String("CLOB")) &&
                     !type.contains(QLatin1String("TEXT")) && !type.contains(QLatin1String("BLOB")) &&
                     !type.isEmpty());
            }
    }
    if (!m_valueIdIsRowid || !numericBucketId || !m_tables.contains(QString::fromLatin1(kValueTable)) ||
        !first.isValid() || !last.isValid()) {
        for (int i = 0; i < n; ++i)
            single(i);
        return batches;
    }
    // Each bucket's row-id span: two seeks in the bucket_id index. Unknown (-1, -2) when it has no rows.
    auto rowid = [](SqliteStatement &st, qint64 bucket, qint64 none) {
        sqlite3_reset(st.get());
        sqlite3_bind_int64(st.get(), 1, bucket);
        return st.step() == SQLITE_ROW && st.type(0) == SQLITE_INTEGER ? st.int64(0) : none;
    };
    QVector<qint64> from(n), to(n);
    for (int i = 0; i < n; ++i) {
        from[i] = rowid(first, bucketIds.at(i), -1);
        // Without an index on bucket_id a seek is a scan of the table: no batches then (one scan at most).
        if (sqlite3_stmt_status(first.get(), SQLITE_STMTSTATUS_FULLSCAN_STEP, 0) > 0) {
            batches.clear();
            for (int k = 0; k < n; ++k)
                single(k);
            return batches;
        }
        to[i] = from[i] < 0 ? -2 : rowid(last, bucketIds.at(i), -2);
    }
    sqlite3_reset(first.get());
    sqlite3_reset(last.get());
    // Spread: its span holds over four times its rows, so a pass over the span alone costs more than the
    // index.
    auto spread = [&](int i) {
        return count(i) > 0 && to[i] >= from[i] &&
               double(to[i]) - double(from[i]) + 1 > 4.0 * double(count(i));
    };
    for (int i = 0; i < n;) {
        if (!spread(i)) {
            single(i++);
            continue;
        }
        // The longest run of spread buckets within maxPoints, read together when one pass over the span they
        // share costs no more than reading each by the index.
        BucketBatch b;
        b.begin = i;
        b.first = from[i];
        b.last = to[i];
        int j = i;
        while (j < n && spread(j) && (j == i || b.points + count(j) <= maxPoints)) {
            b.ids.append(bucketIds.at(j));
            b.counts.append(count(j));
            b.points += count(j);
            b.first = std::min(b.first, from[j]);
            b.last = std::max(b.last, to[j]);
            ++j;
        }
        b.end = j;
        if (j - i >= 2 && double(b.last) - double(b.first) + 1 <= 4.0 * double(b.points)) {
            b.together = true;
            batches.append(b);
        } else {
            for (int k = i; k < j; ++k)
                single(k);
        }
        i = j;
    }
    return batches;
}

std::optional<QVector<BucketValues>> SnapshotFile::loadBucketBatch(const BucketBatch &batch, QString *error,
                                                                   const std::atomic_bool *cancel) const
{
    QVector<BucketValues> out;
    if (!batch.together) {
        for (const qint64 id : batch.ids) {
            std::optional<BucketValues> v = loadBucketValues(id, error, cancel);
            if (!v)
                return std::nullopt;
            out.append(std::move(*v));
        }
        return out;
    }
    const QString t = QString::fromLatin1(kValueTable);
    auto fail = [&](int rc) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), sqliteReason(m_db, rc).text);
        return std::nullopt;
    };
    out.resize(batch.ids.size());
    QHash<qint64, int> slot; // bucket id → its first entry (a bucket listed twice is copied at the end)
    qint64 low = std::numeric_limits<qint64>::max(), high = std::numeric_limits<qint64>::min();
    for (int k = 0; k < batch.ids.size(); ++k) {
        const qint64 id = batch.ids.at(k);
        out[k].bucketId = id;
        if (!slot.contains(id)) {
            slot.insert(id, k);
            out[k].reserve(int(std::min<qint64>(batch.counts.value(k), 50'000'000)));
        }
        low = std::min(low, id);
        high = std::max(high, id);
    }
    // The rows of the span in storage order; rows of buckets outside the batch's id range are skipped by
    // SQLite before their cells are read, the rest by the slot lookup. bucket_id matches as "bucket_id = ?"
    // does: an INTEGER, or a REAL that equals the integer.
    const QString sql =
        QStringLiteral("SELECT bucket_id, %1, %2, xvalue, yvalue, %3 FROM insights_bucketvalue "
                       "WHERE rowid BETWEEN ?1 AND ?2 AND +bucket_id BETWEEN ?3 AND ?4 ORDER BY rowid")
            .arg(columnOrNull(t, QStringLiteral("id")), columnOrNull(t, QStringLiteral("timestamp")),
                 columnOrNull(t, QStringLiteral("category")));
    SqliteStatement st(m_db, sql);
    if (!st.isValid())
        return fail(st.prepareCode());
    sqlite3_bind_int64(st.get(), 1, batch.first);
    sqlite3_bind_int64(st.get(), 2, batch.last);
    sqlite3_bind_int64(st.get(), 3, low);
    sqlite3_bind_int64(st.get(), 4, high);

    const std::atomic_bool *cancelFlag = cancel;
    sqlite3_progress_handler(m_db, 10000, progress, &cancelFlag);
    struct ResetProgress
    {
        sqlite3 *db;
        ~ResetProgress() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    } resetProgress{m_db};

    QVector<CategoryRun> runs(batch.ids.size());
    qint64 lastId = 0;
    int lastSlot = -1;
    qint64 row = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        qint64 id = 0;
        if (st.type(0) == SQLITE_INTEGER)
            id = st.int64(0);
        else if (st.type(0) != SQLITE_FLOAT || !exactInt64(st.real(0), &id))
            continue;
        if (lastSlot < 0 || id != lastId) {
            const auto it = slot.constFind(id);
            lastId = id;
            lastSlot = it == slot.cend() ? -1 : *it;
            if (lastSlot < 0)
                continue;
        }
        appendValueRow(out[lastSlot], st, 1, runs[lastSlot]);
        if ((++row & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            rc = SQLITE_INTERRUPT;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        return fail(rc);
    for (int k = 0; k < batch.ids.size(); ++k) {
        const int s = slot.value(batch.ids.at(k));
        if (s != k)
            out[k] = out[s];
    }
    return out;
}

} // namespace iv
