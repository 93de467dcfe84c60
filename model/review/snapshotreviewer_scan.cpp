// SPDX-License-Identifier: MIT
// SnapshotReviewer: what should not be shared — personal data in every cell (text, BLOBs, whole), non-finite
// values and small counts. The bytes SQLite does not show as rows: snapshotreviewer_storage.cpp.
#include "snapshotreviewer_p.h"

#include "metrickind.h"
#include "namedetector.h"
#include "pagefreespace.h"
#include "smallcount.h"
#include "sqlitestatement.h"

#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <map>

namespace iv::SnapshotReviewer::detail {

namespace {

using PersonalDataScanner::Match;

QString blobText(const char *p, int n)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(p, n));
    return utf8.hasError() ? QString::fromLatin1(p, n) : text;
}


} // namespace

// A TEXT cell as the detectors read it. SQLite hands over a cell's bytes as stored, valid UTF-8 or not; an
// invalid byte decodes to U+FFFD, which splits a value ("jane\xff@example.org" is no address to a pattern
// that a person reading "janeÿ@example.org" or "jane�@example.org" sees one in). Invalid bytes are therefore
// read as nothing (*invalid set: upstream writes only UTF-8, so such a cell is a nonconformity of its own).
QString cellText(const char *p, int n, bool *invalid)
{
    if (std::all_of(p, p + n, [](char c) { return (unsigned char)c < 0x80; })) {
        *invalid = false;
        return QString::fromLatin1(p, n);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(p, n));
    *invalid = utf8.hasError();
    if (*invalid)
        text.remove(QChar::ReplacementCharacter);
    return text;
}

// Scans text of any length in windows of 64 Ki characters, each starting 1 Ki before the previous one ended,
// or earlier, at the white space before a run without any that crosses that point (a token, a key, an
// address: up to 32 Ki characters), so a value across a window edge is seen whole and the scanner's work per
// window stays bounded. With more than one window (or a shared *seen), each distinct (kind, masked sample)
// is reported once. Matches stand at their place in text.
QVector<Match> scanWhole(const QString &text, QSet<QString> *seen)
{
    constexpr qsizetype kWindow = 65536, kOverlap = 1024, kLongestRun = 32768;
    if (!seen && text.size() <= kWindow)
        return PersonalDataScanner::scan(text, int(text.size()));
    QSet<QString> local;
    QSet<QString> &once = seen ? *seen : local;
    QVector<Match> out;
    const auto nextStart = [&text](qsizetype start) {
        const qsizetype next = start + kWindow - kOverlap;
        const qsizetype floor = start + kWindow - kLongestRun;
        qsizetype k = std::min(next, text.size());
        while (k > floor && !text.at(k - 1).isSpace())
            --k;
        return k > floor ? std::min(k, next) : next;
    };
    for (qsizetype start = 0;; start = nextStart(start)) {
        const QString window = text.mid(start, kWindow);
        const QVector<Match> found = PersonalDataScanner::scan(window, int(window.size()));
        for (Match m : found) {
            // Once per value as written, not per masked sample: two addresses with the same mask are two.
            const QString key =
                PersonalDataScanner::kindId(m.kind) + QLatin1Char('|') + window.mid(m.start, m.length);
            if (!once.contains(key)) {
                once.insert(key);
                m.start += start;
                out.append(m);
            }
        }
        if (start + kWindow >= text.size())
            break;
    }
    return out;
}

