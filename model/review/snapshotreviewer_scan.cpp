// SPDX-License-Identifier: MIT
// SnapshotReviewer: what should not be shared — personal data in every cell (text, BLOBs, whole), in the
// bytes SQLite does not show as rows (after the last page, free pages), non-finite values and small counts.
#include "snapshotreviewer_p.h"

#include "metrickind.h"
#include "namedetector.h"
#include "pagefreespace.h"
#include "smallcount.h"
#include "sqlitestatement.h"

#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <map>

namespace iv::SnapshotReviewer::detail {

namespace {

using PersonalDataScanner::Match;

// Scans text of any length in windows of 64 Ki characters, each starting 1 Ki before the previous one ended,
// so a value across a window edge is seen whole and the scanner's work per window stays bounded. With more
// than one window (or a shared *seen), each distinct (kind, masked sample) is reported once.
QVector<Match> scanWhole(const QString &text, QSet<QString> *seen = nullptr)
{
    constexpr qsizetype kWindow = 65536, kOverlap = 1024;
    if (!seen && text.size() <= kWindow)
        return PersonalDataScanner::scan(text, int(text.size()));
    QSet<QString> local;
    QSet<QString> &once = seen ? *seen : local;
    QVector<Match> out;
    for (qsizetype start = 0;; start += kWindow - kOverlap) {
        const QString window = text.mid(start, kWindow);
        const QVector<Match> found = PersonalDataScanner::scan(window, int(window.size()));
        for (const Match &m : found) {
            const QString key = PersonalDataScanner::kindId(m.kind) + QLatin1Char('|') + m.masked;
            if (!once.contains(key)) {
                once.insert(key);
                out.append(m);
            }
        }
        if (start + kWindow >= text.size())
            break;
    }
    return out;
}

// A BLOB's bytes as text: UTF-8 when they are valid UTF-8, else Latin-1 (every byte a character).
QString blobText(const char *p, int n)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(p, n));
    return utf8.hasError() ? QString::fromLatin1(p, n) : text;
}

// Raw file bytes as text for the scanner, decoded in the file's text encoding (header field 56: 1 UTF-8,
// 2 UTF-16le, 3 UTF-16be; anything else is read as Latin-1, every byte a character). Control characters
// (record headers, page pointers, the binary of numbers) become line breaks so they cannot join two values:
// not spaces, which a phone number or IBAN may hold ("+31 6 1234…"), so digits of neighbouring timestamps and
// numbers are never read as one phone number. UTF-16 text may start at an odd offset of a page: both
// alignments are returned.
QStringList rawTexts(const QByteArray &bytes, quint32 encoding)
{
    const auto visibleOrSpace = [](char16_t u) {
        return (u < 0x20 || (u >= 0x7f && u <= 0x9f)) ? char16_t(u'\n') : u;
    };
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (encoding == 2 || encoding == 3) {
        const bool le = encoding == 2;
        QStringList out;
        for (qsizetype align = 0; align < 2; ++align) {
            QString text((n - align) / 2, Qt::Uninitialized);
            char16_t *d = reinterpret_cast<char16_t *>(text.data());
            for (qsizetype i = align; i + 1 < n; i += 2)
                *d++ = le ? char16_t(b[i] | (b[i + 1] << 8)) : char16_t((b[i] << 8) | b[i + 1]);
            // Lone surrogates (halves of a pair split by the alignment or by garbage) become spaces too.
            char16_t *u = reinterpret_cast<char16_t *>(text.data());
            const qsizetype len = text.size();
            for (qsizetype i = 0; i < len; ++i) {
                if (QChar::isHighSurrogate(u[i]) && i + 1 < len && QChar::isLowSurrogate(u[i + 1])) {
                    ++i;
                    continue;
                }
                u[i] = QChar::isSurrogate(u[i]) ? char16_t(u' ') : visibleOrSpace(u[i]);
            }
            out << text;
        }
        return out;
    }
    QString text;
    if (encoding == 1) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes); // invalid bytes become U+FFFD, ASCII stays as it is
    } else {
        text = QString::fromLatin1(bytes);
    }
    char16_t *u = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        u[i] = visibleOrSpace(u[i]);
    return {text};
}

