// SPDX-License-Identifier: MIT
#include "sqlcheck.h"

#include "sqlparameters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace iv::SqlCheck {

namespace {

// First words of statements that change the transaction or session (and so could undo the read-only guard),
// or act outside it: COPY … TO PROGRAM/FILE runs on the server even in a read-only transaction.
bool isRefusedStatement(const QString &keyword)
{
    static const QStringList words = {
        QStringLiteral("BEGIN"),   QStringLiteral("COMMIT"),     QStringLiteral("ROLLBACK"),
        QStringLiteral("END"),     QStringLiteral("ABORT"),      QStringLiteral("START"),
        QStringLiteral("SET"),     QStringLiteral("RESET"),      QStringLiteral("SAVEPOINT"),
        QStringLiteral("RELEASE"), QStringLiteral("PRAGMA"),     QStringLiteral("ATTACH"),
        QStringLiteral("DETACH"),  QStringLiteral("DISCARD"),    QStringLiteral("PREPARE"),
        QStringLiteral("EXECUTE"), QStringLiteral("DO"),         QStringLiteral("CALL"),
        QStringLiteral("VACUUM"),  QStringLiteral("LOAD"),       QStringLiteral("COPY"),
        QStringLiteral("LISTEN"),  QStringLiteral("NOTIFY"),     QStringLiteral("UNLISTEN"),
        QStringLiteral("LOCK"),    QStringLiteral("CHECKPOINT"), QStringLiteral("DEALLOCATE")};
    return words.contains(keyword.toUpper());
}

// The engines' own whitespace: ASCII only. Anything else non-ASCII (a no-break space …) is part of a name to
// PostgreSQL and SQLite, and must be to this check too, or "…\u00a0E'…" would be lexed differently.
bool isSqlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v';
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c.unicode() >= 0x80;
}

} // namespace

bool isRefusedFunction(const QString &name)
{
    static const QStringList names = {QStringLiteral("pg_stat_file"),
                                      QStringLiteral("query_to_xml"),
                                      QStringLiteral("query_to_xmlschema"),
                                      QStringLiteral("query_to_xml_and_xmlschema"),
                                      QStringLiteral("cursor_to_xml"),
                                      QStringLiteral("cursor_to_xmlschema"),
                                      QStringLiteral("pg_terminate_backend"),
                                      QStringLiteral("pg_cancel_backend"),
                                      QStringLiteral("pg_reload_conf"),
                                      QStringLiteral("pg_rotate_logfile"),
                                      QStringLiteral("pg_promote"),
                                      QStringLiteral("pg_switch_wal"),
                                      QStringLiteral("pg_notify"),
                                      QStringLiteral("nextval"),
                                      QStringLiteral("setval"),
                                      QStringLiteral("pg_import_system_collations"),
                                      QStringLiteral("pg_log_backend_memory_contexts"),
                                      QStringLiteral("pg_current_xact_id"),
                                      QStringLiteral("txid_current"),
                                      QStringLiteral("load_extension"),
                                      QStringLiteral("readfile"),
                                      QStringLiteral("writefile"),
                                      QStringLiteral("edit"),
                                      QStringLiteral("fts3_tokenizer")};
    // Families: server files and folders, large objects (lo_import/lo_export read and write server files),
    // other databases (dblink), replication slots and WAL, statistics resets, backups, advisory locks.
    static const QStringList prefixes = {QStringLiteral("pg_read_"),        QStringLiteral("pg_ls_"),
                                         QStringLiteral("pg_file_"),        QStringLiteral("lo_"),
                                         QStringLiteral("dblink"),          QStringLiteral("pg_stat_reset"),
                                         QStringLiteral("pg_replication_"), QStringLiteral("pg_create_"),
                                         QStringLiteral("pg_drop_"),        QStringLiteral("pg_copy_"),
                                         QStringLiteral("pg_logical_"),     QStringLiteral("pg_backup_"),
                                         QStringLiteral("pg_start_backup"), QStringLiteral("pg_stop_backup"),
                                         QStringLiteral("pg_advisory"),     QStringLiteral("pg_try_advisory"),
                                         QStringLiteral("pg_wal_replay")};
    const QString lower = name.toLower();
    if (names.contains(lower))
        return true;
    for (const QString &prefix : prefixes)
        if (lower.startsWith(prefix))
            return true;
    return false;
}

