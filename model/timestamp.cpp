// SPDX-License-Identifier: MIT
#include "timestamp.h"

#include <QByteArray>

namespace iv::Timestamp {

namespace {

// Howard Hinnant's days_from_civil: proleptic Gregorian date to days since 1970-01-01.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month, day, hour, minute, second, micro;
    unsigned weekday; // 0 = Sunday
    unsigned yearDay; // 0-based
};

Civil civilFromMicros(qint64 micros)
{
    qint64 days = micros >= 0 ? micros / 86400000000LL : -((-micros + 86400000000LL - 1) / 86400000000LL);
    qint64 rem = micros - days * 86400000000LL;
    Civil c{};
    c.micro = static_cast<unsigned>(rem % 1000000);
    qint64 secs = rem / 1000000;
    c.hour = static_cast<unsigned>(secs / 3600);
    c.minute = static_cast<unsigned>(secs / 60 % 60);
    c.second = static_cast<unsigned>(secs % 60);
    c.weekday = static_cast<unsigned>(((days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = static_cast<qint64>(yoe) + era * 400 + (c.month <= 2);
    c.yearDay = static_cast<unsigned>(days - daysFromCivil(c.year, 1, 1));
    return c;
}

inline bool digits(const char *p, int n, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned d = static_cast<unsigned char>(p[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

QString two(unsigned v)
{
    return QString::number(v).rightJustified(2, QLatin1Char('0'));
}

const char *const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char *const kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

} // namespace

qint64 parseUtcMicros(const char *p, int n)
{
    unsigned y, mo, d, h = 0, mi = 0, s = 0, frac = 0;
    if (n < 10 || p[4] != '-' || p[7] != '-' || !digits(p, 4, &y) || !digits(p + 5, 2, &mo) ||
        !digits(p + 8, 2, &d))
        return Invalid;
    int i = 10;
    if (i < n) {
        if ((p[i] != ' ' && p[i] != 'T') || n < i + 6 || !digits(p + i + 1, 2, &h) || p[i + 3] != ':' ||
            !digits(p + i + 4, 2, &mi))
            return Invalid;
        i += 6;
        if (i < n && p[i] == ':') {
            if (n < i + 3 || !digits(p + i + 1, 2, &s))
                return Invalid;
            i += 3;
            if (i < n && p[i] == '.') {
                ++i;
                int nd = 0;
                while (i < n && nd < 6 && p[i] >= '0' && p[i] <= '9') {
                    frac = frac * 10 + unsigned(p[i] - '0');
                    ++i;
                    ++nd;
                }
                if (nd == 0)
                    return Invalid;
                for (int k = nd; k < 6; ++k)
                    frac *= 10;
                while (i < n && p[i] >= '0' && p[i] <= '9') // more than 6 digits: ignore the rest
                    ++i;
            }
        }
        if (i < n) {
            const int left = n - i;
            const bool utc = (left == 1 && p[i] == 'Z') ||
                             (left == 6 && (p[i] == '+' || p[i] == '-') && p[i + 1] == '0' && p[i + 2] == '0' &&
                              p[i + 3] == ':' && p[i + 4] == '0' && p[i + 5] == '0');
            if (!utc)
                return Invalid;
        }
    }
    static constexpr unsigned kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] || h > 23 || mi > 59 || s > 59)
        return Invalid;
    if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return Invalid;
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 86400 + h * 3600 + mi * 60 + s) * 1000000LL) + frac;
}

qint64 parseUtcMicros(const QString &text)
{
    const QByteArray utf8 = text.toLatin1();
    return parseUtcMicros(utf8.constData(), static_cast<int>(utf8.size()));
}

static QString formatWith(qint64 micros, char sep, bool zulu)
{
    if (micros == Invalid)
        return QString();
    const Civil c = civilFromMicros(micros);
    char buf[40];
    int n;
    if (c.micro)
        n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u%c%02u:%02u:%02u.%06u%s", static_cast<long long>(c.year),
                          c.month, c.day, sep, c.hour, c.minute, c.second, c.micro, zulu ? "Z" : "");
    else
        n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u%c%02u:%02u:%02u%s", static_cast<long long>(c.year),
                          c.month, c.day, sep, c.hour, c.minute, c.second, zulu ? "Z" : "");
    return QString::fromLatin1(buf, n);
}

QString formatDjango(qint64 micros)
{
    return formatWith(micros, ' ', false);
}

QString formatIso(qint64 micros)
{
    return formatWith(micros, 'T', true);
}