qint64 readAt(int fd, QByteArray *buffer, qint64 offset)
{
    qint64 done = 0;
    while (done < buffer->size()) {
        const ssize_t got =
            ::pread(fd, buffer->data() + done, size_t(buffer->size() - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    buffer->truncate(done);
    return done;
}

} // namespace

void Reviewer::scanPersonalData()
{
    r.scanComplete = true;
    // Every real table, SQLite's own included (statistics and sequence rows hold text that travels with the
    // file, and a table renamed sqlite_… by hand hides from tools that skip them), and the schema itself
    // (names of tables, columns and indexes, CREATE statements).
    QStringList tables = m_realTables;
    tables.prepend(QStringLiteral("sqlite_master"));
    // The cell budget is shared fairly: when the tables together may hold more cells than it allows, they are
    // scanned smallest first and each gets an equal share of what is left, so what a small table does not
    // use goes to the larger ones and no table is left out because another came first.
    QVector<qint64> estimate(tables.size(), 0);
    qint64 total = 0;
    for (qsizetype i = 0; i < tables.size() && !stopped(); ++i) {
        // Rows times columns: an upper bound of the text cells, cheap to learn (no cell is decoded).
        SqliteStatement count(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(tables.at(i))));
        SqliteStatement all(m_db, QStringLiteral("SELECT * FROM %1").arg(quoted(tables.at(i))));
        if (count.isValid() && all.isValid() && count.step() == SQLITE_ROW)
            estimate[i] = count.int64(0) * std::max(1, sqlite3_column_count(all.get()));
        total = estimate.at(i) > LLONG_MAX - total ? LLONG_MAX : total + estimate.at(i);
    }
    QVector<qsizetype> order(tables.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    const bool share = total > opt.maxScanCells;
    if (share)
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return estimate.at(a) < estimate.at(b); });
    qint64 budget = opt.maxScanCells;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const QString &table = tables.at(order.at(k));
        if (stopped()) {
            r.scanComplete = false;
            r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                               "table %1 was not scanned for personal data (time limit)")
                          .arg(table));
            continue;
        }
        const qint64 quota = share ? budget / qint64(order.size() - k) : budget;
        budget -= scanTable(table, quota);
    }
}

