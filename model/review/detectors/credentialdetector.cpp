// SPDX-License-Identifier: MIT
#include "credentialdetector.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace iv::CredentialDetector {

namespace {

// One bit per character a format cannot do without: the 26 letters in either case, digits, the punctuation
// of the formats, and any character beyond ASCII. Built in one pass, it lets most texts skip most formats on
// a bit test rather than a search.
constexpr int charBitOf(char16_t c)
{
    const char16_t l = c | 0x20;
    if (l >= u'a' && l <= u'z')
        return l - u'a';
    if (c >= u'0' && c <= u'9')
        return 26;
    if (c >= 0x80)
        return 27;
    constexpr char16_t marks[] = u"_-.=:$/\"@%'>";
    for (int i = 0; marks[i]; ++i)
        if (c == marks[i])
            return 28 + i;
    return -1;
}

// charBitOf for each ASCII character, looked up once per character of every text.
struct CharBits
{
    qint8 bit[128];
    constexpr CharBits() : bit{}
    {
        for (int c = 0; c < 128; ++c)
            bit[c] = qint8(charBitOf(char16_t(c)));
    }
};
constexpr CharBits kCharBits;

constexpr int charBit(char16_t c)
{
    return c >= 0x80 ? 27 : kCharBits.bit[c];
}

constexpr quint64 charsOf(const char *s)
{
    quint64 bits = 0;
    for (; s && *s; ++s)
        if (const int b = charBit(uchar(*s)); b >= 0)
            bits |= quint64(1) << b;
    return bits;
}

constexpr quint64 kLetters = (quint64(1) << 26) - 1;
constexpr quint64 kNonAscii = quint64(1) << 27;

struct TextChars
{
    quint64 bits = 0;
    int colons = 0;
    bool holds(quint64 need) const { return (bits & need) == need; }
};

TextChars textChars(QStringView text)
{
    TextChars t;
    for (QChar c : text) {
        if (const int b = charBit(c.unicode()); b >= 0)
            t.bits |= quint64(1) << b;
        t.colons += c == QLatin1Char(':');
    }
    return t;
}

// A key with a prefix of its service's own: looked for where one of its markers stands, and masked but for
// its first keepStart and last four characters.
struct Prefixed
{
    Type type;
    QLatin1String marker, otherMarker; // otherMarker may be empty; both literals
    int keepStart;
    QRegularExpression re;
    quint64 markerChars = charsOf(marker.data()), otherChars = charsOf(otherMarker.data());
};

struct Patterns
{
    const std::vector<Prefixed> prefixed{
        {Type::AwsAccessKey, QLatin1String("AKIA"), QLatin1String("ASIA"), 4,
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"))},
        {Type::GitLabToken, QLatin1String("glpat-"), QLatin1String(), 6,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_\\-])glpat-[A-Za-z0-9_\\-]{20,}(?![A-Za-z0-9_\\-])"))},
        {Type::SlackToken, QLatin1String("xox"), QLatin1String(), 5,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9])xox[baprs]-[A-Za-z0-9]{6,}(?:-[A-Za-z0-9]{2,}){1,6}"
                            "(?![A-Za-z0-9\\-])"))},
        {Type::StripeKey, QLatin1String("k_live_"), QLatin1String("k_test_"), 8,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])"))},
        {Type::GoogleApiKey, QLatin1String("AIza"), QLatin1String(), 4,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_\\-])AIza[0-9A-Za-z_\\-]{35}(?![A-Za-z0-9_\\-])"))},
        {Type::SendGridKey, QLatin1String("SG."), QLatin1String(), 3,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_\\-.])SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}"
                            "(?![A-Za-z0-9_\\-])"))},
        {Type::NpmToken, QLatin1String("npm_"), QLatin1String(), 4,
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])"))},
        // An API key (SK + 32 hex), or an account id with its auth token ("AC…:…").
        {Type::TwilioKey, QLatin1String("SK"), QLatin1String("AC"), 2,
         QRegularExpression(QStringLiteral(
             "(?<![A-Za-z0-9])(?:SK[0-9a-fA-F]{32}|AC[0-9a-f]{32}:[0-9a-f]{32})(?![A-Za-z0-9])"))},
        {Type::HuggingFaceToken, QLatin1String("hf_"), QLatin1String(), 3,
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34,40}(?![A-Za-z0-9_])"))},
        {Type::SlackToken, QLatin1String("xapp-"), QLatin1String(), 5,
         QRegularExpression(QStringLiteral(
             "(?<![A-Za-z0-9])xapp-[0-9]-[A-Za-z0-9]{6,}-[0-9]{6,}-[A-Za-z0-9]{20,}(?![A-Za-z0-9])"))},
        {Type::StripeKey, QLatin1String("whsec_"), QLatin1String(), 6,
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{24,}(?![A-Za-z0-9_])"))},
        // PyPI upload tokens, Shopify app tokens, DigitalOcean tokens, Telegram bot tokens (<bot id>:AA…).
        {Type::ServiceToken, QLatin1String("pypi-AgE"), QLatin1String(), 5,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_\\-])pypi-AgE[A-Za-z0-9_\\-]{50,}(?![A-Za-z0-9_\\-])"))},
        {Type::ServiceToken, QLatin1String("shp"), QLatin1String(), 6,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])"))},
        {Type::ServiceToken, QLatin1String("_v1_"), QLatin1String(), 7,
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9_])"))},
        {Type::ServiceToken, QLatin1String(":AA"), QLatin1String(), 0,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])[0-9]{8,10}:AA[A-Za-z0-9_\\-]{33}(?![A-Za-z0-9_\\-])"))},
        {Type::GoogleOAuthSecret, QLatin1String("GOCSPX-"), QLatin1String(), 7,
         QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_\\-])GOCSPX-[A-Za-z0-9_\\-]{24,40}(?![A-Za-z0-9_\\-])"))},
    };
    QRegularExpression github{QStringLiteral("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_["
                                             "A-Za-z0-9_]{50,247})(?![A-Za-z0-9_])")};
    QRegularExpression jwt{QStringLiteral("(?<![A-Za-z0-9_\\-.])(eyJ[A-Za-z0-9_\\-]{10,})\\.([A-Za-z0-9_\\-]{"
                                          "2,})\\.([A-Za-z0-9_\\-]*)(?![A-Za-z0-9_\\-.])")};
    // The header, then the key up to its footer (or the end of the text).
    QRegularExpression pem{
        QStringLiteral("(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)"
                       "(?:[\\s\\S]*?-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[\\s\\S]*)")};
    QRegularExpression aiService{
        QStringLiteral("(?<![A-Za-z0-9_\\-])sk-(?:[a-z]{2,10}-)*[A-Za-z0-9_\\-]{32,}(?![A-Za-z0-9_\\-])")};
    QRegularExpression bearer{QStringLiteral("(?<![A-Za-z0-9_])[Bb]earer\\s+([A-Za-z0-9\\-._~+/]{20,}=*)")};
    // Authorization: Basic <base64 user:password> | Token <key> (Django REST framework) | <key>.
    QRegularExpression authorization{
        QStringLiteral("(?i)(?<![A-Za-z0-9_])authorization[\"']?\\s*[:=]\\s*[\"']?"
                       "(?:(basic|token|apikey|api-key|key|sso-key)\\s+)?([A-Za-z0-9+/=_\\-.~:]{8,})")};
    // Azure storage and Service Bus connection strings' keys, and the signature of a signed URL (Azure shared
    // access, S3 and Cloud Storage presigned, CloudFront): whoever holds the URL holds the access.
    QRegularExpression azure{QStringLiteral(
        "(?i)(?:(?<![A-Za-z0-9_])(AccountKey|SharedAccessKey)|(?<=[?&;])(sig|signature|x-amz-signature|"
        "x-goog-signature))=([A-Za-z0-9%+/=_~\\-]{20,})")};
    QRegularExpression webhook{QStringLiteral(
        "(https://hooks\\.slack\\.com/(?:services|workflows|triggers)/)T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}/"
        "[A-Za-z0-9]{16,}|(https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api/(?:v[0-9]+/)?webhooks/)"
        "[0-9]{15,21}/[A-Za-z0-9_\\-]{40,100}")};
    // Django's session cookie: 32 lower-case letters and digits.
    QRegularExpression sessionId{QStringLiteral("(?<![A-Za-z0-9_])sessionid=([a-z0-9]{32})(?![A-Za-z0-9])")};
    QRegularExpression putty{QStringLiteral(
        "(PuTTY-User-Key-File-[0-9]+:)(?:[\\s\\S]*?Private-MAC:[ \\t]*[0-9a-fA-F]+|[\\s\\S]*)")};
    // Docker's config.json: "auth": "<base64 of user:password>".
    QRegularExpression dockerAuth{QStringLiteral("\"auth\"\\s*:\\s*\"([A-Za-z0-9+/]{4,}={0,2})\"")};
    // A .netrc entry: machine <host> (or default), then login and password in either order. Prose that says
    // "by default password policy" holds no login.
    QRegularExpression netrc{QStringLiteral("(?<![A-Za-z0-9])(?:machine\\s+\\S+|default)\\s+(?:login\\s+\\S+("
                                            "?:\\s+account\\s+\\S+)?\\s+password\\s+"
                                            "(\\S+)|password\\s+(\\S+)\\s+login\\s+\\S+)")};
    // A .pgpass line: host:port:database:user:password, alone on its line.
    QRegularExpression pgpass{
        QStringLiteral("(?m)^[ \\t]*([A-Za-z0-9.\\-_\\[\\]*]{1,253}):([0-9]{1,5}|\\*):([^:\\s]{1,63}):"
                       "([^:\\s]{1,63}):((?:[^\\s:\\\\]|\\\\.){1,256})[ \\t]*$")};
    // Passwords on a command line: curl -u user:pw, --password pw, sshpass -p pw, mysql … -ppw.
    QRegularExpression commandLine{QStringLiteral(
        "(?<![A-Za-z0-9_\\-])(?:(?:-u|--user)\\s+[\"']?[^\\s:\"']+:|--pass(?:word|wd)?(?:\\s+|=)[\"']?|"
        "sshpass\\s+-p\\s*[\"']?)([^\\s\"']{4,256})|mysql(?:dump|admin)?\\s[^\\n]{0,200}?\\s-p([^\\s\"'-][^"
        "\\s\"']{3,255})")};
    // Django's stored passwords, <algorithm>$<parameters and salt>$<hash>, and crypt's ($2b$ bcrypt,
    // $argon2id$, $1$/$5$/$6$/$y$ as in /etc/shadow).
    QRegularExpression passwordHash{QStringLiteral(
        "(?<![A-Za-z0-9_$])(?:(pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|scrypt|unsalted_sha1|"
        "unsalted_md5|sha1|md5)\\$([A-Za-z0-9+/=.,$_\\-]{20,})|(\\$(?:2[abxy]?|argon2(?:id|i|d)|[156y])\\$)"
        "([A-Za-z0-9+/=.,$]{20,}))")};
    // A name ending in a password, secret, key or token word (English and other languages; "DB_PASSWORD",
    // "dbPassword", "AWS_SECRET_ACCESS_KEY"), then "=", "=>", a colon before a quote ("password: \"…\"",
    // "'password' => '…'"), ":=", a colon without a space, a colon and a space (value checked in find()), or
    // an XML element ("<password>…</password>", key="ApiKey" value="…"); quotes may be escaped (JSON inside a
    // string). The
    // short words (pass, pwd …) must not follow a letter: "bypass", "compass".
    QRegularExpression assigned{QStringLiteral(
        "(?i)((?<![A-Za-z0-9])(?:passwd|pass|pwd|senha|parola|has\u0142o|heslo|geslo|sifre|\u015fifre)|"
        "password|passwort|passphrase|passord|parool|kennwort|wachtwoord|contrase(?:\u00f1|n)a|"
        "mot[ _-]?de[ _-]?passe|l\u00f6senord|salasana|adgangskode|jelsz\u00f3|lozinka|"
        "\u043f\u0430\u0440\u043e\u043b\u044c|\u5bc6\u7801|\u5bc6\u78bc|\u53e3\u4ee4|"
        "\u30d1\u30b9\u30ef\u30fc\u30c9|\ube44\ubc00\ubc88\ud638|"
        "secret|api[_-]?key|access[_-]?key|secret[_-]?key|private[_-]?key|token)"
        "((?:\\\\?[\"'])?\\s*[?:+]?=>?\\s*(?:\\\\?[\"'])?|(?:\\\\?[\"'])?\\s*[:\uff1a]\\s*\\\\?[\"']|"
        "[\"']\\s+value\\s*=\\s*[\"']|[:\uff1a\uff1d](?=[^\\s/])|[ \\t]*[:\uff1a][ "
        "\\t]+|>(?=[^<\\s]{6,256}</))"
        "((?<=[\"'])[^\\s\"']{6,256}?(?=\\\\?[\"'])|[^\\s\"'&;,<>()]{6,256})")};
    // scheme://user:password@host with the user ("redis://:pw@") or the host
    // ("postgresql://u:pw@/db?host=/run") possibly empty. The password runs to the last "@" before a space or
    // quote: once its percent escapes are decoded it may hold "/", "#", "?" and "@".
    QRegularExpression urlPassword{QStringLiteral(
        "(?<![A-Za-z0-9+.\\-])([A-Za-z][A-Za-z0-9+.\\-]{1,20})://([^\\s:/?#\"]{0,128}):([^\\s\"]{1,256})@"
        "([A-Za-z0-9.\\-\\[\\]:%_]{0,253})")};
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

