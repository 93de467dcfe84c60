// SPDX-License-Identifier: MIT
// Phone numbers: the scanner's own patterns against libphonenumber's PhoneNumberMatcher (leniency VALID) on
// the labelled set (tests/data/review-labelled/phones.tsv) and on the texts of the upstream fixtures. Built
// only where libphonenumber is installed; its figures are in docs/REVIEW.md. The scanner keeps the better
// one.
#include "personaldatascanner.h"
#include "testsupport.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <string>
#include <vector>

using namespace iv;
using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Labelled
{
    bool phone;
    QString text;
};

QVector<Labelled> labelled()
{
    QVector<Labelled> set;
    QFile f(ivtest::dataPath(QStringLiteral("review-labelled/phones.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return set;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        set.append({line.left(tab) == QLatin1String("phone"), line.mid(tab + 1)});
    }
    return set;
}

bool handWritten(const QString &text)
{
    for (const auto &m : PersonalDataScanner::scan(text))
        if (m.kind == PersonalDataScanner::Kind::Phone)
            return true;
    return false;
}

// libphonenumber: international numbers ("ZZ"), plus national ones of the given regions.
bool libphonenumber(const QString &text, const std::vector<std::string> &regions)
{
    const std::string utf8 = text.toStdString();
    for (const std::string &region : regions) {
        PhoneNumberMatcher matcher(*PhoneNumberUtil::GetInstance(), utf8, region, PhoneNumberMatcher::VALID,
                                   100);
        if (matcher.HasNext())
            return true;
    }
    return false;
}

struct Score
{
    int tp = 0, fp = 0, fn = 0;
    QStringList wrong;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
};

template <typename F> Score score(const QVector<Labelled> &set, F found)
{
    Score s;
    for (const Labelled &l : set) {
        const bool f = found(l.text);
        if (f && l.phone)
            ++s.tp;
        else if (f)
            ++s.fp, s.wrong << QStringLiteral("+") + l.text;
        else if (l.phone)
            ++s.fn, s.wrong << QStringLiteral("-") + l.text;
    }
    return s;
}

void report(const char *name, const Score &s)
{
    qInfo("%s: precision %.1f %% recall %.1f %% (tp %d fp %d fn %d); wrong: %s", name, s.precision() * 100,
          s.recall() * 100, s.tp, s.fp, s.fn, qPrintable(s.wrong.join(QStringLiteral(" | "))));
}

} // namespace

class TestPhoneCompare : public QObject
{
    Q_OBJECT

private slots:
    void labelledSet()
    {
        const QVector<Labelled> set = labelled();
        QVERIFY(set.size() >= 100);
        const Score hand = score(set, handWritten);
        const Score intl = score(set, [](const QString &t) { return libphonenumber(t, {"ZZ"}); });
        const Score regional = score(set, [](const QString &t) {
            return libphonenumber(t, {"ZZ", "DE", "NL", "GB", "FR", "US"});
        });
        report("hand-written patterns", hand);
        report("libphonenumber VALID, ZZ", intl);
        report("libphonenumber VALID, ZZ+DE+NL+GB+FR+US", regional);
        // The scanner keeps its own patterns: the precision they must keep.
        QVERIFY2(hand.precision() >= 0.95, qPrintable(QString::number(hand.precision())));
        QVERIFY2(hand.recall() >= 0.75, qPrintable(QString::number(hand.recall())));
    }

#if IV_HAVE_FIXTURES // compiled (and registered as test functions) only with the fixtures
    // Upstream's files hold no phone number: neither way may report one.
    void upstreamTexts()
    {
        const QString dir = ivtest::fixturePath(QStringLiteral("bookstore"));
        QVERIFY2(QFile::exists(dir + QStringLiteral("/insights.db")), qPrintable(dir));
        int cells = 0, hand = 0, lib = 0;
        for (const char *file : {"insights.db", "insights-all-kinds.db", "testapp.db"}) {
            const QString connection = QString::fromLatin1(file);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(dir + QLatin1Char('/') + QString::fromLatin1(file));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                QVERIFY(db.open());
                for (const QString &table : db.tables()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                    while (q.next())
                        for (int c = 0; c < q.record().count(); ++c) {
                            if (q.value(c).typeId() != QMetaType::QString)
                                continue;
                            const QString text = q.value(c).toString();
                            ++cells;
                            hand += handWritten(text) ? 1 : 0;
                            lib += libphonenumber(text, {"ZZ", "DE", "NL", "GB", "FR", "US"}) ? 1 : 0;
                        }
                }
            }
            QSqlDatabase::removeDatabase(connection);
        }
        qInfo("upstream texts: %d cells, hand-written %d phone matches, libphonenumber %d", cells, hand, lib);
        QCOMPARE(hand, 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestPhoneCompare)
#include "tst_phonecompare.moc"
