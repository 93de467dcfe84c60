// SPDX-License-Identifier: MIT
// SnapshotReviewer: the one pass over insights_bucketvalue's table shared by the value checks, the
// categories' collection and the doubts of the bucket_id and timestamp checks, on a connection and thread of
// its own.
#include "snapshotreviewer_p.h"

#include "sqlitestatement.h"

#include <cmath>
#include <cstring>

namespace iv::SnapshotReviewer::detail {

namespace {

// length() of a TEXT value as SQLite counts it: characters before the first NUL, a byte from 0xc0 up with
// the continuation bytes after it as one, any other byte as one.
qint64 sqliteLength(const char *text, int bytes)
{
    const auto *z = reinterpret_cast<const unsigned char *>(text);
    const auto *end = z + bytes;
    qint64 length = 0;
    while (z < end && *z) {
        const unsigned char c = *z++;
        if (c >= 0xc0)
            while (z < end && (*z & 0xc0) == 0x80)
                ++z;
        ++length;
    }
    return length;
}

} // namespace

void Reviewer::startValueTable(const QString &path)
{
    if (stopped() || !m_realTables.contains(QStringLiteral("insights_bucketvalue")))
        return;
    const QStringList have = m_columns.value(QStringLiteral("insights_bucketvalue"));
    const bool values = have.contains(QStringLiteral("xvalue")) && have.contains(QStringLiteral("yvalue"));
    const bool categories =
        have.contains(QStringLiteral("category")) && have.contains(QStringLiteral("bucket_id"));
    m_valueTablePending = true;
    QString error;
    m_valueTableFile = SnapshotFile::open(path, &error);
    if (!m_valueTableFile || m_valueTableFile->device() != r.identity.device ||
        m_valueTableFile->inode() != r.identity.inode) {
        m_valueTableFile.reset(); // settleValueTable() makes the pass on the review's own connection
        return;
    }
    sqlite3 *db = m_valueTableFile->handle();
    m_valueTableWatchdog = std::make_unique<SqliteWatchdog>(db, opt.timeLimitMs, m_cancel);
    m_valueTableThread = std::thread(
        [this, db, values, categories] { m_valueTable = readValueTable(db, values, categories); });
}

void Reviewer::settleValueTable()
{
    if (m_valueTableSettled || !m_valueTablePending)
        return;
    m_valueTableSettled = true;
    if (m_valueTableThread.joinable()) {
        joinValueTable();
    } else if (!stopped()) {
        const QStringList have = m_columns.value(QStringLiteral("insights_bucketvalue"));
        m_valueTable = readValueTable(
            m_db, have.contains(QStringLiteral("xvalue")) && have.contains(QStringLiteral("yvalue")),
            have.contains(QStringLiteral("category")) && have.contains(QStringLiteral("bucket_id")));
    }
    m_valueTablePending = false;
    if (!m_valueTable.ok)
        return;
    if (m_valueTable.values) {
        for (int check = 0; check < ValueChecks; ++check)
            m_valueChecks[check] = std::move(m_valueTable.checks[check]);
        m_valuePass = true;
    }
    m_categoriesReady = m_valueTable.categories;
}

void Reviewer::joinValueTable()
{
    // Not settled: the review ended early, and nothing waits for the pass.
    if (m_valueTablePending && !m_valueTableSettled && m_valueTableFile)
        sqlite3_interrupt(m_valueTableFile->handle());
    if (m_valueTableThread.joinable())
        m_valueTableThread.join();
    m_valueTableWatchdog.reset(); // before its database closes
    m_valueTableFile.reset();
}

Reviewer::ValueTablePass Reviewer::readValueTable(sqlite3 *db, bool values, bool categories)
{
    ValueTablePass pass;
    pass.values = values;
    pass.categories = categories;
    constexpr int kMaxCategory =
        65536; // scanCategories() reads this much of each; longer ones go to scanWhole
    const QString value = QStringLiteral("insights_bucketvalue");
    // What each check's own query selects (rowid order, as theirs), and each bucket's distinct categories
    // (byte for byte, as SQL's DISTINCT compares text), in bucket order and within a bucket in the order they
    // first occur: what SELECT DISTINCT … ORDER BY bucket_id gives through the bucket_id index, but read in
    // the same pass instead of one row lookup per index entry and a temporary B-tree. Plain columns only: the
    // types are read from the values (sqlite3_column_type is typeof), a sample of a value that is no number
    // is read only where reported (its own query, the same expression), and length(category) is counted here
    // as SQLite counts it (sqliteLength) — expressions evaluated per row would cost as much as reading the
    // table.
    const QStringList have = m_columns.value(value);
    const bool bucketIds = have.contains(QStringLiteral("bucket_id"));
    const bool timestamps = have.contains(QStringLiteral("timestamp"));
    // Every integer id of insights_bucket, for the bucket_ids' check (checkOrphans).
    QSet<qint64> ids;
    const bool idsRead = [&] {
        if (!bucketIds || !m_columns.value(QStringLiteral("insights_bucket")).contains(QStringLiteral("id")))
            return false;
        SqliteStatement read(db,
                             QStringLiteral("SELECT id FROM insights_bucket WHERE typeof(id) = 'integer'"));
        int rc = SQLITE_ERROR;
        while (read.isValid() && (rc = read.step()) == SQLITE_ROW)
            ids.insert(read.int64(0));
        return read.isValid() && rc == SQLITE_DONE;
    }();
    bool bucketIdsIntegers = bucketIds, bucketIdsKnown = idsRead, timestampsValid = timestamps;
    SqliteStatement st(db,
                       QStringLiteral("SELECT rowid, %1, %2, %3, %4 FROM insights_bucketvalue NOT INDEXED")
                           .arg(values ? QStringLiteral("xvalue, yvalue") : QStringLiteral("NULL, NULL"),
                                bucketIds ? QStringLiteral("bucket_id") : QStringLiteral("NULL"),
                                categories ? QStringLiteral("category") : QStringLiteral("NULL"),
                                timestamps ? QStringLiteral("timestamp") : QStringLiteral("NULL")));
    SqliteStatement samples(db,
                            QStringLiteral("SELECT substr(CAST(xvalue AS TEXT), 1, 40), "
                                           "substr(CAST(yvalue AS TEXT), 1, 40) FROM insights_bucketvalue "
                                           "WHERE rowid = ?1"));
    const auto sample = [&](qint64 row, int column) {
        if (!samples.isValid())
            return QString();
        sqlite3_reset(samples.get());
        sqlite3_bind_int64(samples.get(), 1, row);
        return samples.step() == SQLITE_ROW ? samples.text(column) : QString();
    };
    if (!st.isValid())
        return pass;
    const qint64 cap = std::min<qint64>(opt.maxFindingsPerKind, opt.maxListedFindings);
    const auto keep = [&](ValueCheck check, const QString &code, qint64 row, const auto &message) {
        DeferredFindings &d = pass.checks[check];
        qint64 &kept = d.kept[code];
        if (kept >= cap) {
            ++d.past[code];
            return;
        }
        ++kept;
        d.items.append({code, message(), row});
    };
    const QString real = QStringLiteral("real"), integer = QStringLiteral("integer");
    const LocalizedText realOrInteger =
        LocalizedText::translate("iv::SnapshotReviewer", "%1 or %2").arg(real, integer);
    const LocalizedText onlyInteger = LocalizedText::same(integer);
    const auto typeName = [](int type) {
        switch (type) {
        case SQLITE_INTEGER:
            return QStringLiteral("integer");
        case SQLITE_FLOAT:
            return QStringLiteral("real");
        case SQLITE_TEXT:
            return QStringLiteral("text");
        case SQLITE_BLOB:
            return QStringLiteral("blob");
        default:
            return QStringLiteral("null");
        }
    };
    const auto types = [&](ValueCheck check, const QString &column, int at, bool allowsReal) {
        const int type = st.type(at);
        if (type == SQLITE_INTEGER || (allowsReal && type == SQLITE_FLOAT))
            return;
        const bool isNull = type == SQLITE_NULL;
        keep(check, isNull ? QStringLiteral("null-value") : QStringLiteral("non-numeric"), st.int64(0), [&] {
            return isNull ? LocalizedText::translate("iv::SnapshotReviewer",
                                                     "%1.%2 is NULL where upstream stores a number")
                                .arg(value, column)
                          : LocalizedText::translate("iv::SnapshotReviewer",
                                                     "%1.%2 holds %3 \"%4\" where upstream stores %5")
                                .arg(value, column, typeName(type), sample(st.int64(0), at - 1),
                                     allowsReal ? realOrInteger : onlyInteger);
        });
    };
    const auto nonFinite = [&](ValueCheck check, const char *column, int at) {
        if (st.type(at) != SQLITE_FLOAT || !(std::fabs(st.real(at)) > 1.7976931348623157e308))
            return;
        keep(check, QStringLiteral("non-finite"), st.int64(0), [&] {
            return LocalizedText::translate("iv::SnapshotReviewer",
                                            "%1.%2 is %3, not a finite number; JSON exports write it as null")
                .arg(value, L(column), st.real(at) > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
        });
    };
    CategoryRows rows;
    QHash<qint64, QSet<QByteArray>> seen;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (values) {
            types(XType, QStringLiteral("xvalue"), 1, true);
            types(YType, QStringLiteral("yvalue"), 2, true);
            nonFinite(XNonFinite, "xvalue", 1);
            nonFinite(YNonFinite, "yvalue", 2);
        }
        const int bucketType = st.type(3);
        if (bucketType != SQLITE_INTEGER) {
            bucketIdsIntegers = bucketIdsKnown = false;
        } else if (bucketIdsKnown && !ids.contains(st.int64(3))) {
            bucketIdsKnown = false;
        }
        if (timestampsValid && st.type(5) != SQLITE_NULL && !isTimestamp(st.get(), 5))
            timestampsValid = false;
        // typeof(bucket_id) = 'integer' AND typeof(category) = 'text' AND length(category) BETWEEN 1 AND max
        if (!categories || bucketType != SQLITE_INTEGER || st.type(4) != SQLITE_TEXT)
            continue;
        const qint64 bucket = st.int64(3);
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 4));
        const int n = sqlite3_column_bytes(st.get(), 4);
        if (!p || n < 1 ||
            ((n > kMaxCategory || std::memchr(p, 0, size_t(n))) &&
             !(sqliteLength(p, n) >= 1 && sqliteLength(p, n) <= kMaxCategory)))
            continue;
        const QByteArray bytes = QByteArray::fromRawData(p ? p : "", p ? n : 0);
        QSet<QByteArray> &known = seen[bucket];
        if (known.contains(bytes))
            continue;
        const QByteArray copy(bytes.constData(), bytes.size()); // a deep copy: the row's bytes go
        known.insert(copy);
        rows.bytesPerBucket[bucket].append(copy);
        bool invalid = false;
        rows.perBucket[bucket].append(cellText(copy.constData(), int(copy.size()), &invalid));
        if (invalid)
            rows.invalidTexts.insert(copy);
    }
    if (rc != SQLITE_DONE)
        return pass; // stopped or failed: not used
    seen.clear();
    pass.bucketIdsIntegers = bucketIdsIntegers;
    pass.bucketIdsKnown = bucketIdsKnown;
    pass.timestampsValid = timestampsValid;
    if (categories)
        pass.categoryScan = scanBucketCategories(db, std::move(rows));
    pass.ok = true;
    return pass;
}

bool Reviewer::replayValueCheck(int check)
{
    if (!m_valuePass)
        return false;
    static const char *const columns[ValueChecks] = {"xvalue", "yvalue", "xvalue", "yvalue"};
    const bool nonconforming = check != XNonFinite && check != YNonFinite;
    const QString table = QStringLiteral("insights_bucketvalue"), column = L(columns[check]);
    DeferredFindings &d = m_valueChecks[check];
    for (const DeferredFindings::Item &item : std::as_const(d.items)) {
        if (nonconforming)
            nonconformity(ReviewFinding::Severity::Warning, item.code, item.message, table, column, item.row);
        else
            add(ReviewFinding::Severity::Warning, item.code, item.message, table, column, item.row);
    }
    // What add() would not have listed anyway (past its limit per kind, or past the listing limit).
    for (auto it = d.past.cbegin(); it != d.past.cend(); ++it) {
        if (nonconforming)
            r.conformant = false;
        const QString key = it.key() + QLatin1Char('|') + table + QLatin1Char('|') + column;
        m_perKind[key] += it.value();
        m_suppressed[key] += it.value();
    }
    d = DeferredFindings();
    return true;
}

} // namespace iv::SnapshotReviewer::detail