qint64 Reviewer::scanTable(const QString &table, qint64 quota)
{
    SqliteStatement withRowid(m_db, QStringLiteral("SELECT rowid, * FROM %1").arg(quoted(table)));
    // A WITHOUT ROWID table has no rowid: rows are then numbered in scan order.
    SqliteStatement plain(m_db, withRowid.isValid()
                                    ? QStringLiteral("SELECT 1 WHERE 0")
                                    : QStringLiteral("SELECT NULL, * FROM %1").arg(quoted(table)));
    SqliteStatement &st = withRowid.isValid() ? withRowid : plain;
    if (!st.isValid()) {
        queryFailed(st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "scanning %1").arg(table));
        r.scanComplete = false;
        return 0;
    }
    ++r.scannedTables;
    const int columns = sqlite3_column_count(st.get());
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names << QString::fromUtf8(sqlite3_column_name(st.get(), c));
    // A bucket's categories are read together: a set of person names makes its weaker candidates
    // (a lone given name) findings too, which one category alone would not.
    int categoryColumn = -1, bucketColumn = -1;
    QHash<qint64, QHash<QByteArray, QVector<Match>>> byBucket;
    if (table == QLatin1String("insights_bucketvalue")) {
        categoryColumn = int(names.indexOf(QStringLiteral("category"), 1));
        bucketColumn = int(names.indexOf(QStringLiteral("bucket_id"), 1));
        if (categoryColumn > 0 && bucketColumn > 0)
            byBucket = scanBucketCategories();
        else
            categoryColumn = -1;
    }
    // A counter's or gauge's texts read with what its own words say it is about (people: weaker names count).
    QHash<qint64, BucketContext> aboutPeople;
    if (table == QLatin1String("insights_counter") || table == QLatin1String("insights_gauge"))
        aboutPeople = textContexts(table);
    qint64 ordinal = 0, used = 0;
    bool cut = false;
    // The bucket of the last category read and its categories (rows of one bucket mostly come together).
    qint64 lastBucket = 0;
    const QHash<QByteArray, QVector<Match>> *bucketCategories = nullptr;
    bool haveBucket = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        ++ordinal;
        const qint64 row = st.isNull(0) ? ordinal : st.int64(0);
        for (int c = 1; c < columns; ++c) {
            // Whole cells (SQLite's length limit bounds them), and BLOBs too: --dump-json shows a BLOB
            // category as text, so its bytes are shared like any text.
            const int type = st.type(c);
            if (type != SQLITE_TEXT && type != SQLITE_BLOB)
                continue;
            const auto *p = type == SQLITE_TEXT
                                ? reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c))
                                : static_cast<const char *>(sqlite3_column_blob(st.get(), c));
            const int n = sqlite3_column_bytes(st.get(), c);
            if (!p || n <= 0)
                continue;
            if (used >= quota) {
                cut = true;
                break;
            }
            ++r.scannedCells;
            ++used;
            // The cell's text is decoded only where a detector reads it: a category found among its bucket's
            // (scanned together before) and a text found clean before are looked up by their bytes.
            const QVector<Match> *inBucket = nullptr;
            qint64 bucket = 0;
            if (c == categoryColumn && type == SQLITE_TEXT && st.type(bucketColumn) == SQLITE_INTEGER) {
                bucket = st.int64(bucketColumn);
                if (!haveBucket || bucket != lastBucket) {
                    const auto it = byBucket.constFind(bucket);
                    bucketCategories = it == byBucket.cend() ? nullptr : &it.value();
                    lastBucket = bucket;
                    haveBucket = true;
                }
                if (bucketCategories) {
                    const auto found = bucketCategories->constFind(QByteArray::fromRawData(p, n));
                    if (found != bucketCategories->cend())
                        inBucket = &found.value();
                }
            }
            if (inBucket && inBucket->isEmpty()) {
                const auto check = m_toCheck.constFind(bucket);
                if (check != m_toCheck.cend()) {
                    const QString text = QString::fromUtf8(p, n);
                    if (check->contains(text)) {
                        if (r.toCheck.size() < ReviewReport::maxToCheck)
                            r.toCheck.append({table, names.at(c), row, NameDetector::mask(text), {}, {}});
                        ++r.toCheckCount;
                    }
                }
            }
            const auto people = inBucket ? aboutPeople.cend() : aboutPeople.constFind(row);
            // Without context, a short text: known clean by its bytes, or scanned (and remembered) once.
            const bool plain = !inBucket && people == aboutPeople.cend() && type == SQLITE_TEXT &&
                               n <= ReviewScanMemo::maxText;
            if (plain && m_memo->cleanTexts.contains(p, size_t(n))) {
                ++m_memo->textsReused;
                continue;
            }
            QVector<Match> matches;
            if (inBucket) {
                matches = *inBucket;
            } else {
                const QString text = type == SQLITE_TEXT ? QString::fromUtf8(p, n) : blobText(p, n);
                matches = people != aboutPeople.cend() && text.size() <= 65536
                              ? PersonalDataScanner::scan(text, int(text.size()), people.value())
                              : scanCell(text);
                if (plain && matches.isEmpty())
                    m_memo->cleanTexts.insert(p, size_t(n));
            }
            for (const auto &m : std::as_const(matches))
                add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                    m.context.isEmpty()
                        ? LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2.%3")
                              .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c))
                        : LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2.%3, %4")
                              .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c), m.context),
                    table, names.at(c), row, m.masked);
        }
        if (cut)
            break;
    }
    if (!cut && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        r.scanComplete = false;
        queryFailed(rc, LocalizedText::translate("iv::SnapshotReviewer", "scanning %1").arg(table));
    } else if (cut) {
        r.scanComplete = false;
        r.addNote(
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "the personal-data scan stopped in table %1 after %n text cells (its "
                                     "share of the limit of %2 cells); the rest of the table was not "
                                     "scanned",
                                     nullptr, clampToInt(used))
                .arg(table, QString::number(opt.maxScanCells)));
    }
    return used;
}

