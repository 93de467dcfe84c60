// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "namedetector.h"
#include "personaldatascanner.h"
#include "reviewscanmemo.h"
#include "snapshotfile.h"
#include "snapshotreviewer.h"
#include "snapshotwriter.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iv {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The first three UTF-16 units at p, as one number (a flagged value is at least three units long).
quint64 prefixKey(const QChar *p)
{
    return (quint64(p[0].unicode()) << 32) | (quint64(p[1].unicode()) << 16) | quint64(p[2].unicode());
}

QString cellKey(const QString &table, const QString &column, qint64 row)
{
    return table + QChar(0x1f) + column + QChar(0x1f) + QString::number(row);
}

// Columns of a real (non-virtual) table, in order; empty when there is no such table.
QStringList tableColumns(sqlite3 *db, const QString &table)
{
    SqliteStatement master(db,
                           QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!master.isValid())
        return {};
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(master.get(), 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    if (master.step() != SQLITE_ROW ||
        master.text(0).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        return {};
    QStringList columns;
    SqliteStatement info(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (info.isValid() && info.step() == SQLITE_ROW)
        columns << info.text(1);
    return columns;
}

struct SchemaObject
{
    QString type, name, table;
};

QVector<SchemaObject> schemaObjects(sqlite3 *db)
{
    QVector<SchemaObject> out;
    SqliteStatement st(db, QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master ORDER BY rowid"));
    while (st.isValid() && st.step() == SQLITE_ROW)
        out.append({st.text(0), st.text(1), st.text(2)});
    return out;
}

// ".OUT.redacting-": the prefix of every file a redaction to OUT writes beside it (the copy being filled,
// the log being written, and the snapshot writer's own temporary file of the copy, which starts with a
// further "."). Each holds an flock() while a live redaction owns it, so the next redaction to OUT removes
// what a killed one (kill -9, SIGXFSZ, a timeout) left behind, like collect's temporary files.
QString workPrefix(const QFileInfo &out)
{
    return QStringLiteral(".%1.redacting-").arg(out.fileName());
}

QStringList removeStaleWorkFiles(const QFileInfo &out)
{
    const QString prefix = workPrefix(out);
    const QString writerPrefix = QLatin1Char('.') + prefix;
    const QDir dir = out.absoluteDir();
    QStringList removed;
    const QStringList names = dir.entryList({prefix + QLatin1Char('*'), writerPrefix + QLatin1Char('*')},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (!name.startsWith(prefix) && !name.startsWith(writerPrefix))
            continue;
        const QByteArray native = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat st;
        // A lock we can take: the process that wrote the file is gone (the kernel drops flock() on exit).
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
            ::unlink(native.constData()) == 0)
            removed << dir.filePath(name);
        ::close(fd);
    }
    return removed;
}

// Opens path (never through a symlink) and takes its flock; -1 when it is not the regular file at path.
int lockFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat mine, named;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &mine) != 0 || !S_ISREG(mine.st_mode) ||
        ::lstat(native.constData(), &named) != 0 || named.st_dev != mine.st_dev ||
        named.st_ino != mine.st_ino) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Writes data to path through a new locked temporary file beside it, renamed over path: never through a
// symbolic link (O_NOFOLLOW | O_EXCL on the temporary file; rename replaces a link at path, not its target),
// and path is never half written.
bool writeFileNoFollow(const QString &path, const QString &temporary, const QByteArray &data, QString *why)
{
    const QByteArray native = QFile::encodeName(temporary);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::flock(fd, LOCK_EX | LOCK_NB);
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            ::close(fd);
            ::unlink(native.constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || std::rename(native.constData(), QFile::encodeName(path).constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        ::unlink(native.constData());
        return false;
    }
    ::close(fd);
    return true;
}

// The redacted copy being filled: a file the snapshot writer created, opened for writing and locked. Removed
// unless kept.
class WorkFile
{
public:
    explicit WorkFile(QString path) : m_path(std::move(path)) {}
    ~WorkFile()
    {
        close();
        if (!m_keep) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-journal"));
        }
        if (m_lockFd >= 0)
            ::close(m_lockFd);
    }
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;

    bool open(QString *error)
    {
        m_lockFd = lockFile(m_path);
        if (m_lockFd < 0) {
            *error = QStringLiteral("%1: the copy being written was replaced or removed").arg(native(m_path));
            return false;
        }
        const QByteArray name = QFile::encodeName(m_path);
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr) !=
            SQLITE_OK) {
            *error = QStringLiteral("%1: %2").arg(native(m_path), lastError());
            return false;
        }
        // The journal stays in memory: the file is thrown away on any failure, and no sidecar file appears.
        // A 64 MiB page cache keeps the index pages the rows go into (timestamp, category: random order) in
        // memory instead of re-reading them for every row.
        return exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; BEGIN",
                    error);
    }
    bool exec(const char *sql, QString *error)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = QStringLiteral("%1: %2").arg(native(m_path), QString::fromUtf8(message));
        sqlite3_free(message);
        return false;
    }
    bool close()
    {
        if (!m_db)
            return true;
        const bool ok = sqlite3_close(m_db) == SQLITE_OK;
        if (!ok)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        return ok;
    }
    QString lastError() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
    }
    sqlite3 *db() const { return m_db; }
    QString path() const { return m_path; }
    void keep() { m_keep = true; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_lockFd = -1; // flock() held while the copy is ours
    bool m_keep = false;
};

