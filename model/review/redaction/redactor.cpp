// SPDX-License-Identifier: MIT
#include "redactor.h"
#include "redactionrun_p.h"

#include "localizedtext.h"
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
#include <QUrl>
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

namespace redaction {

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
    const ReviewReport report = SnapshotReviewer::review(m_source, reviewOptions, m_cancel, m_memo);
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

    for (const QString &key : std::as_const(order))
        m_flaggedTables.insert(key.section(QChar(0x1f), 0, 0));
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
    // Tables the writer's exactly are copied by SQLite's transfer from the original attached read-only, when
    // its review allows records to be copied as stored (rawRecordCopyAllowed); the file at the path must
    // still be the one the review read, before SQLite opens it by path and after.
    const bool transfer = rawRecordCopyAllowed(report);
    // Attached by its canonical path: the copy's connection follows no symbolic link (SQLITE_OPEN_NOFOLLOW
    // holds for what it attaches too), and that path must name the reviewed file as well.
    const QString canonical = QFileInfo(m_source).canonicalFilePath();
    const auto sameFileAsReviewed = [&] {
        LocalizedText why;
        struct stat named;
        if (file->device() == report.identity.device && file->inode() == report.identity.inode &&
            report.identity.unchanged(file->descriptor(), &why) &&
            ::stat(QFile::encodeName(canonical).constData(), &named) == 0 &&
            quint64(named.st_dev) == report.identity.device && quint64(named.st_ino) == report.identity.inode)
            return true;
        if (why.text.isEmpty())
            why.text = QStringLiteral("was replaced by another file");
        return fail(QStringLiteral("%1: %2 since it was reviewed; no copy was written")
                        .arg(native(m_source), why.text));
    };
    if (transfer && !sameFileAsReviewed())
        return false;
    if (!work.open(&error, transfer ? QUrl::fromLocalFile(canonical).toEncoded() +
                                          QByteArrayLiteral("?mode=ro&immutable=1")
                                    : QByteArray()))
        return fail(error);
    if (transfer && !sameFileAsReviewed())
        return false;
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

    // A clean original (its review: no finding at all) whose schema is the writer's exactly (every table with
    // its indexes, nothing else) and in which nothing is marked: the copy a transfer makes of it holds exactly
    // its records, which that review read. Its bytes are copied instead, and the copy's SHA-256 must be the
    // one reviewed: the copy is the reviewed file itself, made in a fraction of a transfer's time.
    const bool asReviewed =
        transfer && flags.isEmpty() && report.findings.isEmpty() && report.exitCode() == 0 &&
        r.dropped.isEmpty() && !report.identity.sha256.isEmpty() &&
        std::all_of(m_targetTables.cbegin(), m_targetTables.cend(),
                    [&](const QString &table) { return sameTableAsWriter(work, table); });
    // The writer's file given up for the reviewed bytes: copied from the reviewed descriptor, their SHA-256
    // checked (afterRows first: for tests, once nothing else is left to copy).
    const auto copyReviewedBytes = [&](bool afterRowsFirst) {
        if (!work.exec("ROLLBACK", &error))
            return fail(error);
        if (!work.close())
            return fail(QStringLiteral("%1: cannot close the copy").arg(native(work.path())));
        if (afterRowsFirst && opt.afterRows)
            opt.afterRows();
        if (!sameFileAsReviewed())
            return false;
        if (!copyBytesVerified(file->descriptor(), report.identity.size, work.path(), report.identity.sha256,
                               &error))
            return fail(QStringLiteral("%1: %2; no copy was written").arg(native(m_source), error));
        return true;
    };
    if (asReviewed) {
        if (!copyReviewedBytes(true))
            return false;
        r.transferredTables = m_targetTables;
        r.copiedAsReviewed = true;
        file.reset();
        return putInPlace(work, out, unique, report, false);
    }

