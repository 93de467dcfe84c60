// SPDX-License-Identifier: MIT
// The review page as the officer sees it at 800x500, light and dark (the app's own themes, AppTheme): every
// visible text label reads against what is behind it (contrast at least 4.5:1, WCAG AA) and shows its whole
// text (no label cut off: a wrapping label is as tall as its text needs, a single-line one as wide). With
// IV_SCREENSHOT_DIR set, the page is saved there as review-800x500-light.png / -dark.png to look at.
#include "apptheme.h"
#include "findingsview.h"
#include "reviewpage.h"
#include "testsupport.h"
#include "verdictbanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace iv;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The colour behind w: the nearest widget up the tree that fills its background.
QColor backgroundOf(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p->autoFillBackground() || p->isWindow())
            return p->palette().color(p->backgroundRole());
    return w->palette().color(QPalette::Window);
}

} // namespace

class TestReviewPageLook : public QObject
{
    Q_OBJECT

private slots:
    void readableAt800x500_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<QString>("sql");
        QTest::newRow("light-findings") << int(Preferences::Theme::Light) << QStringLiteral("review_desk.sql");
        QTest::newRow("dark-findings") << int(Preferences::Theme::Dark) << QStringLiteral("review_desk.sql");
        QTest::newRow("light-clean") << int(Preferences::Theme::Light) << QStringLiteral("review_tocheck.sql");
        QTest::newRow("dark-clean") << int(Preferences::Theme::Dark) << QStringLiteral("review_tocheck.sql");
    }
    void readableAt800x500()
    {
        QFETCH(int, theme);
        QFETCH(QString, sql);
        AppTheme::apply(Preferences::Theme(theme), QColor(0x1f, 0x6f, 0xb5), QColor(0x8a, 0xb4, 0xf8));
        QTemporaryDir dir;
        QStringList files = {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")};
        if (sql == QLatin1String("review_desk.sql"))
            files << QStringLiteral("review_personal.sql");
        files << sql;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("look.db"), files);
        ReviewPage page;
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        page.findingsView()->setGrouping(true);
        QTest::qWait(50);
        QCoreApplication::processEvents();

        QStringList problems;
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&page) || label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            const QColor fg = label->palette().color(label->foregroundRole());
            const QColor bg = backgroundOf(label);
            const double ratio = contrast(fg, bg);
            if (ratio < 4.5 && label->isEnabled())
                problems << QStringLiteral("contrast %1 of '%2'").arg(ratio, 0, 'f', 2).arg(label->text().left(40));
            if (label->wordWrap() && label->hasHeightForWidth()) {
                if (label->height() + 1 < label->heightForWidth(label->width()))
                    problems << QStringLiteral("cut off (height %1 < %2): '%3'")
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->text().left(40));
            } else if (label->width() + 1 < label->sizeHint().width() &&
                       !(label->sizePolicy().horizontalPolicy() & QSizePolicy::ShrinkFlag &&
                         label->minimumSizeHint().width() <= label->width())) {
                problems << QStringLiteral("cut off (width %1 < %2): '%3'")
                                .arg(label->width())
                                .arg(label->sizeHint().width())
                                .arg(label->text().left(40));
            }
        }
        const QString out = qEnvironmentVariable("IV_SCREENSHOT_DIR");
        if (!out.isEmpty())
            page.grab().save(QDir(out).filePath(QStringLiteral("review-800x500-%1.png").arg(QLatin1String(QTest::currentDataTag()))));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The banner in particular: dark text on its light tint in both themes.
        VerdictBanner *banner = page.banner();
        QVERIFY(contrast(banner->palette().color(QPalette::WindowText), banner->palette().color(QPalette::Window)) >=
                4.5);
    }
};

QTEST_MAIN(TestReviewPageLook)
#include "tst_reviewpagelook.moc"
