// SPDX-License-Identifier: MIT
#include "sqlcheck.h"

#include <QCoreApplication>
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

// Functions that reach outside the database: server files and programs, other connections, other sessions,
// SQL run from a string (which this check cannot see into). Role privileges are the real guard; see
// SECURITY.md.
bool isRefusedFunction(const QString &name)
{
    static const QStringList names = {QStringLiteral("pg_read_file"),
                                      QStringLiteral("pg_read_binary_file"),
                                      QStringLiteral("pg_stat_file"),
                                      QStringLiteral("pg_ls_dir"),
                                      QStringLiteral("pg_ls_logdir"),
                                      QStringLiteral("pg_ls_waldir"),
                                      QStringLiteral("pg_ls_tmpdir"),
                                      QStringLiteral("pg_ls_archive_statusdir"),
                                      QStringLiteral("lo_import"),
                                      QStringLiteral("lo_export"),
                                      QStringLiteral("pg_file_write"),
                                      QStringLiteral("pg_file_rename"),
                                      QStringLiteral("pg_file_unlink"),
                                      QStringLiteral("dblink"),
                                      QStringLiteral("dblink_exec"),
                                      QStringLiteral("dblink_connect"),
                                      QStringLiteral("dblink_connect_u"),
                                      QStringLiteral("dblink_send_query"),
                                      QStringLiteral("query_to_xml"),
                                      QStringLiteral("query_to_xmlschema"),
                                      QStringLiteral("query_to_xml_and_xmlschema"),
                                      QStringLiteral("pg_terminate_backend"),
                                      QStringLiteral("pg_cancel_backend"),
                                      QStringLiteral("pg_reload_conf"),
                                      QStringLiteral("pg_rotate_logfile"),
                                      QStringLiteral("pg_promote"),
                                      QStringLiteral("load_extension"),
                                      QStringLiteral("readfile"),
                                      QStringLiteral("writefile"),
                                      QStringLiteral("edit"),
                                      QStringLiteral("fts3_tokenizer")};
    return names.contains(name.toLower());
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

QString singleStatement(const QString &sql, QString *error, Dialect dialect)
{
    const bool pg = dialect == Dialect::PostgreSql;
    const qsizetype n = sql.size();
    qsizetype end = -1; // position of the first top-level ';'
    QString firstWord;
    QString lastWord; // the previous token when it was a word (a function name if '(' follows)
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
        lastWord.clear();
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
            if (c != QLatin1Char('\'')) // a quoted name is a name: "pg_read_file"(…) is still that function
                lastWord = sql.mid(i + 1, close - i - 1);
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
    }
    if (!sawCode)
        return fail(QCoreApplication::translate("iv::Collect", "the SQL is empty"));
    if (isRefusedStatement(firstWord))
        return fail(QCoreApplication::translate("iv::Collect",
                                                "%1 statements are not allowed: metric SQL runs read-only")
                        .arg(firstWord.toUpper()));
    return end >= 0 ? sql.left(end) : sql;
}

} // namespace iv::SqlCheck
