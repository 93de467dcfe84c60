// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

#include <cstring>
#include <vector>

namespace iv {

// SipHash-2-4 (Aumasson, Bernstein): a keyed pseudo-random function. With a fresh random key per use no one
// who writes a file can choose values whose hashes collide or cancel: the integrity check's multiset sums and
// the review's memo of texts found clean rest on that.
struct SipKey
{
    quint64 k0 = 0, k1 = 0;
    static SipKey random()
    {
        QRandomGenerator *g = QRandomGenerator::system();
        return {g->generate64(), g->generate64()};
    }
};

inline quint64 sipHash(const SipKey &key, const unsigned char *in, size_t len)
{
    const auto rotl = [](quint64 x, int b) { return (x << b) | (x >> (64 - b)); };
    quint64 v0 = 0x736f6d6570736575ULL ^ key.k0, v1 = 0x646f72616e646f6dULL ^ key.k1,
            v2 = 0x6c7967656e657261ULL ^ key.k0, v3 = 0x7465646279746573ULL ^ key.k1;
    auto round = [&] {
        v0 += v1, v1 = rotl(v1, 13), v1 ^= v0, v0 = rotl(v0, 32);
        v2 += v3, v3 = rotl(v3, 16), v3 ^= v2;
        v0 += v3, v3 = rotl(v3, 21), v3 ^= v0;
        v2 += v1, v1 = rotl(v1, 17), v1 ^= v2, v2 = rotl(v2, 32);
    };
    const size_t whole = len - len % 8;
    for (size_t i = 0; i < whole; i += 8) {
        quint64 m;
        std::memcpy(&m, in + i, 8); // little-endian machines only (x86-64, arm64): the key is private anyway
        v3 ^= m;
        round(), round();
        v0 ^= m;
    }
    quint64 b = quint64(len) << 56;
    for (size_t i = whole; i < len; ++i)
        b |= quint64(in[i]) << (8 * (i - whole));
    v3 ^= b;
    round(), round();
    v0 ^= b;
    v2 ^= 0xff;
    round(), round(), round(), round();
    return v0 ^ v1 ^ v2 ^ v3;
}

// A set of byte strings kept as 128-bit keyed fingerprints (two SipHash-2-4 values under independent random
// keys): 16 bytes a string whatever its length, no allocation per string. Two different strings share a
// fingerprint with a chance of about n² / 2^129 for n strings (n = 10^7: below 10^-24), and without the keys
// a file cannot be made to aim at one. Bounded: it starts over when it holds maxSize strings. Not
// thread-safe.
class FingerprintSet
{
public:
    static constexpr size_t maxSize = size_t(1) << 21; // 2 Mi strings, 64 MiB of slots at most

    bool contains(const char *p, size_t n) const
    {
        if (m_size == 0)
            return false;
        const Print f = print(p, n);
        for (size_t i = f.a & m_mask;; i = (i + 1) & m_mask) {
            const Print &s = m_slots[i];
            if (s.a == 0 && s.b == 0)
                return false;
            if (s.a == f.a && s.b == f.b)
                return true;
        }
    }
    void insert(const char *p, size_t n)
    {
        if (m_size >= maxSize)
            clear();
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        const Print f = print(p, n);
        for (size_t i = f.a & m_mask;; i = (i + 1) & m_mask) {
            Print &s = m_slots[i];
            if (s.a == f.a && s.b == f.b)
                return;
            if (s.a == 0 && s.b == 0) {
                s = f;
                ++m_size;
                return;
            }
        }
    }
    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_mask = 0;
        m_size = 0;
    }
    size_t size() const { return m_size; }

private:
    struct Print
    {
        quint64 a = 0, b = 0;
    };
    Print print(const char *p, size_t n) const
    {
        const auto *u = reinterpret_cast<const unsigned char *>(p);
        Print f{sipHash(m_keyA, u, n), sipHash(m_keyB, u, n)};
        if (f.a == 0 && f.b == 0)
            f.b = 1; // (0, 0) marks an empty slot
        return f;
    }
    void grow()
    {
        std::vector<Print> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Print());
        m_mask = m_slots.size() - 1;
        for (const Print &f : old) {
            if (f.a == 0 && f.b == 0)
                continue;
            size_t i = f.a & m_mask;
            while (m_slots[i].a != 0 || m_slots[i].b != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = f;
        }
    }

    SipKey m_keyA = SipKey::random(), m_keyB = SipKey::random();
    std::vector<Print> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace iv