struct Replacement
{
    QString text;
    QString code;
};

class Run
{
public:
    Run(RedactionResult &result, const Redactor::Options &options, const std::atomic_bool *cancel)
        : r(result), opt(options), m_cancel(cancel)
    {
    }
    bool run(const QString &source, const QString &target);

private:
    bool fail(const QString &message)
    {
        r.error = message;
        return false;
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool check(const QString &source, const QString &target);
    bool collectValues(sqlite3 *src, sqlite3 *dst, const QHash<QString, QString> &flags,
                       const QVector<QString> &order);
    bool copyTable(sqlite3 *src, WorkFile &dst, const QString &table);
    bool copySequences(sqlite3 *src, WorkFile &dst);
    // A bucket whose categories are mostly flagged as names is a bucket of people: its other categories are
    // replaced too (bucket id → category → stand-in), whether the detector rated them names or not.
    bool collectPersonBuckets(sqlite3 *src, const QHash<QString, QString> &flags,
                              const QVector<QString> &order);
    // Every flagged value also where it is part of a longer text (a question naming a person of a category).
    void buildSubstringPatterns();
    // text with every flagged value in it replaced by its stand-in; *code gets the first value's code.
    QString replaceSubstrings(const QString &text, QString *code);
    // The chunks (m_chunks) that may match somewhere in text, from index `from` on, ascending: those with a
    // value whose first three UTF-16 units occur in text. A chunk not listed cannot match.
    QVector<int> candidateChunks(const QString &text, int from) const;
    void maskDroppedNames();

    RedactionResult &r;
    const Redactor::Options &opt;
    const std::atomic_bool *m_cancel;
    QString m_source;
    QHash<QString, Replacement> m_values; // original text → stand-in
    QHash<QString, int> m_numbers;        // prefix → stand-ins handed out
    QHash<qint64, QHash<QString, Replacement>> m_personBuckets;
    // The flagged values in chunks of at most 256, longest first; each chunk's expression is compiled when a
    // text first needs it (m_patterns[i] invalid until then).
    QVector<QStringList> m_chunks;
    QVector<QRegularExpression> m_patterns;
    QVector<bool> m_compiled;
    QHash<quint64, QVector<int>> m_chunksByPrefix; // first three UTF-16 units of a value → chunks holding it
    QStringList m_targetTables;
};

bool Run::check(const QString &source, const QString &target)
{
    const QFileInfo in(source);
    const QFileInfo out(target);
    if (!in.exists())
        return fail(QStringLiteral("%1: no such file").arg(native(source)));
    if (!in.isFile())
        return fail(QStringLiteral("%1: not a regular file").arg(native(source)));
    if (out.absoluteFilePath() == in.absoluteFilePath() ||
        (out.exists() && out.canonicalFilePath() == in.canonicalFilePath()))
        return fail(
            QStringLiteral("%1: the redacted copy must be a new file, not the snapshot it is made from")
                .arg(native(target)));
    const QFileInfo log(r.logPath);
    if (log.absoluteFilePath() == in.absoluteFilePath() ||
        (log.exists() && log.canonicalFilePath() == in.canonicalFilePath()))
        return fail(QStringLiteral("%1: the log beside the copy would replace the snapshot it is made from")
                        .arg(native(r.logPath)));
    if (!out.absoluteDir().exists())
        return fail(QStringLiteral("%1: the folder does not exist").arg(native(target)));
    if (!QFileInfo(out.absolutePath()).isWritable())
        return fail(QStringLiteral("%1: the folder is not writable").arg(native(target)));
    if (out.exists() && !out.isFile())
        return fail(QStringLiteral("%1: exists and is not a regular file").arg(native(target)));
    if (!opt.overwrite && out.exists())
        return fail(
            QStringLiteral("%1: exists; choose another name or replace it (--force)").arg(native(target)));
    if (QFileInfo(r.logPath).isSymLink())
        return fail(QStringLiteral("%1: is a symbolic link; the log is never written through one")
                        .arg(native(r.logPath)));
    if (!opt.overwrite && QFileInfo::exists(r.logPath))
        return fail(
            QStringLiteral("%1: exists; choose another name or replace it (--force)").arg(native(r.logPath)));
    return true;
}

bool Run::collectValues(sqlite3 *src, sqlite3 *dst, const QHash<QString, QString> &flags,
                        const QVector<QString> &order)
{
    QHash<QString, QStringList> columns;
    std::map<QString, std::unique_ptr<SqliteStatement>> reads; // one prepared statement per table.column
    for (const QString &key : order) {
        const QStringList parts = key.split(QChar(0x1f));
        const QString &table = parts.at(0), &column = parts.at(1);
        if (!m_targetTables.contains(table))
            continue; // dropped with its table
        if (!columns.contains(table))
            columns.insert(table, tableColumns(dst, table));
        if (!columns.value(table).contains(column))
            continue; // dropped with its column (upstream's table has no such column)
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
        if (st.step() != SQLITE_ROW || st.type(0) != SQLITE_TEXT)
            continue;
        const QString value = st.text(0);
        if (value.isEmpty() || m_values.contains(value))
            continue;
        const QString code = flags.value(key);
        const QString prefix = Redactor::replacementPrefix(code);
        m_values.insert(value, {prefix + QString::number(++m_numbers[prefix]), code});
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
            m_personBuckets[bucket].insert(c, {prefix + QString::number(++m_numbers[prefix]), nameCode});
            ++r.distinctValues;
        }
    }
    return true;
}