// A BLOB's bytes as text: UTF-8 when they are valid UTF-8, else Latin-1 (every byte a character).
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
        if (m_categoriesReady) {
            m_categoriesReady = false;
            CategoryScan scan = std::move(m_valueTable.categoryScan);
            byBucket = std::move(scan.byBucket);
            for (auto it = scan.toCheck.cbegin(); it != scan.toCheck.cend(); ++it)
                m_toCheck[it.key()].unite(it.value());
            m_invalidTexts.unite(scan.invalidTexts);
        }
        else
            categoryColumn = -1;
    }
    // A counter's or gauge's texts read with what its own words say it is about (people: weaker names count).
    QHash<qint64, BucketContext> aboutPeople;
    if (table == QLatin1String("insights_counter") || table == QLatin1String("insights_gauge"))
        aboutPeople = textContexts(table);
    // Upstream stores no BLOB in its tables (Django's text, date, UUID and number fields), nor does SQLite in
    // its own except the index samples of sqlite_stat3/4: a BLOB in a column of any table whose type no data
    // check reads (checkData: numbers and dates) is a nonconformity of its own — its bytes are scanned as
    // text, but a compressed or encoded value reads as nothing, so it can never pass unseen.
    static const QSet<QString> typeChecked = {
        QStringLiteral("insights_counter.value"),      QStringLiteral("insights_gauge.value"),
        QStringLiteral("insights_bucket.type"),        QStringLiteral("insights_bucketvalue.xvalue"),
        QStringLiteral("insights_bucketvalue.yvalue"), QStringLiteral("insights_bucketvalue.bucket_id"),
        QStringLiteral("insights_counter.created_at"), QStringLiteral("insights_gauge.created_at"),
        QStringLiteral("insights_bucket.created_at"),  QStringLiteral("insights_bucketvalue.timestamp")};
    QVector<bool> blobNonconforming(columns, false);
    for (int c = 1; c < columns; ++c)
        blobNonconforming[c] =
            !typeChecked.contains(table + QLatin1Char('.') + names.at(c)) &&
            !((table == QLatin1String("sqlite_stat3") || table == QLatin1String("sqlite_stat4")) &&
              names.at(c) == QLatin1String("sample"));
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
            // A number of 13 to 19 digits can be a payment card's (Luhn and issuer checked by the scanner):
            // a counter's value of 4123456789012349 is one, and no metric counts that high.
            if (type == SQLITE_INTEGER) {
                const qint64 v = st.int64(c);
                if (v >= 1'000'000'000'000 || v <= -1'000'000'000'000) {
                    const QString digits = QString::number(v < 0 ? -v : v);
                    for (const Match &m : PersonalDataScanner::scan(digits))
                        if (m.kind == PersonalDataScanner::Kind::Card)
                            add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                                LocalizedText::translate("iv::SnapshotReviewer",
                                                         "%1 in %2.%3, stored as a number")
                                    .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c)),
                                table, names.at(c), row, m.masked,
                                QStringView(digits).mid(m.start, m.length));
                }
            }
            if (type != SQLITE_TEXT && type != SQLITE_BLOB)
                continue;
            const auto *p = type == SQLITE_TEXT
                                ? reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c))
                                : static_cast<const char *>(sqlite3_column_blob(st.get(), c));
            const int n = sqlite3_column_bytes(st.get(), c);
            if (!p || n <= 0)
                continue;
            if (type == SQLITE_BLOB && blobNonconforming.at(c))
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("blob-value"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "%1.%2 holds a BLOB of %3 bytes where upstream stores text: "
                                                       "its bytes are scanned as text, but a compressed or "
                                                       "encoded value cannot be read")
                                  .arg(table, names.at(c), QString::number(n)),
                              table, names.at(c), row);
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
            bool invalid = false;
            QString text; // as the detectors read it: their matches' positions are in it
            if (inBucket) {
                matches = *inBucket;
                invalid = !m_invalidTexts.isEmpty() && m_invalidTexts.contains(QByteArray::fromRawData(p, n));
                if (!matches.isEmpty())
                    text = cellText(p, n, &invalid);
            } else {
                text = type == SQLITE_TEXT ? cellText(p, n, &invalid) : blobText(p, n);
                matches = people != aboutPeople.cend() && text.size() <= 65536
                              ? PersonalDataScanner::scan(text, int(text.size()), people.value())
                              : scanCell(text);
                if (plain && matches.isEmpty() && !invalid)
                    m_memo->cleanTexts.insert(p, size_t(n));
            }
            if (invalid && m_insightsTables.contains(table))
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("invalid-utf8"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "%1.%2 holds text that is not valid UTF-8 (upstream writes "
                                                       "only UTF-8): other programs show it, or fail on it, each "
                                                       "their own way; it was scanned without its invalid bytes")
                                  .arg(table, names.at(c)),
                              table, names.at(c), row);
            for (const auto &m : std::as_const(matches))
                add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                    m.context.isEmpty()
                        ? LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2.%3")
                              .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c))
                        : LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2.%3, %4")
                              .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c), m.context),
                    table, names.at(c), row, m.masked, QStringView(text).mid(m.start, m.length));
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

Reviewer::CategoryScan Reviewer::scanBucketCategories(sqlite3 *db, CategoryRows rows)
{
    constexpr int kMaxCategory =
        65536; // scanCategories() reads this much of each; longer ones go to scanWhole
    CategoryScan result;
    result.invalidTexts = std::move(rows.invalidTexts);
    QHash<qint64, QHash<QByteArray, QVector<Match>>> &out = result.byBucket;
    const QHash<qint64, BucketContext> contexts = bucketContexts(db);
    const std::map<qint64, QStringList> &perBucket = rows.perBucket;
    std::map<qint64, QList<QByteArray>> &bytesPerBucket = rows.bytesPerBucket;
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
            // A category SQLite counts as short (length() stops at a NUL) may hold more characters after its
            // NUL than scanCategories reads: the rest is scanned whole.
            for (qsizetype i = 0; i < categories.size() && i < found.size(); ++i) {
                if (categories.at(i).size() <= kMaxCategory)
                    continue;
                QSet<QString> seen;
                for (const Match &m : std::as_const(found.at(i)))
                    seen.insert(PersonalDataScanner::kindId(m.kind) + QLatin1Char('|') +
                                categories.at(i).mid(m.start, m.length));
                found[i] += scanWhole(categories.at(i), &seen);
            }
            if (m_shared)
                m_memo->buckets.insert(bucket, {context, categories, found, toCheck});
        }
        QHash<QByteArray, QVector<Match>> &perCategory = out[bucket];
        const QList<QByteArray> &bytes = bytesPerBucket[bucket];
        for (qsizetype i = 0; i < categories.size() && i < found.size(); ++i) {
            perCategory.insert(bytes.at(i), found.at(i));
            if (toCheck.value(i))
                result.toCheck[bucket].insert(categories.at(i));
        }
    }
    return result;
}

QHash<qint64, BucketContext> Reviewer::bucketContexts(sqlite3 *db)
{
    // What each bucket holds, from its texts (BucketContext): people, things, or unsaid.
    QHash<qint64, BucketContext> out;
    const QStringList have = m_columns.value(QStringLiteral("insights_bucket"));
    if (!have.contains(QStringLiteral("id")))
        return out;
    QStringList select;
    for (const char *column : {"label", "question", "desc", "xlabel", "ylabel", "title"})
        select << (have.contains(L(column)) ? quoted(L(column)) : QStringLiteral("NULL"));
    SqliteStatement st(db, QStringLiteral("SELECT id, %1 FROM insights_bucket WHERE typeof(id) = 'integer'")
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

} // namespace iv::SnapshotReviewer::detail
