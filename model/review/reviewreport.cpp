// SPDX-License-Identifier: MIT
#include "reviewreport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace iv {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

int ReviewReport::exitCode() const
{
    if (!readable())
        return 2;
    const int open = int(findings.size()) - acknowledgedCount();
    // Not conformant always comes with findings saying why; when all of them were acknowledged, it is clean.
    const bool conformanceOk = conformant || (!findings.isEmpty() && open == 0);
    return conformanceOk && integrityOk() && open == 0 ? 0 : 1;
}

int ReviewReport::acknowledgedCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const ReviewFinding &f) { return f.isAcknowledged(); }));
}

bool ReviewFinding::acknowledgeable(const QString &code)
{
    static const QStringList never = {
        QStringLiteral("scan-incomplete"), QStringLiteral("incomplete"), QStringLiteral("file-changed"),
        QStringLiteral("hot-journal"), QStringLiteral("wal-file"), QStringLiteral("read-error"),
        // Content nobody read: what it holds may change while the finding stays the same.
        QStringLiteral("blob-value"), QStringLiteral("expression-index"), QStringLiteral("virtual-table"),
        QStringLiteral("hidden-record-bytes"), QStringLiteral("free-pages"), QStringLiteral("trailing-bytes"),
        QStringLiteral("header-reserved-bytes")};
    return !never.contains(code);
}

