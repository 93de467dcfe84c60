// SPDX-License-Identifier: MIT
// Text contrast in both themes: every visible label of the Review, Compare and History pages, the Collect
// dialog and the main window's own pages (status bar, dashboard, app and question pages), filled with real
// content, is 4.5:1 or more on what lies under it.
#include "apptheme.h"
#include "chartstyle.h"
#include "collectdialog.h"
#include "diffpage.h"
#include "historypage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "reviewpage.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

// The colour under widget: the nearest widget up the chain that paints its background, else the window's.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    return QApplication::palette().color(QPalette::Window);
}

QStringList lowContrast(const QWidget *root, int *checked)
{
    QStringList problems;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
        const QColor text = label->palette().color(group, label->foregroundRole());
        const QColor under = backgroundOf(label);
        const double ratio = ChartStyle::contrast(text, under);
        ++*checked;
        if (ratio < ChartStyle::kTextContrast)
            problems << QStringLiteral("%1 \"%2\": %3 on %4 is %5:1")
                            .arg(QString::fromLatin1(root->metaObject()->className()), label->text().left(50),
                                 text.name(), under.name())
                            .arg(ratio, 0, 'f', 2);
    }
    return problems;
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void newerPages_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void newerPages()
    {
        QFETCH(bool, dark);
        AppTheme::apply(dark ? Preferences::Theme::Dark : Preferences::Theme::Light, QColor(), QColor());
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString b =
            ivtest::buildDatabase(dir, QStringLiteral("b.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("hostile_labels.sql")});
        QStringList problems;
        int checked = 0;
        {
            ReviewPage page;
            page.resize(1200, 800);
            page.show();
            page.reviewFile(a);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
            problems += lowContrast(&page, &checked);
        }
        {
            DiffPage page;
            page.resize(1200, 800);
            page.show();
            page.compareFiles(a, b);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
            problems += lowContrast(&page, &checked);
        }
        {
            HistoryPage page;
            page.resize(1200, 800);
            page.show();
            page.open({a, b});
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
            problems += lowContrast(&page, &checked);
        }
        {
            CollectDialog dialog(dir.filePath(QStringLiteral("missing-project.json")));
            dialog.show();
            QCoreApplication::processEvents();
            problems += lowContrast(&dialog, &checked);
        }
        AppTheme::apply(Preferences::Theme::System, QColor(), QColor());
        qInfo("%d labels checked", checked);
        QVERIFY(checked >= 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The window itself: the status bar (path, read-only, collection date), the dashboard's and app page's
    // cards, the question page's heading and meta line (was #BEBEBE on #EFEFEF) and its gauge card, on the
    // hostile snapshot in both themes.
    void windowPages_data() { newerPages_data(); }
    void windowPages()
    {
        QFETCH(bool, dark);
        QTemporaryDir dir;
        const QString b =
            ivtest::buildDatabase(dir, QStringLiteral("b.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("hostile_labels.sql")});
        Preferences().setTheme(dark ? Preferences::Theme::Dark : Preferences::Theme::Light);
        QStringList problems;
        int checked = 0;
        {
            MainWindow w;
            w.resize(1200, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(b));
            QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 128, dark);
            for (const QString &target :
                 {QString(), QStringLiteral("Finance"), QStringLiteral("balance_by_currency"),
                  QStringLiteral("revenue_change")}) {
                if (!target.isEmpty())
                    QVERIFY(w.select(target));
                QTest::qWait(200);
                problems += lowContrast(&w, &checked);
            }
        }
        Preferences().setTheme(Preferences::Theme::System);
        AppTheme::apply(Preferences::Theme::System, QColor(), QColor());
        qInfo("%d labels checked", checked);
        QVERIFY(checked >= 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
