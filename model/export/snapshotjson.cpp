// SPDX-License-Identifier: MIT
#include "snapshotjson.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"
#include "timestamp.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>

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

// A number exactly as QJsonDocument writes a double: a whole number within ±2^53 as an integer (negative zero
// as 0), the rest in the shortest 'g' form (Qt's, which takes the plain notation when it is not longer:
// 1.5e+16, but 18446744073709550000); non-finite values are null (as number() makes them).
void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    if (std::abs(d) <= 9007199254740992.0 && d == std::floor(d)) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

// Output in large blocks: rows are written with raw pointer arithmetic into a buffer that always keeps
// kRoom bytes free for one row's fixed-size part; longer text goes through append(), which flushes as needed.
class BlockOut
{
public:
    static constexpr qsizetype kBlock = qsizetype(1) << 20;
    static constexpr qsizetype kRoom = 4096;

    explicit BlockOut(QIODevice *device) : m_device(device), m_data(new char[kBlock + kRoom]) {}

    // Room for n more bytes at cursor() (n at most kRoom), writing out the block if need be.
    bool ensure(qsizetype n) { return m_used + n <= kBlock + kRoom || flush(); }
    char *cursor() { return m_data.get() + m_used; }
    void advance(char *to) { m_used = to - m_data.get(); }
    bool append(const char *p, qsizetype n)
    {
        while (n > 0) {
            if (m_used >= kBlock && !flush())
                return false;
            const qsizetype take = std::min(n, kBlock + kRoom - m_used);
            std::memcpy(m_data.get() + m_used, p, size_t(take));
            m_used += take;
            p += take;
            n -= take;
        }
        return true;
    }
    bool append(const QByteArray &b) { return append(b.constData(), b.size()); }
    // After each row: a full block is written, so kRoom bytes are free again.
    bool row() { return m_used < kBlock || flush(); }
    bool flush()
    {
        const bool ok = m_device->write(m_data.get(), m_used) == m_used;
        m_used = 0;
        return ok;
    }
    QString errorString() const { return m_device->errorString(); }

private:
    QIODevice *m_device;
    std::unique_ptr<char[]> m_data;
    qsizetype m_used = 0;
};

char *put(char *p, const char *s, size_t n)
{
    std::memcpy(p, s, n);
    return p + n;
}


// Room one number needs at most in writeNumber's own forms (the rest goes through QByteArray::number).
constexpr int kNumberRoom = 40;

// appendNumber(d) into p without allocating, for the values files hold in bulk: whole numbers within ±2^53 as
// integer digits, other numbers from 0.001 to 2^53 as the shortest round-trip digits in plain notation (Qt's
// 'g' shortest form never takes the exponent form there: at most two zeros follow the point). Returns nullptr
// for anything else (non-finite, tiny or huge values): the caller falls back to appendNumber.
char *writeNumber(char *p, double d)
{
    const double a = std::abs(d);
    if (!(a <= 9007199254740992.0))
        return nullptr;
    if (a == std::floor(a))
        return std::to_chars(p, p + kNumberRoom, static_cast<qint64>(d)).ptr;
    if (a < 0.001)
        return nullptr;
    const std::to_chars_result r = std::to_chars(p, p + kNumberRoom, d, std::chars_format::fixed);
    return r.ec == std::errc() ? r.ptr : nullptr;
}

// Stored text as appendString writes the QString a reader makes of it (QString::fromUtf8; "" for an empty
// cell): plain printable ASCII is copied as it is, anything else goes through appendString.
void appendStoredText(QByteArray &out, const char *p, int n)
{
    bool plain = true;
    for (int i = 0; i < n && plain; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
    }
    if (plain) {
        out.reserve(n + 2);
        out += '"';
        out.append(p, n);
        out += '"';
        return;
    }
    appendString(out, n > 0 ? QString::fromUtf8(p, n) : QStringLiteral(""));
}

