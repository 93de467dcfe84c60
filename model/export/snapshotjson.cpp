// SPDX-License-Identifier: MIT
#include "snapshotjson.h"

#include "snapshotfile.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <functional>

namespace iv::SnapshotJson {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(double d)
{
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject questionObject(const Question &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindId(q.kind));
    o.insert(QStringLiteral("label"), textOrNull(q.label));
    o.insert(QStringLiteral("question"), textOrNull(q.question));
    o.insert(QStringLiteral("desc"), textOrNull(q.desc));
    o.insert(QStringLiteral("created_at"), textOrNull(q.createdAt));
    if (!q.isBucket()) {
        if (!q.valueValid)
            o.insert(QStringLiteral("value"), QJsonValue(QJsonValue::Null));
        else if (q.valueIsInteger)
            o.insert(QStringLiteral("value"), QJsonValue(q.intValue));
        else
            o.insert(QStringLiteral("value"), number(q.value));
        return o;
    }
    o.insert(QStringLiteral("type"), q.bucketType);
    o.insert(QStringLiteral("xlabel"), textOrNull(q.xlabel));
    o.insert(QStringLiteral("xformat"), textOrNull(q.xformat));
    o.insert(QStringLiteral("ylabel"), textOrNull(q.ylabel));
    o.insert(QStringLiteral("yformat"), textOrNull(q.yformat));
    o.insert(QStringLiteral("title"), textOrNull(q.title));
    return o;
}

QJsonArray valuesArray(const BucketValues &values)
{
    QJsonArray array;
    for (int i = 0; i < values.size(); ++i) {
        QJsonObject v;
        v.insert(QStringLiteral("timestamp"), textOrNull(values.timestampAt(i)));
        v.insert(QStringLiteral("x"), number(values.x.at(i)));
        v.insert(QStringLiteral("y"), number(values.y.at(i)));
        v.insert(QStringLiteral("category"), textOrNull(values.categoryAt(i)));
        array.append(v);
    }
    return array;
}

namespace {

// A bucket's values stand in the document skeleton as this string until they are streamed in its place. Qt
// writes U+0001 as \u0001, and file text cannot make a "values" key, so `"values": "\u0001iv-values:` only
// ever marks these places.
const QString kPlaceholder = QStringLiteral("\u0001iv-values:");
const QByteArray kPlaceholderJson = QByteArrayLiteral("\"\\u0001iv-values:");

// A string exactly as QJsonDocument writes it: printable ASCII other than " and \ stands as it is (the common
// case, written directly); anything else goes through Qt's own escaping.
void appendString(QByteArray &out, const QString &s)
{
    if (s.isNull()) {
        out += "null";
        return;
    }
    const ushort *p = s.utf16();
    bool plain = true;
    for (qsizetype i = 0; i < s.size() && plain; ++i)
        plain = p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\';
    if (plain) {
        out += '"';
        out += s.toLatin1();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["…"]
    out.append(array.constData() + 1, array.size() - 2);
}

// A number exactly as QJsonDocument writes a double: whole numbers below 2^64 in fixed notation, the rest in
// the shortest 'g' form; non-finite values are null (as number() makes them).
void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    const double a = std::abs(d);
    const bool whole = a < 18446744073709551616.0 && a == std::floor(a);
    out += QByteArray::number(d, whole ? 'f' : 'g', QLocale::FloatingPointShortest);
}

// The values array of one bucket, as QJsonDocument would write valuesArray() at this indent level (the level
// of the "values" key; -1 for compact output). Flushes through `flush` as the text grows.
bool appendValues(QByteArray &out, const BucketValues &v, int level, const std::function<bool()> &flush)
{
    const bool indented = level >= 0;
    const QByteArray rowIndent(indented ? 4 * (level + 1) : 0, ' '),
        keyIndent(indented ? 4 * (level + 2) : 0, ' ');
    const char *const sep = indented ? ",\n" : ",";
    auto key = [&](const char *name) {
        out += keyIndent;
        out += name;
    };
    // Each distinct category escaped once.
    QVector<QByteArray> categories(v.categories.size());
    for (int c = 0; c < v.categories.size(); ++c)
        appendString(categories[c], v.categories.at(c));
    out += indented ? "[\n" : "[";
    for (int i = 0; i < v.size(); ++i) {
        out += rowIndent;
        out += indented ? "{\n" : "{";
        key(indented ? "\"category\": " : "\"category\":");
        const qint32 c = v.categoryIndex.at(i);
        out += c < 0 ? QByteArrayLiteral("null") : categories.at(c);
        out += sep;
        key(indented ? "\"timestamp\": " : "\"timestamp\":");
        appendString(out, v.timestampAt(i));
        out += sep;
        key(indented ? "\"x\": " : "\"x\":");
        appendNumber(out, v.x.at(i));
        out += sep;
        key(indented ? "\"y\": " : "\"y\":");
        appendNumber(out, v.y.at(i));
        if (indented) {
            out += '\n';
            out += rowIndent;
        }
        out += '}';
        if (i + 1 < v.size())
            out += sep;
        else if (indented)
            out += '\n';
        if (out.size() >= (1 << 20) && !flush())
            return false;
    }
    if (indented)
        out += QByteArray(4 * level, ' ');
    out += ']';
    return true;
}

} // namespace

bool write(const SnapshotFile &file, QIODevice *device, QString *error, bool indented)
{
    const std::optional<Catalogue> cat = file.readCatalogue(error);
    if (!cat)
        return false;
    // The skeleton (apps and questions) is small: QJsonDocument writes it, with a placeholder where each
    // bucket's values go; the values are then streamed one bucket at a time, so memory stays at one bucket's
    // values whatever the file's size.
    QVector<qint64> buckets;
    QJsonArray apps;
    for (const App &app : cat->apps) {
        QJsonObject a;
        a.insert(QStringLiteral("uuid"), textOrNull(app.uuid));
        a.insert(QStringLiteral("module"), textOrNull(app.module));
        a.insert(QStringLiteral("label"), textOrNull(app.label));
        a.insert(QStringLiteral("name"), app.name());
        QJsonArray questions;
        for (const Question &q : app.questions) {
            QJsonObject o = questionObject(q);
            if (q.isBucket()) {
                o.insert(QStringLiteral("values"), kPlaceholder + QString::number(buckets.size()));
                buckets.append(q.id);
            }
            questions.append(o);
        }
        a.insert(QStringLiteral("questions"), questions);
        apps.append(a);
    }
    QJsonObject root;
    root.insert(QStringLiteral("file"), cat->filePath);
    root.insert(QStringLiteral("apps"), apps);
    const QByteArray skeleton =
        QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);

