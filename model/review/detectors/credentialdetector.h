// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds secrets that must never travel in a snapshot: AWS access key ids (AKIA/ASIA + 16), GitHub tokens
// (ghp_/gho_/ghu_/ghs_/ghr_/github_pat_), GitLab personal access tokens (glpat-), Slack tokens (xoxb-/xoxa-/
// xoxp-/xoxr-/xoxs-), JSON Web Tokens (three base64url parts whose header decodes to a JSON object with
// "alg"), PEM private keys and passwords written into URLs (scheme://user:password@host). Placeholders such
// as "user:****@host" or "${PASSWORD}" are not secrets. Each match carries a masked sample only
// ("AKIA************MPLE"). Stateless and thread-safe.
namespace CredentialDetector {

enum class Type { AwsAccessKey, GitHubToken, GitLabToken, SlackToken, Jwt, PrivateKey, UrlPassword };

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