// The values array of one bucket, as QJsonDocument would write valuesArray() of loadBucketValues() at this
// indent level (the level of the "values" key; -1 for compact output), read straight from the file: the
// statement of SnapshotFile::loadBucketValues and its cell rules (numbers by
// numericCell, timestamps by Timestamp::parseUtcMicros and its canonical-form rule, text as QString::fromUtf8
// or SqliteStatement::text) without building the bucket in memory, so memory stays at one output block
// whatever the bucket's size. False and *error on a read or write failure.
// The text around and between a row's cells at one indent level (of the "values" key; -1 for compact
// output), as QJsonDocument writes it.
struct RowFrame
{
    explicit RowFrame(int level) : level(level), indented(level >= 0)
    {
        const QByteArray rowIndent(indented ? 4 * (level + 1) : 0, ' '),
            keyIndent(indented ? 4 * (level + 2) : 0, ' ');
        sep = indented ? QByteArrayLiteral(",\n") : QByteArrayLiteral(",");
        rowOpen = rowIndent + (indented ? "{\n" : "{") + keyIndent +
                  (indented ? "\"category\": " : "\"category\":");
        beforeTimestamp = sep + keyIndent + (indented ? "\"timestamp\": " : "\"timestamp\":");
        beforeX = sep + keyIndent + (indented ? "\"x\": " : "\"x\":");
        beforeY = sep + keyIndent + (indented ? "\"y\": " : "\"y\":");
        rowClose = indented ? "\n" + rowIndent + "}" : QByteArrayLiteral("}");
    }
    bool open(BlockOut &out) const { return out.append(indented ? "[\n" : "[", indented ? 2 : 1); }
    // QJsonDocument writes an empty array as "[", a line break and the indent, "]" when indented.
    bool close(BlockOut &out, bool empty) const
    {
        if (indented &&
            !out.append((empty ? QByteArray() : QByteArrayLiteral("\n")) + QByteArray(4 * level, ' ')))
            return false;
        return out.append("]", 1);
    }
    // A number of a row as appendNumber writes it.
    static bool number(BlockOut &out, double d, QByteArray &text)
    {
        if (!out.ensure(kNumberRoom))
            return false;
        if (char *end = writeNumber(out.cursor(), d)) {
            out.advance(end);
            return true;
        }
        text.clear();
        appendNumber(text, d);
        return out.append(text);
    }
    // A canonical timestamp as appendString(Timestamp::formatDjango(micros)) writes it.
    static bool timestamp(BlockOut &out, qint64 micros, QByteArray &text)
    {
        if (!out.ensure(64))
            return false;
        char *c = out.cursor();
        *c = '"';
        if (char *end = Timestamp::writeText(c + 1, micros, ' ', false)) {
            *end++ = '"';
            out.advance(end);
            return true;
        }
        text.clear();
        appendString(text, Timestamp::formatDjango(micros));
        return out.append(text);
    }

    int level;
    bool indented;
    QByteArray sep, rowOpen, beforeTimestamp, beforeX, beforeY, rowClose;
};

// The values array of a bucket already loaded (loadBucketBatch), as streamValues writes it from the file:
// the same cells, since both follow loadBucketValues' cell rules (the stored timestamp text where it is not
// canonical, QString::fromUtf8 of a category).
bool writeLoadedValues(BlockOut &out, const BucketValues &values, int level)
{
    const RowFrame f(level);
    if (!f.open(out))
        return false;
    QVector<QByteArray> categories(values.categories.size()); // escaped once each
    QVector<bool> escaped(values.categories.size(), false);
    QByteArray text;
    for (int i = 0; i < values.size(); ++i) {
        if ((i > 0 && !out.append(f.sep)) || !out.append(f.rowOpen))
            return false;
        const qint32 c = values.categoryIndex.at(i);
        if (c < 0) {
            if (!out.append("null", 4))
                return false;
        } else {
            if (!escaped.at(c)) {
                appendString(categories[c], values.categories.at(c));
                escaped[c] = true;
            }
            if (!out.append(categories.at(c)))
                return false;
        }
        if (!out.append(f.beforeTimestamp))
            return false;
        const auto stored = values.timestampText.constFind(i);
        if (stored != values.timestampText.cend()) {
            text.clear();
            appendString(text, *stored);
            if (!out.append(text))
                return false;
        } else if (values.timestamps.at(i) == Timestamp::Invalid) {
            if (!out.append("null", 4))
                return false;
        } else if (!RowFrame::timestamp(out, values.timestamps.at(i), text)) {
            return false;
        }
        if (!out.append(f.beforeX) || !RowFrame::number(out, values.x.at(i), text) ||
            !out.append(f.beforeY) || !RowFrame::number(out, values.y.at(i), text) ||
            !out.append(f.rowClose) || !out.row())
            return false;
    }
    return f.close(out, values.isEmpty());
}