QString ReviewFinding::fingerprintOf(const QString &matchedText)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("insights-viewer review value v1", 32)); // the prefix and its NUL
    hash.addData(matchedText.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString ReviewReport::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
                          u == 0x200f || u == 0x061c;
        if (control || bidi)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QByteArray ReviewReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("path"), identity.path);
    root.insert(QStringLiteral("size"), identity.size);
    root.insert(QStringLiteral("mtime"), identity.mtime.isValid()
                                             ? QJsonValue(identity.mtime.toString(Qt::ISODateWithMs))
                                             : QJsonValue(QJsonValue::Null));
    root.insert(QStringLiteral("sha256"), identity.sha256.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(identity.sha256));
    if (identity.sqliteHeader) {
        QJsonObject header;
        header.insert(QStringLiteral("page_size"), identity.pageSize);
        header.insert(QStringLiteral("page_count"), qint64(identity.pageCount));
        header.insert(QStringLiteral("encoding"), identity.encodingName());
        header.insert(QStringLiteral("journal_mode"), identity.journalModeName());
        header.insert(QStringLiteral("user_version"), identity.userVersion);
        header.insert(QStringLiteral("application_id"), identity.applicationId);
        header.insert(QStringLiteral("sqlite_version"), qint64(identity.sqliteVersion));
        root.insert(QStringLiteral("header"), header);
    } else {
        root.insert(QStringLiteral("header"), QJsonValue(QJsonValue::Null));
    }
    root.insert(QStringLiteral("readable"), readable());
    root.insert(QStringLiteral("error"), readable()                   ? QJsonValue(QJsonValue::Null)
                                         : englishOpenError.isNull() ? QJsonValue(openError)
                                                                     : QJsonValue(englishOpenError));
    if (integrity.isEmpty())
        root.insert(QStringLiteral("integrity"), QJsonValue(QJsonValue::Null));
    else if (integrityOk())
        root.insert(QStringLiteral("integrity"), QStringLiteral("ok"));
    else
        root.insert(QStringLiteral("integrity"), QJsonArray::fromStringList(integrity));
    root.insert(QStringLiteral("conformant"), conformant);

    QJsonObject contents;
    contents.insert(QStringLiteral("apps"), QJsonArray::fromStringList(apps));
    QJsonObject kinds;
    for (auto it = questionsPerKind.cbegin(); it != questionsPerKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    contents.insert(QStringLiteral("questions"), kinds);
    contents.insert(QStringLiteral("bucket_points"), bucketPoints);
    contents.insert(QStringLiteral("created_at"), QJsonObject{{QStringLiteral("first"), stringOrNull(createdFirst)},
                                                              {QStringLiteral("last"), stringOrNull(createdLast)}});
    contents.insert(QStringLiteral("execution_deltas"),
                    executionDeltas < 0 ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{{QStringLiteral("count"), executionDeltas},
                                                                 {QStringLiteral("first"), stringOrNull(executedFirst)},
                                                                 {QStringLiteral("last"), stringOrNull(executedLast)}}));
    root.insert(QStringLiteral("contents"), contents);
    root.insert(QStringLiteral("personal_data_scan"),
                QJsonObject{{QStringLiteral("tables"), scannedTables},
                            {QStringLiteral("text_cells"), scannedCells},
                            {QStringLiteral("complete"), scanComplete},
                            {QStringLiteral("detectors"), QJsonArray::fromStringList(detectorIds())}});
    QJsonArray check;
    for (const ReviewToCheck &c : toCheck)
        check.append(QJsonObject{{QStringLiteral("table"), c.table},
                                 {QStringLiteral("column"), c.column},
                                 {QStringLiteral("row"), c.row},
                                 {QStringLiteral("sample"), c.sample},
                                 {QStringLiteral("app"), stringOrNull(c.app)},
                                 {QStringLiteral("question"), stringOrNull(c.question)}});
    root.insert(QStringLiteral("to_check"), QJsonObject{{QStringLiteral("count"), toCheckCount},
                                                        {QStringLiteral("values"), check}});

    root.insert(QStringLiteral("findings"), QJsonArray());
    root.insert(QStringLiteral("notes"),
                QJsonArray::fromStringList(englishNotes.size() == notes.size() ? englishNotes : notes));
    QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (findings.isEmpty())
        return out;
    // The findings (every one is listed: 100,000 and more) are written by hand into the empty array, in the
    // bytes QJsonDocument writes (keys in its sorted order, 4 spaces a level, its string escapes) instead of
    // one QJsonObject each.
    const QByteArray empty = "\n    \"findings\": [\n    ]";
    const qsizetype at = out.indexOf(empty);
    if (at < 0)
        return out; // not reached: the layout above is QJsonDocument's
    QByteArray list; // the whole document, built once
    list.reserve(out.size() + findings.size() * 320);
    // A JSON string appended in place (no temporary per field): plain printable ASCII as it is, anything
    // else through QJsonDocument's own escapes.
    const auto str = [&list](const QString &text) {
        if (text.isNull()) {
            list += "null";
            return;
        }
        bool plain = true;
        for (const QChar c : text)
            plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
                    c != QLatin1Char('\\');
        if (!plain) {
            const QByteArray escaped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            list.append(escaped.constData() + 1, escaped.size() - 2);
            return;
        }
        const qsizetype at = list.size();
        list.resize(at + text.size() + 2);
        char *p = list.data() + at;
        *p++ = '"';
        for (const QChar c : text)
            *p++ = char(c.unicode());
        *p = '"';
    };
    list.append(out.constData(), at);
    list += "\n    \"findings\": [";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const ReviewFinding &f = findings.at(i);
        list += i ? ",\n        {\n" : "\n        {\n";
        list += "            \"acknowledged\": ";
        list += f.isAcknowledged() ? "true" : "false";
        list += ",\n            \"app\": ";
        str(f.app);
        list += ",\n            \"code\": ";
        str(f.code.isNull() ? QStringLiteral("") : f.code);
        list += ",\n            \"column\": ";
        str(f.column);
        const QString &message = f.englishMessage.isNull() ? f.message : f.englishMessage;
        list += ",\n            \"message\": ";
        str(message.isNull() ? QStringLiteral("") : message);
        list += ",\n            \"question\": ";
        str(f.question);
        list += ",\n            \"row\": ";
        if (f.row < 0)
            list += "null";
        else
            list += QByteArray::number(f.row);
        if (!f.sample.isNull()) {
            list += ",\n            \"sample\": ";
            str(f.sample);
        }
        list += ",\n            \"severity\": ";
        str(f.severityId());
        list += ",\n            \"table\": ";
        str(f.table);
        if (f.unlisted > 0)
            list += ",\n            \"unlisted\": " + QByteArray::number(f.unlisted);
        list += "\n        }";
    }
    list += "\n    ]";
    list.append(out.constData() + at + empty.size(), out.size() - at - empty.size());
    return list;
}

QStringList ReviewReport::detectorIds()
{
    return {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("iban"), QStringLiteral("card"),
            QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("name"), QStringLiteral("national-id"),
            QStringLiteral("credential")};
}

