// SPDX-License-Identifier: MIT
#include "fileopeneventfilter.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace iv;

class TestFileOpenEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void localPathIsEmittedAndConsumed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << QStringLiteral("/home/ann/insights.db");
        QTest::newRow("spaces and accents")
            << QStringLiteral("/tmp/my snapshots/r\u00e9sum\u00e9.insights.db");
    }

    void localPathIsEmittedAndConsumed()
    {
        QFETCH(QString, path);
        FileOpenEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &FileOpenEventFilter::fileOpenRequested);
        QFileOpenEvent event(path);
        QVERIFY(QCoreApplication::sendEvent(qApp, &event)); // consumed by the filter
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), path);
        qApp->removeEventFilter(&filter);
    }

    void fileUrlGivesLocalPath()
    {
        FileOpenEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &FileOpenEventFilter::fileOpenRequested);
        QFileOpenEvent event(QUrl(QStringLiteral("file:///srv/data/x%20y.insights.db")));
        QVERIFY(QCoreApplication::sendEvent(qApp, &event));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/srv/data/x y.insights.db"));
        qApp->removeEventFilter(&filter);
    }

    void postedEventArrivesThroughTheEventLoop()
    {
        FileOpenEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &FileOpenEventFilter::fileOpenRequested);
        QCoreApplication::postEvent(qApp, new QFileOpenEvent(QStringLiteral("/a/insights.db")));
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/a/insights.db"));
        qApp->removeEventFilter(&filter);
    }

    void remoteUrlAndOtherEventsPassThrough()
    {
        FileOpenEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy spy(&filter, &FileOpenEventFilter::fileOpenRequested);
        QFileOpenEvent remote(QUrl(QStringLiteral("https://example.org/insights.db")));
        QVERIFY(!filter.eventFilter(qApp, &remote));          // left to the application
        QVERIFY(!QCoreApplication::sendEvent(qApp, &remote)); // and nobody else consumes it
        QEvent other(QEvent::User);
        QVERIFY(!filter.eventFilter(qApp, &other));
        QCoreApplication::sendEvent(qApp, &other);
        QCOMPARE(spy.count(), 0);
        qApp->removeEventFilter(&filter);
    }

    void withoutFilterNothingConsumesTheEvent()
    {
        // Proves the consumed-by-filter checks above measure the filter, not the application.
        QFileOpenEvent event(QStringLiteral("/home/ann/insights.db"));
        QVERIFY(!QCoreApplication::sendEvent(qApp, &event));
    }
};

QTEST_MAIN(TestFileOpenEventFilter)
#include "tst_fileopeneventfilter.moc"
