// SPDX-License-Identifier: MIT
// CredentialDetector on its own: every format it finds, look-alikes it must not, and masks that never hold
// the secret.
#include "credentialdetector.h"

#include <QTest>

using namespace iv;
using T = CredentialDetector::Type;

namespace {
// A JWT from jwt.io's example (HS256, header {"alg":"HS256","typ":"JWT"}).
const char *kJwt =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNT"
    "E2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
} // namespace

class TestCredentialDetector : public QObject
{
    Q_OBJECT

private slots:
    void jwtHeader()
    {
        QVERIFY(CredentialDetector::jwtHeaderValid(u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"));
        QVERIFY(!CredentialDetector::jwtHeaderValid(u"eyJ0eXAiOiJKV1QifQ")); // {"typ":"JWT"}: no alg
        QVERIFY(!CredentialDetector::jwtHeaderValid(u"eyJub3Rqc29u"));
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("masked");
        QTest::newRow("aws") << QStringLiteral("key AKIAIOSFODNN7EXAMPLE here") << int(T::AwsAccessKey)
                             << QStringLiteral("AKIA************MPLE");
        QTest::newRow("aws-sts") << QStringLiteral("ASIAY34FZKBOKMUTVV7A") << int(T::AwsAccessKey)
                                 << QStringLiteral("ASIA************VV7A");
        QTest::newRow("github") << QStringLiteral("token=ghp_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz")
                                << int(T::GitHubToken)
                                << QStringLiteral("ghp_********************************WxYz");
        QTest::newRow("github-pat") << QStringLiteral(
                                           "github_pat_11ABCDEFG0123456789abc_"
                                           "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU")
                                    << int(T::GitHubToken)
                                    << QStringLiteral("github_pat_") + QString(76, QLatin1Char('*')) +
                                           QStringLiteral("RSTU");
        QTest::newRow("gitlab") << QStringLiteral("glpat-xXxX1234abcdEFGH5678") << int(T::GitLabToken)
                                << QStringLiteral("glpat-****************5678");
        QTest::newRow("slack") << QStringLiteral("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx")
                               << int(T::SlackToken)
                               << QStringLiteral("xoxb-") + QString(47, QLatin1Char('*')) +
                                      QStringLiteral("UvWx");
        QTest::newRow("jwt") << QString::fromLatin1(kJwt) << int(T::Jwt) << QStringLiteral("eyJ***.***.***");
        QTest::newRow("pem")
            << QStringLiteral(
                   "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----")
            << int(T::PrivateKey) << QStringLiteral("-----BEGIN RSA PRIVATE KEY----- ****");
        QTest::newRow("pem-openssh") << QStringLiteral(
                                            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA")
                                     << int(T::PrivateKey)
                                     << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY----- ****");
        QTest::newRow("url-password")
            << QStringLiteral("DATABASE_URL=postgres://app:s3cr3t!@db.example.org:5432/shop")
            << int(T::UrlPassword) << QStringLiteral("postgres://app:****@db.example.org:5432");
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, masked);
        const auto m = CredentialDetector::find(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(int(m[0].type), type);
        QCOMPARE(m[0].masked, masked);
        QVERIFY(!m[0].masked.contains(text.mid(m[0].start, m[0].length)));
    }

    void ignores_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t :
             {"AKIAIOSFODNN7EXAMPL",    // one short
              "XAKIAIOSFODNN7EXAMPLE1", // inside a longer word
              "ghp_short", "gh_1234567890abcdefghijklmnopqrstuvwxyz12", "glpat-short", "xoxq-1234567890-abc",
              "eyJub3Rqc29u.eyJzdWIiOiIxIn0.sig", // header without alg
              "eyJhbGciOiJIUzI1NiJ9",             // one part only
              "-----BEGIN PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----", "https://example.org/path?q=1",
              "postgres://app@db.example.org/shop", "postgres://app:****@db.example.org/shop",
              "redis://:${REDIS_PASSWORD}@cache:6379", "mysql://user:<password>@localhost/db",
              "project.testapp.insights", "0f33b0a4c32e4313befee9af0c783a6e", "ASIA Pacific",
              "jane.doe@example.org"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void ignores()
    {
        QFETCH(QString, text);
        const auto m = CredentialDetector::find(text);
        QVERIFY2(m.isEmpty(), qPrintable(m.isEmpty() ? QString() : m[0].masked));
    }
};

QTEST_GUILESS_MAIN(TestCredentialDetector)
#include "tst_credentialdetector.moc"
