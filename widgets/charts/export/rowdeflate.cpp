// SPDX-License-Identifier: MIT
#include "rowdeflate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <queue>
#include <vector>

namespace iv {

namespace {

constexpr int kLitLenSymbols = 286; // 0-255 literals, 256 end of block, 257-285 lengths
constexpr int kDistSymbols = 30;
constexpr int kMaxMatch = 258;
constexpr int kMinMatch = 3;
constexpr size_t kMaxDistance = 32768;
constexpr size_t kBlockSymbols = size_t(1) << 16;

constexpr std::array<uint16_t, 29> kLengthBase = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                  15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                  67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<uint16_t, 30> kDistBase = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<uint8_t, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which the code-length code's lengths are stored (RFC 1951, 3.2.7).
constexpr std::array<uint8_t, 19> kCodeLengthOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                      11, 4,  12, 3, 13, 2, 14, 1, 15};

// Length 3..258 → symbol index 0..28 (symbol 257 + index).
struct LengthTable
{
    std::array<uint8_t, kMaxMatch + 1> index{};
    constexpr LengthTable()
    {
        for (int code = 0; code < 29; ++code) {
            const int end = code == 28 ? kMaxMatch + 1 : kLengthBase[size_t(code + 1)];
            for (int len = kLengthBase[size_t(code)]; len < end && len <= kMaxMatch; ++len)
                index[size_t(len)] = uint8_t(code);
        }
        index[kMaxMatch] = 28; // 258 has its own code (227 + 31 extra would also reach it; the shorter wins)
    }
};
constexpr LengthTable kLengths;

int distanceCode(size_t distance)
{
    int code = 0;
    while (code + 1 < kDistSymbols && kDistBase[size_t(code + 1)] <= distance)
        ++code;
    return code;
}

class BitWriter
{
public:
    explicit BitWriter(QByteArray *out) : m_out(out) {}
    void put(uint32_t bits, int count)
    {
        m_bits |= uint64_t(bits) << m_count;
        m_count += count;
        if (m_count >= 32) {
            const char b[4] = {char(m_bits), char(m_bits >> 8), char(m_bits >> 16), char(m_bits >> 24)};
            m_out->append(b, 4);
            m_bits >>= 32;
            m_count -= 32;
        }
    }
    // Pads with zero bits to a byte boundary and writes out what is left.
    void align()
    {
        while (m_count > 0) {
            m_out->append(char(m_bits));
            m_bits >>= 8;
            m_count = std::max(0, m_count - 8);
        }
        m_bits = 0;
    }

private:
    QByteArray *m_out;
    uint64_t m_bits = 0;
    int m_count = 0;
};

// Huffman code lengths of at most maxBits for the symbols with a non-zero frequency (others get 0). A code
// with a single used symbol gets a second one, so that every code is complete.
void codeLengths(const uint32_t *freq, int n, int maxBits, uint8_t *lengths)
{
    std::fill(lengths, lengths + n, uint8_t(0));
    std::vector<int> used;
    for (int s = 0; s < n; ++s)
        if (freq[s] > 0)
            used.push_back(s);
    if (used.empty())
        return;
    if (used.size() == 1) {
        lengths[used[0]] = 1;
        lengths[used[0] == 0 ? 1 : 0] = 1;
        return;
    }
    // Tree depths by the usual merge of the two least frequent nodes.
    const int leaves = int(used.size());
    std::vector<int> parent(size_t(2 * leaves - 1), -1);
    using Node = std::pair<uint64_t, int>;
    std::priority_queue<Node, std::vector<Node>, std::greater<>> heap;
    for (int i = 0; i < leaves; ++i)
        heap.emplace(freq[used[size_t(i)]], i);
    int next = leaves;
    while (heap.size() > 1) {
        const Node a = heap.top();
        heap.pop();
        const Node b = heap.top();
        heap.pop();
        parent[size_t(a.second)] = next;
        parent[size_t(b.second)] = next;
        heap.emplace(a.first + b.first, next++);
    }
    std::vector<int> depth(size_t(next), 0);
    for (int node = next - 2; node >= 0; --node) // parents are numbered after their children
        depth[size_t(node)] = depth[size_t(parent[size_t(node)])] + 1;
    // Limit the depth (zlib/miniz's way): fold longer codes into maxBits, then lengthen codes until Kraft
    // holds.
    std::array<int, 64> count{};
    for (int i = 0; i < leaves; ++i)
        ++count[size_t(std::min(depth[size_t(i)], 63))];
    for (int bits = maxBits + 1; bits < 64; ++bits) {
        count[size_t(maxBits)] += count[size_t(bits)];
        count[size_t(bits)] = 0;
    }
    uint64_t kraft = 0;
    for (int bits = 1; bits <= maxBits; ++bits)
        kraft += uint64_t(count[size_t(bits)]) << (maxBits - bits);
    while (kraft > (uint64_t(1) << maxBits)) {
        --count[size_t(maxBits)];
        for (int bits = maxBits - 1; bits > 0; --bits)
            if (count[size_t(bits)] > 0) {
                --count[size_t(bits)];
                count[size_t(bits + 1)] += 2;
                break;
            }
        --kraft;
    }
    // The most frequent symbols get the shortest codes.
    std::vector<int> order(used);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return freq[a] > freq[b]; });
    size_t at = 0;
    for (int bits = 1; bits <= maxBits; ++bits)
        for (int k = 0; k < count[size_t(bits)]; ++k)
            lengths[order[at++]] = uint8_t(bits);
}

