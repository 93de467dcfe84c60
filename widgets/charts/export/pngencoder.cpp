// SPDX-License-Identifier: MIT
#include "pngencoder.h"

#include "rowdeflate.h"

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace iv {

namespace {

// One stripe of rows, filtered and compressed as a raw deflate stream.
struct Stripe
{
    int first = 0;
    int end = 0;
    QByteArray deflated;
    uLong adler = 1;
    uLong length = 0; // filtered bytes
    bool ok = false;
};

// Adler-32 as zlib computes it, cheaper over zeros: a row of zeros is one multiplication, and zero words
// inside a row skip the per-byte sums (a zero byte leaves s1 as it is and adds s1 to s2).
struct Adler
{
    static constexpr uint32_t kBase = 65521;
    static constexpr size_t kMaxRun = 5552; // bytes summed before s2 could overflow 32 bits (zlib's NMAX)
    uint32_t s1 = 1, s2 = 0;

    void zeros(size_t n) { s2 = uint32_t((s2 + uint64_t(n % kBase) * s1) % kBase); }
    void bytes(const unsigned char *p, size_t n)
    {
        while (n > 0) {
            size_t k = std::min(n, kMaxRun);
            n -= k;
            for (; k >= 8; k -= 8, p += 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word == 0) {
                    s2 += 8 * s1;
                    continue;
                }
                for (int i = 0; i < 8; ++i) {
                    s1 += p[i];
                    s2 += s1;
                }
            }
            for (; k > 0; --k) {
                s1 += *p++;
                s2 += s1;
            }
            s1 %= kBase;
            s2 %= kBase;
        }
    }
    uLong value() const { return (uLong(s2) << 16) | s1; }
};

// True when rows a and b hold the same colours (alpha, which the PNG drops, ignored).
inline bool sameRow(const quint32 *a, const quint32 *b, int w, bool opaque)
{
    if (opaque)
        return std::memcmp(a, b, size_t(w) * 4) == 0;
    for (int x = 0; x < w; ++x)
        if ((a[x] ^ b[x]) & 0xffffffu)
            return false;
    return true;
}

void compressStripe(const QImage &image, int level, bool last, Stripe *s)
{
    const int w = image.width();
    const qsizetype rowBytes = qsizetype(w) * 3;
    const bool opaque = image.format() == QImage::Format_RGB32;
    // Reused by the thread's next stripe: fresh pages for every chart cost more than filling them.
    thread_local std::vector<unsigned char> filtered;
    filtered.resize(size_t(rowBytes + 1) * size_t(s->end - s->first));
    unsigned char *f = filtered.data();
    Adler adler;
    for (int y = s->first; y < s->end; ++y) {
        const auto *in = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        // Up where the row repeats the one above (all zeros: long runs), else Sub (flat colour: runs of zeros
        // along the row), straight from the 0xAARRGGBB pixels. Both cost one subtraction a byte, unlike
        // libpng's trial of all five filters.
        if (y > 0 && sameRow(in, reinterpret_cast<const quint32 *>(image.constScanLine(y - 1)), w, opaque)) {
            *f++ = 2;
            std::memset(f, 0, size_t(rowBytes));
            adler.bytes(f - 1, 1);
            adler.zeros(size_t(rowBytes));
        } else {
            f[0] = 1;
            quint32 before = 0;
            for (int x = 0; x < w; ++x) {
                const quint32 p = in[x];
                f[1 + 3 * x] = static_cast<unsigned char>((p >> 16) - (before >> 16));
                f[2 + 3 * x] = static_cast<unsigned char>((p >> 8) - (before >> 8));
                f[3 + 3 * x] = static_cast<unsigned char>(p - before);
                before = p;
            }
            adler.bytes(f, size_t(rowBytes + 1));
            ++f;
        }
        f += rowBytes;
    }
    s->length = uLong(filtered.size());
    s->adler = adler.value();

    if (level == PngEncoder::kRowDeflate) {
        s->deflated.reserve(qsizetype(filtered.size() / 8));
        RowDeflate::compress(filtered.data(), filtered.size(), size_t(rowBytes + 1), last, &s->deflated);
        s->ok = true;
        return;
    }
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    s->deflated.resize(qsizetype(deflateBound(&z, uLong(filtered.size())) + 16));
    z.next_in = filtered.data();
    z.avail_in = uInt(filtered.size());
    z.next_out = reinterpret_cast<Bytef *>(s->deflated.data());
    z.avail_out = uInt(s->deflated.size());
    // A stripe before the last ends on a byte boundary without the final-block bit, so the next one's
    // stream can follow it directly (pigz's way of compressing in parallel).
    const int rc = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    s->ok = last ? rc == Z_STREAM_END : (rc == Z_OK && z.avail_in == 0);
    s->deflated.resize(qsizetype(z.total_out));
    deflateEnd(&z);
}

void putU32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

void putChunk(QByteArray &out, const char type[4], const char *data, qsizetype n)
{
    putU32(out, quint32(n));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, n);
    putU32(out, quint32(crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(n + 4))));
}

} // namespace

