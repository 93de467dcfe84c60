// SPDX-License-Identifier: MIT
// The django provider without configuration (`--collect PATH/manage.py -o OUT.db`): the settings module is
// the one manage.py names, the interpreter a venv/ or .venv/ beside manage.py before python3, and a missing
// Django, django-insights or settings module is one sentence naming what to install or set; the site's
// folder is never written. (django-insights itself is not installed here: the tests stop at its check.)
#include "collectcompare.h"
#include "djangoprovider.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

// A minimal Django site: manage.py naming settings, a settings module with the given INSTALLED_APPS.
void writeSite(const QString &dir, const QByteArray &settingsModule = "site_config.settings")
{
    writeFile(QDir(dir).filePath(QStringLiteral("manage.py")),
              "#!/usr/bin/env python3\nimport os, sys\n\ndef main():\n    "
              "os.environ.setdefault('DJANGO_SETTINGS_MODULE', '" +
                  settingsModule +
                  "')\n    from django.core.management import execute_from_command_line\n"
                  "    execute_from_command_line(sys.argv)\n\nif __name__ == '__main__':\n    main()\n");
    writeFile(QDir(dir).filePath(QStringLiteral("site_config/__init__.py")), "");
    writeFile(QDir(dir).filePath(QStringLiteral("site_config/settings.py")),
              "SECRET_KEY = 'test'\nINSTALLED_APPS = ['django.contrib.contenttypes']\n"
              "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'site.sqlite3'}}\n"
              "USE_TZ = True\n");
}

QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << QStringLiteral("%1 %2 %3")
                   .arg(QDir(dir).relativeFilePath(it.filePath()))
                   .arg(it.fileInfo().size())
                   .arg(it.fileInfo().lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

// An interpreter that has Django (Debian's python3-django is for /usr/bin/python3, which may not be the first
// python3 on PATH), or empty.
QString djangoPython()
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import django")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

// The site's venv/bin/python3: python, with the test double of django-insights on its path when fake.
void writeVenv(const QString &site, const QString &python, bool fake)
{
    QByteArray script = "#!/bin/sh\n";
    if (fake)
        script += "PYTHONPATH='" IV_TEST_DATA_DIR "/django/fake' ";
    script += "exec '" + python.toUtf8() + "' \"$@\"\n";
    writeFile(QDir(site).filePath(QStringLiteral("venv/bin/python3")), script, true);
}

// tests/data/django/site copied to dir/site with its db.sqlite3 built from site.sql; returns the site folder.
QString copySite(const QTemporaryDir &dir)
{
    const QString from = QStringLiteral(IV_TEST_DATA_DIR "/django/site");
    const QString site = dir.filePath(QStringLiteral("site"));
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(site).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::copy(file, to);
    }
    QTemporaryDir build;
    const QString db = ivtest::buildDatabaseFromSql(build, QStringLiteral("db.sqlite3"),
                                                    ivtest::readText(QDir(from).filePath(QStringLiteral("site.sql"))));
    QFile::copy(db, QDir(site).filePath(QStringLiteral("db.sqlite3")));
    return site;
}

} // namespace

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
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT label, value FROM insights_counter")),
                 QStringList{QStringLiteral("'count_tickets'|'5'")});
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT b.label, b.type, v.xvalue, v.category FROM "
                                                        "insights_bucketvalue v JOIN insights_bucket b ON "
                                                        "b.id = v.bucket_id ORDER BY v.id")),
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