QVector<Match> Reviewer::scanCell(const QString &text)
{
    // The same short text stands in many cells (every question's created_at, a timestamp shared by many
    // buckets, a label): the scanner's result depends on the text alone, so each is scanned once. Bounded:
    // the memo starts over when it holds ReviewScanMemo::maxTexts texts.
    if (text.size() > ReviewScanMemo::maxText)
        return scanWhole(text);
    const auto it = m_memo->texts.constFind(text);
    if (it != m_memo->texts.cend()) {
        ++m_memo->textsReused;
        return it.value();
    }
    const QVector<Match> found = scanWhole(text);
    if (found.isEmpty())
        return found; // the caller remembers a clean text by its bytes (ReviewScanMemo::cleanTexts)
    if (m_memo->texts.size() >= ReviewScanMemo::maxTexts)
        m_memo->texts.clear();
    m_memo->texts.insert(text, found);
    return found;
}

QHash<qint64, QHash<QByteArray, QVector<Match>>> Reviewer::scanBucketCategories()
{
    constexpr int kMaxCategory =
        65536; // scanCategories() reads this much of each; longer ones go to scanWhole
    QHash<qint64, QHash<QByteArray, QVector<Match>>> out;
    const QHash<qint64, BucketContext> contexts = bucketContexts();
    // Each bucket's distinct categories (byte for byte, as SQL's DISTINCT compares text), in bucket order and
    // within a bucket in the order they first occur: what SELECT DISTINCT … ORDER BY bucket_id gives through
    // the bucket_id index, but read in one pass over the table instead of one row lookup per index entry and
    // a temporary B-tree.
    SqliteStatement st(m_db, QStringLiteral("SELECT bucket_id, category FROM insights_bucketvalue WHERE "
                                            "typeof(bucket_id) = 'integer' AND typeof(category) = 'text' AND "
                                            "length(category) BETWEEN 1 AND %1")
                                 .arg(kMaxCategory));
    if (!st.isValid())
        return out;
    std::map<qint64, QStringList> perBucket;
    std::map<qint64, QList<QByteArray>> bytesPerBucket; // the same categories as their bytes
    QHash<qint64, QSet<QByteArray>> seen;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 bucket = st.int64(0);
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1));
        const int n = sqlite3_column_bytes(st.get(), 1);
        const QByteArray bytes = QByteArray::fromRawData(p ? p : "", p ? n : 0);
        QSet<QByteArray> &known = seen[bucket];
        if (known.contains(bytes))
            continue;
        const QByteArray copy(bytes.constData(), bytes.size()); // a deep copy: the row's bytes go
        known.insert(copy);
        bytesPerBucket[bucket].append(copy);
        perBucket[bucket].append(QString::fromUtf8(bytes));
    }
    if (rc != SQLITE_DONE)
        return {}; // stopped or failed: every cell is scanned alone, as before
    seen.clear();
    // A bucket scanned before with the very same categories (byte for byte, same order) and the same context
    // (a shared memo: the redacted copy's check) gives the same result: scanCategories depends on nothing
    // else.
    for (const auto &[bucket, categories] : perBucket) {
        QVector<bool> toCheck;
        QVector<QVector<Match>> found;
        const BucketContext context = contexts.value(bucket);
        const auto known = m_shared ? m_memo->buckets.constFind(bucket) : m_memo->buckets.cend();
        const auto plan = m_shared ? m_memo->standIns.constFind(bucket) : m_memo->standIns.cend();
        if (known != m_memo->buckets.cend() && known->context == context && known->categories == categories) {
            found = known->found;
            toCheck = known->toCheck;
            ++m_memo->bucketsReused;
        } else if (plan != m_memo->standIns.cend() &&
                   std::all_of(categories.cbegin(), categories.cend(),
                               [&](const QString &c) { return plan->contains(c); })) {
            // Every category is a stand-in the redactor wrote into this bucket: checked against its plan.
            found.resize(categories.size());
            ++m_memo->bucketsVerifiedByPlan;
        } else {
            found = PersonalDataScanner::scanCategories(categories, kMaxCategory, context, &toCheck);
            if (m_shared)
                m_memo->buckets.insert(bucket, {context, categories, found, toCheck});
        }
        QHash<QByteArray, QVector<Match>> &perCategory = out[bucket];
        const QList<QByteArray> &bytes = bytesPerBucket[bucket];
        for (qsizetype i = 0; i < categories.size() && i < found.size(); ++i) {
            perCategory.insert(bytes.at(i), found.at(i));
            if (toCheck.value(i))
                m_toCheck[bucket].insert(categories.at(i));
        }
    }
    return out;
}

