// SPDX-License-Identifier: MIT
// The django provider without configuration (`--collect PATH/manage.py -o OUT.db`): the settings module is
// the one manage.py names, the interpreter a venv/ or .venv/ beside manage.py before python3, and a missing
// Django, django-insights or settings module is one sentence naming what to install or set; the site's
// folder is never written. (django-insights itself is not installed here: the tests stop at its check.)
#include "collectcompare.h"
#include "djangoprovider.h"
#include "djangosite.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ivtest::copySite;
using ivtest::djangoPython;
using ivtest::listing;
using ivtest::writeFile;
using ivtest::writeSite;
using ivtest::writeVenv;

class TestCollectDjango : public QObject
{
    Q_OBJECT

private slots:
    void settingsModuleFromManage()
    {
        using iv::DjangoProvider;
        QCOMPARE(DjangoProvider::settingsModuleFromManage(QStringLiteral(
                     "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'helpdesk.settings.prod')")),
                 QStringLiteral("helpdesk.settings.prod"));
        QCOMPARE(DjangoProvider::settingsModuleFromManage(QStringLiteral(
                     "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\",\n    \"mysite.settings\")")),
                 QStringLiteral("mysite.settings"));
        QCOMPARE(DjangoProvider::settingsModuleFromManage(QStringLiteral("import sys\n")), QString());
    }

    void interpreterBesideManage()
    {
        QTemporaryDir dir;
        QCOMPARE(iv::DjangoProvider::interpreterFor(dir.path()), QStringLiteral("python3"));
        writeFile(dir.filePath(QStringLiteral(".venv/bin/python")), "#!/bin/sh\n", true);
        QCOMPARE(iv::DjangoProvider::interpreterFor(dir.path()),
                 dir.filePath(QStringLiteral(".venv/bin/python")));
        // venv/ comes first; a file that is not executable is not an interpreter.
        writeFile(dir.filePath(QStringLiteral("venv/bin/python3")), "#!/bin/sh\n", false);
        QCOMPARE(iv::DjangoProvider::interpreterFor(dir.path()),
                 dir.filePath(QStringLiteral(".venv/bin/python")));
        writeFile(dir.filePath(QStringLiteral("venv/bin/python3")), "#!/bin/sh\n", true);
        QCOMPARE(iv::DjangoProvider::interpreterFor(dir.path()),
                 dir.filePath(QStringLiteral("venv/bin/python3")));
    }

    void needsAnOutput()
    {
        QTemporaryDir dir;
        writeSite(dir.path());
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), dir.filePath(QStringLiteral("manage.py"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("a Django site is collected into the file -o OUT.db names"),
                 run.err.constData());
    }

    void djangoMissing()
    {
        // The site's venv interpreter is used (here one that sees no site-packages, so no Django).
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site"));
        writeSite(site);
        writeFile(QDir(site).filePath(QStringLiteral("venv/bin/python3")),
                  "#!/bin/sh\nexec python3 -S \"$@\"\n", true);
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("out.db"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), QDir(site).filePath(QStringLiteral("manage.py")),
                               QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("provider \"django\": Django is not installed for ") &&
                     run.err.contains(": install it in the site's venv/ (pip install django) or apt install "
                                      "python3-django."),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(listing(site), before);
    }

    void zeroConfigCollects()
    {
        // The whole way: the site's venv interpreter, its settings module from manage.py, a temporary insights
        // database with the tables created by the provider, the collect, the metrics in OUT.db; the site's
        // folder (its db.sqlite3 included) unchanged, no insights database or byte code left in it.
        const QString python = djangoPython();
        if (python.isEmpty())
            QFAIL("no python3 with Django here: apt install python3-django (packaging/install-deps.sh does)");
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, python, true);
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("out.db"));
        const auto run = ivtest::runViewer(
            {QStringLiteral("--collect"), QDir(site).filePath(QStringLiteral("manage.py")), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), out);
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT module, label FROM insights_app")),
                 QStringList{QStringLiteral("'tickets.insights'|'Tickets'")});
        QCOMPARE(
            ivtest::queryLines(out, QStringLiteral("SELECT label, value FROM insights_counter ORDER BY id")),
            (QStringList{QStringLiteral("'count_tickets'|'5'"), QStringLiteral("'count_open_tickets'|'3'"),
                         QStringLiteral("'count_long_tickets'|'2'"), QStringLiteral("'count_teams'|'2'")}));
        QCOMPARE(
            ivtest::queryLines(out, QStringLiteral("SELECT b.label, b.type, v.xvalue, v.category FROM "
                                                   "insights_bucketvalue v JOIN insights_bucket b ON "
                                                   "b.id = v.bucket_id WHERE b.label = 'tickets_per_status' "
                                                   "ORDER BY v.id")),
            (QStringList{QStringLiteral("'tickets_per_status'|'4'|2|'closed'"),
                         QStringLiteral("'tickets_per_status'|'4'|3|'open'")}));
        QVERIFY2(run.err.contains("django: tickets.insights.count_tickets"), run.err.constData());
        QCOMPARE(listing(site), before);
    }

    void djangoInsightsMissing()
    {
        const QString python = djangoPython();
        if (python.isEmpty())
            QFAIL("no python3 with Django here: apt install python3-django (packaging/install-deps.sh does)");
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site"));
        writeSite(site);
        writeVenv(site, python, false);
        const QStringList before = listing(site);
        const QString out = dir.filePath(QStringLiteral("out.db"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), QDir(site).filePath(QStringLiteral("manage.py")),
                               QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("provider \"django\": django-insights is not installed for ") &&
                     run.err.contains("pip install django-insights in the site's venv/."),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(listing(site), before); // no __pycache__ either: byte code goes to a private folder
    }

    void settingsMissing()
    {
        const QString python = djangoPython();
        if (python.isEmpty())
            QFAIL("no python3 with Django here: apt install python3-django (packaging/install-deps.sh does)");
        QTemporaryDir dir;
        writeSite(dir.path(), "nosuch.settings");
        writeVenv(dir.path(), python, false);
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), dir.filePath(QStringLiteral("manage.py")),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("out.db"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     "provider \"django\": the settings module nosuch.settings cannot be imported "
                     "(ModuleNotFoundError: No module named 'nosuch'): set \"settings\" to the site's "
                     "settings module."),
                 run.err.constData());
        // manage.py that names none.
        writeFile(dir.filePath(QStringLiteral("manage.py")), "import sys\n");
        const auto none =
            ivtest::runViewer({QStringLiteral("--collect"), dir.filePath(QStringLiteral("manage.py")),
                               QStringLiteral("-o"), dir.filePath(QStringLiteral("out.db"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(
                     "provider \"django\": manage.py does not name a settings module: set \"settings\" "
                     "in the project or DJANGO_SETTINGS_MODULE."),
                 none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCollectDjango)
#include "tst_collectdjango.moc"
