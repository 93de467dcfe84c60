// SPDX-License-Identifier: MIT
// The keyed hash under the integrity check's multiset sums and the review's memo of clean texts: SipHash-2-4
// as its authors specify it (their test vectors), and the fingerprint set: every string put in is found,
// others are not, it grows, and it starts over at its bound.
#include "keyedhash.h"

#include <QByteArray>
#include <QTest>

using namespace iv;

class TestKeyedHash : public QObject
{
    Q_OBJECT

private slots:
    void sipHashTestVectors()
    {
        // Key 00 01 … 0f, messages 00 01 … (n-1): the reference implementation's vectors 0, 8 and 15.
        const SipKey key{0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};
        unsigned char in[64];
        for (int i = 0; i < 64; ++i)
            in[i] = static_cast<unsigned char>(i);
        QCOMPARE(sipHash(key, in, 0), Q_UINT64_C(0x726fdb47dd0e0e31));
        QCOMPARE(sipHash(key, in, 8), Q_UINT64_C(0x93f5f5799a932462));
        QCOMPARE(sipHash(key, in, 15), Q_UINT64_C(0xa129ca6149be45e5));
        // Another key, another hash.
        QVERIFY(sipHash(SipKey{1, 2}, in, 15) != sipHash(key, in, 15));
    }

    void fingerprintSetFindsWhatWasPut()
    {
        FingerprintSet set;
        QVERIFY(!set.contains("2026-01-01 10:00:00", 19));
        for (int i = 0; i < 100000; ++i) {
            const QByteArray s = "2026-01-01 " + QByteArray::number(i);
            set.insert(s.constData(), size_t(s.size()));
        }
        QCOMPARE(set.size(), size_t(100000));
        set.insert("2026-01-01 7", 12); // already there
        QCOMPARE(set.size(), size_t(100000));
        for (int i = 0; i < 100000; ++i) {
            const QByteArray in = "2026-01-01 " + QByteArray::number(i);
            const QByteArray out = "2026-01-02 " + QByteArray::number(i);
            QVERIFY(set.contains(in.constData(), size_t(in.size())));
            QVERIFY(!set.contains(out.constData(), size_t(out.size())));
        }
        // Bytes, not C strings: a prefix or an embedded NUL is another string.
        set.insert("a\0b", 3);
        QVERIFY(set.contains("a\0b", 3));
        QVERIFY(!set.contains("a", 1));
        QVERIFY(!set.contains("", 0));
    }

    void fingerprintSetStartsOverAtItsBound()
    {
        FingerprintSet set;
        for (size_t i = 0; i < FingerprintSet::maxSize; ++i)
            set.insert(reinterpret_cast<const char *>(&i), sizeof i);
        QCOMPARE(set.size(), FingerprintSet::maxSize);
        const size_t first = 0;
        QVERIFY(set.contains(reinterpret_cast<const char *>(&first), sizeof first));
        const size_t next = FingerprintSet::maxSize;
        set.insert(reinterpret_cast<const char *>(&next), sizeof next);
        QCOMPARE(set.size(), size_t(1));
        QVERIFY(set.contains(reinterpret_cast<const char *>(&next), sizeof next));
        QVERIFY(!set.contains(reinterpret_cast<const char *>(&first), sizeof first));
    }
};

QTEST_GUILESS_MAIN(TestKeyedHash)
#include "tst_keyedhash.moc"