QString strftime(const QString &format, qint64 micros)
{
    if (micros == Invalid)
        return QString();
    const Civil c = civilFromMicros(micros);
    QString out;
    out.reserve(format.size() + 16);
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar ch = format.at(i);
        if (ch != QLatin1Char('%') || i + 1 == format.size()) {
            out += ch;
            continue;
        }
        const char spec = format.at(++i).toLatin1();
        switch (spec) {
        case 'Y':
            out += QString::number(c.year).rightJustified(4, QLatin1Char('0'));
            break;
        case 'y':
            out += two(static_cast<unsigned>(c.year % 100));
            break;
        case 'm':
            out += two(c.month);
            break;
        case 'd':
            out += two(c.day);
            break;
        case 'e':
            out += QString::number(c.day).rightJustified(2, QLatin1Char(' '));
            break;
        case 'H':
            out += two(c.hour);
            break;
        case 'I':
            out += two(c.hour % 12 == 0 ? 12 : c.hour % 12);
            break;
        case 'p':
            out += c.hour < 12 ? QLatin1String("AM") : QLatin1String("PM");
            break;
        case 'M':
            out += two(c.minute);
            break;
        case 'S':
            out += two(c.second);
            break;
        case 'f':
            out += QString::number(c.micro).rightJustified(6, QLatin1Char('0'));
            break;
        case 'j':
            out += QString::number(c.yearDay + 1).rightJustified(3, QLatin1Char('0'));
            break;
        case 'U': // weeks starting Sunday; days before the first Sunday are week 0
            out += two((c.yearDay + 7 - c.weekday) / 7);
            break;
        case 'W': // weeks starting Monday
            out += two((c.yearDay + 7 - ((c.weekday + 6) % 7)) / 7);
            break;
        case 'a':
            out += QLatin1String(kDayNames[c.weekday]).left(3);
            break;
        case 'A':
            out += QLatin1String(kDayNames[c.weekday]);
            break;
        case 'b':
            out += QLatin1String(kMonthNames[c.month - 1]).left(3);
            break;
        case 'B':
            out += QLatin1String(kMonthNames[c.month - 1]);
            break;
        case '%':
            out += QLatin1Char('%');
            break;
        default:
            out += QLatin1Char('%');
            out += QLatin1Char(spec);
        }
    }
    return out;
}

QString strftimeToQtFormat(const QString &format, bool *exact)
{
    bool ok = true;
    QString out;
    QString literal; // pending literal text, quoted for Qt
    auto flushLiteral = [&] {
        if (literal.isEmpty())
            return;
        // Only letters and quotes mean something to Qt's format; plain punctuation can stay unquoted.
        bool needsQuotes = false;
        for (const QChar c : std::as_const(literal))
            needsQuotes = needsQuotes || c.isLetter() || c == QLatin1Char('\'');
        if (needsQuotes) {
            QString q = literal;
            q.replace(QLatin1String("'"), QLatin1String("''"));
            out += QLatin1Char('\'') + q + QLatin1Char('\'');
        } else {
            out += literal;
        }
        literal.clear();
    };
    auto put = [&](const char *qt) {
        flushLiteral();
        out += QLatin1String(qt);
    };
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar ch = format.at(i);
        if (ch != QLatin1Char('%') || i + 1 == format.size()) {
            literal += ch;
            continue;
        }
        switch (format.at(++i).toLatin1()) {
        case 'Y': put("yyyy"); break;
        case 'y': put("yy"); break;
        case 'm': put("MM"); break;
        case 'd': put("dd"); break;
        case 'e': put("d"); break;
        case 'H': put("HH"); break;
        case 'I': put("hh"); break;
        case 'p': put("AP"); break;
        case 'M': put("mm"); break;
        case 'S': put("ss"); break;
        case 'f': put("zzz"); ok = false; break;
        case 'a': put("ddd"); break;
        case 'A': put("dddd"); break;
        case 'b': put("MMM"); break;
        case 'B': put("MMMM"); break;
        case '%': literal += QLatin1Char('%'); break;
        // Week and day-of-year numbers have no Qt format letter: show the date they stand for.
        case 'W':
        case 'U': put("yyyy-MM-dd"); ok = false; break;
        case 'j': put("MM-dd"); ok = false; break;
        default: literal += QLatin1Char('%') + format.at(i); ok = false;
        }
    }
    flushLiteral();
    if (exact)
        *exact = ok;
    return out.isEmpty() ? QStringLiteral("yyyy-MM-dd") : out;
}

} // namespace iv::Timestamp