// Canonical codes for the lengths, bit-reversed as DEFLATE sends them (first bit first).
void canonicalCodes(const uint8_t *lengths, int n, uint16_t *codes)
{
    std::array<int, 16> count{};
    for (int s = 0; s < n; ++s)
        ++count[lengths[s]];
    count[0] = 0;
    std::array<int, 16> next{};
    int code = 0;
    for (int bits = 1; bits < 16; ++bits) {
        code = (code + count[size_t(bits - 1)]) << 1;
        next[size_t(bits)] = code;
    }
    for (int s = 0; s < n; ++s) {
        const int len = lengths[s];
        if (len == 0) {
            codes[s] = 0;
            continue;
        }
        int c = next[size_t(len)]++, reversed = 0;
        for (int b = 0; b < len; ++b, c >>= 1)
            reversed = (reversed << 1) | (c & 1);
        codes[s] = uint16_t(reversed);
    }
}

// A token: a literal byte (< 256), or a match (bit 31) with its length in bits 8-16 and distance kind in bit
// 0 (0: distance 1, 1: the stride).
constexpr uint32_t kMatch = 0x80000000u;

struct Block
{
    std::array<uint32_t, kLitLenSymbols> litFreq{};
    std::array<uint32_t, kDistSymbols> distFreq{};
};

void writeBlock(const std::vector<uint32_t> &tokens, const Block &freqs, int strideCode, size_t stride,
                bool last, BitWriter &bits)
{
    std::array<uint32_t, kLitLenSymbols> litFreq = freqs.litFreq;
    litFreq[256] = 1; // end of block
    std::array<uint8_t, kLitLenSymbols> litLen{};
    std::array<uint8_t, kDistSymbols> distLen{};
    codeLengths(litFreq.data(), kLitLenSymbols, 15, litLen.data());
    codeLengths(freqs.distFreq.data(), kDistSymbols, 15, distLen.data());
    if (std::all_of(distLen.cbegin(), distLen.cend(), [](uint8_t l) { return l == 0; }))
        distLen[0] = distLen[1] = 1; // no match in the block: a complete code all the same
    std::array<uint16_t, kLitLenSymbols> litCode{};
    std::array<uint16_t, kDistSymbols> distCode{};
    canonicalCodes(litLen.data(), kLitLenSymbols, litCode.data());
    canonicalCodes(distLen.data(), kDistSymbols, distCode.data());

    int hlit = kLitLenSymbols, hdist = kDistSymbols;
    while (hlit > 257 && litLen[size_t(hlit - 1)] == 0)
        --hlit;
    while (hdist > 1 && distLen[size_t(hdist - 1)] == 0)
        --hdist;
    // The code lengths of both codes in one sequence, zero runs as 17/18 and repeats as 16.
    std::vector<uint8_t> all(litLen.cbegin(), litLen.cbegin() + hlit);
    all.insert(all.end(), distLen.cbegin(), distLen.cbegin() + hdist);
    struct LengthSymbol
    {
        uint8_t symbol, extra;
    };
    std::vector<LengthSymbol> seq;
    std::array<uint32_t, 19> clFreq{};
    for (size_t i = 0; i < all.size();) {
        const uint8_t v = all[i];
        size_t run = 1;
        while (i + run < all.size() && all[i + run] == v)
            ++run;
        if (v == 0 && run >= 3) {
            run = std::min<size_t>(run, 138);
            seq.push_back(run >= 11 ? LengthSymbol{18, uint8_t(run - 11)}
                                    : LengthSymbol{17, uint8_t(run - 3)});
        } else if (v != 0 && run >= 4) {
            run = std::min<size_t>(run, 7);
            seq.push_back({v, 0});
            seq.push_back({16, uint8_t(run - 4)});
        } else {
            run = 1;
            seq.push_back({v, 0});
        }
        i += run;
    }
    for (const LengthSymbol &s : seq)
        ++clFreq[s.symbol];
    std::array<uint8_t, 19> clLen{};
    std::array<uint16_t, 19> clCode{};
    codeLengths(clFreq.data(), 19, 7, clLen.data());
    canonicalCodes(clLen.data(), 19, clCode.data());
    int hclen = 19;
    while (hclen > 4 && clLen[kCodeLengthOrder[size_t(hclen - 1)]] == 0)
        --hclen;

    bits.put(last ? 1 : 0, 1);
    bits.put(2, 2); // dynamic Huffman codes
    bits.put(uint32_t(hlit - 257), 5);
    bits.put(uint32_t(hdist - 1), 5);
    bits.put(uint32_t(hclen - 4), 4);
    for (int i = 0; i < hclen; ++i)
        bits.put(clLen[kCodeLengthOrder[size_t(i)]], 3);
    for (const LengthSymbol &s : seq) {
        bits.put(clCode[s.symbol], clLen[s.symbol]);
        if (s.symbol == 16)
            bits.put(s.extra, 2);
        else if (s.symbol == 17)
            bits.put(s.extra, 3);
        else if (s.symbol == 18)
            bits.put(s.extra, 7);
    }

    // The two distances' codes and extra bits, looked up once.
    const uint32_t strideExtra = uint32_t(stride - kDistBase[size_t(strideCode)]);
    for (const uint32_t t : tokens) {
        if (!(t & kMatch)) {
            bits.put(litCode[t], litLen[t]);
            continue;
        }
        const int len = int((t >> 8) & 0x1ff);
        const int li = kLengths.index[size_t(len)];
        bits.put(uint32_t(litCode[size_t(257 + li)]) |
                     (uint32_t(len - kLengthBase[size_t(li)]) << litLen[size_t(257 + li)]),
                 litLen[size_t(257 + li)] + kLengthExtra[size_t(li)]);
        if (t & 1)
            bits.put(uint32_t(distCode[size_t(strideCode)]) | (strideExtra << distLen[size_t(strideCode)]),
                     distLen[size_t(strideCode)] + kDistExtra[size_t(strideCode)]);
        else
            bits.put(distCode[0], distLen[0]);
    }
    bits.put(litCode[256], litLen[256]);
}

