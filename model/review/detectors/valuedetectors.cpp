// SPDX-License-Identifier: MIT
// The value detectors: e-mail addresses, phone numbers, IBANs, payment cards and IP addresses found by their
// patterns and checked by their rules (MOD 97 against the country's length, Luhn and the issuer's lengths,
// reserved address ranges); national ids and credentials through their own detectors.
#include "valuedetectors_p.h"

#include "credentialdetector.h"
#include "nationalid.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>

namespace iv::PersonalDataScanner {

namespace {

// IBAN lengths by country (SWIFT IBAN registry). A candidate from another "country" is not an IBAN.
const QHash<QString, int> &ibanLengths()
{
    static const QHash<QString, int> lengths = [] {
        QHash<QString, int> h;
        const struct
        {
            const char *cc;
            int len;
        } table[] = {
            {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
            {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
            {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
            {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
            {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26},
            {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
            {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20},
            {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
            {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
            {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25},
            {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
            {"YE", 30},
        };
        for (const auto &e : table)
            h.insert(QString::fromLatin1(e.cc), e.len);
        return h;
    }();
    return lengths;
}

// Regular expressions are per thread: scans run in workers.
struct Patterns
{
    // Internationalised addresses too (RFC 6531): "jürgen.müller@bücher-köln.de", "李雷@例子.中国".
    QRegularExpression email{QStringLiteral("[\\p{L}\\p{M}\\p{N}._%+\\-]{1,64}@[\\p{L}\\p{N}](?:[\\p{L}\\p{M}"
                                            "\\p{N}\\-]{0,61}[\\p{L}\\p{M}\\p{N}])?"
                                            "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}\\-]{0,61}[\\p{L}\\p{"
                                            "M}\\p{N}])?)*"
                                            // a top-level domain of letters, or its ASCII form (.xn--p1ai)
                                            "\\.(?:\\p{L}[\\p{L}\\p{M}]{1,23}|[Xx][Nn]--[A-Za-z0-9\\-]{2,59})"
                                            "(?![\\p{L}\\p{M}\\p{N}\\-])")};
    // +49 30 1234567, 0049-30-1234567, +1 (555) 123-4567, and North America's international prefix 011
    // followed by a separator ("011 44 20 7946 0958").
    QRegularExpression intlPhone{
        QStringLiteral("(?<![\\w+])(?:\\+|00|011[ .\\-])[1-9][0-9 ().\\-/]{6,22}[0-9](?!\\w)")};
    // A tel: URI's number is a phone number whatever its shape ("tel:0612345678", "tel:+31-20-6241111"), and
    // so is one written after "Tel:" ("Tel:020 624 1111").
    QRegularExpression telUri{
        QStringLiteral("(?<=\\b[Tt][Ee][Ll]:)\\+?[0-9][0-9 ().\\-/]{4,22}[0-9](?![\\w\\-])")};
    // North American numbers in their spaced form, phone numbers where a word calls them one ("Call 212 736
    // 5000"): area code and exchange start with 2–9.
    QRegularExpression nanpSpaced{
        QStringLiteral("^(?:\\([2-9][0-9]{2}\\) ?|[2-9][0-9]{2} )[2-9][0-9]{2} [0-9]{4}$")};
    QRegularExpression callWords{
        QStringLiteral("\\b(?:call(?:s|ed|ing)?|dial(?:ed|ing)?|ring|reach|contact|sms|text)\\b"),
        QRegularExpression::CaseInsensitiveOption};
    // 030 1234567, 06-12345678, (030) 123 45 67, 0612345678
    QRegularExpression natPhone{QStringLiteral(
        "(?<![\\w.:/+\\-])\\(?0[1-9][0-9]{0,4}\\)?(?:[ .\\-/]?[0-9]{2,4}){2,5}(?![\\w:/\\-]|\\.\\d)")};
    // North American numbers without the country code: (212) 736-5000, 212-736-5000, 1-212-736-5000 (NANP:
    // area code and exchange start with 2–9).
    QRegularExpression nanpPhone{QStringLiteral("(?<![\\w.:/+\\-])(?:1[ .\\-])?(?:\\([2-9][0-9]{2}\\) "
                                                "?|[2-9][0-9]{2}[.\\-])[2-9][0-9]{2}[.\\-][0-9]{4}"
                                                "(?![\\w\\-]|\\.\\d)")};
    // National numbers without a trunk 0 whose shape is their own: Brazil "(11) 91234-5678", Russia's trunk 8
    // "8 (495) 123-45-67", Chinese mobiles "138 0013 8000".
    QRegularExpression localPhone{
        QStringLiteral("(?<![\\w.:/+\\-])(?:\\([1-9][0-9]\\) ?9?[0-9]{4}-[0-9]{4}|8 ?\\([0-9]{3}\\) "
                       "?[0-9]{3}-[0-9]{2}-[0-9]{2}|"
                       "1[3-9][0-9][ \\-][0-9]{4}[ \\-][0-9]{4})(?![\\w\\-]|\\.\\d)")};
    // Any national number (no trunk 0 needed: Spanish, Italian, Polish, Danish mobiles "612 345 678") where
    // the text says it is one: digits in two to five groups.
    QRegularExpression groupedPhone{QStringLiteral(
        "(?<![\\w.:/+\\-])\\(?[1-9][0-9]{1,3}\\)?(?:[ .\\-]?[0-9]{2,4}){2,4}(?![\\w:/\\-]|\\.\\d)")};
    QRegularExpression phoneWords{
        QStringLiteral(
            "(?:\\b(?:tel|phone|telephone|telefon|telefoon|tel[eé]fono|telefone|t[eé]l[eé]phone|mobile?|"
            "m[oó]vil|cell|cellulare|celular|handy|gsm|whatsapp|fax|tlf|puhelin|kom[oó]rka)\\b|тел|"
            "телефон|电话|手机|電話|携帯|هاتف|جوال|טלפון|전화)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption};
    QRegularExpression card{QStringLiteral("(?<![\\w.\\-])[0-9](?:[ \\-]?[0-9]){12,18}(?![\\w\\-]|\\.\\d)")};
    // Cards printed in groups with another separator, the same throughout: 4-4-4-4 (and a last group of
    // three for 19 digits) or American Express's 4-6-5 with '.', '/' or two spaces ("4123.4567.8901.2349").
    QRegularExpression groupedCard{
        QStringLiteral("(?<![\\w.\\-/])[0-9]{4}(\\.|/|  "
                       ")(?:[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{3})?|[0-9]{6}\\1[0-9]{5})"
                       "(?![\\w\\-/]|\\.\\d)")};
    // A card glued to an identifier by '_' ("pan_4123456789012349", "card_4123456789012349_exp").
    QRegularExpression gluedCard{QStringLiteral("(?<=_)[0-9]{13,19}(?![0-9A-Za-z])")};
    // Lower case too, as people type one ("nl91abna0417164300"); the check reads it in capitals.
    QRegularExpression iban{
        QStringLiteral("(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{1,4}){3,8}(?![A-Za-z0-9])")};
    QRegularExpression ipv4{QStringLiteral("(?<![\\w.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?!\\w|\\.\\w)")};
    // Not inside a longer run of colons; right after a label's colon ("ip:2a00:…", "[IPv6:2a00:…]") too,
    // which the scan checks (ipv6AfterLabel).
    QRegularExpression ipv6{
        QStringLiteral("(?:(?<![\\w:.])|(?<=\\w:))(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\w:])")};
    QRegularExpression dateLike{QStringLiteral("^\\d{1,4}[\\-/.]\\d{1,2}[\\-/.]\\d{1,4}$")};
};

const Patterns &patterns()
{
    thread_local const Patterns p;
    return p;
}

QString maskEmail(QStringView s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    return s.left(1).toString() + QStringLiteral("***") + s.mid(at).toString();
}

// The issuer prefix (IIN) fits the length: Visa, Mastercard, American Express, Discover, JCB, Diners Club,
// UnionPay, Maestro, and the national schemes: Mir (Russia), RuPay (India), Troy (Turkey), Elo and Hipercard
// (Brazil), Verve (Nigeria). The more specific ranges come first.
bool cardIssuerLength(const QString &d)
{
    const int n = static_cast<int>(d.size());
    auto prefix = [&d](int digits) { return QStringView(d).left(digits).toInt(); };
    const int p2 = prefix(2), p3 = prefix(3), p4 = prefix(4), p6 = prefix(6);
    // Hipercard: 606282, 3841 (16 or 19 digits).
    if (p6 == 606282 || p4 == 3841)
        return n == 16 || n == 19;
    // Verve: 5060, 5061 (16 to 19 digits); 6500 is in Discover's range below.
    if (p4 == 5060 || p4 == 5061)
        return n >= 16 && n <= 19;
    // Elo's own ranges outside the other schemes' (its 4… and 65… numbers are Visa's and Discover's lengths).
    if (p6 == 504175 || p4 == 5067 || p3 == 509 || p6 == 636297 || p4 == 6363)
        return n == 16;
    // Mir 2200–2204, RuPay 508, 60, 81, 82, Troy 9792.
    if ((p4 >= 2200 && p4 <= 2204) || p3 == 508 || (p2 == 60 && p4 != 6011) || p2 == 81 || p2 == 82 ||
        p4 == 9792)
        return n == 16;
    if (d.startsWith(QLatin1Char('4')))
        return n == 13 || n == 16 || n == 19;
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return n == 16;
    if (p2 == 34 || p2 == 37)
        return n == 15;
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || p2 == 35)
        return n >= 16 && n <= 19;
    if (p2 == 36 || p2 == 38 || (p3 >= 300 && p3 <= 305))
        return n >= 14 && n <= 16;
    // UnionPay (62), and Maestro's own ranges.
    if (p2 == 62)
        return n >= 16 && n <= 19;
    for (const int maestro : {5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763})
        if (p4 == maestro)
            return n >= 12 && n <= 19;
    return false;
}

} // namespace

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool ibanValid(const QString &compact)
{
    if (compact.size() < 15 || ibanLengths().value(compact.left(2), -1) != compact.size())
        return false;
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A' + 10;
        else
            return false;
        remainder = (v >= 10 ? remainder * 100 + v : remainder * 10 + v) % 97;
    }
    return remainder == 1;
}

namespace {

// Loopback and documentation addresses (127.0.0.0/8, ::1; RFC 5737's 192.0.2.0/24, 198.51.100.0/24,
// 203.0.113.0/24; RFC 3849's 2001:db8::/32) point at no one's device: not personal data.
bool ipv4Reserved(int a, int b, int c)
{
    return a == 127 || (a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100) ||
           (a == 203 && b == 0 && c == 113);
}

bool ipv6Reserved(QStringView candidate)
{
    const QString s = candidate.toString().toLower();
    const qsizetype dbl = s.indexOf(QLatin1String("::"));
    const QStringList head = s.left(dbl < 0 ? s.size() : dbl).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QStringList tail =
        dbl < 0 ? QStringList() : s.mid(dbl + 2).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QVector<uint> groups;
    for (const QString &g : head)
        groups << g.toUInt(nullptr, 16);
    for (qsizetype i = head.size() + tail.size(); i < 8; ++i)
        groups << 0;
    for (const QString &g : tail)
        groups << g.toUInt(nullptr, 16);
    if (groups.size() != 8)
        return false;
    const bool loopback =
        std::all_of(groups.cbegin(), groups.cend() - 1, [](uint g) { return g == 0; }) && groups.last() == 1;
    return loopback || (groups.at(0) == 0x2001 && groups.at(1) == 0x0db8);
}

// An address right after a colon at start in text is one when what precedes the colon is a label ("ip",
// "IPv6", "client-addr": a letter no hexadecimal digit is, not itself after a colon) and the address has
// three groups at least: "ab:cd:ef:01:…" read from its second group, or "ratio:1::2", are not.
bool ipv6AfterLabel(QStringView text, qsizetype start, QStringView candidate)
{
    qsizetype i = start - 1; // the colon
    bool word = false;
    while (i > 0) {
        const QChar c = text.at(i - 1);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            break;
        const char16_t l = c.unicode() | 0x20;
        word = word || (c.isLetter() && !(l >= u'a' && l <= u'f'));
        --i;
    }
    if (!word || (i > 0 && text.at(i - 1) == QLatin1Char(':')))
        return false;
    int groups = 0;
    for (QStringView g : candidate.split(QLatin1Char(':')))
        groups += g.isEmpty() ? 0 : 1;
    return groups >= 3;
}

} // namespace

bool ipv6Valid(const QString &candidate)
{
    const qsizetype dbl = candidate.indexOf(QLatin1String("::"));
    if (dbl >= 0 && candidate.indexOf(QLatin1String("::"), dbl + 1) >= 0)
        return false;
    auto groups = [](QStringView part, int *count) {
        *count = 0;
        if (part.isEmpty())
            return true;
        for (QStringView g : part.split(QLatin1Char(':'))) {
            if (g.isEmpty() || g.size() > 4)
                return false;
            for (QChar c : g)
                if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
                    return false;
            ++*count;
        }
        return true;
    };
    int left = 0, right = 0;
    if (dbl < 0)
        return groups(candidate, &left) && left == 8;
    if (!groups(QStringView(candidate).left(dbl), &left) ||
        !groups(QStringView(candidate).mid(dbl + 2), &right))
        return false;
    // "::" alone or with a single tiny group is too likely to be something else (C++ scopes, ratios).
    return left + right <= 7 && left + right >= 1 && candidate.size() >= 3;
}

bool overlaps(const Spans &taken, qsizetype start, qsizetype end)
{
    for (const auto &r : taken)
        if (start < r.second && r.first < end)
            return true;
    return false;
}

// Everything but names; taken collects the spans reported.
QVector<Match> scanValues(QStringView text, Spans &taken)
{
    QVector<Match> found;
    for (const auto &c : CredentialDetector::find(text)) {
        found.append({Kind::Credential, c.masked, CredentialDetector::typeName(c.type), c.start, c.length});
        taken.append({c.start, c.start + c.length});
    }
    // What each expression cannot match without, counted in one pass so most texts run none of them: an
    // IBAN starts with two capital letters and two digits ("DE89"), an IPv4 address has three dots, a card in
    // groups of another separator has four digits, '.', '/' or two spaces, four digits more ("4123.4567"), a
    // card glued to an identifier 13 digits at least after its '_'.
    int digits = 0, colons = 0, dots = 0, run = 0;
    bool at = false, ibanStart = false, cardGroups = false, gluedDigits = false;
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    const auto isCapital = [](QChar c) {
        const char16_t l = c.unicode() | 0x20; // an IBAN's country, typed in either case
        return l >= u'a' && l <= u'z';
    };
    const auto digitsFrom = [&](qsizetype from, qsizetype count) {
        if (from + count > text.size())
            return false;
        for (qsizetype k = from; k < from + count; ++k)
            if (!isDigit(text.at(k)))
                return false;
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isDigit(c)) {
            ++digits;
            ++run;
            ibanStart = ibanStart || (i >= 2 && i + 1 < text.size() && isCapital(text.at(i - 2)) &&
                                      isCapital(text.at(i - 1)) && isDigit(text.at(i + 1)));
            continue;
        }
        if (c == QLatin1Char(':')) {
            ++colons;
        } else if (c == QLatin1Char('.') || c == QLatin1Char('/')) {
            dots += c == QLatin1Char('.') ? 1 : 0;
            cardGroups = cardGroups || (run == 4 && digitsFrom(i + 1, 4));
        } else if (c == QLatin1Char('@')) {
            at = true;
        } else if (c == QLatin1Char(' ')) {
            cardGroups = cardGroups || (run == 4 && i + 1 < text.size() &&
                                        text.at(i + 1) == QLatin1Char(' ') && digitsFrom(i + 2, 4));
        } else if (c == QLatin1Char('_')) {
            gluedDigits = gluedDigits || digitsFrom(i + 1, 13);
        }
        run = 0;
    }
    if (digits < 4 && !at && colons < 2)
        return found;
    const Patterns &p = patterns();
    auto each = [&](const QRegularExpression &re, auto &&accept) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(taken, m.capturedStart(), m.capturedEnd()))
                continue;
            const qsizetype before = found.size();
            if (accept(m.capturedView()))
                taken.append({m.capturedStart(), m.capturedEnd()});
            for (qsizetype k = before; k < found.size(); ++k) {
                found[k].start = m.capturedStart();
                found[k].length = m.capturedLength();
            }
        }
    };
    if (at)
        each(p.email, [&](QStringView s) {
            found.append({Kind::Email, maskEmail(s), {}});
            return true;
        });
    if (digits >= 2 && colons >= 2)
        each(p.ipv6, [&](QStringView s) {
            const qsizetype start = s.data() - text.data();
            if (!ipv6Valid(s.toString()) ||
                (start > 0 && text.at(start - 1) == QLatin1Char(':') && !ipv6AfterLabel(text, start, s)))
                return false;
            if (ipv6Reserved(s))
                return true; // claimed, not reported
            found.append(
                {Kind::Ipv6, s.left(s.indexOf(QLatin1Char(':'))).toString() + QStringLiteral(":****:****")});
            return true;
        });
    if (digits < 4)
        return found;
    // National ids before cards and phones: "078-05-1121" is also phone-shaped.
    if (digits >= 6)
        for (const auto &id : NationalId::find(text)) {
            if (overlaps(taken, id.start, id.start + id.length))
                continue;
            found.append(
                {Kind::NationalId, id.masked, NationalId::schemeName(id.scheme), id.start, id.length});
            taken.append({id.start, id.start + id.length});
        }
    // An IBAN-shaped text claims its span even when the check fails, so its digits are not read as a card.
    if (ibanStart)
        each(p.iban, [&](QStringView s) {
            const int len = ibanLengths().value(s.left(2).toString().toUpper(), -1);
            if (len < 0)
                return false;
            // The IBAN must end where the candidate ends or at a space inside it ("… 0130 00 EUR").
            QString compact;
            for (qsizetype i = 0; i < s.size(); ++i) {
                if (s.at(i) != QLatin1Char(' '))
                    compact += s.at(i);
                const bool boundary = i + 1 == s.size() || s.at(i + 1) == QLatin1Char(' ');
                if (boundary && compact.size() == len && ibanValid(compact.toUpper())) {
                    found.append({Kind::Iban, compact.left(4) + QStringLiteral(" **** ") + compact.right(4)});
                    break;
                }
                if (compact.size() > len)
                    break;
            }
            return true;
        });
    if (digits >= 13) {
        const auto card = [&](QStringView s) {
            const QString d = digitsOf(s);
            if (!cardIssuerLength(d) || d.count(d.at(0)) == d.size() || !luhnValid(d))
                return false;
            found.append({Kind::Card, maskDigits(s, 4)});
            return true;
        };
        each(p.card, card);
        if (digits >= 15 && cardGroups)
            each(p.groupedCard, card);
        if (gluedDigits)
            each(p.gluedCard, card);
    }
    if (dots >= 3)
        each(p.ipv4, [&](QStringView s) {
            const auto parts = s.split(QLatin1Char('.'));
            for (QStringView part : parts)
                if (part.toInt() > 255 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
                    return false;
            if (ipv4Reserved(parts[0].toInt(), parts[1].toInt(), parts[2].toInt()))
                return true; // claimed (not read as a phone number), not reported
            found.append({Kind::Ipv4, parts[0].toString() + QLatin1Char('.') + parts[1].toString() +
                                          QStringLiteral(".*.*")});
            return true;
        });
    if (digits >= 8) {
        auto phone = [&](QStringView s, int minDigits, int maxDigits) {
            const QString d = digitsOf(s);
            if (d.size() < minDigits || d.size() > maxDigits || p.dateLike.match(s).hasMatch())
                return false;
            found.append({Kind::Phone, maskDigits(s, 2)});
            return true;
        };
        if (colons >= 1 && text.contains(QLatin1String("tel:"), Qt::CaseInsensitive))
            each(p.telUri, [&](QStringView s) { return phone(s, 6, 17); });
        each(p.intlPhone, [&](QStringView s) {
            return phone(s, s.startsWith(QLatin1String("011")) ? 11 : 8,
                         s.startsWith(QLatin1String("011")) ? 18 : 17);
        });
        each(p.natPhone, [&](QStringView s) { return phone(s, 9, 12); });
        each(p.nanpPhone, [&](QStringView s) { return phone(s, 10, 11); });
        // Each of those shapes has a '(' or two separators five characters apart ("138 0013 8000"): most
        // texts (timestamps) have neither and skip the expression.
        const bool localShape = text.contains(QLatin1Char('(')) || [&] {
            const auto sep = [&](qsizetype i) {
                return text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('-');
            };
            for (qsizetype i = 3; i + 5 < text.size(); ++i)
                if (sep(i) && sep(i + 5))
                    return true;
            return false;
        }();
        if (localShape)
            each(p.localPhone, [&](QStringView s) { return phone(s, 10, 11); });
        // The phone words are looked for once, and only for a candidate (every word holds a letter).
        int phoneWord = -1, callWord = -1;
        const bool letters = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
        if (letters)
            each(p.groupedPhone, [&](QStringView s) {
                const qsizetype n = digitsOf(s).size();
                if (n < 8 || n > 11 || p.dateLike.match(s).hasMatch())
                    return false;
                if (phoneWord < 0)
                    phoneWord = p.phoneWords.match(text).hasMatch() ? 1 : 0;
                if (phoneWord == 1)
                    return phone(s, 8, 11);
                if (n != 10 || !p.nanpSpaced.match(s).hasMatch())
                    return false;
                if (callWord < 0)
                    callWord = p.callWords.match(text).hasMatch() ? 1 : 0;
                return callWord == 1 && phone(s, 10, 10);
            });
    }
    return found;
}

} // namespace iv::PersonalDataScanner