QString decodeUnicodeEscapes(const QString &body, QChar escape)
{
    QString out;
    out.reserve(body.size());
    auto hex = [&](qsizetype from, int digits, bool *ok) -> char32_t {
        *ok = from + digits <= body.size();
        char32_t v = 0;
        for (int k = 0; *ok && k < digits; ++k) {
            const int d = QChar(body.at(from + k)).digitValue();
            const char16_t u = body.at(from + k).unicode();
            int value = d;
            if (u >= u'a' && u <= u'f')
                value = 10 + u - u'a';
            else if (u >= u'A' && u <= u'F')
                value = 10 + u - u'A';
            else if (d < 0 || d > 9)
                *ok = false;
            v = v * 16 + char32_t(value);
        }
        return v;
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) != escape) {
            out += body.at(i);
            continue;
        }
        if (i + 1 < body.size() && body.at(i + 1) == escape) {
            out += escape;
            ++i;
            continue;
        }
        bool ok = false;
        char32_t code = 0;
        if (i + 1 < body.size() && body.at(i + 1) == QLatin1Char('+')) {
            code = hex(i + 2, 6, &ok);
            i += 7;
        } else {
            code = hex(i + 1, 4, &ok);
            i += 4;
        }
        if (!ok || code == 0 || code > 0x10ffff)
            return QString();
        out += QString::fromUcs4(&code, 1);
    }
    return out;
}

