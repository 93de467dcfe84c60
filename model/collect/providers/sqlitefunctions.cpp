// SPDX-License-Identifier: MIT
#include "sqlitefunctions.h"

#include "sqlsource.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QtNumeric>

#include <sqlite3.h>

namespace iv::SqliteFunctions {

namespace {

constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kMicrosPerDay = 86400 * kMicrosPerSecond;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Seconds east of UTC in zone at the UTC instant micros.
int offsetAt(const QTimeZone &zone, qint64 micros)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(floorDiv(micros, 1000), Qt::UTC));
}

// The UTC instant of a wall time in zone (naive micros), as PostgreSQL resolves it: a gap takes the offset
// before the change, an ambiguous time the offset after it.
qint64 localToUtc(const QTimeZone &zone, qint64 local)
{
    const int before = offsetAt(zone, local - kMicrosPerDay);
    const int after = offsetAt(zone, local + kMicrosPerDay);
    const qint64 u1 = local - before * kMicrosPerSecond;
    const qint64 u2 = local - after * kMicrosPerSecond;
    if (before == after)
        return u1;
    const bool valid1 = offsetAt(zone, u1) == before;
    const bool valid2 = offsetAt(zone, u2) == after;
    if (valid1 && valid2)
        return u2;
    if (valid2)
        return u2;
    return u1;
}

bool zoneFor(const QString &name, QTimeZone *zone, QString *error)
{
    *zone = QTimeZone(name.trimmed().toUtf8());
    if (!zone->isValid()) {
        *error = QCoreApplication::translate("iv::Collect", "time zone \"%1\" not recognized").arg(name);
        return false;
    }
    return true;
}

} // namespace

QString dateTrunc(const QString &fieldText, const QString &timestamp, const QString &zoneName, QString *error)
{
    const qint64 micros = SqlSource::utcMicros(timestamp);
    if (micros == Timestamp::Invalid) {
        *error = QCoreApplication::translate("iv::Collect", "date_trunc: \"%1\" is not a timestamp")
                     .arg(timestamp.left(60));
        return {};
    }
    QTimeZone zone = QTimeZone::utc();
    if (!zoneName.isNull() && !zoneFor(zoneName, &zone, error)) {
        *error = QStringLiteral("date_trunc: ") + *error;
        return {};
    }
    const int offset = zoneName.isNull() ? 0 : offsetAt(zone, micros);
    const qint64 local = micros + offset * kMicrosPerSecond;
    const QString field = fieldText.trimmed().toLower();
    qint64 unit = 0;
    if (field == QLatin1String("microseconds"))
        unit = 1;
    else if (field == QLatin1String("milliseconds"))
        unit = 1000;
    else if (field == QLatin1String("second"))
        unit = kMicrosPerSecond;
    else if (field == QLatin1String("minute"))
        unit = 60 * kMicrosPerSecond;
    else if (field == QLatin1String("hour"))
        unit = 3600 * kMicrosPerSecond;
    if (unit > 0) // the instant's own offset stays, as PostgreSQL does below a day
        return Timestamp::formatDjango(floorDiv(local, unit) * unit - offset * kMicrosPerSecond);

    const Timestamp::Civil c = Timestamp::civil(local);
    qint64 day = 0;
    if (field == QLatin1String("day")) {
        day = floorDiv(local, kMicrosPerDay);
    } else if (field == QLatin1String("week")) {
        const qint64 d = floorDiv(local, kMicrosPerDay);
        day = d - (c.weekday + 6) % 7; // back to Monday
    } else if (field == QLatin1String("month")) {
        day = Timestamp::daysSinceEpoch(c.year, c.month, 1);
    } else if (field == QLatin1String("quarter")) {
        day = Timestamp::daysSinceEpoch(c.year, (c.month - 1) / 3 * 3 + 1, 1);
    } else if (field == QLatin1String("year")) {
        day = Timestamp::daysSinceEpoch(c.year, 1, 1);
    } else if (field == QLatin1String("decade")) {
        day = Timestamp::daysSinceEpoch(floorDiv(c.year, 10) * 10, 1, 1);
    } else if (field == QLatin1String("century")) {
        day = Timestamp::daysSinceEpoch(c.year > 0 ? (c.year - 1) / 100 * 100 + 1 : c.year, 1, 1);
    } else if (field == QLatin1String("millennium")) {
        day = Timestamp::daysSinceEpoch(c.year > 0 ? (c.year - 1) / 1000 * 1000 + 1 : c.year, 1, 1);
    } else {
        *error = QCoreApplication::translate("iv::Collect", "date_trunc: unit \"%1\" not recognized")
                     .arg(fieldText.left(40));
        return {};
    }
    const qint64 truncated = day * kMicrosPerDay;
    return Timestamp::formatDjango(zoneName.isNull() ? truncated : localToUtc(zone, truncated));
}

