// SPDX-License-Identifier: MIT
// TextBudget: eliding to a number of characters without splitting surrogate pairs, and cutting UTF-8 bytes
// between code points; DataExport::safeFileName within NAME_MAX.
#include "dataexport.h"
#include "textbudget.h"

#include <QTest>

using namespace iv;

class TestTextBudget : public QObject
{
    Q_OBJECT

private slots:
    void shortTextIsUnchanged()
    {
        QCOMPARE(TextBudget::elide(QStringLiteral("a\nb"), 10), QStringLiteral("a\nb"));
        QVERIFY(!TextBudget::isElided(QStringLiteral("abc"), 3));
        QVERIFY(TextBudget::isElided(QStringLiteral("abcd"), 3));
    }

    void elideModes()
    {
        const QString text = QStringLiteral("/api/endpoint/0123456789/009");
        QCOMPARE(TextBudget::elide(text, 10), QStringLiteral("/api/endp…"));
        QCOMPARE(TextBudget::elide(text, 10, Qt::ElideMiddle), QStringLiteral("/api/…/009"));
        QCOMPARE(TextBudget::elide(text, 10, Qt::ElideLeft), QStringLiteral("…56789/009"));
        // A cut text is one line.
        QCOMPARE(TextBudget::elide(QStringLiteral("ab\ncd\tef"), 6), QStringLiteral("ab cd…"));
    }

    void elideIsBoundedForHugeText()
    {
        const QString huge(1 << 20, QLatin1Char('C')); // 1 MB
        const QString cut = TextBudget::elide(huge, TextBudget::kCategoryChars, Qt::ElideMiddle);
        QCOMPARE(cut.size(), TextBudget::kCategoryChars);
        QCOMPARE(cut.count(QChar(0x2026)), 1);
    }

    void neverSplitsSurrogatePairs()
    {
        QString emoji;
        for (int i = 0; i < 10; ++i)
            emoji += QString::fromUcs4(U"\U0001F600");
        for (int max = 2; max < 20; ++max) {
            for (auto mode : {Qt::ElideRight, Qt::ElideLeft, Qt::ElideMiddle}) {
                const QString cut = TextBudget::elide(emoji, max, mode);
                QVERIFY(cut.size() <= max);
                QVERIFY2(cut.toUcs4().count(0xFFFD) == 0 && !cut.isEmpty(), qPrintable(cut));
                for (int i = 0; i < cut.size(); ++i)
                    if (cut.at(i).isHighSurrogate())
                        QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
                    else if (cut.at(i).isLowSurrogate())
                        QVERIFY(i > 0 && cut.at(i - 1).isHighSurrogate());
            }
        }
    }

    void fitUtf8CutsBetweenCodePoints()
    {
        const QString cjk(200, QChar(0x6F22)); // 漢: 3 bytes each
        QCOMPARE(TextBudget::fitUtf8(cjk, 255).size(), 85);
        QCOMPARE(TextBudget::fitUtf8(cjk, 254).size(), 84);
        QCOMPARE(TextBudget::fitUtf8(QStringLiteral("aé") + QString::fromUcs4(U"\U0001F600"), 6),
                 QStringLiteral("aé"));
        QCOMPARE(TextBudget::fitUtf8(QStringLiteral("aé") + QString::fromUcs4(U"\U0001F600"), 7).size(), 4);
    }

    // A 200-character CJK label is 600 bytes: its file name (and the names made unique from it) fit NAME_MAX.
    void fileNamesFitNameMax()
    {
        const QString cjk(200, QChar(0x6F22));
        QSet<QString> used;
        QStringList names;
        for (const QString &label : {cjk + QLatin1Char('a'), cjk + QLatin1Char('b'), cjk})
            names << DataExport::safeFileName(label, QStringLiteral("ndjson"), &used);
        for (const QString &name : std::as_const(names)) {
            QVERIFY2(name.toUtf8().size() <= 255, qPrintable(QString::number(name.toUtf8().size())));
            QVERIFY(name.endsWith(QLatin1String(".ndjson")));
            QVERIFY(name.startsWith(QString(40, QChar(0x6F22))));
        }
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3); // still unique
        QVERIFY(names.at(1).endsWith(QLatin1String("-2.ndjson")));
        // Plain short names are unchanged.
        QCOMPARE(DataExport::safeFileName(QStringLiteral("daily"), QStringLiteral("csv")),
                 QStringLiteral("daily.csv"));
    }
};

QTEST_GUILESS_MAIN(TestTextBudget)
#include "tst_textbudget.moc"