void Run::buildSubstringPatterns()
{
    // Longest first, so "Alice Smith" wins over "Alice"; in chunks, so no one expression grows unbounded.
    QStringList texts;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (it.key().trimmed().size() >= 3)
            texts << it.key();
    std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    constexpr qsizetype kChunk = 256;
    for (qsizetype i = 0; i < texts.size(); i += kChunk) {
        const int chunk = int(m_chunks.size());
        m_chunks.append(texts.mid(i, kChunk));
        for (const QString &t : std::as_const(m_chunks.last())) {
            QVector<int> &list = m_chunksByPrefix[prefixKey(t.constData())];
            if (list.isEmpty() || list.last() != chunk)
                list.append(chunk);
        }
    }
    m_patterns.resize(m_chunks.size());
    m_compiled.fill(false, m_chunks.size());
}

QVector<int> Run::candidateChunks(const QString &text, int from) const
{
    QVector<int> out;
    const QChar *p = text.constData();
    for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
        const auto it = m_chunksByPrefix.constFind(prefixKey(p + i));
        if (it == m_chunksByPrefix.cend())
            continue;
        for (const int chunk : *it)
            if (chunk >= from)
                out.append(chunk);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString Run::replaceSubstrings(const QString &text, QString *code)
{
    // The chunks are applied in order, each to what the ones before left: only those that can match are run
    // (a chunk whose values' first three units occur nowhere in the text cannot), and the text is looked at
    // again after each change, since a stand-in may hold what a later value starts with.
    QString out = text;
    QVector<int> candidates = candidateChunks(out, 0);
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const int chunk = candidates.at(k);
        if (!m_compiled.at(chunk)) {
            QStringList escaped;
            for (const QString &t : std::as_const(m_chunks.at(chunk)))
                escaped << QRegularExpression::escape(t);
            m_patterns[chunk] = QRegularExpression(
                QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(escaped.join(QLatin1Char('|'))),
                QRegularExpression::UseUnicodePropertiesOption);
            m_compiled[chunk] = true;
        }
        const QRegularExpression &re = m_patterns.at(chunk);
        if (!re.isValid())
            continue;
        QString next;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = re.globalMatch(out);
        if (!it.hasNext())
            continue;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto value = m_values.constFind(m.captured(0));
            if (value == m_values.cend())
                continue;
            next += QStringView(out).mid(last, m.capturedStart(0) - last);
            next += value->text;
            last = m.capturedEnd(0);
            if (code && code->isEmpty())
                *code = value->code;
        }
        next += QStringView(out).mid(last);
        if (next != out) {
            out = next;
            const QVector<int> later = candidateChunks(out, chunk + 1);
            candidates.resize(k + 1);
            candidates += later;
        }
    }
    return out;
}

