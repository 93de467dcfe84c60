// SPDX-License-Identifier: MIT
#include "dataexport.h"

#include "textbudget.h"
#include "timestamp.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace iv {

namespace {

constexpr qsizetype kChunk = 256 * 1024;

bool flush(QIODevice *out, QByteArray *buffer, bool force, QString *error)
{
    if (!force && buffer->size() < kChunk)
        return true;
    if (out->write(*buffer) != buffer->size()) {
        *error = out->errorString();
        return false;
    }
    buffer->clear();
    return true;
}

QString timestampText(const BucketValues &v, int i)
{
    const qint64 t = v.timestamps.at(i);
    if (t != Timestamp::Invalid)
        return Timestamp::formatIso(t);
    return v.timestampAt(i); // stored text that does not parse, or null for NULL
}

// A JSON string literal (quotes included) for text, "null" for a null QString.
QByteArray jsonString(const QString &text)
{
    if (text.isNull())
        return QByteArrayLiteral("null");
    // QJsonDocument escapes exactly as JSON requires; wrap in an array and strip the brackets.
    QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(text)}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

QByteArray jsonNumber(double d)
{
    return std::isfinite(d) ? DataExport::number(d).toLatin1() : QByteArrayLiteral("null");
}

QString valueText(const Question &q)
{
    if (!q.valueValid)
        return q.rawValue.isNull() ? QString() : q.rawValue;
    if (q.valueIsInteger)
        return QString::number(q.intValue);
    return DataExport::number(q.value);
}

bool writeBucket(QIODevice *out, DataExport::Format format, const Question &q, const BucketValues &v,
                 QString *error)
{
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    if (format == DataExport::Format::Csv) {
        QStringList header = DataExport::bucketHeader(q);
        for (QString &h : header)
            h = DataExport::csvField(h);
        buffer += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
        for (int i = 0; i < v.size(); ++i) {
            buffer += QByteArray::number(v.ids.at(i));
            buffer += ',';
            buffer += DataExport::csvField(timestampText(v, i)).toUtf8();
            buffer += ',';
            buffer += DataExport::number(v.x.at(i)).toLatin1();
            buffer += ',';
            buffer += DataExport::number(v.y.at(i)).toLatin1();
            buffer += ',';
            buffer += DataExport::csvField(v.categoryAt(i)).toUtf8();
            buffer += "\r\n";
            if (!flush(out, &buffer, false, error))
                return false;
        }
        return flush(out, &buffer, true, error);
    }
    const QByteArray bucket = "{\"bucket\":" + jsonString(q.label) + ",\"id\":";
    for (int i = 0; i < v.size(); ++i) {
        buffer += bucket;
        buffer += QByteArray::number(v.ids.at(i));
        buffer += ",\"timestamp\":";
        buffer += jsonString(timestampText(v, i));
        buffer += ",\"x\":";
        buffer += jsonNumber(v.x.at(i));
        buffer += ",\"y\":";
        buffer += jsonNumber(v.y.at(i));
        buffer += ",\"category\":";
        buffer += jsonString(v.categoryAt(i));
        buffer += "}\n";
        if (!flush(out, &buffer, false, error))
            return false;
    }
    return flush(out, &buffer, true, error);
}

bool writeValue(QIODevice *out, DataExport::Format format, const Question &q, QString *error)
{
    QByteArray bytes;
    if (format == DataExport::Format::Csv) {
        bytes = "id,created_at,label,value\r\n" + QByteArray::number(q.id) + ',' +
                DataExport::csvField(q.createdAt).toUtf8() + ',' + DataExport::csvField(q.label).toUtf8() +
                ',' + DataExport::csvField(valueText(q)).toUtf8() + "\r\n";
    } else {
        QByteArray value;
        if (!q.valueValid)
            value = jsonString(q.rawValue);
        else if (q.valueIsInteger)
            value = QByteArray::number(q.intValue);
        else
            value = jsonNumber(q.value);
        bytes = "{\"kind\":" + jsonString(kindId(q.kind)) + ",\"id\":" + QByteArray::number(q.id) +
                ",\"created_at\":" + jsonString(q.createdAt) + ",\"label\":" + jsonString(q.label) +
                ",\"value\":" + value + "}\n";
    }
    return flush(out, &bytes, true, error);
}

bool isWindowsDeviceName(const QString &base)
{
    static const QStringList names = {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                      QStringLiteral("NUL")};
    const QString upper = base.section(QLatin1Char('.'), 0, 0).toUpper();
    if (names.contains(upper))
        return true;
    return upper.size() == 4 &&
           (upper.startsWith(QLatin1String("COM")) || upper.startsWith(QLatin1String("LPT"))) &&
           upper.at(3) >= QLatin1Char('1') && upper.at(3) <= QLatin1Char('9');
}

} // namespace

