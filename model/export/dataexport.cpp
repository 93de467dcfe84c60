// SPDX-License-Identifier: MIT
#include "dataexport.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"
#include "textbudget.h"
#include "timestamp.h"

#include <QDir>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>

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

// Output in blocks of 1 MiB: fixed-size fields are formatted straight into the block (room() bytes are always
// free after a flush check), text of any length goes through append().
class BlockWriter
{
public:
    static constexpr qsizetype kBlock = 1024 * 1024;
    static constexpr qsizetype kRoom = 512; // more than one row's fixed-size fields

    explicit BlockWriter(QIODevice *out) : m_out(out), m_data(new char[kBlock + kRoom]) {}

    // Where the next fixed-size field goes; at least kRoom bytes are free until the next append() or row().
    char *pos() { return m_data.get() + m_used; }
    void advance(char *end) { m_used = end - m_data.get(); }
    void put(char c) { m_data[m_used++] = c; }
    template <qsizetype N> void put(const char (&literal)[N])
    {
        std::memcpy(m_data.get() + m_used, literal, N - 1);
        m_used += N - 1;
    }

    // Any amount of text (a category, a label, unparsed stored text).
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
        return m_used < kBlock || flush();
    }
    bool append(const QByteArray &bytes) { return append(bytes.constData(), bytes.size()); }

    // After each row: writes the block once it is full, so kRoom bytes are free again.
    bool row() { return m_used < kBlock || flush(); }
    bool finish() { return m_used == 0 || flush(); }
    QString errorString() const { return m_error; }

private:
    bool flush()
    {
        if (m_out->write(m_data.get(), m_used) != m_used) {
            m_error = m_out->errorString();
            return false;
        }
        m_used = 0;
        return true;
    }

    QIODevice *m_out;
    std::unique_ptr<char[]> m_data;
    qsizetype m_used = 0;
    QString m_error;
};

char *writeInt(char *p, qint64 v)
{
    return std::to_chars(p, p + 24, v).ptr;
}

// One row's cells as the bucket's reader gives them; the row writers below turn them into CSV or NDJSON.
// Text that needs encoding (categories, stored timestamp text) arrives already encoded for the format.
struct RowCells
{
    qint64 id = 0;
    qint64 micros = Timestamp::Invalid;         // a parsed timestamp, or Invalid with timestampField set
    const QByteArray *timestampField = nullptr; // the encoded stored text (or "" / "null" for NULL)
    double x = 0;
    double y = 0;
    const QByteArray *categoryField = nullptr; // encoded, never null
};

// Encodings of text cells, the same as the QString path always produced: csvField(text).toUtf8() for CSV,
// jsonString(text) for NDJSON (a null QString: empty in CSV, null in JSON).
QByteArray encodeText(DataExport::Format format, const QString &text)
{
    return format == DataExport::Format::Csv ? DataExport::csvField(text).toUtf8() : jsonString(text);
}

class RowWriter
{
public:
    RowWriter(QIODevice *out, DataExport::Format format, const Question &q) : m_writer(out), m_format(format)
    {
        if (format == DataExport::Format::Ndjson)
            m_bucketPrefix = "{\"bucket\":" + jsonString(q.label) + ",\"id\":";
    }