    // Nothing to drop, every table the writer's, every finding a cell that gets a stand-in (nothing found in
    // the file's structure or unused bytes): the copy is the reviewed bytes, hashed like a clean original's,
    // with the replaced cells written into it by UPDATE (its values read from the copy itself). A copy
    // written row by row would hold the same rows; this one keeps the original's pages and indexes as they
    // are instead of rebuilding them row by row (4M rows: the copy in seconds instead of a minute).
    const bool inPlace = transfer && r.dropped.isEmpty() && !report.identity.sha256.isEmpty() &&
                         std::all_of(report.findings.cbegin(), report.findings.cend(),
                                     [&](const ReviewFinding &f) {
                                         return !f.table.isNull() && !f.column.isNull() && f.row >= 0 &&
                                                !f.sample.isNull() &&
                                                flags.contains(cellKey(f.table, f.column, f.row));
                                     }) &&
                         std::all_of(m_targetTables.cbegin(), m_targetTables.cend(),
                                     [&](const QString &table) { return sameTableAsWriter(work, table); });
    if (inPlace) {
        if (!copyReviewedBytes(false))
            return false;
        file.reset();
        if (!work.open(&error))
            return fail(error);
        if (!collectValues(work.db(), work.db(), flags, order) ||
            !collectPersonBuckets(work.db(), flags, order))
            return false;
        buildSubstringPatterns();
        if (!replaceInPlace(work))
            return false;
        if (opt.afterRows)
            opt.afterRows();
        if (!work.exec("COMMIT", &error))
            return fail(error);
        if (!work.close())
            return fail(QStringLiteral("%1: cannot close the copy").arg(native(work.path())));
        if (!scrubUnusedBytes(work.path(), &error))
            return fail(QStringLiteral("%1: %2").arg(native(work.path()), error));
        r.replacedInPlace = true;
        return putInPlace(work, out, unique, report, true);
    }

    // 3. The stand-ins, then the rows. The writer's own bookkeeping rows (its migration row when the original
    // has one, its execution row) give way to the original's.
    if (!collectValues(src, work.db(), flags, order) || !collectPersonBuckets(src, flags, order))
        return false;
    buildSubstringPatterns();
    if (!tableColumns(src, QStringLiteral("django_migrations")).isEmpty() &&
        !work.exec("DELETE FROM \"django_migrations\"", &error))
        return fail(error);
    if (!work.exec("DELETE FROM \"insights_executiondelta\"; DELETE FROM sqlite_sequence", &error))
        return fail(error);
    // A table with a cell to replace is copied row by row, the replaced cells written as the rows are (the
    // copy's unused bytes zeroed afterwards, as in place); every other table the writer's exactly is
    // transferred.
    for (const QString &table : std::as_const(m_targetTables)) {
        bool transferred = false, replaced = false;
        if (transfer && sameTableAsWriter(work, table)) {
            if (!anyCellReplaced(src, table, &replaced))
                return false;
            if (!replaced && !transferTable(work, table, &transferred))
                return false;
        }
        if (transferred)
            r.transferredTables << table;
        else if (!copyTable(src, work, table))
            return false;
    }
    if (!copySequences(src, work))
        return false;
    if (opt.afterRows)
        opt.afterRows();
    // A clean original copied whole by transfer: every table of the copy holds exactly the records the review
    // just read (byte for byte, under the writer's schema, which is the original's), nothing was replaced or
    // dropped, and the file is still the one reviewed now that the copy is made — so the copy's review is the
    // original's, and a second pass over the same bytes is not made (step 4).
    const bool reviewedByOriginal = transfer && report.findings.isEmpty() && report.exitCode() == 0 &&
                                    r.changes.isEmpty() && m_personBuckets.isEmpty() && r.dropped.isEmpty() &&
                                    r.transferredTables.size() == m_targetTables.size();
    if (reviewedByOriginal && !sameFileAsReviewed())
        return false;
    if (!work.exec("COMMIT", &error))
        return fail(error);
    if (!work.close())
        return fail(QStringLiteral("%1: cannot close the copy").arg(native(work.path())));
    // Tables copied row by row leave stale bytes where their index pages split; a transfer writes each page
    // once, in order, and leaves none.
    if (r.transferredTables.size() != m_targetTables.size() && !scrubUnusedBytes(work.path(), &error))
        return fail(QStringLiteral("%1: %2").arg(native(work.path()), error));
    file.reset();

