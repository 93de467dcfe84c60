// SPDX-License-Identifier: MIT
// The main window on the project's own SQL datasets: title, status bar, tree, pages, filter, errors, sample.
#include "apppage.h"
#include "bucketloader.h"
#include "bucketvaluestablemodel.h"
#include "chartthumbnail.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "questionfilterproxy.h"
#include "questionpage.h"
#include "questiontreemodel.h"
#include "questiontreeview.h"
#include "testsupport.h"
#include "translations.h"
#include "valuecard.h"
#include "welcomepage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace iv;

namespace {
QStringList childrenText(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out << model->index(r, 0, parent).data().toString();
    return out;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basic, m_markup;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_markup = ivtest::buildDatabase(m_dir, QStringLiteral("markup.db"),
                                         {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
    }

    // The status bar's date follows the UI language: month names of de and nl, also after a switch.
    void statusDateInTheUiLanguage()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        Translations::instance()->apply(QStringLiteral("de"));
        QCoreApplication::processEvents();
        const QString de = w.statusText();
        Translations::instance()->apply(QStringLiteral("nl"));
        QCoreApplication::processEvents();
        const QString nl = w.statusText();
        Translations::instance()->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(de.endsWith(QStringLiteral("2. Januar 2026, 09:30 UTC")), qPrintable(de));
        QVERIFY2(nl.endsWith(QStringLiteral("2 januari 2026, 09:30 UTC")), qPrintable(nl));
        QVERIFY2(w.statusText().endsWith(QStringLiteral("January 2, 2026, 9:30 AM UTC")), qPrintable(w.statusText()));
    }

    void welcomeWithoutFile()
    {
        MainWindow w;
        QCOMPARE(w.windowTitle(), QStringLiteral("Insights Viewer"));
        QCOMPARE(w.pages()->currentWidget(), w.welcomePage());
        QCOMPARE(w.welcomePage()->openButton()->text(), QStringLiteral("Open…"));
        QCOMPARE(w.welcomePage()->sampleButton()->text(), QStringLiteral("Open sample"));
        QVERIFY(!w.welcomePage()->sampleButton()->accessibleName().isEmpty());
    }

    void openShowsTitleStatusTreeAndDashboard()
    {
        const ivtest::FileState before = ivtest::fileState(m_basic);
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        QCOMPARE(w.windowTitle(), QStringLiteral("basic.db — Insights Viewer"));
        // When it was collected, in the UI language's words (the stored text is the tooltip).
        QCOMPARE(w.statusText(), m_basic + QStringLiteral(" · read-only · collected January 2, 2026, 9:30 AM UTC"));
        const QAbstractItemModel *tree = w.sidebar()->treeView()->model();
        QCOMPARE(childrenText(tree, QModelIndex()), QStringList{QStringLiteral("basic.db")});
        const QModelIndex root = tree->index(0, 0);
        QCOMPARE(childrenText(tree, root),
                 (QStringList{QStringLiteral("Shop"), QStringLiteral("blog.insights")}));
        QCOMPARE(childrenText(tree, tree->index(0, 0, root)),
                 (QStringList{QStringLiteral("How many orders?"), QStringLiteral("Average basket?"),
                              QStringLiteral("Orders per day?"), QStringLiteral("Price vs size?"),
                              QStringLiteral("Top products?")}));
        QVERIFY(w.sidebar()->treeView()->isExpanded(tree->index(0, 0, root)));
        QCOMPARE(w.sidebar()->treeView()->currentIndex(), root);
        QCOMPARE(w.pages()->currentWidget(), w.dashboardPage());

        const QList<ValueCard *> cards = w.dashboardPage()->cards();
        QCOMPARE(cards.size(), 3);
        QStringList values;
        for (ValueCard *c : cards)
            values << c->question().label + QLatin1Char('=') + c->valueText();
        values.sort();
        QCOMPARE(values, (QStringList{QStringLiteral("basket=12.25"), QStringLiteral("orders=1,234,567"),
                                      QStringLiteral("posts=42")}));
        for (ValueCard *c : cards)
            if (c->question().label == QLatin1String("orders"))
                QCOMPARE(c->toolTip(), plainToolTip(QStringLiteral("All orders")));
        w.closeFile();
        QCOMPARE(w.pages()->currentWidget(), w.welcomePage());
        QCOMPARE(w.windowTitle(), QStringLiteral("Insights Viewer"));
        QVERIFY(w.statusText().isEmpty());
        QVERIFY(ivtest::fileState(m_basic) == before);
    }

    void questionPageShowsChartAndTable()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
        QVERIFY(w.select(QStringLiteral("daily")));
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        QVERIFY(ready.wait(10000));
        QChart *chart = w.questionPage()->chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(chart->series().first())->count(), 4);
        QCOMPARE(chart->title(), QStringLiteral("Daily orders"));
        QCOMPARE(w.questionPage()->tableView()->model()->rowCount(), 4);
        QCOMPARE(w.questionPage()->tableView()->model()->index(1, 2).data().toString(),
                 QStringLiteral("7.5"));
        const QList<QLabel *> labels = w.questionPage()->findChildren<QLabel *>();
        bool headingFound = false;
        for (QLabel *l : labels) {
            headingFound = headingFound || l->text() == QLatin1String("Orders per day?");
            QCOMPARE(l->textFormat(), Qt::PlainText);
        }
        QVERIFY(headingFound);