    bool header(const Question &q)
    {
        if (m_format != DataExport::Format::Csv)
            return true;
        QStringList header = DataExport::bucketHeader(q);
        for (QString &h : header)
            h = DataExport::csvField(h);
        return m_writer.append(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }

    bool write(const RowCells &r)
    {
        const bool csv = m_format == DataExport::Format::Csv;
        if (!csv && !m_writer.append(m_bucketPrefix))
            return false;
        char *p = writeInt(m_writer.pos(), r.id);
        m_writer.advance(p);
        if (csv)
            m_writer.put(',');
        else
            m_writer.put(",\"timestamp\":");
        if (r.micros != Timestamp::Invalid) {
            if (!csv)
                m_writer.put('"');
            char *end = Timestamp::writeText(m_writer.pos(), r.micros, 'T', true);
            if (end) {
                m_writer.advance(end);
            } else {
                const QByteArray iso = Timestamp::formatIso(r.micros).toLatin1();
                if (!m_writer.append(iso))
                    return false;
            }
            if (!csv)
                m_writer.put('"');
        } else if (!m_writer.append(*r.timestampField)) {
            return false;
        }
        if (csv) {
            m_writer.put(',');
            m_writer.advance(m_writer.pos() + DataExport::formatNumber(r.x, m_writer.pos()));
            m_writer.put(',');
            m_writer.advance(m_writer.pos() + DataExport::formatNumber(r.y, m_writer.pos()));
            m_writer.put(',');
        } else {
            m_writer.put(",\"x\":");
            jsonNumberCell(r.x);
            m_writer.put(",\"y\":");
            jsonNumberCell(r.y);
            m_writer.put(",\"category\":");
        }
        if (!m_writer.append(*r.categoryField))
            return false;
        if (csv)
            m_writer.put("\r\n");
        else
            m_writer.put("}\n");
        return m_writer.row();
    }

    bool finish() { return m_writer.finish(); }
    QString errorString() const { return m_writer.errorString(); }

private:
    void jsonNumberCell(double d)
    {
        if (std::isfinite(d))
            m_writer.advance(m_writer.pos() + DataExport::formatNumber(d, m_writer.pos()));
        else
            m_writer.put("null");
    }

    BlockWriter m_writer;
    DataExport::Format m_format;
    QByteArray m_bucketPrefix;
};

bool writeBucket(QIODevice *out, DataExport::Format format, const Question &q, const BucketValues &v,
                 QString *error)
{
    RowWriter writer(out, format, q);
    if (!writer.header(q)) {
        *error = writer.errorString();
        return false;
    }
    // Each distinct category is encoded once.
    QVector<QByteArray> categories;
    categories.reserve(v.categories.size());
    for (const QString &c : v.categories)
        categories.append(encodeText(format, c));
    const QByteArray nullText = encodeText(format, QString());
    QByteArray timestampField;
    RowCells r;
    for (int i = 0; i < v.size(); ++i) {
        r.id = v.ids.at(i);
        r.micros = v.timestamps.at(i);
        if (r.micros == Timestamp::Invalid) {
            // Stored text that does not parse, or NULL.
            timestampField = encodeText(format, v.timestampAt(i));
            r.timestampField = &timestampField;
        }
        r.x = v.x.at(i);
        r.y = v.y.at(i);
        const qint32 c = v.categoryIndex.at(i);
        r.categoryField = c < 0 ? &nullText : &categories.at(c);
        if (!writer.write(r)) {
            *error = writer.errorString();
            return false;
        }
    }
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

// The bucket straight from the file: the statement and the cell rules of SnapshotFile::loadBucketValues
// (its own statement, numbers by numericCell, timestamps by Timestamp::parseUtcMicros, text as
// QString::fromUtf8 or SqliteStatement::text), without building the columns in memory. Returns 1 on success,
// 0 on a write error (*error set), -1 on a read error (the caller asks loadBucketValues for its message).
int streamBucket(QIODevice *out, DataExport::Format format, const Question &q, const SnapshotFile &snapshot,
                 QString *error)
{
    const QString t = QStringLiteral("insights_bucketvalue");
    RowWriter writer(out, format, q);
    if (!writer.header(q)) {
        *error = writer.errorString();
        return 0;
    }
    auto done = [&] {
        if (writer.finish())
            return 1;
        *error = writer.errorString();
        return 0;
    };
    if (!snapshot.hasTable(t))
        return done();
    auto readError = [&] {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(snapshot.path()),
                                              QString::fromUtf8(sqlite3_errmsg(snapshot.handle())));
        return -1;
    };
    const std::unique_ptr<SqliteStatement> statement = snapshot.bucketValuesStatement(q.id, nullptr, error);
    if (!statement)
        return -1;
    SqliteStatement &st = *statement;

    const QByteArray nullText = encodeText(format, QString());
    const QByteArray emptyText = encodeText(format, QStringLiteral(""));
    // Encoded categories by their stored bytes (a bucket has few distinct ones; a hostile one may have many,
    // so the cache stops growing at kMaxCached and the rest are encoded row by row).
    constexpr qsizetype kMaxCached = 4096;
    QHash<QByteArray, QByteArray> categories;
    QByteArray lastCategoryBytes;
    const QByteArray *lastCategory = nullptr;
    QByteArray categoryField;
    QByteArray timestampField;
    RowCells r;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        r.id = st.int64(0);
        r.micros = Timestamp::Invalid;
        switch (st.type(1)) {
        case SQLITE_NULL:
            r.timestampField = &nullText;
            break;
        case SQLITE_TEXT: {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1));
            const int n = sqlite3_column_bytes(st.get(), 1);
            r.micros = Timestamp::parseUtcMicros(p, n);
            if (r.micros == Timestamp::Invalid) {
                timestampField = encodeText(format, QString::fromUtf8(p, n));
                r.timestampField = &timestampField;
            }
            break;
        }
        default:
            timestampField = encodeText(format, st.text(1));
            r.timestampField = &timestampField;
        }
        bool ok = false;
        r.x = numericCell(st, 2, &ok);
        r.y = numericCell(st, 3, &ok);
        if (st.isNull(4)) {
            r.categoryField = &nullText;
        } else {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 4));
            const int n = sqlite3_column_bytes(st.get(), 4);
            if (n == 0) {
                r.categoryField = &emptyText;
            } else if (lastCategory && lastCategoryBytes.size() == n &&
                       std::memcmp(lastCategoryBytes.constData(), p, size_t(n)) == 0) {
                r.categoryField = lastCategory;
            } else {
                const QByteArray key = QByteArray::fromRawData(p, n);
                auto it = categories.constFind(key);
                if (it == categories.cend() && categories.size() < kMaxCached)
                    it = categories.insert(QByteArray(p, n), encodeText(format, QString::fromUtf8(p, n)));
                if (it != categories.cend()) {
                    lastCategoryBytes = it.key();
                    lastCategory = &it.value();
                    r.categoryField = lastCategory;
                } else {
                    categoryField = encodeText(format, QString::fromUtf8(p, n));
                    r.categoryField = &categoryField;
                }
            }
        }
        if (!writer.write(r)) {
            *error = writer.errorString();
            return 0;
        }
    }
    if (rc != SQLITE_DONE)
        return readError();
    return done();
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