QString ReviewReport::place(const ReviewFinding &f)
{
    QStringList parts;
    if (!f.app.isNull())
        parts << QCoreApplication::translate("iv::ReviewReport", "app %1").arg(visible(f.app));
    if (!f.question.isNull())
        parts << QCoreApplication::translate("iv::ReviewReport", "question %1").arg(visible(f.question));
    QString where;
    if (!f.table.isNull())
        where = visible(f.table);
    if (!f.column.isNull())
        where += QLatin1Char('.') + visible(f.column);
    if (f.row >= 0)
        where += QLatin1Char(' ') + QCoreApplication::translate("iv::ReviewReport", "row %1").arg(f.row);
    if (!where.isEmpty())
        parts << where;
    return parts.join(QStringLiteral(", "));
}

QString ReviewReport::toText() const
{
    QString t;
    auto line = [&t](const QString &label, const QString &value) {
        t += (QStringLiteral("  ") + label).leftJustified(18) + value + QLatin1Char('\n');
    };
    t += QCoreApplication::translate("iv::ReviewReport", "Identity") + QLatin1Char('\n');
    line(QCoreApplication::translate("iv::ReviewReport", "File"), visible(identity.path));
    line(QCoreApplication::translate("iv::ReviewReport", "Size"),
         identity.size < 0 ? QStringLiteral("?")
                           : QCoreApplication::translate("iv::ReviewReport", "%1 bytes").arg(identity.size));
    line(QCoreApplication::translate("iv::ReviewReport", "Modified (UTC)"),
         identity.mtime.isValid() ? identity.mtime.toString(Qt::ISODate) : QStringLiteral("?"));
    line(QStringLiteral("SHA-256"), identity.sha256.isEmpty()
                                        ? QCoreApplication::translate("iv::ReviewReport", "(not computed)")
                                        : identity.sha256);
    if (identity.sqliteHeader) {
        line(QCoreApplication::translate("iv::ReviewReport", "Page size"), QString::number(identity.pageSize));
        line(QCoreApplication::translate("iv::ReviewReport", "Pages"), QString::number(identity.pageCount));
        line(QCoreApplication::translate("iv::ReviewReport", "Encoding"), identity.encodingName());
        line(QCoreApplication::translate("iv::ReviewReport", "Journal mode"), identity.journalModeName());
        line(QStringLiteral("user_version"), QString::number(identity.userVersion));
        line(QStringLiteral("application_id"), QString::number(identity.applicationId));
        line(QCoreApplication::translate("iv::ReviewReport", "Written by"),
             QStringLiteral("SQLite %1.%2.%3")
                 .arg(identity.sqliteVersion / 1000000)
                 .arg(identity.sqliteVersion / 1000 % 1000)
                 .arg(identity.sqliteVersion % 1000));
    } else {
        line(QCoreApplication::translate("iv::ReviewReport", "Header"),
             QCoreApplication::translate("iv::ReviewReport", "not an SQLite header"));
    }
    if (!readable()) {
        t += QLatin1Char('\n') + QCoreApplication::translate("iv::ReviewReport", "Unreadable") +
             QStringLiteral("\n  %1\n").arg(visible(openError));
        return t;
    }
    auto heading = [&t](const QString &title) { t += QLatin1Char('\n') + title + QLatin1Char('\n'); };
    heading(QCoreApplication::translate("iv::ReviewReport", "Integrity"));
    for (const QString &m : integrity)
        t += QStringLiteral("  %1\n").arg(visible(m));
    heading(QCoreApplication::translate("iv::ReviewReport", "Conformance with upstream's schema"));
    t += QStringLiteral("  %1\n").arg(conformant
                                          ? QCoreApplication::translate("iv::ReviewReport", "conformant")
                                          : QCoreApplication::translate("iv::ReviewReport",
                                                                        "NOT conformant (see findings)"));
    heading(QCoreApplication::translate("iv::ReviewReport", "Contents"));
    line(QCoreApplication::translate("iv::ReviewReport", "Apps"), QString::number(apps.size()));
    for (const QString &a : apps)
        t += QStringLiteral("    %1\n").arg(visible(a));
    QStringList kinds;
    for (auto it = questionsPerKind.cbegin(); it != questionsPerKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key()); // kind ids: counter, gauge, …
    line(QCoreApplication::translate("iv::ReviewReport", "Questions"),
         kinds.isEmpty() ? QCoreApplication::translate("iv::ReviewReport", "none") : kinds.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("iv::ReviewReport", "Bucket points"), QString::number(bucketPoints));
    line(QCoreApplication::translate("iv::ReviewReport", "Collected"),
         createdFirst.isNull() ? QStringLiteral("?")
                               : QStringLiteral("%1 … %2").arg(visible(createdFirst), visible(createdLast)));
    line(QCoreApplication::translate("iv::ReviewReport", "Executions"),
         executionDeltas < 0
             ? QCoreApplication::translate("iv::ReviewReport", "(no insights_executiondelta table)")
         : executionDeltas == 0
             ? QCoreApplication::translate("iv::ReviewReport", "none recorded")
             : QStringLiteral("%1, %2 … %3").arg(executionDeltas).arg(visible(executedFirst), visible(executedLast)));
    heading(QCoreApplication::translate("iv::ReviewReport", "Personal-data scan"));
    const QString cells = QCoreApplication::translate("iv::ReviewReport", "%n text cells", nullptr,
                                                      clampToInt(scannedCells));
    const QString tables = QCoreApplication::translate("iv::ReviewReport", "%n tables", nullptr, scannedTables);
    t += QStringLiteral("  ") +
         QCoreApplication::translate("iv::ReviewReport", "detectors: %1").arg(detectorIds().join(QStringLiteral(", "))) +
         QLatin1Char('\n');
    t += QStringLiteral("  ") +
         (scanComplete ? QCoreApplication::translate("iv::ReviewReport", "%1 in %2").arg(cells, tables)
                       : QCoreApplication::translate("iv::ReviewReport", "%1 in %2 (incomplete, see notes)")
                             .arg(cells, tables)) +
         QLatin1Char('\n');
    const int acknowledged = acknowledgedCount();
    heading(acknowledged == 0
                ? QCoreApplication::translate("iv::ReviewReport", "Findings (%1)").arg(findings.size())
                : QCoreApplication::translate("iv::ReviewReport", "Findings (%1, acknowledged: %2)")
                      .arg(findings.size())
                      .arg(acknowledged));
    if (findings.isEmpty())
        t += QStringLiteral("  %1\n").arg(QCoreApplication::translate("iv::ReviewReport", "none"));
    for (const ReviewFinding &f : findings) {
        t += QStringLiteral("  %1 %2%3: %4%5%6\n")
                 .arg(f.severity == ReviewFinding::Severity::Error
                          ? QCoreApplication::translate("iv::ReviewReport", "error")
                          : QCoreApplication::translate("iv::ReviewReport", "warning"),
                      f.code,
                      f.table.isNull() && f.app.isNull() ? QString() : QStringLiteral(" [%1]").arg(place(f)),
                      visible(f.message),
                      f.sample.isNull() ? QString() : QStringLiteral(" (%1)").arg(visible(f.sample)),
                      f.isAcknowledged() ? QLatin1Char(' ') + QCoreApplication::translate("iv::ReviewReport",
                                                                                          "(acknowledged)")
                                         : QString());
    }
    if (toCheckCount > 0) {
        heading(QCoreApplication::translate("iv::ReviewReport",
                                            "To check by eye (%1): values of buckets about people that no "
                                            "detector recognised")
                    .arg(toCheckCount));
        for (const ReviewToCheck &c : toCheck) {
            ReviewFinding where;
            where.table = c.table;
            where.column = c.column;
            where.row = c.row;
            where.app = c.app;
            where.question = c.question;
            t += QStringLiteral("  %1 (%2)\n").arg(place(where), visible(c.sample));
        }
        if (toCheckCount > toCheck.size())
            t += QStringLiteral("  %1\n").arg(QCoreApplication::translate("iv::ReviewReport", "… and %1 more")
                                                 .arg(toCheckCount - toCheck.size()));
    }
    if (!notes.isEmpty()) {
        heading(QCoreApplication::translate("iv::ReviewReport", "Notes"));
        for (const QString &n : notes)
            t += QStringLiteral("  %1\n").arg(visible(n));
    }
    return t;
}

} // namespace iv
