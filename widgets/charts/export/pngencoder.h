// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QImage;
QT_END_NAMESPACE

namespace iv {

// PNG for chart images, several times faster than QImageWriter's (libpng tries all five row filters on every
// row and Qt converts the image row by row first): 8-bit RGB like Qt writes an opaque image, one cheap filter
// per row (Sub, or Up where that is all zeros — long runs), RowDeflate or zlib at the given level, and the
// rows cut into stripes that compress independently (one per core, as pigz does: each stripe a raw deflate
// stream ending on a byte boundary, one zlib stream with the combined Adler-32). Chunks: IHDR, pHYs (the
// image's dots per metre, as Qt writes it), IDAT, IEND. The decoded pixels are the image's exactly.
//
// Pure functions of their input: any thread, no Qt GUI objects.
class PngEncoder
{
public:
    PngEncoder() = delete;

    // Not a zlib level: RowDeflate, runs and the row above only (about half the CPU of zlib's level 1 on
    // charts, filtering included; files 3–15 % larger).
    static constexpr int kRowDeflate = -1;

    // The PNG bytes of an opaque image (alpha is dropped), zlib level 0-9 or kRowDeflate, compressed as
    // `stripes` parts (rows are split evenly; 1 = a single stream). Stripes compress in parallel when
    // parallel is true.
    static QByteArray encode(const QImage &image, int level, int stripes = 1, bool parallel = false);
    // encode() to path atomically (QSaveFile). False with *error "PATH: reason".
    static bool writeFile(const QImage &image, const QString &path, int level, QString *error,
                          int stripes = 1, bool parallel = false);
};

} // namespace iv
