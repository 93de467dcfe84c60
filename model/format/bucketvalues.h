// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace iv {

// The values of one bucket, stored column-wise and compactly (about 28 bytes a point): row ids, xvalue,
// yvalue, the timestamp as UTC microseconds, and the category as an index into a small string table. Rows are in
// row-id order, exactly as stored; nothing is dropped here. Readers decide what to skip (a timeseries skips
// points whose timestamp is NULL or malformed).
//
// A plain value type, safe to move between threads.
struct BucketValues
{
    qint64 bucketId = 0;
    QVector<qint64> ids;
    QVector<double> x;            // xvalue; NaN when the stored cell is NULL or text that is not a number
    QVector<double> y;            // yvalue; NaN likewise
    QVector<qint64> timestamps;   // Timestamp::Invalid when NULL or malformed
    QVector<qint32> categoryIndex; // -1 when NULL
    QStringList categories;        // distinct categories in order of first appearance

    // Stored timestamp text that is not exactly Django's canonical form of the parsed value (malformed text,
    // an ISO 'T', a zone suffix), keyed by row index, so exports and --dump-json reproduce the stored text.
    QHash<int, QString> timestampText;

    int invalidTimestampCount = 0;  // non-NULL but unparseable timestamps
    int invalidNumberCount = 0;     // x or y cells that were NULL or non-numeric text
    int nonFiniteCount = 0;         // x or y cells that are numbers but not finite (inf, -inf, nan)

    int size() const { return static_cast<int>(ids.size()); }
    bool isEmpty() const { return ids.isEmpty(); }
    void reserve(int n);

    // The stored timestamp text of row i, or a null QString for SQL NULL.
    QString timestampAt(int i) const;
    // The stored category of row i, or a null QString for SQL NULL.
    QString categoryAt(int i) const
    {
        const qint32 c = categoryIndex.at(i);
        return c < 0 ? QString() : categories.at(c);
    }
    // Adds a category (if new) and returns its index; a null string maps to -1.
    qint32 internCategory(const QString &category);

private:
    QHash<QString, qint32> m_categoryLookup;
};

// The numeric-text rule, the same for every numeric cell stored as TEXT (bucket values, gauges, counters,
// bucket types). Like upstream's Python float(): surrounding blanks are ignored; a decimal integer that fits
// 64 bits is an integer (*isInteger, *intValue); a decimal or exponent literal is a real; "inf", "infinity"
// and "nan" in any letter case with an optional sign are the non-finite reals. Anything else, and a literal
// beyond a double's range, is not a number (ok false, NaN). Readers warn for every non-finite value, however
// it was stored (text or a REAL infinity).
double parseNumericText(QByteArrayView text, bool *ok, bool *isInteger = nullptr, qint64 *intValue = nullptr);

// Checked double to integer conversion: true with *out set when d is finite, integral and inside
// [-2^63, 2^63); false otherwise (a cast would be undefined behaviour for values outside that range).
bool exactInt64(double d, qint64 *out);

} // namespace iv