QString singleStatement(const QString &sql, QString *error, Dialect dialect)
{
    const bool pg = dialect == Dialect::PostgreSql;
    const qsizetype n = sql.size();
    qsizetype end = -1; // position of the first top-level ';'
    QString firstWord;
    QString lastWord;      // the previous token when it was a word (a function name if '(' follows)
    bool afterDot = false; // the previous token was '.': a word now is a field ((x).pg_read_file is a call)
    bool sawCode = false;
    auto fail = [&](const QString &why) {
        *error = why;
        return QString();
    };
    // Index of the closing quote of a string/identifier opened at i (doubled quotes stay inside; backslash
    // escapes in PostgreSQL E'' strings), or -1 when it is not closed.
    auto closing = [&](qsizetype i, QChar close, bool backslash) -> qsizetype {
        for (qsizetype j = i + 1; j < n; ++j) {
            const QChar c = sql.at(j);
            if (backslash && c == QLatin1Char('\\')) {
                ++j;
                continue;
            }
            if (c == close) {
                if (close != QLatin1Char(']') && j + 1 < n && sql.at(j + 1) == close) {
                    ++j;
                    continue;
                }
                return j;
            }
        }
        return -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') &&
            next == QLatin1Char('*')) { // PostgreSQL nests block comments, SQLite not
            int depth = 1;
            qsizetype j = i + 2;
            for (; j < n && depth > 0; ++j) {
                if (sql.at(j) == QLatin1Char('*') && j + 1 < n && sql.at(j + 1) == QLatin1Char('/')) {
                    --depth;
                    ++j;
                } else if (pg && sql.at(j) == QLatin1Char('/') && j + 1 < n &&
                           sql.at(j + 1) == QLatin1Char('*')) {
                    ++depth;
                    ++j;
                }
            }
            if (depth > 0)
                return fail(QCoreApplication::translate("iv::Collect", "unterminated /* comment"));
            i = j - 1;
            continue;
        }
        if (isSqlSpace(c))
            continue;
        if (end >= 0) { // code after the first ';'
            if (c == QLatin1Char(';'))
                continue;
            return fail(QCoreApplication::translate(
                "iv::Collect", "one SQL statement per metric, please (found more after ';')"));
        }
        if (c == QLatin1Char(';') && !sawCode) // empty statements before the first one
            continue;
        sawCode = true;
        const QString previousWord = lastWord;
        const bool previousDot = afterDot;
        lastWord.clear();
        afterDot = false;
        // Field notation calls a function of one argument: (x).f is f(x).
        auto checkField = [&](const QString &name) {
            if (pg && previousDot && isRefusedFunction(name))
                return fail(
                    QCoreApplication::translate(
                        "iv::Collect",
                        "%1() is not allowed: it reaches outside the database (server files, programs "
                        "or other connections)")
                        .arg(name.toLower()));
            return QStringLiteral("ok");
        };
        if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < n && isWordPart(sql.at(j)))
                ++j;
            const QString word = sql.mid(i, j - i);
            // E'…' (backslash escapes); U&'…', B'…', X'…', N'…' and "word 'string'" are plain strings.
            if (pg && j < n && sql.at(j) == QLatin1Char('\'') &&
                word.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0) {
                const qsizetype close = closing(j, QLatin1Char('\''), true);
                if (close < 0)
                    return fail(QCoreApplication::translate("iv::Collect", "unterminated string"));
                i = close;
                continue;
            }
            // U&"…": an identifier with Unicode escapes, decoded (with its UESCAPE) before it is compared.
            if (pg && word.compare(QLatin1String("U"), Qt::CaseInsensitive) == 0 && j + 1 < n &&
                sql.at(j) == QLatin1Char('&') && sql.at(j + 1) == QLatin1Char('"')) {
                const qsizetype close = closing(j + 1, QLatin1Char('"'), false);
                if (close < 0)
                    return fail(
                        QCoreApplication::translate("iv::Collect", "unterminated string or quoted name"));
                QChar escape = QLatin1Char('\\');
                qsizetype after = close + 1;
                qsizetype k = after;
                while (k < n && isSqlSpace(sql.at(k)))
                    ++k;
                if (sql.mid(k, 7).compare(QLatin1String("UESCAPE"), Qt::CaseInsensitive) == 0) {
                    qsizetype q = k + 7;
                    while (q < n && isSqlSpace(sql.at(q)))
                        ++q;
                    if (q + 2 < n && sql.at(q) == QLatin1Char('\'') && sql.at(q + 2) == QLatin1Char('\'')) {
                        escape = sql.at(q + 1);
                        after = q + 3;
                    } else {
                        return fail(QCoreApplication::translate("iv::Collect", "invalid UESCAPE"));
                    }
                }
                const QString body =
                    sql.mid(j + 2, close - j - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
                const QString name = decodeUnicodeEscapes(body, escape);
                if (name.isNull())
                    return fail(
                        QCoreApplication::translate("iv::Collect", "invalid Unicode escape in U&\"…\""));
                if (checkField(name).isNull())
                    return QString();
                lastWord = name;
                i = after - 1;
                continue;
            }
            if (checkField(word).isNull())
                return QString();
            if (firstWord.isEmpty())
                firstWord = word;
            lastWord = word;
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char('(') && !previousWord.isEmpty() && isRefusedFunction(previousWord))
            return fail(QCoreApplication::translate(
                            "iv::Collect",
                            "%1() is not allowed: it reaches outside the database (server files, programs "
                            "or other connections)")
                            .arg(previousWord.toLower()));
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') ||
            (!pg && (c == QLatin1Char('`') || c == QLatin1Char('[')))) {
            const qsizetype close = closing(i, c == QLatin1Char('[') ? QLatin1Char(']') : c, false);
            if (close < 0)
                return fail(QCoreApplication::translate("iv::Collect", "unterminated string or quoted name"));
            if (c != QLatin1Char('\'')) { // a quoted name is a name: "pg_read_file"(…) is still that function
                lastWord = sql.mid(i + 1, close - i - 1);
                if (checkField(lastWord).isNull())
                    return QString();
            }
            i = close;
            continue;
        }
        if (pg && c == QLatin1Char('$') &&
            !next.isDigit()) { // $tag$ … $tag$ (a tag never starts with a digit)
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype close = sql.indexOf(tag, j + 1);
                if (close < 0)
                    return fail(QCoreApplication::translate("iv::Collect", "unterminated %1 quote").arg(tag));
                i = close + tag.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';'))
            end = i;
        if (c == QLatin1Char('.'))
            afterDot = true;
    }
    if (!sawCode)
        return fail(QCoreApplication::translate("iv::Collect", "the SQL is empty"));
    if (isRefusedStatement(firstWord))
        return fail(QCoreApplication::translate("iv::Collect",
                                                "%1 statements are not allowed: metric SQL runs read-only")
                        .arg(firstWord.toUpper()));
    return end >= 0 ? sql.left(end) : sql;
}