// streamBucket for a bucket, writeValue otherwise. 1 written, 0 a write error (*error: the device's reason),
// -1 a read error (*error: "FILE: reason" as loadBucketValues words it).
int writeStreamed(QIODevice *out, DataExport::Format format, const Question &question,
                  const SnapshotFile &snapshot, QString *error)
{
    if (!question.isBucket())
        return writeValue(out, format, question, error) ? 1 : 0;
    const int streamed = streamBucket(out, format, question, snapshot, error);
    if (streamed >= 0)
        return streamed;
    const QString detail = *error;
    // The loader words a read failure for the user (corrupt, truncated, too large …); if it reads the bucket
    // after all, SQLite's own message stands.
    if (!snapshot.loadBucketValues(question.id, error))
        return -1;
    *error = detail;
    return -1;
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

bool DataExport::write(QIODevice *out, Format format, const Question &question, const SnapshotFile &snapshot,
                       QString *error)
{
    return writeStreamed(out, format, question, snapshot, error) == 1;
}

bool DataExport::writeFile(const QString &path, Format format, const Question &question,
                           const SnapshotFile &snapshot, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString reason;
    const int written = writeStreamed(&file, format, question, snapshot, &reason);
    if (written == 1 && file.commit())
        return true;
    file.cancelWriting();
    // A read error names the snapshot already; a write error names the file written.
    *error = written < 0 ? reason
                         : QStringLiteral("%1: %2").arg(path, reason.isEmpty() ? file.errorString() : reason);
    return false;
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
    // Plain digits in the everyday range, the shorter form outside it; both are the shortest round-trip
    // digits.
    if (a >= 1e-5 && a < 1e16)
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

int DataExport::formatNumber(double d, char *out)
{
    if (std::isnan(d))
        return 0;
    if (std::isinf(d)) {
        std::memcpy(out, d > 0 ? "inf" : "-inf", d > 0 ? 3 : 4);
        return d > 0 ? 3 : 4;
    }
    if (d == 0) {
        if (std::signbit(d)) {
            std::memcpy(out, "-0", 2);
            return 2;
        }
        out[0] = '0';
        return 1;
    }
    // The shortest round-trip digits, as "d.ddde+XX" (the exponent form, at least two exponent digits).
    char sci[kNumberChars];
    const int length = int(std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific).ptr - sci);
    char digits[20];
    int count = 0;
    int i = sci[0] == '-' ? 1 : 0;
    for (; i < length && sci[i] != 'e'; ++i) {
        if (sci[i] != '.')
            digits[count++] = sci[i];
    }
    int exponent = 0;
    std::from_chars(sci + i + (sci[i + 1] == '+' ? 2 : 1), sci + length, exponent);
    const int point = exponent + 1; // digits before the decimal point
    const double a = std::fabs(d);
    // number(): plain digits in the everyday range (Qt's 'f'); outside it Qt's 'g', which takes the plain
    // form when it is not longer than the exponent form ("d.ddd" + "e+XX": count + 1 + 4 characters, count +
    // 4 for a single digit). Below 1e-5 the exponent form is always shorter.
    const bool plain = (a >= 1e-5 && a < 1e16) || (point > 0 && point <= count + (count > 1 ? 5 : 4));
    if (!plain) {
        std::memcpy(out, sci, size_t(length));
        return length;
    }
    char *p = out;
    if (d < 0)
        *p++ = '-';
    if (point <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int z = 0; z < -point; ++z)
            *p++ = '0';
        std::memcpy(p, digits, size_t(count));
        p += count;
    } else if (point >= count) {
        std::memcpy(p, digits, size_t(count));
        p += count;
        for (int z = count; z < point; ++z)
            *p++ = '0';
    } else {
        std::memcpy(p, digits, size_t(point));
        p += point;
        *p++ = '.';
        std::memcpy(p, digits + point, size_t(count - point));
        p += count - point;
    }
    return int(p - out);
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
