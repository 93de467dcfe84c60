// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <cstddef>

namespace iv {

// A raw DEFLATE (RFC 1951) encoder for the filtered rows of a PNG, several times faster than zlib's fastest
// level on chart images. It looks for two kinds of match only, where a chart's rows repeat: a run of one byte
// (distance 1: the zeros of flat colour after the Sub filter) and the bytes one row back (distance `stride`:
// bars, grid lines and axes that continue from the row above). Greedy, the longer of the two, literals
// otherwise; each block of at most 64 Ki symbols gets its own Huffman codes. No hash table, no search: every
// position costs two 8-byte comparisons. Any valid inflater decodes the bytes exactly.
//
// Pure functions of their input: any thread.
class RowDeflate
{
public:
    RowDeflate() = delete;

    // Appends the deflate stream of data[0, n) to out. With final, the last block carries BFINAL and the
    // stream is padded to a byte; without, the stream ends with an empty stored block on a byte boundary (as
    // zlib's Z_SYNC_FLUSH does), so another stream can follow it directly. Matches never reach before data.
    static void compress(const unsigned char *data, size_t n, size_t stride, bool final, QByteArray *out);
};

} // namespace iv
