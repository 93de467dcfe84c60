// SPDX-License-Identifier: MIT
#include "redactor.h"

#include "snapshotfile.h"
#include "snapshotreviewer.h"
#include "snapshotwriter.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

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

// The redacted copy being filled: a file the snapshot writer created, opened for writing. Removed unless
// kept.
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
    }
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;

    bool open(QString *error)
    {
        const QByteArray name = QFile::encodeName(m_path);
        if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr) !=
            SQLITE_OK) {
            *error = QStringLiteral("%1: %2").arg(native(m_path), lastError());
            return false;
        }
        // The journal stays in memory: the file is thrown away on any failure, and no sidecar file appears.
        return exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; BEGIN", error);
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

    RedactionResult &r;
    const Redactor::Options &opt;
    const std::atomic_bool *m_cancel;
    QString m_source;
    QHash<QString, Replacement> m_values; // original text → stand-in
    QHash<QString, int> m_numbers;        // prefix → stand-ins handed out
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
                const auto it = m_values.constFind(read.text(col));
                if (it != m_values.cend()) {
                    const QByteArray utf8 = it->text.toUtf8();
                    sqlite3_bind_text(write.get(), param, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_TRANSIENT);
                    r.changes.append({table, common.at(c), rowid, it->code, it->text});
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
    const ReviewReport report = SnapshotReviewer::review(m_source, reviewOptions, m_cancel);
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

    QString error;
    std::unique_ptr<SnapshotFile> file = SnapshotFile::open(m_source, &error);
    if (!file)
        return fail(error);
    sqlite3 *src = file->handle();

    // 2. The snapshot writer lays down upstream's schema in a hidden file beside OUT.
    const QFileInfo out(r.outputPath);
    WorkFile work(out.absoluteDir().filePath(
        QStringLiteral(".%1.%2.redacting")
            .arg(out.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12))));
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
    if (!collectValues(src, work.db(), flags, order))
        return false;
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
    const ReviewReport again = SnapshotReviewer::review(work.path(), reviewOptions, m_cancel);
    if (!again.readable() || !again.scanComplete)
        return fail(
            QStringLiteral("%1: the redacted copy could not be reviewed again").arg(native(r.outputPath)));
    for (const ReviewFinding &f : again.findings)
        if (!f.sample.isNull() && f.row >= 0)
            return fail(
                QStringLiteral("%1: the redacted copy still holds a flagged value in %2.%3 row %4 (%5)")
                    .arg(native(r.outputPath), f.table, f.column, QString::number(f.row), f.code));

    // 5. The log, then the copy into place (rename: atomic on one file system).
    QSaveFile log(r.logPath);
    if (!log.open(QIODevice::WriteOnly) || log.write(r.logJson()) < 0 || !log.commit())
        return fail(QStringLiteral("%1: %2").arg(native(r.logPath), log.errorString()));
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

} // namespace Redactor
} // namespace iv