// A random key, not a word: letters of both cases and a digit.
bool mixed(QStringView s)
{
    bool lower = false, upper = false, digit = false;
    for (QChar c : s) {
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        digit = digit || c.isDigit();
    }
    return lower && upper && digit;
}

bool placeholder(QStringView password)
{
    if (password.startsWith(QLatin1String("${")) || password.startsWith(QLatin1String("$(")) ||
        password.startsWith(QLatin1Char('<')) || password.startsWith(QLatin1String("%(")) ||
        password.startsWith(QLatin1String("{{")) || password.startsWith(QLatin1Char('$')))
        return true;
    bool stars = true;
    for (QChar c : password)
        stars = stars && (c == QLatin1Char('*') || c == QLatin1Char('x') || c == QLatin1Char('X') ||
                          c == QLatin1Char('.') || c == QChar(0x2022) || c == QChar(0x2026));
    if (stars)
        return true;
    static const char *const empty[] = {"none",      "null",     "nil",    "true",   "false",
                                        "undefined", "redacted", "hidden", "secret", "password"};
    for (const char *e : empty)
        if (password.compare(QLatin1String(e), Qt::CaseInsensitive) == 0)
            return true;
    if (password.startsWith(QLatin1String("redacted-"), Qt::CaseInsensitive))
        return true;
    // Examples in documentation: "your-password-here", "YOUR_API_KEY", "insert_token_here".
    const bool word = std::none_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); });
    return word && (password.startsWith(QLatin1String("your"), Qt::CaseInsensitive) ||
                    password.endsWith(QLatin1String("-here"), Qt::CaseInsensitive) ||
                    password.endsWith(QLatin1String("_here"), Qt::CaseInsensitive));
}