// How many bytes from a equal those from b, up to max (a > b: the overlap of a run is fine, as in inflating).
inline size_t matchLength(const unsigned char *a, const unsigned char *b, size_t max)
{
    size_t len = 0;
    while (len + 8 <= max) {
        uint64_t x, y;
        std::memcpy(&x, a + len, 8);
        std::memcpy(&y, b + len, 8);
        if (const uint64_t diff = x ^ y)
            return len + size_t(__builtin_ctzll(diff) >> 3);
        len += 8;
    }
    while (len < max && a[len] == b[len])
        ++len;
    return len;
}

} // namespace

void RowDeflate::compress(const unsigned char *data, size_t n, size_t stride, bool final, QByteArray *out)
{
    BitWriter bits(out);
    const bool rows = stride > 1 && stride <= kMaxDistance;
    const int strideCode = rows ? distanceCode(stride) : 0;
    std::vector<uint32_t> tokens;
    tokens.reserve(std::min(n, kBlockSymbols));
    size_t i = 0;
    do {
        tokens.clear();
        Block freqs;
        while (i < n && tokens.size() < kBlockSymbols) {
            const size_t max = std::min<size_t>(kMaxMatch, n - i);
            // A first byte that differs rules a match out (most literals): no 8-byte comparison then.
            const size_t run =
                i >= 1 && data[i] == data[i - 1] ? matchLength(data + i, data + i - 1, max) : 0;
            const size_t up = rows && i >= stride && data[i] == data[i - stride]
                                  ? matchLength(data + i, data + i - stride, max)
                                  : 0;
            if (run >= kMinMatch && run >= up) {
                tokens.push_back(kMatch | uint32_t(run << 8));
                ++freqs.litFreq[size_t(257 + kLengths.index[run])];
                ++freqs.distFreq[0];
                i += run;
            } else if (up >= kMinMatch) {
                tokens.push_back(kMatch | uint32_t(up << 8) | 1u);
                ++freqs.litFreq[size_t(257 + kLengths.index[up])];
                ++freqs.distFreq[size_t(strideCode)];
                i += up;
            } else {
                tokens.push_back(data[i]);
                ++freqs.litFreq[data[i]];
                ++i;
            }
        }
        writeBlock(tokens, freqs, strideCode, stride, final && i >= n, bits);
    } while (i < n);
    if (final) {
        bits.align();
        return;
    }
    bits.put(0,
             3); // an empty stored block: BFINAL 0, type 00, then LEN 0 and NLEN 0xffff from a byte boundary
    bits.align();
    out->append("\x00\x00\xff\xff", 4);
}

} // namespace iv