bool streamValues(BlockOut &out, const SnapshotFile &file, qint64 bucketId, int level, QString *error)
{
    const RowFrame f(level);
    auto writeFailed = [&] {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.path(), out.errorString());
        return false;
    };
    // A read failure is worded by loadBucketValues, which meets the same failure on the same statement.
    auto readFailed = [&] {
        QString reason;
        if (file.loadBucketValues(bucketId, &reason) || reason.isEmpty())
            reason =
                QStringLiteral("%1: %2").arg(file.path(), QString::fromUtf8(sqlite3_errmsg(file.handle())));
        if (error)
            *error = reason;
        return false;
    };
    auto closeArray = [&](bool empty) { return f.close(out, empty) || writeFailed(); };
    if (!f.open(out))
        return writeFailed();
    const QString t = QStringLiteral("insights_bucketvalue");
    if (!file.hasTable(t))
        return closeArray(true);
    const std::unique_ptr<SqliteStatement> statement = file.bucketValuesStatement(bucketId, nullptr, error);
    if (!statement)
        return false;
    SqliteStatement &st = *statement;

    QByteArray lastCategoryBytes, lastCategory; // the previous row's category, stored and escaped
    bool haveLastCategory = false;
    QByteArray text;
    bool first = true;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (!first && !out.append(f.sep))
            return writeFailed();
        first = false;
        if (!out.append(f.rowOpen))
            return writeFailed();

        if (st.isNull(4)) {
            if (!out.append("null", 4))
                return writeFailed();
        } else {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 4));
            const int n = sqlite3_column_bytes(st.get(), 4);
            if (!haveLastCategory || lastCategoryBytes.size() != n ||
                std::memcmp(lastCategoryBytes.constData(), p, size_t(n)) != 0) {
                // Both buffers keep their capacity: no allocation once they are long enough.
                lastCategoryBytes.resize(n);
                std::memcpy(lastCategoryBytes.data(), p, size_t(n));
                lastCategory.resize(0);
                appendStoredText(lastCategory, p, n);
                haveLastCategory = true;
            }
            if (!out.append(lastCategory))
                return writeFailed();
        }

        if (!out.append(f.beforeTimestamp))
            return writeFailed();
        switch (st.type(1)) {
        case SQLITE_NULL:
            if (!out.append("null", 4))
                return writeFailed();
            break;
        case SQLITE_TEXT: {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1));
            const int n = sqlite3_column_bytes(st.get(), 1);
            const qint64 micros = Timestamp::parseUtcMicros(p, n);
            const bool canonical = micros != Timestamp::Invalid && p[10] == ' ' &&
                                   (n == 19 || (n == 26 && micros % 1000000 != 0));
            if (canonical) {
                if (!RowFrame::timestamp(out, micros, text))
                    return writeFailed();
                break;
            }
            text.clear();
            if (n == 0) // whatever QString::fromUtf8 makes of an empty cell, as the reader keeps it
                appendString(text, QString::fromUtf8(p, n));
            else
                appendStoredText(text, p, n);
            if (!out.append(text))
                return writeFailed();
            break;
        }
        default:
            text.clear();
            appendString(text, st.text(1));
            if (!out.append(text))
                return writeFailed();
        }

        for (int col : {2, 3}) {
            bool ok = false;
            if (!out.append(col == 2 ? f.beforeX : f.beforeY) ||
                !RowFrame::number(out, numericCell(st, col, &ok), text))
                return writeFailed();
        }
        if (!out.append(f.rowClose) || !out.row())
            return writeFailed();
    }
    if (rc != SQLITE_DONE)
        return readFailed();
    return closeArray(first);
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
    QVector<qint64> buckets, counts;
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
                counts.append(q.pointCount);
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

    // Buckets whose rows lie spread among each other's are read together by passes over the table in storage
    // order, at most kBatchPoints points (~72 MB) in memory; the others are streamed row by row.
    constexpr qint64 kBatchPoints = 2'000'000;
    const QVector<SnapshotFile::BucketBatch> batches = file.bucketBatches(buckets, counts, kBatchPoints);
    QVector<int> batchOf(buckets.size(), -1);
    for (int b = 0; b < batches.size(); ++b)
        for (int i = batches.at(b).begin; i < batches.at(b).end; ++i)
            batchOf[i] = b;
    int loadedBatch = -1;
    QVector<BucketValues> loaded;

    BlockOut out(device);
    auto writeFailed = [&] {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.path(), device->errorString());
        return false;
    };
    const QByteArray key = indented ? QByteArrayLiteral("\"values\": ") : QByteArrayLiteral("\"values\":");
    qsizetype from = 0;
    for (qsizetype at = skeleton.indexOf(key + kPlaceholderJson); at >= 0;
         at = skeleton.indexOf(key + kPlaceholderJson, from)) {
        const qsizetype value = at + key.size();
        const qsizetype close = skeleton.indexOf('"', value + kPlaceholderJson.size());
        const int index =
            skeleton.mid(value + kPlaceholderJson.size(), close - value - kPlaceholderJson.size()).toInt();
        if (!out.append(skeleton.constData() + from, value - from))
            return writeFailed();
        from = close + 1;
        int level = -1;
        if (indented) {
            const qsizetype lineStart = skeleton.lastIndexOf('\n', at) + 1;
            level = int((at - lineStart) / 4);
        }
        const int b = batchOf.value(index, -1);
        if (b >= 0 && batches.at(b).together) {
            if (loadedBatch != b) {
                loaded.clear();
                std::optional<QVector<BucketValues>> values = file.loadBucketBatch(batches.at(b), error);
                if (!values)
                    return false;
                loaded = std::move(*values);
                loadedBatch = b;
            }
            if (!writeLoadedValues(out, loaded.at(index - batches.at(b).begin), level))
                return writeFailed();
        } else if (!streamValues(out, file, buckets.value(index, -1), level, error)) {
            return false;
        }
    }
    if (!out.append(skeleton.constData() + from, skeleton.size() - from) || !out.flush())
        return writeFailed();
    return true;
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