    QByteArray out;
    out.reserve(1 << 21);
    auto flush = [&] {
        const bool ok = device->write(out) == out.size();
        out.clear();
        if (!ok && error)
            *error = QStringLiteral("%1: %2").arg(file.path(), device->errorString());
        return ok;
    };
    const QByteArray key = indented ? QByteArrayLiteral("\"values\": ") : QByteArrayLiteral("\"values\":");
    qsizetype from = 0;
    for (qsizetype at = skeleton.indexOf(key + kPlaceholderJson); at >= 0;
         at = skeleton.indexOf(key + kPlaceholderJson, from)) {
        const qsizetype value = at + key.size();
        const qsizetype close = skeleton.indexOf('"', value + kPlaceholderJson.size());
        const int index =
            skeleton.mid(value + kPlaceholderJson.size(), close - value - kPlaceholderJson.size()).toInt();
        out.append(skeleton.constData() + from, value - from);
        from = close + 1;
        int level = -1;
        if (indented) {
            const qsizetype lineStart = skeleton.lastIndexOf('\n', at) + 1;
            level = int((at - lineStart) / 4);
        }
        const std::optional<BucketValues> values = file.loadBucketValues(buckets.value(index, -1), error);
        if (!values || !appendValues(out, *values, level, flush))
            return false;
        if (!flush())
            return false;
    }
    out.append(skeleton.constData() + from, skeleton.size() - from);
    return flush();
}

QByteArray dump(const SnapshotFile &file, QString *error, bool indented)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(file, &buffer, error, indented))
        return QByteArray();
    return bytes;
}

} // namespace iv::SnapshotJson
