// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds secrets that must never travel in a snapshot: AWS access key ids (AKIA/ASIA + 16), GitHub tokens
// (ghp_/gho_/ghu_/ghs_/ghr_/github_pat_), GitLab personal access tokens (glpat-), Slack tokens (xoxb-/xoxa-/
// xoxp-/xoxr-/xoxs-, app tokens xapp-), Stripe secret, restricted and webhook keys (sk_live_/sk_test_/rk_…/
// whsec_), Google API keys (AIza + 35) and OAuth client secrets (GOCSPX-), SendGrid keys (SG.22.43), npm
// tokens (npm_ + 36), Twilio keys (SK + 32 hex, AC… account id with its auth token), Hugging Face tokens (hf_
// + 34), PyPI, Shopify, DigitalOcean and Telegram bot tokens, AI services' API keys (sk-…, sk-proj-…,
// sk-ant-…: 32 or more random characters), JSON Web Tokens (three base64url parts whose header decodes to a
// JSON object with "alg"), PEM and PuTTY private keys, passwords in URLs (scheme://user:password@host, the
// user or host possibly empty, the password escaped or decoded), bearer tokens, Authorization headers (Basic
// with base64 user:password, Token, a bare key), Azure account and shared access keys, signatures of signed
// URLs (Azure SAS sig=, X-Amz-Signature, X-Goog-Signature, CloudFront Signature), Slack and Discord webhook
// URLs, Django session cookies, password hashes (Django's pbkdf2_sha256$…, argon2$…, bcrypt$…; crypt's $2b$,
// $argon2id$, $6$), Docker config "auth" logins, .netrc and .pgpass lines, passwords on command
// lines (curl -u user:pw, --password pw, sshpass -p, mysql -ppw), and the value of a password,
// secret, API key or token assignment: under a longer name ("DB_PASSWORD=…", "dbPassword",
// "AWS_SECRET_ACCESS_KEY"), in a query string ("?token=…", "&pass=…"), in an XML element, in some twenty
// other languages ("Passwort", "contraseña", "mot de passe", "пароль", "密码", "パスワード" …), after "=",
// ":=", "=>", a colon and a quote, a colon without a space, or a colon and a space if the value holds a
// letter and a digit (prose writes "Password: changed"). Placeholders ("user:****@host", "${PASSWORD}",
// "your-password-here") and references (os.environ["…"], process.env.X) are not secrets. Each match carries a
// masked sample only ("AKIA************MPLE"). Stateless and thread-safe.
namespace CredentialDetector {

enum class Type {
    AwsAccessKey,
    GitHubToken,
    GitLabToken,
    SlackToken,
    Jwt,
    PrivateKey,
    UrlPassword,
    StripeKey,
    GoogleApiKey,
    SendGridKey,
    NpmToken,
    AiServiceKey,
    BearerToken,
    AssignedSecret,
    TwilioKey,
    HuggingFaceToken,
    GoogleOAuthSecret,
    WebhookUrl,
    AzureKey,
    HttpHeaderCredential,
    SessionCookie,
    RegistryAuth,
    NetrcPassword,
    PgpassPassword,
    PasswordHash,
    UrlSignature,
    ServiceToken,
    CommandLinePassword
};

struct CredentialMatch
{
    Type type = Type::AwsAccessKey;
    qsizetype start = 0;
    qsizetype length = 0;
    QString masked;
};

QVector<CredentialMatch> find(QStringView text);

// "AWS access key", "GitHub token", … (English: names of formats).
QString typeName(Type type);

// The first part of a JWT decodes (base64url) to a JSON object with an "alg" member. Public for the tests.
bool jwtHeaderValid(QStringView part);

} // namespace CredentialDetector
} // namespace iv
