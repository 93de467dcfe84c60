// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace iv {

class SnapshotFile;
struct BucketValues;
struct Catalogue;
struct Question;

// The --dump-json format, documented in docs/FORMATS.md. Other tools read it: field names are fixed.
//   {"file", "apps": [{"uuid", "module", "label", "name", "questions": [{"kind", "label", "question", "desc",
//     "created_at", "value" | "xlabel", "xformat", "ylabel", "yformat", "title",
//     "values": [{"timestamp", "x", "y", "category"}]}]}]}
namespace SnapshotJson {

QJsonObject questionObject(const Question &question);
// Writes one value object per row ({"timestamp","x","y","category"}); non-numeric cells become null.
QJsonArray valuesArray(const BucketValues &values);

// The whole snapshot, every bucket's values included, streamed to out: the same bytes as QJsonDocument would
// write for the whole object (the skeleton is written by QJsonDocument; values, one bucket at a time, in its
// exact notation), so memory stays at one bucket's values. False and *error on a read or write failure; what
// was written by then stays written.
bool write(const SnapshotFile &file, QIODevice *out, QString *error, bool indented = true);

// The same in memory (small files, tests). An empty array and *error on failure.
QByteArray dump(const SnapshotFile &file, QString *error, bool indented = true);

} // namespace SnapshotJson
} // namespace iv
