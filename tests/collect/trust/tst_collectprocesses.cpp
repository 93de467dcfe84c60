// SPDX-License-Identifier: MIT
// Provider processes and files: a project file must be regular, a cell too long is refused at write,
// provider processes die with the viewer (kill -9) or with a cancel (their whole process group), and the
// temporary output of a killed run is removed by the next run while a live run's is left alone.
#include "collecttrust.h"

using namespace ivtest::trust;

class TestCollectProcesses : public CollectTrustTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUpTrustTest()); }
    void cleanupTestCase() { killStrays(); }

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

QTEST_GUILESS_MAIN(TestCollectProcesses)
#include "tst_collectprocesses.moc"
