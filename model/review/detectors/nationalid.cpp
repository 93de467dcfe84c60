// SPDX-License-Identifier: MIT
#include "nationalid.h"

#include "personaldatascanner.h"

#include <QRegularExpression>

namespace iv::NationalId {

namespace {

struct Patterns
{
    // Runs of 9 or 11 digits, alone or grouped by spaces, dots or dashes.
    QRegularExpression digits{
        QStringLiteral("(?<![\\w.,\\-/+])\\d(?:[ .\\-]?\\d){8,12}(?![\\w]|[.,\\-/]\\d)")};
    QRegularExpression nino{
        QStringLiteral("(?<![A-Za-z0-9])([A-Z]{2}) ?(\\d{2}) ?(\\d{2}) ?(\\d{2}) ?([A-D])(?![A-Za-z0-9])")};
    QRegularExpression ssnDashed{QStringLiteral("^\\d{3}-\\d{2}-\\d{4}$")};
    QRegularExpression belgianPrinted{QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2}[ \\-]\\d{3}[ .]\\d{2}$")};
    QRegularExpression taxIdPrinted{QStringLiteral("^\\d{2} \\d{3} \\d{3} \\d{3}$")};
    QRegularExpression bsnWords{QStringLiteral("\\b(bsn|burgerservicenummer|sofi-?nummer|sofinr)\\b"),
                                QRegularExpression::CaseInsensitiveOption};
    QRegularExpression taxWords{
        QStringLiteral("\\b(steuer-?id|steuer-?identifikationsnummer|identifikationsnummer|idnr|steuer-?nr|"
                       "steuernummer|tax ?id|tin)\\b"),
        QRegularExpression::CaseInsensitiveOption};
    QRegularExpression ssnWords{QStringLiteral("\\b(ssn|social security)\\b"),
                                QRegularExpression::CaseInsensitiveOption};
    QRegularExpression belgianWords{
        QStringLiteral(
            "\\b(rijksregister\\w*|insz|niss|numéro national|national number|registre national|rrn)\\b"),
        QRegularExpression::CaseInsensitiveOption};
};

const Patterns &patterns()
{
    thread_local const Patterns p;
    return p;
}

int digit(QStringView d, int i)
{
    return d.at(i).unicode() - '0';
}

using PersonalDataScanner::digitsOf;
using PersonalDataScanner::maskDigits;

bool allDigits(QStringView d, qsizetype n)
{
    if (d.size() != n)
        return false;
    for (QChar c : d)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

bool bsnValid(QStringView d)
{
    if (!allDigits(d, 9))
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * digit(d, i);
    sum -= digit(d, 8);
    return sum > 0 && sum % 11 == 0;
}

bool germanTaxIdValid(QStringView d)
{
    if (!allDigits(d, 11) || d.at(0) == QLatin1Char('0'))
        return false;
    // Of the first ten digits exactly one occurs twice or three times (never three in a row); the rest once.
    int counts[10] = {};
    for (int i = 0; i < 10; ++i)
        ++counts[digit(d, i)];
    int repeated = -1;
    for (int v = 0; v < 10; ++v) {
        if (counts[v] > 3 || (counts[v] > 1 && repeated >= 0))
            return false;
        if (counts[v] > 1)
            repeated = v;
    }
    if (repeated < 0)
        return false;
    if (counts[repeated] == 3)
        for (int i = 0; i + 2 < 10; ++i)
            if (digit(d, i) == repeated && digit(d, i + 1) == repeated && digit(d, i + 2) == repeated)
                return false;
    // ISO 7064 MOD 11,10
    int product = 10;
    for (int i = 0; i < 10; ++i) {
        int sum = (digit(d, i) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10)
        check = 0;
    return check == digit(d, 10);
}

bool ssnValid(QStringView d)
{
    if (!allDigits(d, 9))
        return false;
    const int area = d.left(3).toInt(), group = d.mid(3, 2).toInt(), serial = d.mid(5).toInt();
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        return false;
    // Numbers published in advertising and never issued to one person.
    return d != QLatin1String("078051120") && d != QLatin1String("219099999");
}

bool ninoValid(QStringView s)
{
    if (s.size() != 9)
        return false;
    const QChar a = s.at(0), b = s.at(1), suffix = s.at(8);
    if (!a.isUpper() || !b.isUpper() || a.unicode() > 'Z' || b.unicode() > 'Z')
        return false;
    if (QStringLiteral("DFIQUV").contains(a) || QStringLiteral("DFIOQUV").contains(b))
        return false;
    const QStringView prefix = s.left(2);
    for (const char *bad : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
        if (prefix == QLatin1String(bad))
            return false;
    return allDigits(s.mid(2, 6), 6) && suffix >= QLatin1Char('A') && suffix <= QLatin1Char('D');
}

bool belgianNumberValid(QStringView d)
{
    if (!allDigits(d, 11))
        return false;
    const int month = d.mid(2, 2).toInt(), day = d.mid(4, 2).toInt();
    // Month 0 and day 0 stand for an unknown date; +20 and +40 on the month mark a bis number.
    if (month % 20 > 12 || month > 52 || day > 31)
        return false;
    const qint64 base = d.left(9).toLongLong();
    const int check = d.mid(9).toInt();
    return 97 - base % 97 == check || 97 - (2000000000LL + base) % 97 == check;
}

QVector<IdMatch> find(QStringView text)
{
    QVector<IdMatch> found;
    int digitCount = 0;
    for (QChar c : text)
        digitCount += c.isDigit() ? 1 : 0;
    if (digitCount < 6)
        return found;
    const Patterns &p = patterns();
    if (digitCount >= 9) {
        // Context words are looked up once, and only when a candidate needs them.
        int bsnContext = -1, taxContext = -1, ssnContext = -1, belgianContext = -1;
        auto has = [&text](const QRegularExpression &re, int &cache) {
            if (cache < 0)
                cache = re.match(text).hasMatch() ? 1 : 0;
            return cache == 1;
        };
        auto it = p.digits.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QStringView s = m.capturedView();
            const QString d = digitsOf(s);
            auto add = [&](Scheme scheme, int keep) {
                found.append({scheme, m.capturedStart(), m.capturedLength(), maskDigits(s, keep)});
            };
            if (d.size() == 9) {
                if (ssnValid(d) && (p.ssnDashed.match(s).hasMatch() || has(p.ssnWords, ssnContext)))
                    add(Scheme::UsSsn, 4);
                else if (bsnValid(d) && has(p.bsnWords, bsnContext))
                    add(Scheme::DutchBsn, 2);
            } else if (d.size() == 11) {
                if (belgianNumberValid(d) &&
                    (p.belgianPrinted.match(s).hasMatch() || has(p.belgianWords, belgianContext)))
                    add(Scheme::BelgianNationalNumber, 2);
                else if (germanTaxIdValid(d) &&
                         (p.taxIdPrinted.match(s).hasMatch() || has(p.taxWords, taxContext)))
                    add(Scheme::GermanTaxId, 2);
            }
        }
    }
    auto it = p.nino.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString compact = m.captured(1) + m.captured(2) + m.captured(3) + m.captured(4) + m.captured(5);
        if (!ninoValid(compact))
            continue;
        found.append(
            {Scheme::UkNino, m.capturedStart(), m.capturedLength(), maskDigits(m.capturedView(), 0)});
    }
    return found;
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::DutchBsn:
        return QStringLiteral("BSN");
    case Scheme::GermanTaxId:
        return QStringLiteral("Steuer-ID");
    case Scheme::UsSsn:
        return QStringLiteral("SSN");
    case Scheme::UkNino:
        return QStringLiteral("NI number");
    case Scheme::BelgianNationalNumber:
        return QStringLiteral("Belgian national number");
    }
    return QString();
}

} // namespace iv::NationalId