    return putInPlace(work, out, unique, report, !reviewedByOriginal);
}

bool Run::putInPlace(WorkFile &work, const QFileInfo &out, const QString &unique, const ReviewReport &report,
                     bool reviewAgain)
{
    // 4. The copy must review without a cell finding: a detector that sees something new (a value left as it
    // was among new neighbours, a text with a stand-in inside it) stops here, before anything is in place. A
    // bucket whose every category is a stand-in written above is verified against that plan instead of being
    // scanned again; everything else of the copy is reviewed in full.
    // Its hash is reported nowhere (the copy is this run's own locked file), so it is not computed (a file
    // written just now would be hashed twice, at the start and at the end).
    ReviewReport::Options reviewOptions;
    reviewOptions.maxFindingsPerKind = INT_MAX;
    reviewOptions.timeLimitMs = opt.timeLimitMs;
    reviewOptions.computeSha256 = false;
    r.copyReviewedAgain = reviewAgain;
    const ReviewReport again =
        reviewAgain ? SnapshotReviewer::review(work.path(), reviewOptions, m_cancel, m_memo) : report;
    if (!again.readable() || !again.scanComplete)
        return fail(
            QStringLiteral("%1: the redacted copy could not be reviewed again").arg(native(r.outputPath)));
    // A copy SQLite does not read as whole is never put in place (whatever wrote it wrong).
    if (!again.integrity.isEmpty() && again.integrity != QStringList{QStringLiteral("ok")}) {
        QString why = again.integrity.join(QLatin1Char('\n')).simplified();
        if (why.size() > 200)
            why = why.left(200) + QChar(0x2026);
        return fail(QStringLiteral("%1: the redacted copy is damaged (%2); no copy was written")
                        .arg(native(r.outputPath), why));
    }
    for (const ReviewFinding &f : again.findings)
        if (!f.sample.isNull() && f.row >= 0)
            return fail(
                QStringLiteral("%1: the redacted copy still holds a flagged value in %2.%3 row %4 (%5)")
                    .arg(native(r.outputPath), f.table, f.column, QString::number(f.row), f.code));
    r.copyFindings = int(again.findings.size());
    r.copyToCheck = again.toCheckCount;
    r.copyClean = again.exitCode() == 0;
    r.copyBucketsVerifiedByPlan = m_memo.bucketsVerifiedByPlan;
    // Every drop is known now (a table's extra columns are found as it is copied).
    maskDroppedNames();

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

} // namespace redaction

using namespace redaction;

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
    // Texts the copy's review is unsure of (names it does not know): to be checked by eye before sharing.
    out += "  \"to_check\": " + QByteArray::number(copyToCheck) + ",\n";
    out += "  \"replacement_prefixes\": " + QJsonDocument(prefixes).toJson(QJsonDocument::Compact) + ",\n";
    // Whether the copy was reviewed again before it was put in place, or stands on the original's clean review
    // (copied whole by transfer, nothing replaced).
    out += QByteArray("  \"copy_reviewed_again\": ") + (copyReviewedAgain ? "true" : "false") + ",\n";
    // Whether the copy is the reviewed original's bytes (a clean original in the writer's schema).
    out += QByteArray("  \"copied_as_reviewed\": ") + (copiedAsReviewed ? "true" : "false") + ",\n";
    // Whether the copy is the reviewed original's bytes with the replaced cells written into them.
    out += QByteArray("  \"replaced_in_place\": ") + (replacedInPlace ? "true" : "false") + ",\n";
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
        result.transferredTables.clear();
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