namespace {

// The name of the function whose parentheses enclose position pos of code ("" when none).
QString enclosingFunction(const QString &code, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos - 1; i >= 0; --i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(')')) {
            ++depth;
        } else if (c == QLatin1Char('(')) {
            if (depth-- > 0)
                continue;
            qsizetype end = i;
            while (end > 0 && code.at(end - 1).isSpace())
                --end;
            qsizetype start = end;
            while (start > 0 &&
                   (code.at(start - 1).isLetterOrNumber() || code.at(start - 1) == QLatin1Char('_')))
                --start;
            return code.mid(start, end - start).toLower();
        }
    }
    return {};
}

bool isRoundingFunction(const QString &name)
{
    static const QStringList names = {QStringLiteral("trunc"), QStringLiteral("floor"),
                                      QStringLiteral("round"), QStringLiteral("ceil"),
                                      QStringLiteral("ceiling")};
    return names.contains(name);
}

} // namespace

QStringList portabilityWarnings(const QString &sql, Dialect dialect)
{
    const QString code =
        SqlParameters::codeOnly(sql, dialect == Dialect::PostgreSql ? SqlParameters::Dialect::PostgreSql
                                                                    : SqlParameters::Dialect::Sqlite);
    QStringList out;
    // CAST(x AS integer) whose x is not already whole (trunc/floor/round/ceil of something).
    static const QRegularExpression castStart(QStringLiteral("\\bCAST\\s*\\(\\s*"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integerType(
        QStringLiteral("\\bAS\\s+(integer|int|int2|int4|int8|bigint|smallint)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rounded(QStringLiteral("^(trunc|floor|round|ceil|ceiling)\\s*\\("),
                                            QRegularExpression::CaseInsensitiveOption);
    bool cast = false;
    for (auto it = castStart.globalMatch(code); it.hasNext() && !cast;) {
        const QRegularExpressionMatch m = it.next();
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype i = m.capturedEnd(); i < code.size(); ++i) {
            if (code.at(i) == QLatin1Char('('))
                ++depth;
            else if (code.at(i) == QLatin1Char(')') && depth-- == 0) {
                close = i;
                break;
            }
        }
        if (close < 0)
            break;
        const QString inner = code.mid(m.capturedEnd(), close - m.capturedEnd());
        if (integerType.match(inner).hasMatch() && !rounded.match(inner).hasMatch())
            cast = true;
    }
    if (cast)
        out << QCoreApplication::translate(
            "iv::Collect", "CAST(x AS integer) truncates on SQLite (2.5 becomes 2) and rounds on PostgreSQL "
                           "(2.5 becomes 3); "
                           "cast trunc(x), floor(x) or round(x) instead, which mean the same on both");
    // x / 250 outside trunc() and friends: integer division truncates on both engines, but whether x is an
    // integer differs (PostgreSQL's avg() and sum() of a bigint are numeric).
    static const QRegularExpression division(QStringLiteral("/\\s*\\d+(?![\\d.eE])"));
    for (auto it = division.globalMatch(code); it.hasNext();) {
        const QString function = enclosingFunction(code, it.next().capturedStart());
        if (!isRoundingFunction(function) && function != QLatin1String("cast")) {
            out << QCoreApplication::translate(
                "iv::Collect",
                "x / n with an integer n truncates when x is an integer, and x's type differs between the "
                "engines "
                "(PostgreSQL's avg() and sum() of a bigint are numeric, so they divide exactly there); write "
                "trunc(x / n) for a whole number or x / n.0 for a fraction");
            break;
        }
    }
    return out;
}

} // namespace iv::SqlCheck
