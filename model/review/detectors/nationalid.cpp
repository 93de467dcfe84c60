// SPDX-License-Identifier: MIT
#include "nationalid.h"

#include "personaldatascanner.h"

#include <QRegularExpression>

#include <algorithm>

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
    // DNI "12345678Z", "12345678-Z", with thousands dots "12.345.678-Z"; NIE "X1234567L", "X-1234567-L",
    // "X 1234567 L" (its separators the same on both sides).
    QRegularExpression spanish{QStringLiteral(
        "(?<![A-Za-z0-9])(?:([XYZ]\\d{7}|\\d{8})[ \\-]?|(?<![\\d.])(\\d{2}\\.\\d{3}\\.\\d{3})[ \\-]?|"
        "([XYZ])([ \\-])(\\d{7})\\4)([A-Z])(?![A-Za-z0-9])")};
    // Omocodia replaces digits by L M N P Q R S T U V when two people would share a code.
    QRegularExpression italian{QStringLiteral("(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{"
                                              "2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])")};
    QRegularExpression cpfPrinted{
        QStringLiteral("(?<![\\d.\\-])\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?![\\d.\\-])")};
    QRegularExpression chinese{QStringLiteral("(?<![A-Za-z0-9])\\d{17}[\\dXx](?![A-Za-z0-9])")};
    // Grouped 6-8-4 (region, birth date, sequence and check) by spaces or dashes: "110101 19900307 7619".
    QRegularExpression chineseGrouped{
        QStringLiteral("(?<![A-Za-z0-9\\-])\\d{6}([ \\-])\\d{8}\\1\\d{3}[\\dXx](?![A-Za-z0-9]|-\\d)")};
    QRegularExpression personnummer{
        QStringLiteral("(?<![\\d\\-+])(?:(?:19|20)(?=\\d{6}[\\-+]))?(\\d{6})([\\-+])(\\d{4})(?![\\d\\-])")};
    QRegularExpression ahv{QStringLiteral("(?<![\\d.])756(?:\\.\\d{4}\\.\\d{4}\\.\\d{2}|\\d{10})(?![\\d.])")};
    QRegularExpression cpfWords{QStringLiteral("\\b(cpf)\\b"), QRegularExpression::CaseInsensitiveOption};
    QRegularExpression peselWords{QStringLiteral("\\b(pesel)\\b"), QRegularExpression::CaseInsensitiveOption};
    QRegularExpression ahvWords{
        QStringLiteral("\\b(ahv|avs|avs/ahv|ahv-nr|oasi|sozialversicherungsnummer)\\b"),
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

// Every letter and digit starred but the last keep ones.
QString maskAlnum(QStringView s, int keep)
{
    int left = 0;
    for (QChar c : s)
        left += c.isLetterOrNumber() ? 1 : 0;
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += --left < keep ? c : QLatin1Char('*');
        else
            out += c;
    }
    return out;
}

