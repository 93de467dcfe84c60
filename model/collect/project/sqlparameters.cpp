// SPDX-License-Identifier: MIT
#include "sqlparameters.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <functional>

namespace iv::SqlParameters {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Calls found(start, length) for every ":name" (start at the colon) outside literals and comments.
// *masked (optional) receives sql with literals, quoted names and comments blanked out.
void scan(const QString &sql, Dialect dialect, const std::function<void(qsizetype, qsizetype)> &found,
          QString *masked = nullptr)
{
    if (masked)
        *masked = sql;
    auto blank = [&](qsizetype from, qsizetype to) {
        if (!masked)
            return;
        for (qsizetype k = from; k < qMin(to, masked->size()); ++k)
            if ((*masked)[k] != QLatin1Char('\n'))
                (*masked)[k] = QLatin1Char(' ');
    };
    const bool pg = dialect == Dialect::PostgreSql;
    const qsizetype n = sql.size();
    auto at = [&](qsizetype i) { return i < n ? sql.at(i) : QChar(); };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const qsizetype from = i;
        if (c == QLatin1Char('\'')) {
            // E'…' strings take backslash escapes on PostgreSQL.
            const bool escapes = pg && i > 0 &&
                                 (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e')) &&
                                 (i < 2 || !isIdentChar(sql.at(i - 2)));
            ++i;
            while (i < n) {
                if (escapes && sql.at(i) == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (sql.at(i) == QLatin1Char('\'')) {
                    if (at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            blank(from, i);
        } else if (c == QLatin1Char('"') || (!pg && c == QLatin1Char('`'))) {
            const qsizetype close = sql.indexOf(c, i + 1);
            i = close < 0 ? n : close + 1;
            blank(from, i);
        } else if (!pg && c == QLatin1Char('[')) {
            const qsizetype close = sql.indexOf(QLatin1Char(']'), i + 1);
            i = close < 0 ? n : close + 1;
            blank(from, i);
        } else if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
            blank(from, i);
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql.at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else if (pg && sql.at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            blank(from, i);
        } else if (pg && c == QLatin1Char('$') && (i == 0 || !isIdentChar(sql.at(i - 1))) &&
                   !at(i + 1).isDigit()) {
            // $tag$ … $tag$ (the tag may be empty).
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            if (at(j) == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype close = sql.indexOf(tag, j + 1);
                i = close < 0 ? n : close + tag.size();
                blank(from, i);
            } else {
                i = j;
            }
        } else if (c == QLatin1Char(':')) {
            if (at(i + 1) == QLatin1Char(':')) {
                i += 2; // a cast
                while (i < n && sql.at(i) == QLatin1Char(':'))
                    ++i;
            } else if (isIdentStart(at(i + 1)) && (i == 0 || sql.at(i - 1) != QLatin1Char(':'))) {
                qsizetype j = i + 1;
                while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                    ++j;
                found(i, j - i);
                i = j;
            } else {
                ++i;
            }
        } else if (isIdentStart(c)) {
            // Skip whole words, so the E of an E'' string is judged by its position, not mid-word.
            while (i < n && isIdentChar(sql.at(i)))
                ++i;
        } else {
            ++i;
        }
    }
}

} // namespace

QStringList names(const QString &sql, Dialect dialect)
{
    QStringList out;
    scan(sql, dialect, [&](qsizetype start, qsizetype length) {
        const QString name = sql.mid(start + 1, length - 1);
        if (!out.contains(name))
            out << name;
    });
    return out;
}

QString toPositional(const QString &sql, QStringList *order)
{
    order->clear();
    QString out;
    qsizetype copied = 0;
    scan(sql, Dialect::PostgreSql, [&](qsizetype start, qsizetype length) {
        const QString name = sql.mid(start + 1, length - 1);
        qsizetype index = order->indexOf(name);
        if (index < 0) {
            index = order->size();
            *order << name;
        }
        QString placeholder = QLatin1Char('$') + QString::number(index + 1);
        if (placeholder.size() < length)
            placeholder += QString(length - placeholder.size(), QLatin1Char(' '));
        out += sql.mid(copied, start - copied) + placeholder;
        copied = start + length;
    });
    out += sql.mid(copied);
    return out;
}

QString codeOnly(const QString &sql, Dialect dialect)
{
    QString masked;
    scan(
        sql, dialect, [](qsizetype, qsizetype) {}, &masked);
    return masked;
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || !isIdentStart(name.at(0)) || name.at(0).unicode() > 127)
        return false;
    for (const QChar c : name)
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

QString utcNowText()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace iv::SqlParameters
