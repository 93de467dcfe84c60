// SPDX-License-Identifier: MIT
#include "datetext.h"

#include "timestamp.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace iv {

QString uiDateTime(qint64 utcMicros)
{
    const QLocale locale = Translations::instance()->locale();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(Timestamp::toMsecs(utcMicros), Qt::UTC);
    // The long date format names the month in words; the weekday it may start or end with is left out.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("^\\s*dddd[\\s,.]*|[\\s,]*dddd\\s*$"));
    format.remove(weekday);
    if (format.isEmpty())
        format = locale.dateFormat(QLocale::LongFormat);
    return QCoreApplication::translate("iv::DateText", "%1, %2 UTC")
        .arg(locale.toString(when.date(), format), locale.toString(when.time(), QLocale::ShortFormat));
}

QString uiDateTime(const QString &stored)
{
    const qint64 micros = Timestamp::parseUtcMicros(stored);
    return micros == Timestamp::Invalid ? stored : uiDateTime(micros);
}

} // namespace iv