bool DataExport::parseFormat(const QString &id, Format *format)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("csv"))
        *format = Format::Csv;
    else if (s == QLatin1String("ndjson") || s == QLatin1String("jsonl"))
        *format = Format::Ndjson;
    else
        return false;
    return true;
}

QString DataExport::extension(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("ndjson");
}

QStringList DataExport::bucketHeader(const Question &q)
{
    // xvalue is drawn against the ylabel axis for every kind upstream draws; yvalue against the xlabel axis
    // of a scatterplot (a histogram draws bins of yvalue along the xlabel axis too). See fixtures/README.md.
    const bool yOnXAxis = q.kind == MetricKind::Scatterplot || q.kind == MetricKind::Histogram;
    QString xHeader = q.ylabel.isEmpty() ? QStringLiteral("x") : q.ylabel;
    QString yHeader = yOnXAxis && !q.xlabel.isEmpty() ? q.xlabel : QStringLiteral("y");
    if (yHeader == xHeader) {
        xHeader += QStringLiteral(" (x)");
        yHeader += QStringLiteral(" (y)");
    }
    return {QStringLiteral("id"), QStringLiteral("timestamp"), xHeader, yHeader, QStringLiteral("category")};
}

bool DataExport::write(QIODevice *out, Format format, const Question &question, const BucketValues *values,
                       QString *error)
{
    if (question.isBucket()) {
        const BucketValues empty;
        return writeBucket(out, format, question, values ? *values : empty, error);
    }
    return writeValue(out, format, question, error);
}

bool DataExport::writeFile(const QString &path, Format format, const Question &question,
                           const BucketValues *values, QString *error)
{
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, format, question, values, &reason) || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, reason.isEmpty() ? file.errorString() : reason);
        return false;
    }
    return true;
}

QString DataExport::number(double d)
{
    if (std::isnan(d))
        return QString();
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (d == 0)
        return std::signbit(d) ? QStringLiteral("-0") : QStringLiteral("0");
    const double a = std::fabs(d);
    // Plain digits in the everyday range, exponent form outside it; both are the shortest round-trip digits.
    if (a >= 1e-5 && a < 1e16)
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString DataExport::csvField(const QString &text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString DataExport::safeFileName(const QString &label, const QString &ext, QSet<QString> *used)
{
    static const QString forbidden = QStringLiteral("/\\<>:\"|?*");
    QString base;
    base.reserve(label.size());
    for (const QChar c : label) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
                             (u >= 0x2066 && u <= 0x2069);
        base += (control || forbidden.contains(c)) ? QLatin1Char('_') : c;
    }
    // At most 120 characters and, with "-N" and ".ext", NAME_MAX (255) UTF-8 bytes: 120 CJK characters are
    // 360 bytes. Room for a "-NNNNNN" suffix is kept so that a unique name never has to cut into the base.
    const QString suffix = QLatin1Char('.') + ext;
    const int room = TextBudget::kFileNameBytes - int(suffix.toUtf8().size()) - 8;
    base = TextBudget::fitUtf8(base.left(120), std::max(room, 1));
    while (base.endsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char(' ')))
        base.chop(1);
    if (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base[0] = QLatin1Char('_');
    if (base.isEmpty())
        base = QStringLiteral("_");
    if (isWindowsDeviceName(base))
        base.prepend(QLatin1Char('_'));
    QString name = base + suffix;
    if (used) {
        for (int n = 2; used->contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
        used->insert(name.toLower());
    }
    return name;
}

} // namespace iv
