// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds secrets that must never travel in a snapshot: AWS access key ids (AKIA/ASIA + 16), GitHub tokens
// (ghp_/gho_/ghu_/ghs_/ghr_/github_pat_), GitLab personal access tokens (glpat-), Slack tokens (xoxb-/xoxa-/
// xoxp-/xoxr-/xoxs-), Stripe secret and restricted keys (sk_live_/sk_test_/rk_…), Google API keys (AIza +
// 35), SendGrid keys (SG.22.43), npm tokens (npm_ + 36), AI services' API keys (sk-…, sk-proj-…, sk-ant-…: 32
// or more random characters), JSON Web Tokens (three base64url parts whose header decodes to a JSON object
// with "alg"), PEM private keys, passwords written into URLs (scheme://user:password@host), bearer tokens
// ("Bearer " + 20 or more token characters) and the value of a password, secret, API key or token assignment
// ("password=…", "api_key: …" without a space after the colon, JSON's "client_secret": "…"; six characters or
// more). Placeholders such as "user:****@host" or "${PASSWORD}" are not secrets. Each match carries a masked
// sample only ("AKIA************MPLE"). Stateless and thread-safe.
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
    AssignedSecret
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