QHash<qint64, BucketContext> Reviewer::bucketContexts()
{
    // What each bucket holds, from its texts (BucketContext): people, things, or unsaid.
    QHash<qint64, BucketContext> out;
    const QStringList have = m_columns.value(QStringLiteral("insights_bucket"));
    if (!have.contains(QStringLiteral("id")))
        return out;
    QStringList select;
    for (const char *column : {"label", "question", "desc", "xlabel", "ylabel", "title"})
        select << (have.contains(L(column)) ? quoted(L(column)) : QStringLiteral("NULL"));
    SqliteStatement st(m_db, QStringLiteral("SELECT id, %1 FROM insights_bucket WHERE typeof(id) = 'integer'")
                                 .arg(select.join(QStringLiteral(", "))));
    auto text = [&st](int c) { return st.type(c) == SQLITE_TEXT ? st.text(c).left(4096) : QString(); };
    while (st.isValid() && st.step() == SQLITE_ROW)
        out.insert(st.int64(0), BucketContext::rate({text(1), text(2), text(3), text(4), text(5), text(6)}));
    return out;
}

QHash<qint64, BucketContext> Reviewer::textContexts(const QString &table)
{
    // Rows of a counter or gauge table whose label, question or description name people.
    QHash<qint64, BucketContext> out;
    const QStringList have = m_columns.value(table);
    QStringList select;
    for (const char *column : {"label", "question", "desc"})
        select << (have.contains(L(column)) ? quoted(L(column)) : QStringLiteral("NULL"));
    SqliteStatement st(
        m_db,
        QStringLiteral("SELECT rowid, %1 FROM %2").arg(select.join(QStringLiteral(", ")), quoted(table)));
    auto text = [&st](int c) { return st.type(c) == SQLITE_TEXT ? st.text(c).left(4096) : QString(); };
    while (st.isValid() && st.step() == SQLITE_ROW) {
        const BucketContext c = BucketContext::rate({text(1), text(2), text(3), {}, {}, {}});
        if (c.kind == BucketContext::Kind::Person)
            out.insert(st.int64(0), c);
    }
    return out;
}

void Reviewer::checkNonFinite()
{
    // SQLite stores a REAL infinity as it is (a NaN becomes NULL, reported by checkTypes); upstream's Python
    // float() can write one. JSON has no spelling for it, so exports write null: the review must say so.
    const struct
    {
        const char *table, *column;
    } numeric[] = {{"insights_gauge", "value"},
                   {"insights_counter", "value"},
                   {"insights_bucketvalue", "xvalue"},
                   {"insights_bucketvalue", "yvalue"}};
    for (const auto &n : numeric) {
        const QString table = L(n.table), column = L(n.column);
        if (!m_columns.value(table).contains(column) || stopped())
            continue;
        if (table == QLatin1String("insights_bucketvalue") &&
            replayValueCheck(column == QLatin1String("xvalue") ? XNonFinite : YNonFinite))
            continue;
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE typeof(%1) = 'real' AND "
                                                "abs(%1) > 1.7976931348623157e308")
                                     .arg(quoted(column), quoted(table)));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW)
            add(ReviewFinding::Severity::Warning, QStringLiteral("non-finite"),
                LocalizedText::translate("iv::SnapshotReviewer",
                                         "%1.%2 is %3, not a finite number; JSON exports write it as null")
                    .arg(table, column, st.real(1) > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")),
                table, column, st.int64(0));
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(
                st.isValid() ? rc : st.prepareCode(),
                LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
    }
}