QByteArray PngEncoder::encode(const QImage &source, int level, int stripes, bool parallel)
{
    if (source.isNull())
        return {};
    const QImage image = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    const int h = image.height();
    level = std::clamp(level, int(kRowDeflate), 9);
    stripes = std::clamp(stripes, 1, std::max(1, h));
    std::vector<Stripe> parts(static_cast<size_t>(stripes));
    for (int i = 0; i < stripes; ++i) {
        parts[size_t(i)].first = int(qint64(h) * i / stripes);
        parts[size_t(i)].end = int(qint64(h) * (i + 1) / stripes);
    }
    if (parallel && stripes > 1) {
        std::vector<QFuture<void>> running;
        for (int i = 1; i < stripes; ++i)
            running.push_back(QtConcurrent::run([&image, level, &parts, i, stripes] {
                compressStripe(image, level, i == stripes - 1, &parts[size_t(i)]);
            }));
        compressStripe(image, level, stripes == 1, &parts[0]);
        for (QFuture<void> &f : running)
            f.waitForFinished();
    } else {
        for (int i = 0; i < stripes; ++i)
            compressStripe(image, level, i == stripes - 1, &parts[size_t(i)]);
    }

    QByteArray out;
    qsizetype total = 0;
    for (const Stripe &s : parts) {
        if (!s.ok)
            return {};
        total += s.deflated.size();
    }
    out.reserve(total + 128 + total / (1 << 20) * 12);
    out.append("\x89PNG\r\n\x1a\n", 8);
    char ihdr[13];
    const quint32 w = quint32(image.width()), hh = quint32(h);
    const char header[13] = {char(w >> 24),
                             char(w >> 16),
                             char(w >> 8),
                             char(w),
                             char(hh >> 24),
                             char(hh >> 16),
                             char(hh >> 8),
                             char(hh),
                             8 /* bits */,
                             2 /* RGB */,
                             0,
                             0,
                             0};
    std::memcpy(ihdr, header, sizeof ihdr);
    putChunk(out, "IHDR", ihdr, sizeof ihdr);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        const quint32 x = quint32(image.dotsPerMeterX()), y = quint32(image.dotsPerMeterY());
        const char phys[9] = {char(x >> 24), char(x >> 16), char(x >> 8), char(x), char(y >> 24),
                              char(y >> 16), char(y >> 8),  char(y),      1 /* metre */};
        putChunk(out, "pHYs", phys, sizeof phys);
    }
    // The zlib stream: header (deflate, 32 KiB window; FLEVEL 0 "fastest"), the stripes, Adler-32 of all.
    QByteArray stream;
    stream.reserve(total + 6);
    stream.append("\x78\x01", 2);
    uLong adler = parts[0].adler;
    for (size_t i = 0; i < parts.size(); ++i) {
        stream.append(parts[i].deflated);
        if (i > 0)
            adler = adler32_combine(adler, parts[i].adler, z_off_t(parts[i].length));
    }
    putU32(stream, quint32(adler));
    constexpr qsizetype kIdat = 1 << 20;
    for (qsizetype at = 0; at < stream.size(); at += kIdat)
        putChunk(out, "IDAT", stream.constData() + at, std::min(kIdat, stream.size() - at));
    putChunk(out, "IEND", nullptr, 0);
    return out;
}

bool PngEncoder::writeFile(const QImage &image, const QString &path, int level, QString *error, int stripes,
                           bool parallel)
{
    const QByteArray png = encode(image, level, stripes, parallel);
    QSaveFile file(path);
    if (png.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("iv::PngEncoder", "cannot encode the image"));
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace iv