bool plausibleDate(int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
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

bool spanishIdValid(QStringView s)
{
    if (s.size() != 9)
        return false;
    const QChar first = s.at(0);
    const QString number = first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z')
                               ? QString::number(first.unicode() - 'X') + s.mid(1, 7).toString()
                               : s.left(8).toString();
    if (!allDigits(number, 8))
        return false;
    return s.at(8) == QLatin1Char("TRWAGMYFPDXBNJZSQVHLCKE"[number.toInt() % 23]);
}

bool italianFiscalCodeValid(QStringView code)
{
    if (code.size() != 16)
        return false;
    // The values of the characters in odd places (1st, 3rd …); digits count as the letter of their place.
    static const int odd[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = code.at(i);
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A';
        else
            return false;
        sum += i % 2 == 0 ? odd[v] : v;
    }
    return code.at(15) == QChar(u'A' + sum % 26);
}

bool cpfValid(QStringView d)
{
    if (!allDigits(d, 11) || d.count(d.at(0)) == 11)
        return false;
    int first = 0, second = 0;
    for (int i = 0; i < 9; ++i)
        first += digit(d, i) * (10 - i);
    for (int i = 0; i < 10; ++i)
        second += digit(d, i) * (11 - i);
    return first * 10 % 11 % 10 == digit(d, 9) && second * 10 % 11 % 10 == digit(d, 10);
}

bool peselValid(QStringView d)
{
    if (!allDigits(d, 11))
        return false;
    // The month carries the century: +80 (1800s), +0, +20, +40, +60.
    if (!plausibleDate(d.mid(2, 2).toInt() % 20, d.mid(4, 2).toInt()))
        return false;
    static const int weights[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += weights[i] * digit(d, i);
    return (10 - sum % 10) % 10 == digit(d, 10);
}

bool chineseIdValid(QStringView id)
{
    if (id.size() != 18 || !allDigits(id.left(17), 17))
        return false;
    const int year = id.mid(6, 4).toInt();
    if (year < 1900 || year > 2099 || !plausibleDate(id.mid(10, 2).toInt(), id.mid(12, 2).toInt()))
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += weights[i] * digit(id, i);
    return id.at(17).toUpper() == QLatin1Char("10X98765432"[sum % 11]);
}

bool personnummerValid(QStringView d)
{
    if (!allDigits(d, 10))
        return false;
    // A coordination number adds 60 to the day.
    const int day = d.mid(4, 2).toInt();
    if (!plausibleDate(d.mid(2, 2).toInt(), day > 60 ? day - 60 : day))
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int v = digit(d, i) * (i % 2 == 0 ? 2 : 1);
        sum += v > 9 ? v - 9 : v;
    }
    return sum % 10 == 0;
}

bool ahvValid(QStringView d)
{
    if (!allDigits(d, 13) || !d.startsWith(QLatin1String("756")))
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digit(d, i) * (i % 2 ? 3 : 1);
    return (10 - sum % 10) % 10 == digit(d, 12);
}

QVector<IdMatch> find(QStringView text)
{
    QVector<IdMatch> found;
    // What the shapes below cannot match without, counted in one pass, so most texts (timestamps, counts) run
    // none of their expressions: capitals, dots, the longest run of digits, a dash or plus after six digits.
    int digitCount = 0, capitals = 0, dots = 0, run = 0, longestRun = 0;
    bool dashAfterSix = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            ++digitCount;
            longestRun = std::max(longestRun, ++run);
            continue;
        }
        dashAfterSix = dashAfterSix || (run >= 6 && (c == QLatin1Char('-') || c == QLatin1Char('+')));
        run = 0;
        capitals += c >= QLatin1Char('A') && c <= QLatin1Char('Z') ? 1 : 0;
        dots += c == QLatin1Char('.') ? 1 : 0;
    }
    if (digitCount < 6)
        return found;
    const Patterns &p = patterns();
    if (digitCount >= 9) {
        // Context words are looked up once, and only when a candidate needs them.
        int bsnContext = -1, taxContext = -1, ssnContext = -1, belgianContext = -1, cpfContext = -1,
            peselContext = -1;
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
                if (cpfValid(d) && has(p.cpfWords, cpfContext))
                    add(Scheme::BrazilianCpf, 2);
                else if (peselValid(d) && has(p.peselWords, peselContext))
                    add(Scheme::PolishPesel, 2);
                else if (belgianNumberValid(d) &&
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
    // The schemes with their own shape; a span already found is not found again.
    const auto taken = [&found](qsizetype start, qsizetype length) {
        for (const IdMatch &f : std::as_const(found))
            if (start < f.start + f.length && f.start < start + length)
                return true;
        return false;
    };
    const auto each = [&](const QRegularExpression &re, Scheme scheme, int keep, auto &&valid) {
        auto m = re.globalMatch(text);
        while (m.hasNext()) {
            const QRegularExpressionMatch one = m.next();
            if (valid(one) && !taken(one.capturedStart(), one.capturedLength()))
                found.append(
                    {scheme, one.capturedStart(), one.capturedLength(), maskAlnum(one.capturedView(), keep)});
        }
    };
    if (capitals >= 1)
        each(p.spanish, Scheme::SpanishDni, 1, [](const QRegularExpressionMatch &m) {
            const QString number = !m.captured(1).isEmpty()   ? m.captured(1)
                                   : !m.captured(2).isEmpty() ? m.captured(2).remove(QLatin1Char('.'))
                                                              : m.captured(3) + m.captured(5);
            return spanishIdValid(number + m.captured(6));
        });
    if (capitals >= 8)
        each(p.italian, Scheme::ItalianFiscalCode, 1,
             [](const QRegularExpressionMatch &m) { return italianFiscalCodeValid(m.capturedView()); });
    if (digitCount >= 10) {
        if (dots >= 2)
            each(p.cpfPrinted, Scheme::BrazilianCpf, 2,
                 [](const QRegularExpressionMatch &m) { return cpfValid(digitsOf(m.capturedView())); });
        if (dashAfterSix)
            each(p.personnummer, Scheme::SwedishPersonnummer, 2, [](const QRegularExpressionMatch &m) {
                return personnummerValid(m.captured(1) + m.captured(3));
            });
        if (text.contains(QLatin1String("756")))
            each(p.ahv, Scheme::SwissAhv, 2, [&](const QRegularExpressionMatch &m) {
                return ahvValid(digitsOf(m.capturedView())) &&
                       (m.capturedView().contains(QLatin1Char('.')) || p.ahvWords.match(text).hasMatch());
            });
    }
    if (longestRun >= 17)
        each(p.chinese, Scheme::ChineseResidentId, 2,
             [](const QRegularExpressionMatch &m) { return chineseIdValid(m.capturedView()); });
    if (longestRun >= 8 && digitCount >= 17)
        each(p.chineseGrouped, Scheme::ChineseResidentId, 2, [](const QRegularExpressionMatch &m) {
            QString id = m.captured(0);
            id.remove(m.captured(1));
            return chineseIdValid(id);
        });
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
    case Scheme::SpanishDni:
        return QStringLiteral("DNI/NIE");
    case Scheme::ItalianFiscalCode:
        return QStringLiteral("codice fiscale");
    case Scheme::BrazilianCpf:
        return QStringLiteral("CPF");
    case Scheme::PolishPesel:
        return QStringLiteral("PESEL");
    case Scheme::ChineseResidentId:
        return QStringLiteral("Chinese resident identity number");
    case Scheme::SwedishPersonnummer:
        return QStringLiteral("personnummer");
    case Scheme::SwissAhv:
        return QStringLiteral("AHV number");
    }
    return QString();
}

} // namespace iv::NationalId
