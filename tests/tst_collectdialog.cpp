// SPDX-License-Identifier: MIT
// placeholder, replaced below
#include <QTest>
class TestCollectDialog : public QObject { Q_OBJECT private slots: void none() {} };
QTEST_MAIN(TestCollectDialog)
#include "tst_collectdialog.moc"