// "host:8080/path?mail=jane@example.org" read as user "host", password "8080/path…": digits (a port, or
// nothing) before the first "/", "?" or "#" are no password.
bool portAndPath(QStringView password)
{
    qsizetype i = 0;
    while (i < password.size() && password.at(i).isDigit())
        ++i;
    return i < password.size() && i <= 5 &&
           (password.at(i) == QLatin1Char('/') || password.at(i) == QLatin1Char('?') ||
            password.at(i) == QLatin1Char('#'));
}

// Whether text holds word (lower-case ASCII) in either case. Much cheaper than a case-insensitive
// QStringView::contains, which folds every character of the text through Unicode's tables.
bool containsAscii(QStringView text, QLatin1String word)
{
    const qsizetype n = word.size();
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        qsizetype j = 0;
        for (; j < n; ++j) {
            const char16_t c = text[i + j].unicode();
            const char16_t w = word[j].unicode();
            if (c != w && !(w >= u'a' && w <= u'z' && (c | 0x20) == w))
                break;
        }
        if (j == n)
            return true;
    }
    return false;
}

// Basic authentication and Docker's "auth": base64 of "user:password", printable, neither part empty.
bool base64Login(QStringView s)
{
    const QByteArray d = QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64Encoding |
                                                                  QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = d.indexOf(':');
    return colon > 0 && colon < d.size() - 1 &&
           std::none_of(d.cbegin(), d.cend(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; });
}

