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
        row("makefile", "DB_PASSWORD ?= Tr0ub4dor", "DB_PASSWORD=****", "Tr0ub4dor");
        row("go-walrus", "password := \"hunter2hunter\"", "password=****", "hunter2hunter");
        row("xml-element", "<server><id>repo</id><password>S3cr3tPw!</password></server>", "password=****",
            "S3cr3tPw!");
        row("escaped-json", "{\\\"password\\\": \\\"abc123xyz\\\"}", "password=****", "abc123xyz");
        row("config-value", "<add key=\"ApiKey\" value=\"abc123xyz987\"/>", "ApiKey=****", "abc123xyz987");
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
        row("cs", "heslo=Tajne123", "heslo=****", "Tajne123");
        row("fi", "salasana: Salainen1", "salasana=****", "Salainen1");
        row("no", "passord=Hemmelig1", "passord=****", "Hemmelig1");
        row("tr", "şifre=Gizli1234", "şifre=****", "Gizli1234");
        row("hu", "jelszó=Titkos12", "jelszó=****", "Titkos12");
        row("hr", "lozinka=Tajna1234", "lozinka=****", "Tajna1234");
        row("da", "adgangskode=Hemmelig1", "adgangskode=****", "Hemmelig1");
        row("et", "parool=Salajane1", "parool=****", "Salajane1");
        row("es-ascii", "contrasena=Secreto99", "contrasena=****", "Secreto99");
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
        row("decoded-user-address", "smtp://ops@example.org:p4ssw0rd@smtp.example.org:587",
            "smtp://****:****@smtp.example.org:587", "p4ssw0rd");
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
    // Keys with a prefix of their service, and secrets known by where they stand.
    void carriers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("secret");
        const auto row = [](const char *name, const QByteArray &text, T type, const QByteArray &masked,
                            const QByteArray &secret) {
            QTest::newRow(name) << QString::fromUtf8(text) << int(type) << QString::fromUtf8(masked)
                                << QString::fromUtf8(secret);
        };
        const auto st = [](int n) { return QByteArray(n, '*'); };
        row("drf-token", "Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
            T::HttpHeaderCredential, "Authorization: Token ****", "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b");
        row("basic", "authorization: basic dXNlcjpwNHNzdzByZA==", T::HttpHeaderCredential,
            "Authorization: basic ****", "dXNlcjpwNHNzdzByZA==");
        row("header-in-json", "{\"Authorization\": \"Basic YWRtaW46YWRtaW4=\"}", T::HttpHeaderCredential,
            "Authorization: Basic ****", "YWRtaW46YWRtaW4=");
        row("proxy", "Proxy-Authorization: Basic dXNlcjpwNHNzdzByZA==", T::HttpHeaderCredential,
            "Authorization: Basic ****", "dXNlcjpwNHNzdzByZA==");
        row("raw-key", "Authorization: 7f3b9c2a4e6d8f1a3c5e7b9d", T::HttpHeaderCredential,
            "Authorization: ****", "7f3b9c2a4e6d8f1a3c5e7b9d");
        row("azure-account",
            "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=q1W2e3R4t5Y6u7I8o9P0aSdF==;",
            T::AzureKey, "AccountKey=****", "q1W2e3R4t5Y6u7I8o9P0aSdF==");
        row("azure-bus",
            "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zm9vYmFy"
            "YmF6cXV4cXV1eA=",
            T::AzureKey, "SharedAccessKey=****", "Zm9vYmFyYmF6cXV4cXV1eA=");
        row("azure-sas",
            "https://a.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=AbCdEf0123456789GhIjKl%2BmN%3D",
            T::UrlSignature, "sig=****", "AbCdEf0123456789GhIjKl%2BmN%3D");
        row("s3-presigned",
            "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature="
            "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
            T::UrlSignature, "X-Amz-Signature=****",
            "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");
        row("cloudfront",
            "https://d1.cloudfront.net/v.mp4?Expires=1735689600&Signature=Ab1~Cd2-Ef3_Gh4~Ij5-Kl6&Key-"
            "Pair-Id=K2",
            T::UrlSignature, "Signature=****", "Ab1~Cd2-Ef3_Gh4~Ij5-Kl6");
        row("slack-webhook",
            "POST https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/x7Yz9QwErTyUiOpAsDfGhJkL",
            T::WebhookUrl, "https://hooks.slack.com/services/****",
            "https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/x7Yz9QwErTyUiOpAsDfGhJkL");
        row("discord-webhook",
            "https://discordapp.com/api/webhooks/987654321098765432/Ab-Cd_Ef1234567890GhIjKlMnOpQrSt"
            "UvWxYz0123456789abcdefgh",
            T::WebhookUrl, "https://discordapp.com/api/webhooks/****",
            "https://discordapp.com/api/webhooks/987654321098765432/"
            "Ab-Cd_Ef1234567890GhIjKlMnOpQrStUvWxYz0123456789"
            "abcdefgh");
        row("twilio-sk", "TWILIO SK0123456789abcdef0123456789abcdef", T::TwilioKey, "SK" + st(28) + "cdef",
            "SK0123456789abcdef0123456789abcdef");
        row("twilio-account", "AC0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210",
            T::TwilioKey, "AC" + st(61) + "3210",
            "AC0123456789abcdef0123456789abcdef:fedcba9876543210fedcba9876543210");
        row("huggingface", "HF hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567", T::HuggingFaceToken,
            "hf_" + st(30) + "4567", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567");
        row("slack-app", "xapp-1-A02BCDEF-2345678901234-0a1b2c3d4e5f6a7b8c9d0e1f", T::SlackToken,
            "xapp-" + st(45) + "0e1f", "xapp-1-A02BCDEF-2345678901234-0a1b2c3d4e5f6a7b8c9d0e1f");
        row("stripe-webhook", "endpoint secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIK2", T::StripeKey,
            "whsec_" + st(22) + "ZIK2", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIK2");
        row("google-oauth", "\"client_secret\":\"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\"", T::GoogleOAuthSecret,
            "GOCSPX-" + st(24) + "3m4N", "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");
        row("pypi",
            "password = pypi-AgEIcHlwaS5vcmcCJDAxMjM0NTY3LTg5YWItY2RlZi0wMTIzLTQ1Njc4OWFiY2RlZgACJXsi",
            T::ServiceToken, "pypi-" + st(68) + "JXsi",
            "pypi-AgEIcHlwaS5vcmcCJDAxMjM0NTY3LTg5YWItY2RlZi0wMTIzLTQ1Njc4OWFiY2RlZgACJXsi");
        row("shopify", "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", T::ServiceToken, "shpat_" + st(28) + "e8f9",
            "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");
        row("digitalocean", "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            T::ServiceToken, "dop_v1_" + st(60) + "cdef",
            "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        row("telegram", "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0 ok", T::ServiceToken,
            st(41) + "saw0", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
        row("curl-user", "curl -u admin:S3cretPw https://api.example.org", T::CommandLinePassword,
            "command-line password ****", "S3cretPw");
        row("cli-password", "pg_dump --password 'hunter22' prod", T::CommandLinePassword,
            "command-line password ****", "hunter22");
        row("sshpass", "sshpass -p Zx81kPq ssh deploy@host", T::CommandLinePassword,
            "command-line password ****", "Zx81kPq");
        row("mysql", "mysqldump -h db -u root -pR00tPw! shop > dump.sql", T::CommandLinePassword,
            "command-line password ****", "R00tPw!");
        row("sessionid", "Cookie: sessionid=k3v9x2m8q1w7e5r4t6y0u8i2o4p6a1s3", T::SessionCookie,
            "sessionid=****", "k3v9x2m8q1w7e5r4t6y0u8i2o4p6a1s3");
        row("putty",
            "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAgQ\nPrivate-MAC: 0a1b",
            T::PrivateKey, "PuTTY-User-Key-File-2: ****",
            "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 1\nAAAAgQ\nPrivate-MAC: 0a1b");
        row("docker-auth", "{\"auths\": {\"ghcr.io\": {\"auth\": \"Ym90OmdocDQyYWJj\"}}}", T::RegistryAuth,
            "\"auth\": \"****\"", "Ym90OmdocDQyYWJj");
        row("netrc", "machine ftp.example.org login anna password kl8!Zu", T::NetrcPassword, "password ****",
            "kl8!Zu");
        row("netrc-lines", "machine api.heroku.com\n  password 01234567-89ab\n  login me@example.org",
            T::NetrcPassword, "password ****", "01234567-89ab");
        row("netrc-default", "default login anonymous password guest1", T::NetrcPassword, "password ****",
            "guest1");
        row("pgpass", "db.internal:5432:prod:app:s3cretPassw0rd", T::PgpassPassword,
            "db.internal:5432:prod:app:****", "s3cretPassw0rd");
        row("pgpass-star", "*:*:*:replicator:replicate", T::PgpassPassword, "*:*:*:replicator:****",
            "replicate");
        row("pgpass-escaped", "localhost:6432:app:app:pa\\:ss9", T::PgpassPassword,
            "localhost:6432:app:app:****", "pa\\:ss9");
        row("pbkdf2",
            "pbkdf2_sha256$870000$Ab3De6Gh9Jk$Zx81kPq0Lm2Nv7RtZx81kPq0Lm2Nv7RtZx81kPq0Lm0=", T::PasswordHash,
            "pbkdf2_sha256$****",
            "pbkdf2_sha256$870000$Ab3De6Gh9Jk$Zx81kPq0Lm2Nv7RtZx81kPq0Lm2Nv7RtZx81kPq0Lm0=");
        row("argon2", "argon2$argon2id$v=19$m=102400,t=2,p=8$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", T::PasswordHash,
            "argon2$****", "argon2$argon2id$v=19$m=102400,t=2,p=8$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");
        row("bcrypt", "bcrypt_sha256$$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            T::PasswordHash, "bcrypt_sha256$****",
            "bcrypt_sha256$$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        row("crypt-bcrypt", "admin $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            T::PasswordHash, "$2b$****", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
        row("shadow-sha512",
            "root:$6$Qm8s7d$9Xk2LpQwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcdEFGH:19000:0:99999:7:::",
            T::PasswordHash, "$6$****", "$6$Qm8s7d$9Xk2LpQwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcdEFGH");
        row("crypt-argon2", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", T::PasswordHash,
            "$argon2id$****", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");
    }
    void carriers()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, masked);
        QFETCH(QString, secret);
        const auto m = CredentialDetector::find(text);
        QVERIFY(!m.isEmpty());
        QCOMPARE(int(m[0].type), type);
        QCOMPARE(m[0].masked, masked);
        QCOMPARE(text.mid(m[0].start, m[0].length), secret);
        for (const auto &c : m)
            QVERIFY(!c.masked.contains(text.mid(c.start, c.length)));
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
              "PuTTY download count", "Signature=John Smith", "price $1$ off", "$5$ each, $6$ for two",
              // References to a secret held elsewhere.
              "PASSWORD = os.environ[\"DB_PASSWORD\"]", "password=os.getenv('DB_PASSWORD')",
              "secret: process.env.JWT_SECRET", "api_key = config(\"API_KEY\")", "shpat_count=3",
              "dop_v1_rollout", "123456789:AAh", "<password>short</password>", "sort -u names.txt",
              "mysql -h db -p shop", "curl -u $USER:$PASS https://x", "gcc -pthread -pedantic main.c",
              "mysql -p", "passwd=passwd", "<input name=\"password\" value=\"\">",
              "<td>password</td><td>token</td>", "count := 5", "heslo: zapomenuté", "salasana vaihdettu",
              "şifre: değiştirildi", "Lozinka je promijenjena"})
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
