// SPDX-License-Identifier: MIT
// ${…} secrets kept out of every log line and error, in every form they may take; PostgreSQL passwords only
// where they cannot be read on the way.
#include "collecttrust.h"

using namespace ivtest::trust;

class TestCollectSecrets : public CollectTrustTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUpTrustTest()); }
    void cleanupTestCase() { killStrays(); }

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
};

QTEST_GUILESS_MAIN(TestCollectSecrets)
#include "tst_collectsecrets.moc"
