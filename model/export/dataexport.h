// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QSet>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace iv {

class SnapshotFile;

// Raw values of a question as CSV or NDJSON, never display text (upstream's CSV scrapes its HTML table, so
// its "1.234" means 1234; ours does not).
//
// CSV: UTF-8 without BOM, RFC 4180 (CRLF line ends, fields with , " CR LF quoted, quotes doubled). A bucket
// gives one row per stored value: id,timestamp,<xvalue>,<yvalue>,category. The xvalue/yvalue headers are the
// axis titles those columns are drawn against as upstream draws them — xvalue is always the ylabel axis (the
// timeseries height, the scatter vertical, the bar length), yvalue the xlabel axis of a scatterplot — falling
// back to "x" and "y". Timestamps are ISO 8601 UTC (Timestamp::formatIso), the stored text when it does not
// parse, empty for NULL. Numbers are the shortest text that reads back to the same double (no locale, no
// grouping); NULL or non-numeric cells are empty. A counter or gauge is one row: id,created_at,label,value.
// NDJSON: one JSON object per line: {"bucket","id","timestamp","x","y","category"} (x/y raw xvalue/yvalue,
// null when NULL/non-numeric) or {"kind","id","created_at","label","value"} for a counter or gauge.
//
// Numbers outside 1e-5 <= |v| < 1e16 take the shorter of the plain and the exponent form ("1e+16",
// "9223372036854776000", "5e-324"; plain on a tie); inside, always plain digits ("0.00001").
//
// Writing streams in blocks of 1 MiB: a bucket is read row by row from the file's statement (write with a
// SnapshotFile) or taken from values already loaded (write with BucketValues, the window's path); both give
// the same bytes. Numbers and timestamps are formatted into the block without allocating. Any thread.
class DataExport
{
public:
    enum class Format { Csv, Ndjson };

    DataExport() = delete;

    static bool parseFormat(const QString &id, Format *format);
    static QString extension(Format format);

    // Header of a bucket's CSV.
    static QStringList bucketHeader(const Question &question);
    // A question's values (values may be nullptr for a counter or gauge). False with *error on a write
    // failure.
    static bool write(QIODevice *out, Format format, const Question &question, const BucketValues *values,
                      QString *error);
    // Same, to path (atomically: QSaveFile). *error "PATH: reason".
    static bool writeFile(const QString &path, Format format, const Question &question,
                          const BucketValues *values, QString *error);
    // A question's values read from snapshot as they are written (one row in memory at a time). The bytes
    // are those of write() with snapshot.loadBucketValues(); a read failure gives loadBucketValues' error.
    static bool write(QIODevice *out, Format format, const Question &question, const SnapshotFile &snapshot,
                      QString *error);
    static bool writeFile(const QString &path, Format format, const Question &question,
                          const SnapshotFile &snapshot, QString *error);

    // The shortest decimal text that reads back as d ("1234", "2.5", "1e+300"); empty for NaN.
    static QString number(double d);
    // The same text as number(d) written to out (room for kNumberChars bytes) without allocating; returns its
    // length.
    static constexpr int kNumberChars = 32;
    static int formatNumber(double d, char *out);
    // One CSV field, quoted when needed (RFC 4180).
    static QString csvField(const QString &text);

    // A file name for a label: '/', '\\', control characters and <>:"|?* become '_', no leading '.', or '-',
    // no trailing dot or space, Windows device names (CON, NUL, COM1 …) prefixed with '_', at most 120
    // characters and, with "-N" and ".ext", at most NAME_MAX (255) UTF-8 bytes (cut between code points),
    // never empty. With used: made unique (case-insensitively, "-2", "-3" …) among earlier names
    // and added to it. Returns the name with ".ext".
    static QString safeFileName(const QString &label, const QString &ext, QSet<QString> *used = nullptr);
};

} // namespace iv