QString atTimeZone(const QString &zoneName, const QString &timestamp, QString *error)
{
    const qint64 micros = SqlSource::utcMicros(timestamp);
    if (micros == Timestamp::Invalid) {
        *error = QCoreApplication::translate("iv::Collect", "timezone: \"%1\" is not a timestamp")
                     .arg(timestamp.left(60));
        return {};
    }
    QTimeZone zone;
    if (!zoneFor(zoneName, &zone, error)) {
        *error = QStringLiteral("timezone: ") + *error;
        return {};
    }
    return Timestamp::formatDjango(micros + offsetAt(zone, micros) * kMicrosPerSecond);
}

double datePart(const QString &fieldText, const QString &timestamp, QString *error)
{
    const qint64 micros = SqlSource::utcMicros(timestamp);
    if (micros == Timestamp::Invalid) {
        *error = QCoreApplication::translate("iv::Collect", "date_part: \"%1\" is not a timestamp")
                     .arg(timestamp.left(60));
        return qQNaN();
    }
    const Timestamp::Civil c = Timestamp::civil(micros);
    const QString field = fieldText.trimmed().toLower();
    const double seconds = c.second + c.micro / 1e6;
    if (field == QLatin1String("year"))
        return double(c.year);
    if (field == QLatin1String("quarter"))
        return double((c.month - 1) / 3 + 1);
    if (field == QLatin1String("month"))
        return c.month;
    if (field == QLatin1String("day"))
        return c.day;
    if (field == QLatin1String("doy"))
        return c.yearDay + 1;
    if (field == QLatin1String("dow"))
        return c.weekday;
    if (field == QLatin1String("isodow"))
        return c.weekday == 0 ? 7 : c.weekday;
    if (field == QLatin1String("week") || field == QLatin1String("isoyear")) {
        // ISO 8601: the week with the year's first Thursday is week 1. The Thursday of this date's week
        // decides the ISO year.
        const qint64 day = floorDiv(micros, kMicrosPerDay);
        const qint64 thursday = day - (c.weekday + 6) % 7 + 3;
        const Timestamp::Civil t = Timestamp::civil(thursday * kMicrosPerDay);
        if (field == QLatin1String("isoyear"))
            return double(t.year);
        return double(t.yearDay / 7 + 1);
    }
    if (field == QLatin1String("hour"))
        return c.hour;
    if (field == QLatin1String("minute"))
        return c.minute;
    if (field == QLatin1String("second"))
        return seconds;
    if (field == QLatin1String("milliseconds"))
        return seconds * 1000;
    if (field == QLatin1String("microseconds"))
        return double(c.second) * 1e6 + c.micro;
    if (field == QLatin1String("decade"))
        return double(floorDiv(c.year, 10));
    if (field == QLatin1String("century"))
        return double(c.year > 0 ? (c.year + 99) / 100 : -((99 - (c.year - 1)) / 100));
    if (field == QLatin1String("millennium"))
        return double(c.year > 0 ? (c.year + 999) / 1000 : -((999 - (c.year - 1)) / 1000));
    if (field == QLatin1String("epoch"))
        return double(micros) / 1e6;
    *error = QCoreApplication::translate("iv::Collect", "date_part: unit \"%1\" not recognized")
                 .arg(fieldText.left(40));
    return qQNaN();
}

namespace {

QString textArg(sqlite3_value *v)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
}

void finish(sqlite3_context *ctx, const QString &result, const QString &error)
{
    if (result.isNull()) {
        const QByteArray e = error.toUtf8();
        sqlite3_result_error(ctx, e.constData(), int(e.size()));
        return;
    }
    const QByteArray r = result.toUtf8();
    sqlite3_result_text(ctx, r.constData(), int(r.size()), SQLITE_TRANSIENT);
}

void dateTruncFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return;
        }
    }
    QString error;
    const QString result =
        dateTrunc(textArg(argv[0]), textArg(argv[1]), argc > 2 ? textArg(argv[2]) : QString(), &error);
    finish(ctx, result, error);
}

void timezoneFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QString error;
    const QString result = atTimeZone(textArg(argv[0]), textArg(argv[1]), &error);
    finish(ctx, result, error);
}

void datePartFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QString error;
    const double value = datePart(textArg(argv[0]), textArg(argv[1]), &error);
    if (qIsNaN(value)) {
        const QByteArray e = error.toUtf8();
        sqlite3_result_error(ctx, e.constData(), int(e.size()));
    } else if (value == double(qint64(value))) {
        sqlite3_result_int64(ctx, qint64(value));
    } else {
        sqlite3_result_double(ctx, value);
    }
}

} // namespace

void registerPortable(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function(db, "date_trunc", 2, flags, nullptr, dateTruncFunction, nullptr, nullptr);
    sqlite3_create_function(db, "date_trunc", 3, flags, nullptr, dateTruncFunction, nullptr, nullptr);
    sqlite3_create_function(db, "timezone", 2, flags, nullptr, timezoneFunction, nullptr, nullptr);
    sqlite3_create_function(db, "date_part", 2, flags, nullptr, datePartFunction, nullptr, nullptr);
}

} // namespace iv::SqliteFunctions