void Reviewer::checkSmallCounts()
{
    if (opt.minCount <= 1 || stopped())
        return;
    const QString counter = QStringLiteral("insights_counter"),
                  value = QStringLiteral("insights_bucketvalue"), bucket = QStringLiteral("insights_bucket");
    // Whole numbers from 1 to K-1 only: a share (2.5) or a zero is not a count of people.
    const QString small = QStringLiteral("typeof(%1) IN ('integer', 'real') AND %1 >= 1 AND %1 < %2 AND "
                                         "%1 = CAST(%1 AS INTEGER)");
    if (m_columns.value(counter).contains(QStringLiteral("value"))) {
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, value FROM insights_counter WHERE ") +
                                     small.arg(QStringLiteral("value")).arg(opt.minCount));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
            if (!SmallCount::isSmall(MetricKind::Counter, st.real(1), opt.minCount))
                continue;
            add(ReviewFinding::Severity::Warning, QStringLiteral("small-count"),
                LocalizedText::translate(
                    "iv::SnapshotReviewer",
                    "a count of %1 is below the minimum count %2: it may single out people")
                    .arg(QString::number(st.int64(1)), QString::number(opt.minCount)),
                counter, QStringLiteral("value"), st.int64(0));
        }
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(),
                        LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2")
                            .arg(counter, QStringLiteral("value")));
    }
    if (!m_columns.value(value).contains(QStringLiteral("xvalue")) ||
        !m_columns.value(value).contains(QStringLiteral("bucket_id")) ||
        !m_columns.value(bucket).contains(QStringLiteral("type")) || stopped())
        return;
    SqliteStatement st(m_db,
                       QStringLiteral("SELECT v.rowid, v.xvalue, b.type FROM insights_bucketvalue v JOIN "
                                      "insights_bucket b ON b.id = v.bucket_id WHERE typeof(b.type) = "
                                      "'integer' AND ") +
                           small.arg(QStringLiteral("v.xvalue")).arg(opt.minCount) +
                           QStringLiteral(" ORDER BY v.rowid"));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        if (!SmallCount::isSmall(kindFromBucketType(st.int64(2)), st.real(1), opt.minCount))
            continue;
        add(ReviewFinding::Severity::Warning, QStringLiteral("small-count"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "a count of %1 is below the minimum count %2: it may single out people")
                .arg(QString::number(qint64(st.real(1))), QString::number(opt.minCount)),
            value, QStringLiteral("xvalue"), st.int64(0));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2")
                        .arg(value, QStringLiteral("xvalue")));
}

void Reviewer::scanRaw(qint64 offset, qint64 length, QSet<QString> *seen, const LocalizedText &where)
{
    constexpr qint64 kBlock = 1 << 20;
    constexpr qint64 kOverlap = 1024; // a value across a block edge is read whole in the next block
    qint64 done = 0;
    while (done < length) {
        if (stopped()) {
            r.scanComplete = false;
            r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                               "%1 were not fully scanned for personal data (time limit)")
                          .arg(where));
            return;
        }
        const qint64 start = std::max<qint64>(0, done - kOverlap);
        const qint64 wanted = std::min(kBlock, length - start);
        QByteArray block(int(wanted), Qt::Uninitialized);
        if (readAt(m_fd, &block, offset + start) < wanted) {
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 could not be read").arg(where));
            r.scanComplete = false;
            return;
        }
        done = start + block.size();
        scanBytes(block, seen, where);
    }
}

void Reviewer::scanBytes(const QByteArray &bytes, QSet<QString> *seen, const LocalizedText &where)
{
    QVector<Match> matches;
    for (const QString &text : rawTexts(bytes, r.identity.textEncoding))
        matches += scanWhole(text, seen);
    for (const auto &m : matches)
        add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
            LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2")
                .arg(PersonalDataScanner::kindText(m.kind), where),
            QString(), QString(), -1, m.masked);
}

void Reviewer::scanPageFreeSpace(qint64 pageCount, const QSet<quint32> &freeList)
{
    QByteArray header(100, Qt::Uninitialized);
    if (stopped() || readAt(m_fd, &header, 0) < 100)
        return;
    PageFreeSpace space(header, pageCount, freeList);
    if (!space.valid())
        return;
    const LocalizedText where = LocalizedText::translate(
        "iv::SnapshotReviewer", "the free space inside used pages (deleted data)");
    QSet<QString> seen;
    QByteArray pending;
    auto flush = [&](qint64 atLeast) {
        if (pending.size() >= atLeast && !pending.isEmpty()) {
            scanBytes(pending, &seen, where);
            pending.clear();
        }
    };
    auto incomplete = [&](const LocalizedText &why) {
        r.scanComplete = false;
        r.addNote(why);
    };
    // Every page once, in blocks of about 1 MiB read through the hashed descriptor.
    const qint64 pageSize = space.pageSize();
    const qint64 perBlock = std::max<qint64>(1, (1 << 20) / pageSize);
    QByteArray block;
    for (qint64 first = 1; first <= pageCount; first += perBlock) {
        if (stopped()) {
            incomplete(LocalizedText::translate("iv::SnapshotReviewer",
                                                "%1 were not fully scanned for personal data (time limit)")
                           .arg(where));
            return;
        }
        const qint64 pages = std::min(perBlock, pageCount - first + 1);
        block.resize(pages * pageSize);
        if (readAt(m_fd, &block, (first - 1) * pageSize) < block.size()) {
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 could not be read").arg(where));
            r.scanComplete = false;
            return;
        }
        const auto *bytes = reinterpret_cast<const unsigned char *>(block.constData());
        for (qint64 i = 0; i < pages; ++i)
            space.addPage(quint32(first + i), bytes + i * pageSize, &pending);
        flush(1 << 20);
    }
    for (const PageFreeSpace::Region &tail : space.overflowTails()) {
        QByteArray bytes(tail.length, Qt::Uninitialized);
        if (readAt(m_fd, &bytes, tail.offset) < tail.length)
            continue; // past the end: the integrity check reports the broken chain
        pending += bytes;
        pending.append(2, '\0');
        flush(1 << 20);
    }
    flush(0);
    checkHiddenRecordBytes(space);
}

