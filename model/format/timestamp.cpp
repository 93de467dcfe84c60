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

} // namespace

Civil civil(qint64 micros)
{
    return civilFromMicros(micros);
}

qint64 daysSinceEpoch(qint64 year, unsigned month, unsigned day)
{
    return daysFromCivil(year, month, day);
}

namespace {

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

static char *writeDigits(char *p, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

char *writeText(char *p, qint64 micros, char separator, bool zulu)
{
    const Civil c = civilFromMicros(micros);
    if (c.year < 0 || c.year > 9999)
        return nullptr;
    p = writeDigits(p, unsigned(c.year), 4);
    *p++ = '-';
    p = writeDigits(p, c.month, 2);
    *p++ = '-';
    p = writeDigits(p, c.day, 2);
    *p++ = separator;
    p = writeDigits(p, c.hour, 2);
    *p++ = ':';
    p = writeDigits(p, c.minute, 2);
    *p++ = ':';
    p = writeDigits(p, c.second, 2);
    if (c.micro) {
        *p++ = '.';
        p = writeDigits(p, c.micro, 6);
    }
    if (zulu)
        *p++ = 'Z';
    return p;
}

namespace {

bool isLeap(qint64 y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

// glibc's iso_week_days: days since the Monday of the ISO week 1 that yday belongs to (negative: earlier year).
int isoWeekDays(int yday, int wday)
{
    const int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
}

// One conversion's output options, as glibc's strftime parses them: "%[flags][width][E|O]c".
struct Spec
{
    char pad = 0; // '_', '-', '0' or 0 (none)
    bool upcase = false;
    bool changeCase = false;
    int width = -1;
};

// glibc's cpy/add: case mapping, then padding to the width (zeros only for the '0' pad, else spaces).
void put(QString &out, const QString &text, const Spec &s, bool upper, bool lower, char padChar)
{
    const int fill = s.width > text.size() ? s.width - int(text.size()) : 0;
    if (fill)
        out += QString(fill, QLatin1Char(padChar == '0' ? '0' : ' '));
    out += lower ? text.toLower() : upper ? text.toUpper() : text;
}

// glibc's DO_NUMBER: at least `digits` digits padded with zeros ('_': spaces, '-': none), then the width.
// %s enters glibc's padding after its do_number step, so its width pads with spaces unless the flag is '0'.
void putNumber(QString &out, qint64 value, int digits, Spec s, bool spacePad = false, bool widthZeros = true)
{
    if (spacePad && s.pad != '0' && s.pad != '-')
        s.pad = '_';
    const bool negative = value < 0;
    QString body = QString::number(negative ? -value : value);
    QString text;
    const int padding = digits - int(body.size()) - (negative ? 1 : 0);
    if (s.pad != '-' && padding > 0) {
        if (s.pad == '_')
            text = QString(padding, QLatin1Char(' ')) + (negative ? QStringLiteral("-") : QString()) + body;
        else
            text = (negative ? QStringLiteral("-") : QString()) + QString(padding, QLatin1Char('0')) + body;
    } else {
        text = (negative ? QStringLiteral("-") : QString()) + body;
    }
    put(out, text, s, false, false, s.pad == 0 && widthZeros ? '0' : s.pad);
}

QString format(const QString &fmt, const Civil &c, qint64 micros, bool top);

} // namespace

QString strftime(const QString &fmt, qint64 micros)
{
    if (micros == Invalid)
        return QString();
    return format(fmt, civilFromMicros(micros), micros, true);
}

namespace {

// glibc's __strftime_internal in the C locale, for a UTC struct tm, with Python's datetime.strftime in front:
// Python itself replaces a bare %f, %z and %Z (top level only) and hands everything else to glibc, where a
// flagged %z/%Z sees tm_isdst = -1 (prints nothing) and %f is unknown (copied, flags applied).
QString format(const QString &fmt, const Civil &c, qint64 micros, bool top)
{
    QString out;
    out.reserve(fmt.size() + 16);
    const qsizetype n = fmt.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = fmt.at(i);
        if (ch != QLatin1Char('%')) {
            out += ch;
            continue;
        }
        const qsizetype start = i;
        if (top && i + 1 < n) {
            const char bare = fmt.at(i + 1).toLatin1();
            if (bare == 'f') {
                out += QString::number(c.micro).rightJustified(6, QLatin1Char('0'));
                ++i;
                continue;
            }
            if (bare == 'z' || bare == 'Z') {
                out += bare == 'z' ? QStringLiteral("+0000") : QStringLiteral("UTC");
                ++i;
                continue;
            }
        }
        Spec s;
        ++i;
        for (; i < n; ++i) {
            const char f = fmt.at(i).toLatin1();
            if (f == '_' || f == '-' || f == '0')
                s.pad = f;
            else if (f == '^')
                s.upcase = true;
            else if (f == '#')
                s.changeCase = true;
            else
                break;
        }
        if (i < n && fmt.at(i).isDigit() && fmt.at(i).toLatin1() <= '9') {
            int w = 0;
            while (i < n && fmt.at(i).toLatin1() >= '0' && fmt.at(i).toLatin1() <= '9') {
                w = std::min(w * 10 + (fmt.at(i).toLatin1() - '0'), 1 << 20);
                ++i;
            }
            s.width = w;
        }
        char modifier = 0;
        if (i < n && (fmt.at(i) == QLatin1Char('E') || fmt.at(i) == QLatin1Char('O')))
            modifier = fmt.at(i++).toLatin1();
        if (i >= n) { // a lone '%' (or unfinished spec) at the end is copied as it is
            out += fmt.mid(start);
            break;
        }
        const char conv = fmt.at(i).toLatin1();
        bool upper = s.upcase, lower = false;
        auto bad = [&] { put(out, fmt.mid(start, i - start + 1), s, upper, lower, s.pad); };
        auto sub = [&](const char *subfmt) {
            const QString text = format(QLatin1String(subfmt), c, micros, false);
            put(out, text, s, upper, false, s.pad);
        };
        const qint64 year = c.year;
        const int wday = int(c.weekday), yday = int(c.yearDay);
        const int hour12 = c.hour % 12 == 0 ? 12 : int(c.hour % 12);
        switch (conv) {
        case '%':
            if (modifier)
                bad();
            else
                put(out, QStringLiteral("%"), s, upper, lower, s.pad);
            break;
        case 'n':
        case 't':
            if (modifier)
                bad();
            else
                put(out, QString(QLatin1Char(conv == 'n' ? '\n' : '\t')), s, upper, lower, s.pad);
            break;
        case 'a':
        case 'A':
            if (modifier) {
                bad();
                break;
            }
            if (s.changeCase)
                upper = true;
            put(out, conv == 'a' ? QLatin1String(kDayNames[wday]).left(3) : QLatin1String(kDayNames[wday]), s,
                upper, lower, s.pad);
            break;
        case 'b':
        case 'h':
        case 'B':
            if (s.changeCase)
                upper = true;
            if (modifier == 'E') {
                bad();
                break;
            }
            put(out,
                conv == 'B' ? QLatin1String(kMonthNames[c.month - 1])
                            : QLatin1String(kMonthNames[c.month - 1]).left(3),
                s, upper, lower, s.pad);
            break;
        case 'c':
            if (modifier == 'O')
                bad();
            else
                sub("%a %b %e %H:%M:%S %Y");
            break;
        case 'x':
            if (modifier == 'O')
                bad();
            else
                sub("%m/%d/%y");
            break;
        case 'X':
            if (modifier == 'O')
                bad();
            else
                sub("%H:%M:%S");
            break;
        case 'D':
        case 'F':
        case 'r':
        case 'R':
        case 'T':
            if (modifier)
                bad();
            else
                sub(conv == 'D' ? "%m/%d/%y" : conv == 'F' ? "%Y-%m-%d" : conv == 'r' ? "%I:%M:%S %p"
                                                               : conv == 'R' ? "%H:%M" : "%H:%M:%S");
            break;
        case 'C':
            if (modifier == 'O')
                bad();
            else
                putNumber(out, year / 100 - (year % 100 < 0), 1, s);
            break;
        case 'y':
            if (modifier == 'O')
                bad();
            else
                putNumber(out, (year % 100 + 100) % 100, 2, s);
            break;
        case 'Y':
            if (modifier == 'O')
                bad();
            else
                putNumber(out, year, 1, s);
            break;
        case 'd':
        case 'e':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, c.day, 2, s, conv == 'e');
            break;
        case 'H':
        case 'k':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, c.hour, 2, s, conv == 'k');
            break;
        case 'I':
        case 'l':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, hour12, 2, s, conv == 'l');
            break;
        case 'j':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, yday + 1, 3, s);
            break;
        case 'm':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, c.month, 2, s);
            break;
        case 'M':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, c.minute, 2, s);
            break;
        case 'S':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, c.second, 2, s);
            break;
        case 'u':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, (wday + 6) % 7 + 1, 1, s);
            break;
        case 'w':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, wday, 1, s);
            break;
        case 'U':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, (yday - wday + 7) / 7, 2, s);
            break;
        case 'W':
            if (modifier == 'E')
                bad();
            else
                putNumber(out, (yday - (wday - 1 + 7) % 7 + 7) / 7, 2, s);
            break;
        case 'g':
        case 'G':
        case 'V': {
            if (modifier == 'E') {
                bad();
                break;
            }
            qint64 isoYear = year;
            int days = isoWeekDays(yday, wday);
            if (days < 0) {
                --isoYear;
                days = isoWeekDays(yday + (365 + isLeap(isoYear)), wday);
            } else {
                const int d = isoWeekDays(yday - (365 + isLeap(isoYear)), wday);
                if (d >= 0) {
                    ++isoYear;
                    days = d;
                }
            }
            if (conv == 'g')
                putNumber(out, (isoYear % 100 + 100) % 100, 2, s);
            else if (conv == 'G')
                putNumber(out, isoYear, 1, s);
            else
                putNumber(out, days / 7 + 1, 2, s);
            break;
        }
        case 'p':
        case 'P':
            if (modifier) {
                bad();
                break;
            }
            if (s.changeCase) {
                upper = false;
                lower = true;
            }
            if (conv == 'P')
                lower = true;
            put(out, c.hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"), s, upper, lower, s.pad);
            break;
        case 's': {
            if (modifier) {
                bad();
                break;
            }
            const qint64 secs = micros >= 0 ? micros / 1000000 : -((-micros + 999999) / 1000000);
            putNumber(out, secs, 1, s, false, false);
            break;
        }
        case 'z':
        case 'Z':
            // Python hands a flagged %z/%Z to glibc with tm_isdst = -1: %z prints nothing, %Z an empty zone.
            if (modifier)
                bad();
            else if (conv == 'Z')
                put(out, QString(), s, upper, lower, s.pad);
            break;
        default:
            bad();
        }
    }
    return out;
}

} // namespace

} // namespace iv::Timestamp