// A value, not a word of prose: a letter and a digit ("Tr0ub4dor", not "changed" or "2024-01-01").
bool letterAndDigit(QStringView s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetter(); }) &&
           std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

bool nameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

// The words assigned values are looked for after: one of them must stand in the text.
bool secretWord(QStringView text, const TextChars &chars)
{
    for (const char *word :
         {"pass", "pwd", "secret", "key", "token", "wort", "woord", "contrase", "senha", "paro", "senord",
          "heslo", "geslo", "sifre", "salasana", "adgangskode", "jelsz", "lozinka"})
        if (chars.holds(charsOf(word)) && containsAscii(text, QLatin1String(word)))
            return true;
    // Words without an ASCII letter only where a character beyond ASCII stands.
    if (!chars.holds(kNonAscii))
        return false;
    for (QStringView word :
         {u"has\u0142", u"\u015fifre", u"\u043f\u0430\u0440\u043e\u043b\u044c", u"\u5bc6\u7801",
          u"\u5bc6\u78bc", u"\u53e3\u4ee4", u"\u30d1\u30b9\u30ef\u30fc\u30c9", u"\ube44\ubc00\ubc88\ud638"})
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
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
    // Every format but the assigned value holds ASCII letters: a text without one (a timestamp, a number)
    // holds no credential unless a word in another script names one.
    bool ascii = false, beyondAscii = false;
    for (QChar c : text) {
        const char16_t l = c.unicode() | 0x20;
        if (l >= u'a' && l <= u'z') {
            ascii = true;
            break;
        }
        beyondAscii = beyondAscii || c.unicode() >= 0x80;
    }
    if (!ascii && !beyondAscii)
        return found;
    const TextChars chars = textChars(text);
    const auto has = [&](const char *marker) {
        return chars.holds(charsOf(marker)) && text.contains(QLatin1String(marker));
    };
    const Patterns &p = patterns();
    auto each = [&](const QRegularExpression &re, auto &&accept) {
        auto it = re.globalMatch(text);
        while (it.hasNext())
            accept(it.next());
    };
    // Cheap tests first: most texts hold none of the markers.
    for (const Prefixed &key : p.prefixed)
        if ((chars.holds(key.markerChars) && text.contains(key.marker)) ||
            (!key.otherMarker.isEmpty() && chars.holds(key.otherChars) && text.contains(key.otherMarker)))
            each(key.re, [&](const QRegularExpressionMatch &m) {
                found.append({key.type, m.capturedStart(), m.capturedLength(),
                              maskMiddle(m.capturedView(), key.keepStart, 4)});
            });
    if (has("gh"))
        each(p.github, [&](const QRegularExpressionMatch &m) {
            const QStringView s = m.capturedView();
            const int prefix =
                int(s.indexOf(QLatin1Char('_'), s.startsWith(QLatin1String("github_pat_")) ? 7 : 0)) + 1;
            found.append(
                {Type::GitHubToken, m.capturedStart(), m.capturedLength(), maskMiddle(s, prefix, 4)});
        });
    if (has("eyJ"))
        each(p.jwt, [&](const QRegularExpressionMatch &m) {
            if (jwtHeaderValid(m.capturedView(1)))
                found.append(
                    {Type::Jwt, m.capturedStart(), m.capturedLength(), QStringLiteral("eyJ***.***.***")});
        });
    if (has("PRIVATE KEY"))
        each(p.pem, [&](const QRegularExpressionMatch &m) {
            found.append({Type::PrivateKey, m.capturedStart(), m.capturedLength(),
                          m.captured(1) + QStringLiteral(" ****")});
        });
    if (has("sk-"))
        each(p.aiService, [&](const QRegularExpressionMatch &m) {
            if (mixed(m.capturedView()))
                found.append({Type::AiServiceKey, m.capturedStart(), m.capturedLength(),
                              maskMiddle(m.capturedView(), 3, 4)});
        });
    if (has("earer"))
        each(p.bearer, [&](const QRegularExpressionMatch &m) {
            found.append(
                {Type::BearerToken, m.capturedStart(1), m.capturedLength(1), QStringLiteral("Bearer ****")});
        });
    // Secrets known by where they stand: headers, connection strings, webhooks, cookies, key and login files.
    if (chars.holds(charsOf("uthorization")) && containsAscii(text, QLatin1String("uthorization")))
        each(p.authorization, [&](const QRegularExpressionMatch &m) {
            const QStringView scheme = m.capturedView(1), value = m.capturedView(2);
            const bool basic = scheme.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0;
            if (basic ? !base64Login(value) : value.size() < 16 || !letterAndDigit(value))
                return;
            found.append({Type::HttpHeaderCredential, m.capturedStart(2), m.capturedLength(2),
                          QStringLiteral("Authorization: ") +
                              (scheme.isEmpty() ? QString() : scheme.toString() + QLatin1Char(' ')) +
                              QStringLiteral("****")});
        });
    if (has("sig=") || has("ignature=") || has("IGNATURE=") ||
        (chars.holds(charsOf("key=")) && containsAscii(text, QLatin1String("key="))))
        each(p.azure, [&](const QRegularExpressionMatch &m) {
            found.append({m.hasCaptured(1) ? Type::AzureKey : Type::UrlSignature, m.capturedStart(3),
                          m.capturedLength(3), m.captured(1) + m.captured(2) + QStringLiteral("=****")});
        });
    if (has("hooks.slack.com") || has("/webhooks/"))
        each(p.webhook, [&](const QRegularExpressionMatch &m) {
            found.append({Type::WebhookUrl, m.capturedStart(), m.capturedLength(),
                          m.captured(1) + m.captured(2) + QStringLiteral("****")});
        });
    if (has("sessionid="))
        each(p.sessionId, [&](const QRegularExpressionMatch &m) {
            found.append({Type::SessionCookie, m.capturedStart(1), m.capturedLength(1),
                          QStringLiteral("sessionid=****")});
        });
    if (has("PuTTY-User-Key-File-"))
        each(p.putty, [&](const QRegularExpressionMatch &m) {
            found.append({Type::PrivateKey, m.capturedStart(), m.capturedLength(),
                          m.captured(1) + QStringLiteral(" ****")});
        });
    if (has("\"auth\""))
        each(p.dockerAuth, [&](const QRegularExpressionMatch &m) {
            if (base64Login(m.capturedView(1)))
                found.append({Type::RegistryAuth, m.capturedStart(1), m.capturedLength(1),
                              QStringLiteral("\"auth\": \"****\"")});
        });
    if (has("password") && (has("machine") || has("default")))
        each(p.netrc, [&](const QRegularExpressionMatch &m) {
            const int g = m.hasCaptured(1) ? 1 : 2;
            if (!placeholder(m.capturedView(g)))
                found.append({Type::NetrcPassword, m.capturedStart(g), m.capturedLength(g),
                              QStringLiteral("password ****")});
        });
    if (chars.colons >= 4)
        each(p.pgpass, [&](const QRegularExpressionMatch &m) {
            const QStringView host = m.capturedView(1), port = m.capturedView(2),
                              password = m.capturedView(5);
            const bool hostLike = host == u"*" || std::any_of(host.cbegin(), host.cend(), [](QChar c) {
                                      return c.isLetter() || c == QLatin1Char('.');
                                  });
            // "ERROR:2024:module:func:message" is a log line: a plain word there needs PostgreSQL's port.
            const bool word =
                std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLetter(); });
            const bool pgPort = port == u"*" || port.startsWith(u"543") || port == u"6432";
            // A port is '*' or 1–65535 ("key:0:0:0:0" is no line of a password file).
            const int portNumber = port == u"*" ? 1 : port.toInt();
            const bool validPort = portNumber >= 1 && portNumber <= 65535 && !port.startsWith(u'0');
            if (!hostLike || !validPort || placeholder(password) || (word && !pgPort))
                return;
            found.append({Type::PgpassPassword, m.capturedStart(5), m.capturedLength(5),
                          text.mid(m.capturedStart(1), m.capturedStart(5) - m.capturedStart(1)).toString() +
                              QStringLiteral("****")});
        });
    if (chars.holds(charsOf("-")) &&
        (has("-u") || has("--user") || has("--pass") || has("sshpass") || has("mysql")))
        each(p.commandLine, [&](const QRegularExpressionMatch &m) {
            const int g = m.hasCaptured(1) ? 1 : 2;
            if (!placeholder(m.capturedView(g)))
                found.append({Type::CommandLinePassword, m.capturedStart(g), m.capturedLength(g),
                              QStringLiteral("command-line password ****")});
        });
    if (chars.holds(charsOf("$")) &&
        (has("pbkdf2_") || has("argon2") || has("crypt") || has("sha1$") || has("md5$") || has("$2") ||
         has("$1$") || has("$5$") || has("$6$") || has("$y$")))
        each(p.passwordHash, [&](const QRegularExpressionMatch &m) {
            const bool django = m.hasCaptured(1);
            if (m.capturedView(django ? 2 : 4).contains(QLatin1Char('$')))
                found.append({Type::PasswordHash, m.capturedStart(), m.capturedLength(),
                              django ? m.captured(1) + QStringLiteral("$****")
                                     : m.captured(3) + QStringLiteral("****")});
        });
    // After the formats above: a key they know is reported as what it is, not again as an assigned value.
    const auto covered = [&](qsizetype start, qsizetype length) {
        return std::any_of(found.cbegin(), found.cend(), [&](const CredentialMatch &c) {
            return start < c.start + c.length && c.start < start + length;
        });
    };
    if ((chars.holds(charsOf("=")) || chars.colons > 0 || chars.holds(charsOf(">")) ||
         (chars.holds(kNonAscii) && (text.contains(QChar(0xff1a)) || text.contains(QChar(0xff1d))))) &&
        secretWord(text, chars))
        each(p.assigned, [&](const QRegularExpressionMatch &m) {
            const QStringView keyword = m.capturedView(1), op = m.capturedView(2), value = m.capturedView(3);
            if (placeholder(value) || covered(m.capturedStart(3), m.capturedLength(3)) ||
                value.compare(keyword, Qt::CaseInsensitive) == 0)
                return;
            // A reference, not a value: os.environ["…"], config("…"), process.env.DB_PASSWORD, self.password.
            const qsizetype end = m.capturedEnd(3);
            const bool call =
                end < text.size() && (text.at(end) == QLatin1Char('(') || text.at(end) == QLatin1Char('['));
            const bool identifier = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
                return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('.');
            });
            if ((call && identifier) || value.startsWith(QLatin1String("process.env.")) ||
                value.startsWith(QLatin1String("os.environ")) || value.startsWith(QLatin1String("self.")) ||
                value.startsWith(QLatin1String("this.")))
                return;
            qsizetype nameStart = m.capturedStart(1);
            while (nameStart > 0 && m.capturedStart(1) - nameStart < 64 && nameChar(text.at(nameStart - 1)))
                --nameStart;
            const bool alone = nameStart == m.capturedStart(1);
            // Prose writes "Password: changed" and "token=expired"; a value there needs a digit.
            const bool spaced = !op.contains(QLatin1Char('=')) && !op.contains(QLatin1Char('"')) &&
                                !op.contains(QLatin1Char('\'')) && op.size() > 1;
            const bool generic =
                alone && (keyword.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0 ||
                          keyword.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0);
            if ((spaced || generic) && !letterAndDigit(value))
                return;
            // "PWD=/home/app" is the shell's working directory.
            if (keyword.compare(QLatin1String("pwd"), Qt::CaseInsensitive) == 0 &&
                (value.startsWith(QLatin1Char('/')) || value.startsWith(QLatin1Char('~'))))
                return;
            found.append(
                {Type::AssignedSecret, m.capturedStart(3), m.capturedLength(3),
                 text.mid(nameStart, m.capturedEnd(1) - nameStart).toString() + QStringLiteral("=****")});
        });
    if (!ascii)
        return found;
    if (has("://"))
        each(p.urlPassword, [&](const QRegularExpressionMatch &m) {
            const QStringView password = m.capturedView(3);
            if (placeholder(password) || portAndPath(password))
                return;
            // A user that is an e-mail address (decoded "%40") stays out of the sample too.
            const QString user =
                m.capturedView(2).contains(QLatin1Char('@')) ? QStringLiteral("****") : m.captured(2);
            found.append(
                {Type::UrlPassword, m.capturedStart(), m.capturedLength(),
                 m.captured(1) + QStringLiteral("://") + user + QStringLiteral(":****@") + m.captured(4)});
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
    case Type::StripeKey:
        return QStringLiteral("Stripe key");
    case Type::GoogleApiKey:
        return QStringLiteral("Google API key");
    case Type::SendGridKey:
        return QStringLiteral("SendGrid key");
    case Type::NpmToken:
        return QStringLiteral("npm token");
    case Type::AiServiceKey:
        return QStringLiteral("API key (sk-)");
    case Type::BearerToken:
        return QStringLiteral("bearer token");
    case Type::AssignedSecret:
        return QStringLiteral("password or key given a value");
    case Type::TwilioKey:
        return QStringLiteral("Twilio key");
    case Type::HuggingFaceToken:
        return QStringLiteral("Hugging Face token");
    case Type::GoogleOAuthSecret:
        return QStringLiteral("Google OAuth client secret");
    case Type::WebhookUrl:
        return QStringLiteral("webhook URL");
    case Type::AzureKey:
        return QStringLiteral("Azure account or shared access key");
    case Type::UrlSignature:
        return QStringLiteral("signature of a signed URL");
    case Type::CommandLinePassword:
        return QStringLiteral("password on a command line");
    case Type::ServiceToken:
        return QStringLiteral("service API token");
    case Type::HttpHeaderCredential:
        return QStringLiteral("credential in an HTTP header");
    case Type::SessionCookie:
        return QStringLiteral("session cookie");
    case Type::RegistryAuth:
        return QStringLiteral("registry login (Docker config)");
    case Type::NetrcPassword:
        return QStringLiteral("password in a .netrc entry");
    case Type::PgpassPassword:
        return QStringLiteral("password in a .pgpass line");
    case Type::PasswordHash:
        return QStringLiteral("password hash");
    }
    return QString();
}

} // namespace iv::CredentialDetector