void Reviewer::checkHiddenRecordBytes(const PageFreeSpace &space)
{
    // Bytes inside records that no reader sees: SQLite reads as many fields as the schema names, so a schema
    // edited to name fewer columns than the rows hold hides the rest (integrity_check says "ok"), and a record
    // may hold bytes after its last field. Neither can be clean: an error, and the bytes scanned raw.
    if (space.recordsWithTrailingBytes() > 0) {
        add(ReviewFinding::Severity::Error, QStringLiteral("hidden-record-bytes"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "%1 records hold bytes after their last field: SQLite and every reader "
                                     "ignore them, but they travel with the file")
                .arg(QString::number(space.recordsWithTrailingBytes())));
        QSet<QString> seen;
        scanBytes(space.trailingBytes(), &seen,
                  LocalizedText::translate("iv::SnapshotReviewer", "the bytes after records' last fields"));
    }
    // The fields each b-tree's records may hold, by root page: a table's stored columns (a virtual generated
    // column is not stored), an index's columns with the row id or key; the schema table's five.
    QHash<quint32, int> fieldsByRoot{{1, 5}};
    QHash<quint32, QString> names{{1, QStringLiteral("sqlite_schema")}};
    {
        SqliteStatement list(m_db, QStringLiteral("SELECT type, name, rootpage FROM sqlite_master "
                                                  "WHERE type IN ('table', 'index') AND rootpage > 1"));
        while (!stopped() && list.step() == SQLITE_ROW) {
            const bool table = list.text(0) == QLatin1String("table");
            const QString name = list.text(1);
            SqliteStatement info(m_db, QStringLiteral("PRAGMA %1(%2)")
                                           .arg(table ? QStringLiteral("table_xinfo") : QStringLiteral("index_xinfo"),
                                                quoted(name)));
            int fields = 0;
            while (info.step() == SQLITE_ROW)
                fields += table && info.int64(6) == 2 ? 0 : 1;
            if (fields > 0) {
                fieldsByRoot.insert(quint32(list.int64(2)), fields);
                names.insert(quint32(list.int64(2)), name);
            }
        }
    }
    const qint64 pageSize = space.pageSize();
    for (const PageFreeSpace::FieldsBeyond &tree : space.fieldsBeyond(fieldsByRoot)) {
        if (stopped())
            return;
        QByteArray hidden;
        qint64 records = 0;
        QByteArray page(pageSize, Qt::Uninitialized);
        for (const quint32 number : tree.pages)
            if (readAt(m_fd, &page, qint64(number - 1) * pageSize) == pageSize)
                records += space.addFieldsBeyond(number, reinterpret_cast<const unsigned char *>(page.constData()),
                                                 tree.fields, &hidden);
        const QString name = names.value(tree.root);
        add(ReviewFinding::Severity::Error, QStringLiteral("hidden-record-bytes"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "%1 records hold more fields than the %2 its schema names: SQLite and every "
                                     "reader ignore the others, but they travel with the file")
                .arg(QString::number(records), QString::number(tree.fields)),
            name);
        QSet<QString> seen;
        scanBytes(hidden, &seen,
                  LocalizedText::translate("iv::SnapshotReviewer", "the hidden fields of %1")
                      .arg(LocalizedText::same(name)));
    }
}