        // A counter shows its card, no table.
        QVERIFY(w.select(QStringLiteral("orders")));
        auto *card = qobject_cast<ValueCard *>(w.questionPage()->card());
        QVERIFY(card);
        QCOMPARE(card->valueText(), QStringLiteral("1,234,567"));
        QVERIFY(w.questionPage()->tableView()->isHidden());
    }

    void appPageCardsAndThumbnails()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        QVERIFY(w.select(QStringLiteral("Shop")));
        QCOMPARE(w.pages()->currentWidget(), w.appPage());
        QCOMPARE(w.appPage()->cards().size(), 2);
        QCOMPARE(w.appPage()->thumbnails().size(), 3);
        QSignalSpy finished(w.appPage()->loader(), &BucketLoader::finished);
        QVERIFY(finished.wait(10000));
        for (ChartThumbnail *t : w.appPage()->thumbnails()) {
            QVERIFY2(t->chartView(), qPrintable(t->question().label));
            QCOMPARE(t->chartView()->chart()->series().size(),
                     t->question().label == QLatin1String("scatter") ? 2 : 1);
        }
        // Clicking a thumbnail opens its question.
        ChartThumbnail *daily = nullptr;
        for (ChartThumbnail *t : w.appPage()->thumbnails())
            if (t->question().label == QLatin1String("daily"))
                daily = t;
        QVERIFY(daily);
        QTest::mouseClick(daily, Qt::LeftButton);
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        QCOMPARE(w.questionPage()->question().label, QStringLiteral("daily"));
    }

    void filterAndShortcut()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.sidebar()->treeView()->setFocus();
        QTest::keySequence(&w, QKeySequence::Find);
        QVERIFY(w.sidebar()->filterEdit()->hasFocus());
        QTest::keyClicks(w.sidebar()->filterEdit(), QStringLiteral("basket"));
        const QAbstractItemModel *tree = w.sidebar()->treeView()->model();
        const QModelIndex root = tree->index(0, 0);
        QCOMPARE(childrenText(tree, root), QStringList{QStringLiteral("Shop")});
        QCOMPARE(childrenText(tree, tree->index(0, 0, root)), QStringList{QStringLiteral("Average basket?")});
        // The app name matches too.
        w.sidebar()->setFilterText(QStringLiteral("blog"));
        QCOMPARE(childrenText(tree, root), QStringList{QStringLiteral("blog.insights")});
        QCOMPARE(tree->rowCount(tree->index(0, 0, root)), 3); // posts, bars, histo
        w.sidebar()->setFilterText(QString());
        QCOMPARE(tree->rowCount(root), 2);
    }

    void openErrorsAreShownAndKeepTheFile()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is <b>not</b> a database\n");
        }
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        QVERIFY(!w.openFile(text));
        QVERIFY2(w.lastError().contains(text), qPrintable(w.lastError()));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("openError"));
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), w.lastError());
        box->close();
        QCOMPARE(w.windowTitle(), QStringLiteral("basic.db — Insights Viewer")); // the open file stays
        QVERIFY(!w.openFile(m_dir.filePath(QStringLiteral("missing.db"))));
        QVERIFY(w.lastError().contains(QStringLiteral("missing.db")));
    }

    void markupIsPlainText()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_markup));
        const QList<ValueCard *> cards = w.dashboardPage()->cards();
        QCOMPARE(cards.size(), 2);
        for (QLabel *l : w.dashboardPage()->findChildren<QLabel *>())
            QCOMPARE(l->textFormat(), Qt::PlainText);
        bool found = false;
        for (QLabel *l : w.dashboardPage()->findChildren<QLabel *>())
            found = found || l->text() == QLatin1String("<b>Bold</b> & <i>co</i>");
        QVERIFY(found);
        QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
        QVERIFY(w.select(QStringLiteral("evil_bars")));
        QVERIFY(ready.wait(10000));
        QCOMPARE(w.questionPage()->chartView()->chart()->title(), QStringLiteral("&lt;b&gt;title&lt;/b&gt;"));
        for (QLabel *l : w.questionPage()->findChildren<QLabel *>())
            QCOMPARE(l->textFormat(), Qt::PlainText);
    }

    void sample()
    {
        MainWindow w;
        QVERIFY2(w.openSample(), qPrintable(w.lastError()));
        QVERIFY(w.windowTitle().endsWith(QStringLiteral(" — Insights Viewer")));
        QVERIFY(w.catalogue().apps.size() >= 1);
        QVERIFY(!w.dashboardPage()->cards().isEmpty());
        // Opening it again reuses the same file.
        const QString path = w.filePath();
        QVERIFY(w.openSample());
        QCOMPARE(w.filePath(), path);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