void Run::maskDroppedNames()
{
    // The log lists what was dropped by name; a name that holds personal data is shown masked.
    auto mask = [](QString &name) {
        if (name.isEmpty())
            return;
        const QVector<PersonalDataScanner::Match> found = PersonalDataScanner::scan(name);
        if (found.isEmpty())
            return;
        QStringList samples;
        for (const PersonalDataScanner::Match &m : found)
            samples << m.masked;
        name = QStringLiteral("(masked: %1)").arg(samples.join(QStringLiteral(", ")));
    };
    for (RedactionDrop &d : r.dropped) {
        mask(d.name);
        mask(d.table);
    }
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
            const int col = c + 1;
            if (read.type(col) == SQLITE_TEXT) {
                const QString text = read.text(col);
                const auto bind = [&](const QString &replacement, const QString &code) {
                    const QByteArray utf8 = replacement.toUtf8();
                    sqlite3_bind_text(write.get(), param, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_TRANSIENT);
                    r.changes.append({table, common.at(c), rowid, code, replacement,
                                      opt.preview ? NameDetector::mask(text) : QString()});
                };
                const auto it = m_values.constFind(text);
                if (it != m_values.cend()) {
                    bind(it->text, it->code);
                    continue;
                }
                if (c == categoryColumn && bucketColumn >= 0 &&
                    read.type(bucketColumn + 1) == SQLITE_INTEGER) {
                    const auto bucket = m_personBuckets.constFind(read.int64(bucketColumn + 1));
                    const auto member = bucket == m_personBuckets.cend() ? nullptr : &bucket.value();
                    if (member && member->contains(text)) {
                        bind(member->value(text).text, member->value(text).code);
                        continue;
                    }
                }
                QString code;
                const QString replaced = replaceSubstrings(text, &code);
                if (replaced != text) {
                    bind(replaced, code);
                    continue;
                }
            }
            sqlite3_bind_value(write.get(), param, sqlite3_column_value(read.get(), col));
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

bool Run::run(const QString &source, const QString &target)
{
    m_source = QFileInfo(source).absoluteFilePath();
    r.sourcePath = m_source;
    r.outputPath = QFileInfo(target).absoluteFilePath();
    r.logPath = Redactor::logPathFor(r.outputPath);
    if (!check(m_source, r.outputPath))
        return false;

    // 1. What the review flags: every cell finding, none suppressed.
    ReviewReport::Options reviewOptions;
    reviewOptions.maxFindingsPerKind = INT_MAX;
    reviewOptions.timeLimitMs = opt.timeLimitMs;
    // Redaction from one scan: the copy's check below reuses what this review found for every text and
    // bucket that reaches the copy byte for byte unchanged, and scans in full what the copy changed.
    ReviewScanMemo memo;
    const ReviewReport report = SnapshotReviewer::review(m_source, reviewOptions, m_cancel, memo);
    if (!report.readable())
        return fail(report.openError);
    if (!report.scanComplete || !report.notes.isEmpty())
        return fail(QStringLiteral("%1: the review did not finish (%2); no copy was written")
                        .arg(native(m_source), report.notes.join(QStringLiteral("; "))));
    r.sourceSha256 = report.identity.sha256;
    QHash<QString, QString> flags; // cell → first code
    QVector<QString> order;
    for (const ReviewFinding &f : report.findings) {
        if (f.table.isNull() || f.column.isNull() || f.row < 0 || f.sample.isNull())
            continue;
        const QString key = cellKey(f.table, f.column, f.row);
        if (!flags.contains(key)) {
            flags.insert(key, f.code);
            order.append(key);
        }
    }
    // Cells marked by hand: replaced as a flagged cell is.
    for (const RedactionMark &m : opt.marks) {
        if (m.table.isEmpty() || m.column.isEmpty() || m.row < 0)
            continue;
        const QString key = cellKey(m.table, m.column, m.row);
        if (!flags.contains(key)) {
            flags.insert(key, QStringLiteral("manual-mark"));
            order.append(key);
        }
    }

    QString error;
    std::unique_ptr<SnapshotFile> file = SnapshotFile::open(m_source, &error);
    if (!file)
        return fail(error);
    sqlite3 *src = file->handle();

    // 2. The snapshot writer lays down upstream's schema in a hidden file beside OUT (what a killed earlier
    // redaction to OUT left there goes first).
    const QFileInfo out(r.outputPath);
    removeStaleWorkFiles(out);
    const QString unique = QStringLiteral("%1-%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    WorkFile work(out.absoluteDir().filePath(workPrefix(out) + unique));
    {
        SnapshotWriter writer(work.path());
        if (!writer.begin(&error) || !writer.commit(&error))
            return fail(error);
    }
    if (!work.open(&error))
        return fail(error);
    const QVector<SchemaObject> targetObjects = schemaObjects(work.db());
    QSet<QString> targetNames;
    for (const SchemaObject &o : targetObjects) {
        targetNames.insert(o.name);
        if (o.type == QLatin1String("table") && !o.name.startsWith(QLatin1String("sqlite_")))
            m_targetTables << o.name;
    }
    for (const SchemaObject &o : schemaObjects(src)) {
        if (targetNames.contains(o.name) || o.name.startsWith(QLatin1String("sqlite_autoindex_")) ||
            o.name == QLatin1String("sqlite_sequence"))
            continue;
        r.dropped.append(
            {o.type,
             o.type == QLatin1String("table") || o.type == QLatin1String("view") ? QString() : o.table,
             o.name});
    }

    // 3. The stand-ins, then the rows. The writer's own bookkeeping rows (its migration row when the original
    // has one, its execution row) give way to the original's.
    if (!collectValues(src, work.db(), flags, order) || !collectPersonBuckets(src, flags, order))
        return false;
    buildSubstringPatterns();
    maskDroppedNames();
    if (!tableColumns(src, QStringLiteral("django_migrations")).isEmpty() &&
        !work.exec("DELETE FROM \"django_migrations\"", &error))
        return fail(error);
    if (!work.exec("DELETE FROM \"insights_executiondelta\"; DELETE FROM sqlite_sequence", &error))
        return fail(error);
    for (const QString &table : std::as_const(m_targetTables))
        if (!copyTable(src, work, table))
            return false;
    if (!copySequences(src, work))
        return false;
    if (!work.exec("COMMIT", &error))
        return fail(error);
    if (!work.close())
        return fail(QStringLiteral("%1: cannot close the copy").arg(native(work.path())));
    file.reset();

    // 4. The copy must review without a cell finding: a stand-in that collided or a detector that sees
    // something new stops here, before anything is in place.
    // Its hash is reported nowhere (the copy is this run's own locked file), so it is not computed (a file
    // written just now would be hashed twice, at the start and at the end).
    reviewOptions.computeSha256 = false;
    const ReviewReport again = SnapshotReviewer::review(work.path(), reviewOptions, m_cancel, memo);
    if (!again.readable() || !again.scanComplete)
        return fail(
            QStringLiteral("%1: the redacted copy could not be reviewed again").arg(native(r.outputPath)));
    for (const ReviewFinding &f : again.findings)
        if (!f.sample.isNull() && f.row >= 0)
            return fail(
                QStringLiteral("%1: the redacted copy still holds a flagged value in %2.%3 row %4 (%5)")
                    .arg(native(r.outputPath), f.table, f.column, QString::number(f.row), f.code));
    r.copyFindings = int(again.findings.size());
    r.copyToCheck = again.toCheckCount;
    r.copyClean = again.exitCode() == 0;

    // 5. The log, then the copy into place (rename: atomic on one file system).
    QString why;
    if (QFileInfo(r.logPath).isSymLink())
        return fail(QStringLiteral("%1: is a symbolic link; the log is never written through one")
                        .arg(native(r.logPath)));
    if (!writeFileNoFollow(r.logPath,
                           out.absoluteDir().filePath(workPrefix(out) + QStringLiteral("log-") + unique),
                           r.logJson(), &why))
        return fail(QStringLiteral("%1: %2").arg(native(r.logPath), why));
    if (std::rename(QFile::encodeName(work.path()).constData(),
                    QFile::encodeName(r.outputPath).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(r.logPath);
        return fail(
            QStringLiteral("%1: cannot move the copy into place: %2").arg(native(r.outputPath), reason));
    }
    work.keep();
    return true;
}

} // namespace

QByteArray RedactionResult::logJson() const
{
    // Written by hand, one change per line: a log of a million changes stays a streamed byte array instead of
    // a million QJsonObjects.
    const auto str = [](const QString &text) {
        // Printable ASCII other than " and \ stands as it is (stand-ins, table and column names): the bytes
        // QJsonDocument writes for it, without building one per string.
        bool plain = !text.isNull();
        for (const QChar c : text)
            plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
                    c != QLatin1Char('\\');
        if (plain)
            return QByteArray('"' + text.toLatin1() + '"');
        return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QJsonObject prefixes;
    QSet<QString> seen;
    for (const RedactionChange &c : changes)
        if (!seen.contains(c.code)) {
            seen.insert(c.code);
            prefixes.insert(c.code, Redactor::replacementPrefix(c.code));
        }
    QByteArray out;
    out.reserve(256 + changes.size() * 120);
    out += "{\n  \"format\": \"insights-viewer redaction log 1\",\n";
    out += "  \"source\": " + str(sourcePath) + ",\n";
    out +=
        "  \"source_sha256\": " + (sourceSha256.isEmpty() ? QByteArray("null") : str(sourceSha256)) + ",\n";
    out += "  \"output\": " + str(outputPath) + ",\n";
    out += "  \"written_at\": " + str(SnapshotWriter::nowText()) + ",\n";
    out += "  \"cells_replaced\": " + QByteArray::number(qint64(changes.size())) + ",\n";
    out += "  \"distinct_values\": " + QByteArray::number(distinctValues) + ",\n";
    out += "  \"replacement_prefixes\": " + QJsonDocument(prefixes).toJson(QJsonDocument::Compact) + ",\n";
    out += "  \"changes\": [";
    for (int i = 0; i < changes.size(); ++i) {
        const RedactionChange &c = changes.at(i);
        out += (i ? ",\n    " : "\n    ");
        out += "{\"table\": " + str(c.table) + ", \"column\": " + str(c.column) +
               ", \"row\": " + QByteArray::number(c.row) + ", \"code\": " + str(c.code) +
               ", \"replacement\": " + str(c.replacement) + '}';
    }
    out += changes.isEmpty() ? "],\n" : "\n  ],\n";
    out += "  \"dropped\": [";
    for (int i = 0; i < dropped.size(); ++i) {
        const RedactionDrop &d = dropped.at(i);
        out += (i ? ",\n    " : "\n    ");
        out += "{\"kind\": " + str(d.kind) +
               (d.table.isNull() ? QByteArray() : ", \"table\": " + str(d.table)) +
               ", \"name\": " + str(d.name) + '}';
    }
    out += dropped.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

namespace Redactor {

QString logPathFor(const QString &target)
{
    return target + QStringLiteral(".redaction.json");
}

QString replacementPrefix(const QString &code)
{
    QString kind = code;
    if (kind.startsWith(QLatin1String("personal-data-")))
        kind = kind.mid(int(std::strlen("personal-data-")));
    const QString lower = kind.toLower();
    if (lower == QLatin1String("manual-mark"))
        return QStringLiteral("redacted-marked-");
    if (lower.contains(QLatin1String("name")) || lower == QLatin1String("person"))
        return QStringLiteral("Person ");
    for (const char *secret : {"secret", "token", "password", "key", "credential"})
        if (lower.contains(QLatin1String(secret)))
            return QStringLiteral("redacted-secret-");
    if (lower.contains(QLatin1String("national")) || lower == QLatin1String("ssn") ||
        lower == QLatin1String("bsn"))
        return QStringLiteral("redacted-id-");
    QString clean;
    for (const QChar c : lower)
        clean += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return QStringLiteral("redacted-%1-").arg(clean.isEmpty() ? QStringLiteral("value") : clean);
}

RedactionResult redact(const QString &source, const QString &target, const Options &options,
                       const std::atomic_bool *cancel)
{
    RedactionResult result;
    result.ok = Run(result, options, cancel).run(source, target);
    if (!result.ok) {
        result.changes.clear();
        result.dropped.clear();
    }
    return result;
}

RedactionResult preview(const QString &source, const Options &options, const std::atomic_bool *cancel)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        RedactionResult failed;
        failed.error = QStringLiteral("%1: no temporary folder for the preview").arg(native(source));
        return failed;
    }
    Options o = options;
    o.preview = true;
    o.overwrite = false;
    RedactionResult result = redact(source, dir.filePath(QStringLiteral("preview.db")), o, cancel);
    result.outputPath.clear();
    result.logPath.clear();
    return result;
}

} // namespace Redactor
} // namespace iv