void Reviewer::checkStorage()
{
    if (stopped())
        return;
    const qint64 pageSize = pragma("page_size");
    const qint64 pageCount = pragma("page_count");
    const qint64 freePages = pragma("freelist_count");
    if (pageSize < 512 || pageCount < 1)
        return;
    const qint64 used = pageSize * pageCount;
    if (r.identity.size > used) {
        const qint64 extra = r.identity.size - used;
        add(ReviewFinding::Severity::Warning, QStringLiteral("trailing-bytes"),
            LocalizedText::translate(
                "iv::SnapshotReviewer",
                "%1 bytes follow the last page: SQLite ignores them, but they travel with the "
                "file")
                .arg(QString::number(extra)));
        QSet<QString> seen;
        scanRaw(used, extra, &seen,
                LocalizedText::translate("iv::SnapshotReviewer", "the bytes after the last page"));
    }
    // Bytes 72–91 of the file header are reserved for expansion: SQLite writes zeros and never reads them.
    QByteArray header(100, Qt::Uninitialized);
    if (readAt(m_fd, &header, 0) == 100) {
        const QByteArray reserved = header.mid(72, 20);
        const qint64 set = 20 - reserved.count('\0');
        if (set > 0) {
            add(ReviewFinding::Severity::Warning, QStringLiteral("header-reserved-bytes"),
                LocalizedText::translate("iv::SnapshotReviewer",
                                         "%1 of the 20 bytes the file header reserves (72–91, zero in every file "
                                         "SQLite writes) are set: SQLite ignores them, but they travel with the file")
                    .arg(QString::number(set)));
            QSet<QString> seen;
            scanBytes(reserved, &seen,
                      LocalizedText::translate("iv::SnapshotReviewer", "the file header's reserved bytes"));
        }
    }
    QSet<quint32> freeList;
    if (freePages > 0)
        scanFreeList(pageSize, pageCount, freePages, &freeList);
    scanPageFreeSpace(pageCount, freeList);
}

void Reviewer::scanFreeList(qint64 pageSize, qint64 pageCount, qint64 freePages, QSet<quint32> *visited)
{
    add(ReviewFinding::Severity::Warning, QStringLiteral("free-pages"),
        LocalizedText::translate(
            "iv::SnapshotReviewer",
            "%1 free pages may still hold deleted rows; run VACUUM on a copy before sharing "
            "the file")
            .arg(QString::number(freePages)));
    // The freelist: header offset 32 names the first trunk page; a trunk page holds the next trunk, a count
    // and that many leaf page numbers. Every page is scanned raw, trunks included (only their first bytes are
    // pointers).
    QByteArray header(40, Qt::Uninitialized);
    if (readAt(m_fd, &header, 0) < 40)
        return;
    auto be32 = [](const QByteArray &b, qint64 off) {
        const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + off);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    const LocalizedText where =
        LocalizedText::translate("iv::SnapshotReviewer", "the free pages (deleted data)");
    QSet<QString> seen;
    qint64 scanned = 0;
    auto scanPage = [&](quint32 page) {
        if (page < 2 || page > quint64(pageCount) || visited->contains(page))
            return false;
        visited->insert(page);
        ++scanned;
        scanRaw(qint64(page - 1) * pageSize, pageSize, &seen, where);
        return true;
    };
    quint32 trunk = be32(header, 32);
    while (trunk != 0 && scanned < freePages && !stopped()) {
        QByteArray page(int(pageSize), Qt::Uninitialized);
        if (visited->contains(trunk) || readAt(m_fd, &page, qint64(trunk - 1) * pageSize) < pageSize ||
            !scanPage(trunk))
            break;
        const qint64 leaves = std::min<qint64>(be32(page, 4), pageSize / 4 - 2);
        for (qint64 i = 0; i < leaves && scanned < freePages && !stopped(); ++i)
            scanPage(be32(page, 8 + 4 * i));
        trunk = be32(page, 0);
    }
    if (scanned < freePages) {
        r.scanComplete = false;
        r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                           "%1 of %2 free pages were scanned for personal data")
                      .arg(QString::number(scanned), QString::number(freePages)));
    }
}

} // namespace iv::SnapshotReviewer::detail
