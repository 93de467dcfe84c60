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
    // Keys of services with a prefix of their own, bearer tokens and the values of assignments.
    void findsMore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("secret"); // the part a redaction replaces
        QTest::newRow("stripe-live") << QStringLiteral("STRIPE=sk_live_4eC39HqLyjWDarjtT1zdp7dc")
                                     << int(T::StripeKey)
                                     << QStringLiteral("sk_live_") + QString(20, QLatin1Char('*')) +
                                            QStringLiteral("p7dc")
                                     << QStringLiteral("sk_live_4eC39HqLyjWDarjtT1zdp7dc");
        QTest::newRow("stripe-restricted")
            << QStringLiteral("rk_test_51Habc0123456789DEFGHIJKlmno") << int(T::StripeKey)
            << QStringLiteral("rk_test_") + QString(24, QLatin1Char('*')) + QStringLiteral("lmno")
            << QStringLiteral("rk_test_51Habc0123456789DEFGHIJKlmno");
        QTest::newRow("google") << QStringLiteral("maps key AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe.")
                                << int(T::GoogleApiKey)
                                << QStringLiteral("AIza") + QString(31, QLatin1Char('*')) +
                                       QStringLiteral("ewQe")
                                << QStringLiteral("AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe");
        QTest::newRow("sendgrid")
            << QStringLiteral("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")
            << int(T::SendGridKey)
            << QStringLiteral("SG.") + QString(62, QLatin1Char('*')) + QStringLiteral("s5cr")
            << QStringLiteral("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");
        QTest::newRow("npm")
            << QStringLiteral("//registry.npmjs.org/:_authToken npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")
            << int(T::NpmToken)
            << QStringLiteral("npm_") + QString(32, QLatin1Char('*')) + QStringLiteral("q7R8")
            << QStringLiteral("npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8");
        QTest::newRow("ai-service") << QStringLiteral(
                                           "OPENAI_API_KEY sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")
                                    << int(T::AiServiceKey)
                                    << QStringLiteral("sk-") + QString(33, QLatin1Char('*')) +
                                           QStringLiteral("Xy4z")
                                    << QStringLiteral("sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z");
        QTest::newRow("bearer") << QStringLiteral(
                                       "Authorization: Bearer 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b")
                                << int(T::BearerToken) << QStringLiteral("Bearer ****")
                                << QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b");
        QTest::newRow("password-equals")
            << QStringLiteral("login failed for password=hunter22 (user 7)") << int(T::AssignedSecret)
            << QStringLiteral("password=****") << QStringLiteral("hunter22");
        QTest::newRow("api-key-spaced")
            << QStringLiteral("API_KEY = 'x8Hq2mZp0LwV'") << int(T::AssignedSecret)
            << QStringLiteral("API_KEY=****") << QStringLiteral("x8Hq2mZp0LwV");
        QTest::newRow("json-secret") << QStringLiteral("{\"client_secret\": \"f0o-B4r-b4z-Qux\"}")
                                     << int(T::AssignedSecret) << QStringLiteral("client_secret=****")
                                     << QStringLiteral("f0o-B4r-b4z-Qux");
        QTest::newRow("colon-no-space") << QStringLiteral("pwd:Tr0ub4dor&3") << int(T::AssignedSecret)
                                        << QStringLiteral("pwd=****") << QStringLiteral("Tr0ub4dor");
    }
    // The value of a password, secret, key or token given in settings, env files, code and query strings.
    void assigns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("secret");
        const auto row = [](const char *name, const char *text, const char *masked, const char *secret) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(masked)
                                << QString::fromUtf8(secret);
        };
        // Names that end in the word: env files, Django settings, camelCase.
        row("env-aws", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8pLm3v",
            "AWS_SECRET_ACCESS_KEY=****", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8pLm3v");
        row("aws-credentials-file", "[default]\naws_secret_access_key = 9drTJvcXLB89EXAMPLEKEYabc/Qx",
            "aws_secret_access_key=****", "9drTJvcXLB89EXAMPLEKEYabc/Qx");
        row("env-db", "export DB_PASSWORD=kX9#mQ2vL", "DB_PASSWORD=****", "kX9#mQ2vL");
        row("pgpassword", "PGPASSWORD=Sommer2024 psql -h db", "PGPASSWORD=****", "Sommer2024");
        row("django-setting", "EMAIL_HOST_PASSWORD = 'mailPw-77x'", "EMAIL_HOST_PASSWORD=****", "mailPw-77x");
        row("jwt-secret", "JWT_SECRET=q8LmZ0vT3rPa", "JWT_SECRET=****", "q8LmZ0vT3rPa");
        row("camel-case", "const dbPassword=\"hunter2hunter\";", "dbPassword=****", "hunter2hunter");
        row("redis-pass", "REDIS_PASS=plainwords", "REDIS_PASS=****", "plainwords");
        row("shared-access-key-name", "settings.SENTRY_SECRET_KEY='aB3dE5gH7j'",
            "settings.SENTRY_SECRET_KEY=****", "aB3dE5gH7j");
        // Quoted values after a colon or an arrow.
        row("yaml-quoted", "  password: \"correcthorse\"", "password=****", "correcthorse");
        row("js-object", "{user: 'app', password: 'Tr0ub4dor3'}", "password=****", "Tr0ub4dor3");
        row("php-array", "'password' => 'zaq1@WSX',", "password=****", "zaq1@WSX");
        row("ruby-symbol", ":password => \"batterystaple\"", "password=****", "batterystaple");
        row("ruby-hash", "db_password: 'abcdef12'", "db_password=****", "abcdef12");
        row("quoted-punctuation", "{\"password\":\"p@ss;w0rd,x(1)\"}", "password=****", "p@ss;w0rd,x(1)");
        row("connection-string", "Server=db;User Id=app;Password=Zq8!xY7;Encrypt=true", "Password=****",
            "Zq8!xY7");
        row("colon-space-random", "Secret: Zx81kPq0Lm", "Secret=****", "Zx81kPq0Lm");
        // Query strings.
        row("query-token", "https://app.example.com/reset?token=9f86d081884c7d659a2f", "token=****",
            "9f86d081884c7d659a2f");
        row("refresh-token", "refresh_token=tGzv3JOkF0XG5Qx2TlKWIA", "refresh_token=****",
            "tGzv3JOkF0XG5Qx2TlKWIA");
        row("access-token-query", "/cb#access_token=ya29.a0AfH6SM&expires=3600", "access_token=****",
            "ya29.a0AfH6SM");
        row("query-pass", "/login?user=admin&pass=Tr0ub4dor3x", "pass=****", "Tr0ub4dor3x");
        row("query-passwd", "GET /api?passwd=qwerty123&x=1", "passwd=****", "qwerty123");
        row("csrftoken", "csrftoken=Zx81kPq0Lm2Nv7Rt", "csrftoken=****", "Zx81kPq0Lm2Nv7Rt");
        // Other languages.
        row("de-passwort", "Passwort=Geheim123!x", "Passwort=****", "Geheim123!x");
        row("de-kennwort", "Kennwort:Sonne2024", "Kennwort=****", "Sonne2024");
        row("nl", "wachtwoord=Welkom01", "wachtwoord=****", "Welkom01");
        row("es", "contraseña=Secreto123x", "contraseña=****", "Secreto123x");
        row("es-upper", "CONTRASEÑA: \"clave-larga\"", "CONTRASEÑA=****", "clave-larga");
        row("fr-spaced", "mot de passe: Soleil2024", "mot de passe=****", "Soleil2024");
        row("fr-typographic", "Mot de passe : Soleil2024", "Mot de passe=****", "Soleil2024");
        row("fr-joined", "motdepasse=azerty99", "motdepasse=****", "azerty99");
        row("pt", "senha=mudar123", "senha=****", "mudar123");
        row("ru", "пароль: секрет2024", "пароль=****", "секрет2024");
        row("ru-only-cyrillic", "Пароль=секретик", "Пароль=****", "секретик");
        row("zh", "数据库密码=秘密秘密秘密", "数据库密码=****", "秘密秘密秘密");
        row("ja-fullwidth-colon", "パスワード：himitsu99", "パスワード=****", "himitsu99");
        row("it", "parola=segreto1", "parola=****", "segreto1");
        row("pl", "hasło=Tajne123", "hasło=****", "Tajne123");
        row("sv", "lösenord=Hemligt1", "lösenord=****", "Hemligt1");
    }
    void assigns()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(QString, secret);
        const auto m = CredentialDetector::find(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(int(m[0].type), int(T::AssignedSecret));
        QCOMPARE(m[0].masked, masked);
        QCOMPARE(text.mid(m[0].start, m[0].length), secret);
    }
    // Passwords in URLs: empty users, empty or escaped hosts, escaped passwords and the same decoded.
    void urlPasswords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("password");
        const auto row = [](const char *name, const char *text, const char *masked, const char *password) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(masked)
                                << QString::fromUtf8(password);
        };
        row("redis-no-user", "CACHE=redis://:s3cretPassw0rd@redis:6379/0", "redis://:****@redis:6379",
            "s3cretPassw0rd");
        row("amqp-no-user", "broker amqp://:guest42x@rabbitmq:5672//", "amqp://:****@rabbitmq:5672",
            "guest42x");
        row("socket-query", "postgresql://app:pw@/prod?host=/var/run/postgresql", "postgresql://app:****@",
            "pw");
        row("socket-escaped", "postgres://app:hunter2@%2Fvar%2Frun%2Fpostgresql/prod",
            "postgres://app:****@%2Fvar%2Frun%2Fpostgresql", "hunter2");
        row("socket-decoded", "postgres://app:hunter2@/var/run/postgresql/prod", "postgres://app:****@",
            "hunter2");
        row("escaped-password", "postgres://app:p4ss%2Fw0rd%23x@db:5432/prod", "postgres://app:****@db:5432",
            "p4ss%2Fw0rd%23x");
        row("decoded-slash-hash", "postgres://app:p4ss/w0rd#x@db:5432/prod", "postgres://app:****@db:5432",
            "p4ss/w0rd#x");
        row("decoded-at-question", "mysql://root:a@b?c@mysql.internal/app",
            "mysql://root:****@mysql.internal", "a@b?c");
        row("in-json", "{\"url\": \"mongodb://admin:Pa55w0rd@mongo:27017\"}",
            "mongodb://admin:****@mongo:27017", "Pa55w0rd");
    }
    void urlPasswords()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(QString, password);
        const auto m = CredentialDetector::find(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(int(m[0].type), int(T::UrlPassword));
        QCOMPARE(m[0].masked, masked);
        QVERIFY(text.mid(m[0].start, m[0].length).contains(QLatin1Char(':') + password + QLatin1Char('@')));
        QVERIFY(!m[0].masked.contains(password));
    }
    void findsMore()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, masked);
        QFETCH(QString, secret);
        const auto m = CredentialDetector::find(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(int(m[0].type), type);
        QCOMPARE(m[0].masked, masked);
        QCOMPARE(text.mid(m[0].start, m[0].length), secret);
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
              "jane.doe@example.org",
              // Prose, placeholders and words that look like the formats above.
              "Password: changed 3 times", "password=", "password=${DB_PASSWORD}", "api_key=********",
              "secret: none", "password = None", "token=redacted-secret-2", "Bearer of bad news",
              "sk-live tickets per skier", "risk_test_results", "desk_live_view_2024_total_count",
              "task-management-dashboard-overview-by-team", "Passwords reset per day (key: date)",
              "pwd:/home/app", "AIza short", "SG.not.a.key", "npm_install_count",
              // Metric names and prose around the assigned words.
              "Password resets per day", "token bucket size", "secret santa signups", "pass rate 93%",
              "API key rotation count", "Password: changed", "token: expired", "token=expired",
              "status=pass;passed=123456", "bypass=enabled", "compass=northwest", "PWD=/home/app",
              "OLDPWD=/srv/www/site", "secret_count=1234567", "is_secret=false",
              "PASSWORD_RESET_TIMEOUT=259200", "password_changed: 2024-01-01", "Kennwort: vergessen",
              "mot de passe : oublié", "contraseña: olvidada", "пароль: изменён", "密码：已重置",
              "password=your-password-here", "API_KEY=YOUR_API_KEY", "token=<token>", "pass: 93%",
              "passwords: 12345678", "keyword=password123", "sort_key=created_at_desc", "max_tokens=4096",
              // URLs with a port and an address in the path or query, and without a password.
              "https://example.org:443/users?email=jane@example.org",
              "http://localhost:8000/u/jane@example.org", "https://example.org/a:b@c",
              "ssh://git@github.com:22/org/repo.git", "redis://:@redis:6379", "file:///srv/data:v1@x",
              "redis://redis:6379/0",
              // Look-alikes of the carriers: prose, ids, and fields of the same names without a secret.
              "Authorization: none", "Authorization: Basic realm", "Authorization: Token",
              "authorization header missing", "Authorization: Basic authentication-enabled",
              "Authorization: Token expired-at-midnight", "AccountKey=", "sig=short", "design=minimal-layout",
              "https://hooks.slack.com/services/", "https://discord.com/api/webhooks/123", "sessionid=abc",
              "SKU-0123456789abcdef0123456789abcdef", "hf_model_downloads_total_count", "xapp-install-count",
              "whsec_short", "GOCSPX-", "\"auth\": \"basic\"", "\"auth\": \"aGVsbG8gd29ybGQ=\"",
              "machine learning by default password policy", "ERROR:2024:module:func:message",
              "12:30:45:10:00", "fe80::1:2:3:4", "00:1A:2B:3C:4D:5E", "a:1:b:c:", "md5$ sums",
              "bcrypt rounds 12", "pbkdf2_sha256 iterations: 870000", "price $5 argon2$x",
              "PuTTY download count"})
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
