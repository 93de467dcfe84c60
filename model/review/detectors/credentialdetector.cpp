// SPDX-License-Identifier: MIT
#include "credentialdetector.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace iv::CredentialDetector {

namespace {

struct Patterns
{
    QRegularExpression aws{QStringLiteral("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")};
    QRegularExpression github{QStringLiteral("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_["
                                             "A-Za-z0-9_]{50,247})(?![A-Za-z0-9_])")};
    QRegularExpression gitlab{
        QStringLiteral("(?<![A-Za-z0-9_\\-])glpat-[A-Za-z0-9_\\-]{20,}(?![A-Za-z0-9_\\-])")};
    QRegularExpression slack{
        QStringLiteral("(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9]{6,}(?:-[A-Za-z0-9]{2,}){1,6}"
                       "(?![A-Za-z0-9\\-])")};
    QRegularExpression jwt{QStringLiteral("(?<![A-Za-z0-9_\\-.])(eyJ[A-Za-z0-9_\\-]{10,})\\.([A-Za-z0-9_\\-]{"
                                          "2,})\\.([A-Za-z0-9_\\-]*)(?![A-Za-z0-9_\\-.])")};
    // The header, then the key up to its footer (or the end of the text).
    QRegularExpression pem{
        QStringLiteral("(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)"
                       "(?:[\\s\\S]*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[\\s\\S]*)")};
    QRegularExpression urlPassword{QStringLiteral(
        "(?<![A-Za-z0-9+.\\-])([A-Za-z][A-Za-z0-9+.\\-]{1,20})://([^\\s:/@?#]{1,128}):([^\\s@/?#]{1,256})@"
        "([A-Za-z0-9.\\-\\[\\]:]{1,253})")};
};

const Patterns &patterns()
{
    thread_local const Patterns p;
    return p;
}

// Keeps the first keepStart and last keepEnd characters, stars in between.
QString maskMiddle(QStringView s, int keepStart, int keepEnd)
{
    if (s.size() <= keepStart + keepEnd)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(keepStart).toString() + QString(s.size() - keepStart - keepEnd, QLatin1Char('*')) +
           s.right(keepEnd).toString();
}

bool placeholder(QStringView password)
{
    if (password.startsWith(QLatin1String("${")) || password.startsWith(QLatin1String("$(")) ||
        password.startsWith(QLatin1Char('<')) || password.startsWith(QLatin1String("%(")) ||
        password.startsWith(QLatin1String("{{")) || password.startsWith(QLatin1Char('$')))
        return true;
    bool stars = true;
    for (QChar c : password)
        stars = stars && (c == QLatin1Char('*') || c == QLatin1Char('x') || c == QLatin1Char('X'));
    return stars;
}

} // namespace

bool jwtHeaderValid(QStringView part)
{
    const QByteArray decoded = QByteArray::fromBase64(
        part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.isEmpty())
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded);
    return doc.isObject() && doc.object().contains(QLatin1String("alg"));
}

QVector<CredentialMatch> find(QStringView text)
{
    QVector<CredentialMatch> found;
    const Patterns &p = patterns();
    auto each = [&](const QRegularExpression &re, auto &&accept) {
        auto it = re.globalMatch(text);
        while (it.hasNext())
            accept(it.next());
    };
    // Cheap tests first: most texts hold none of the markers.
    if (text.contains(QLatin1String("AKIA")) || text.contains(QLatin1String("ASIA")))
        each(p.aws, [&](const QRegularExpressionMatch &m) {
            found.append({Type::AwsAccessKey, m.capturedStart(), m.capturedLength(),
                          maskMiddle(m.capturedView(), 4, 4)});
        });
    if (text.contains(QLatin1String("gh")))
        each(p.github, [&](const QRegularExpressionMatch &m) {
            const QStringView s = m.capturedView();
            const int prefix =
                int(s.indexOf(QLatin1Char('_'), s.startsWith(QLatin1String("github_pat_")) ? 7 : 0)) + 1;
            found.append(
                {Type::GitHubToken, m.capturedStart(), m.capturedLength(), maskMiddle(s, prefix, 4)});
        });
    if (text.contains(QLatin1String("glpat-")))
        each(p.gitlab, [&](const QRegularExpressionMatch &m) {
            found.append({Type::GitLabToken, m.capturedStart(), m.capturedLength(),
                          maskMiddle(m.capturedView(), 6, 4)});
        });
    if (text.contains(QLatin1String("xox")))
        each(p.slack, [&](const QRegularExpressionMatch &m) {
            found.append({Type::SlackToken, m.capturedStart(), m.capturedLength(),
                          maskMiddle(m.capturedView(), 5, 4)});
        });
    if (text.contains(QLatin1String("eyJ")))
        each(p.jwt, [&](const QRegularExpressionMatch &m) {
            if (jwtHeaderValid(m.capturedView(1)))
                found.append(
                    {Type::Jwt, m.capturedStart(), m.capturedLength(), QStringLiteral("eyJ***.***.***")});
        });
    if (text.contains(QLatin1String("PRIVATE KEY")))
        each(p.pem, [&](const QRegularExpressionMatch &m) {
            found.append({Type::PrivateKey, m.capturedStart(), m.capturedLength(),
                          m.captured(1) + QStringLiteral(" ****")});
        });
    if (text.contains(QLatin1String("://")))
        each(p.urlPassword, [&](const QRegularExpressionMatch &m) {
            if (placeholder(m.capturedView(3)))
                return;
            found.append({Type::UrlPassword, m.capturedStart(), m.capturedLength(),
                          m.captured(1) + QStringLiteral("://") + m.captured(2) + QStringLiteral(":****@") +
                              m.captured(4)});
        });
    return found;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::AwsAccessKey:
        return QStringLiteral("AWS access key");
    case Type::GitHubToken:
        return QStringLiteral("GitHub token");
    case Type::GitLabToken:
        return QStringLiteral("GitLab token");
    case Type::SlackToken:
        return QStringLiteral("Slack token");
    case Type::Jwt:
        return QStringLiteral("JSON Web Token");
    case Type::PrivateKey:
        return QStringLiteral("private key");
    case Type::UrlPassword:
        return QStringLiteral("password in a URL");
    }
    return QString();
}

} // namespace iv::CredentialDetector
