// SPDX-License-Identifier: MIT
#include "reviewpolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <climits>

namespace iv {

namespace {

// A string member: absent → null string (any); present but not a non-empty string → error.
bool readString(const QJsonObject &o, const QString &key, const QString &where, QString *out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        *error = QCoreApplication::translate("iv::ReviewPolicy", "%1: \"%2\" must be a non-empty string")
                     .arg(where, key);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readWholeNumber(const QJsonValue &v, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 0 || d > double(max) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

// PBKDF2-HMAC-SHA256, one 32-byte block (RFC 8018). The iterations make each guess at a short value (a name
// from a list, an address of a known domain) cost as much for whoever holds the policy file; the salt of each
// acknowledgement makes each guess count for one acknowledgement only.
constexpr int kFingerprintIterations = 10000;
constexpr qsizetype kSaltBytes = 16;

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData("\0\0\0\1", 4);
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < kFingerprintIterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < t.size(); ++j)
            t[j] = char(t.at(j) ^ u.at(j));
    }
    return t;
}

// Every key but the fingerprint matches.
bool placeMatches(const ReviewPolicy::Acknowledgement &a, const ReviewFinding &f)
{
    if (f.code != a.code)
        return false;
    if (!a.app.isNull() && f.app != a.app)
        return false;
    if (!a.question.isNull() && f.question != a.question)
        return false;
    if (!a.table.isNull() && f.table != a.table)
        return false;
    if (!a.column.isNull() && f.column != a.column)
        return false;
    if (a.row >= 0 && f.row != a.row)
        return false;
    if (!a.sample.isNull() && f.sample != a.sample)
        return false;
    return true;
}

QByteArray fingerprintSalt(const QString &fingerprint)
{
    return QByteArray::fromHex(fingerprint.section(QLatin1Char(':'), 1, 1).toLatin1());
}

} // namespace

QString ReviewPolicy::keyedFingerprint(const QString &valueFingerprint, const QByteArray &salt)
{
    const QByteArray value = QByteArray::fromHex(valueFingerprint.toLatin1());
    if (valueFingerprint.isEmpty() || value.size() != 32)
        return QString();
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(kSaltBytes);
        QRandomGenerator::system()->generate(s.begin(), s.end());
    }
    return QLatin1String("v1:") + QString::fromLatin1(s.toHex()) + QLatin1Char(':') +
           QString::fromLatin1(pbkdf2Sha256(value, s).toHex());
}

bool ReviewPolicy::pinnedOnly(const QString &code)
{
    return code.startsWith(QLatin1String("personal-data-")) || code.startsWith(QLatin1String("secret-"));
}

bool ReviewPolicy::Acknowledgement::effective() const
{
    return ReviewFinding::acknowledgeable(code) && (!valuePinned(code) || !fingerprint.isNull());
}

bool ReviewPolicy::Acknowledgement::matches(const ReviewFinding &f) const
{
    if (!effective() || !placeMatches(*this, f))
        return false;
    // An empty valueFingerprint never matches: keyedFingerprint() is empty for it.
    return fingerprint.isNull() ||
           keyedFingerprint(f.valueFingerprint, fingerprintSalt(fingerprint)) == fingerprint;
}

std::optional<ReviewPolicy> ReviewPolicy::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 kMaxSize = 16 << 20; // a policy is small; refuse to read a huge file whole
    if (file.size() > kMaxSize) {
        *error = QCoreApplication::translate("iv::ReviewPolicy", "%1: larger than 16 MiB, not a policy file")
                     .arg(path);
        return std::nullopt;
    }
    QString reason;
    std::optional<ReviewPolicy> policy = parse(file.readAll(), &reason);
    if (!policy) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return std::nullopt;
    }
    policy->path = path;
    return policy;
}

std::optional<ReviewPolicy> ReviewPolicy::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("iv::ReviewPolicy", "not valid JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("iv::ReviewPolicy", "a policy is a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    static const QStringList rootKeys = {QStringLiteral("$schema"), QStringLiteral("version"),
                                         QStringLiteral("min-count"), QStringLiteral("allowed-tables"),
                                         QStringLiteral("acknowledged")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys.contains(it.key())) {
            *error = QCoreApplication::translate("iv::ReviewPolicy", "unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    ReviewPolicy policy;
    if (root.contains(QStringLiteral("version")) && root.value(QStringLiteral("version")) != QJsonValue(1)) {
        *error = QCoreApplication::translate("iv::ReviewPolicy", "\"version\" must be 1");
        return std::nullopt;
    }
    if (root.contains(QStringLiteral("min-count"))) {
        qint64 k = 0;
        if (!readWholeNumber(root.value(QStringLiteral("min-count")), 1000000, &k)) {
            *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                 "\"min-count\" must be a whole number from 0 to 1000000");
            return std::nullopt;
        }
        policy.minCount = int(k);
    }
    if (root.contains(QStringLiteral("allowed-tables"))) {
        const QJsonValue v = root.value(QStringLiteral("allowed-tables"));
        if (!v.isArray()) {
            *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                 "\"allowed-tables\" must be a list of table names");
            return std::nullopt;
        }
        for (const QJsonValue &t : v.toArray()) {
            if (!t.isString() || t.toString().isEmpty()) {
                *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                     "\"allowed-tables\" must be a list of table names");
                return std::nullopt;
            }
            if (t.toString().startsWith(QLatin1String("insights_"))) {
                *error = QCoreApplication::translate(
                             "iv::ReviewPolicy",
                             "\"allowed-tables\": %1 is upstream's table name, it cannot be an extra table")
                             .arg(t.toString());
                return std::nullopt;
            }
            policy.allowedTables.append(t.toString());
        }
    }
    if (root.contains(QStringLiteral("acknowledged"))) {
        const QJsonValue v = root.value(QStringLiteral("acknowledged"));
        if (!v.isArray()) {
            *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                 "\"acknowledged\" must be a list of findings");
            return std::nullopt;
        }
        static const QStringList keys = {
            QStringLiteral("code"),   QStringLiteral("app"),         QStringLiteral("question"),
            QStringLiteral("table"),  QStringLiteral("column"),      QStringLiteral("row"),
            QStringLiteral("sample"), QStringLiteral("fingerprint"), QStringLiteral("note")};
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = QStringLiteral("acknowledged[%1]").arg(i);
            if (!list.at(i).isObject()) {
                *error = QCoreApplication::translate("iv::ReviewPolicy", "%1 must be an object").arg(where);
                return std::nullopt;
            }
            const QJsonObject o = list.at(i).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!keys.contains(it.key())) {
                    *error = QCoreApplication::translate("iv::ReviewPolicy", "%1: unknown key \"%2\"")
                                 .arg(where, it.key());
                    return std::nullopt;
                }
            }
            Acknowledgement a;
            if (!o.contains(QStringLiteral("code"))) {
                *error =
                    QCoreApplication::translate("iv::ReviewPolicy", "%1: \"code\" is missing").arg(where);
                return std::nullopt;
            }
            if (!readString(o, QStringLiteral("code"), where, &a.code, error) ||
                !readString(o, QStringLiteral("app"), where, &a.app, error) ||
                !readString(o, QStringLiteral("question"), where, &a.question, error) ||
                !readString(o, QStringLiteral("table"), where, &a.table, error) ||
                !readString(o, QStringLiteral("column"), where, &a.column, error) ||
                !readString(o, QStringLiteral("sample"), where, &a.sample, error) ||
                !readString(o, QStringLiteral("fingerprint"), where, &a.fingerprint, error) ||
                !readString(o, QStringLiteral("note"), where, &a.note, error))
                return std::nullopt;
            if (o.contains(QStringLiteral("row")) &&
                !readWholeNumber(o.value(QStringLiteral("row")), qint64(1) << 53, &a.row)) {
                *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                     "%1: \"row\" must be a whole number (a rowid)")
                             .arg(where);
                return std::nullopt;
            }
            static const QRegularExpression fingerprintForm(QStringLiteral("^v1:[0-9a-f]{32}:[0-9a-f]{64}$"));
            if (!a.fingerprint.isNull()) {
                a.fingerprint = a.fingerprint.toLower();
                if (!fingerprintForm.match(a.fingerprint).hasMatch()) {
                    *error = QCoreApplication::translate(
                                 "iv::ReviewPolicy", "%1: \"fingerprint\" must be \"v1:\", 32 hex digits, "
                                                     "\":\" and 64 hex digits, as Save as Policy writes it")
                                 .arg(where);
                    return std::nullopt;
                }
            }
            if ((a.row >= 0 || !a.column.isNull()) && a.table.isNull()) {
                *error = QCoreApplication::translate("iv::ReviewPolicy",
                                                     "%1: \"column\" and \"row\" need \"table\"")
                             .arg(where);
                return std::nullopt;
            }
            // A code alone would accept every future finding of that kind: a place is required.
            if (a.app.isNull() && a.question.isNull() && a.table.isNull() && a.sample.isNull()) {
                *error = QCoreApplication::translate(
                             "iv::ReviewPolicy",
                             "%1: name a place (\"app\", \"question\", \"table\") or a \"sample\"")
                             .arg(where);
                return std::nullopt;
            }
            // Personal data and secrets are accepted one by one: a place alone (an app, a question, a table
            // or a column) would also accept every address or key written there after sign-off.
            if (pinnedOnly(a.code) && a.row < 0 && a.sample.isNull()) {
                *error =
                    QCoreApplication::translate(
                        "iv::ReviewPolicy",
                        "%1: %2 is personal data or a secret: acknowledge it by \"row\" (with \"table\") "
                        "or by \"sample\", so new values at the same place are not accepted too")
                        .arg(where, a.code);
                return std::nullopt;
            }
            policy.acknowledged.append(a);
        }
    }
    return policy;
}

std::optional<ReviewPolicy::Acknowledgement> ReviewPolicy::acknowledgementFor(const ReviewFinding &f,
                                                                              const QString &note)
{
    if (f.unlisted > 0 || !ReviewFinding::acknowledgeable(f.code))
        return std::nullopt;
    Acknowledgement a;
    a.code = f.code;
    auto nonEmpty = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    a.app = nonEmpty(f.app);
    a.question = nonEmpty(f.question);
    a.table = nonEmpty(f.table);
    a.column = a.table.isNull() ? QString() : nonEmpty(f.column);
    a.sample = nonEmpty(f.sample);
    if (a.sample.isNull() && !a.table.isNull())
        a.row = f.row;
    a.note = nonEmpty(note.left(2000));
    if (a.app.isNull() && a.question.isNull() && a.table.isNull() && a.sample.isNull())
        return std::nullopt;
    if (pinnedOnly(a.code) && a.row < 0 && a.sample.isNull())
        return std::nullopt;
    if (valuePinned(a.code)) {
        a.fingerprint = keyedFingerprint(f.valueFingerprint);
        if (a.fingerprint.isEmpty())
            return std::nullopt; // a mask or a row would accept other values too
    }
    return a;
}

QByteArray ReviewPolicy::toJson() const
{
    QJsonObject root{{QStringLiteral("$schema"),
                      QStringLiteral("https://insightsviewer.github.io/schemas/review-policy.schema.json")},
                     {QStringLiteral("version"), 1}};
    if (minCount > 0)
        root.insert(QStringLiteral("min-count"), minCount);
    if (!allowedTables.isEmpty())
        root.insert(QStringLiteral("allowed-tables"), QJsonArray::fromStringList(allowedTables));
    QJsonArray list;
    for (const Acknowledgement &a : acknowledged) {
        QJsonObject o{{QStringLiteral("code"), a.code}};
        auto put = [&o](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("app", a.app);
        put("question", a.question);
        put("table", a.table);
        put("column", a.column);
        if (a.row >= 0)
            o.insert(QStringLiteral("row"), a.row);
        put("sample", a.sample);
        put("fingerprint", a.fingerprint);
        put("note", a.note);
        list.append(o);
    }
    root.insert(QStringLiteral("acknowledged"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ReviewPolicy::configure(ReviewReport::Options &options) const
{
    options.minCount = minCount;
    options.allowedExtraTables = allowedTables;
    options.maxFindingsPerKind = INT_MAX; // every finding listed one by one, so each can be matched
}

int ReviewPolicy::apply(ReviewReport &report) const
{
    QVector<bool> used(acknowledged.size(), false);
    for (qsizetype i = 0; i < acknowledged.size(); ++i) {
        const Acknowledgement &a = acknowledged.at(i);
        if (!ReviewFinding::acknowledgeable(a.code)) {
            used[i] = true;
            report.addNote(
                LocalizedText::translate(
                    "iv::ReviewPolicy",
                    "acknowledged[%1] (%2) accepts nothing: a policy cannot acknowledge %2 (content "
                    "the review could not read, or a review that cannot be trusted); it always counts")
                    .arg(QString::number(i), a.code));
        } else if (!a.effective()) {
            used[i] = true;
            report.addNote(
                LocalizedText::translate(
                    "iv::ReviewPolicy",
                    "acknowledged[%1] (%2) is pinned by masked sample or row only and accepts nothing: "
                    "neither tells one value from another; acknowledge the finding again (Save as "
                    "Policy…) to pin its value")
                    .arg(QString::number(i), a.code));
        }
    }
    // The keyed fingerprint is slow by design: once per salt and value.
    QHash<QString, QString> keyed;
    int count = 0;
    for (ReviewFinding &f : report.findings) {
        if (f.unlisted > 0 || !ReviewFinding::acknowledgeable(f.code))
            continue; // findings not listed one by one cannot have been seen, an incomplete scan not accepted
        for (qsizetype i = 0; i < acknowledged.size(); ++i) {
            const Acknowledgement &a = acknowledged.at(i);
            if (!a.effective() || !placeMatches(a, f))
                continue;
            if (!a.fingerprint.isNull()) {
                if (f.valueFingerprint.isEmpty())
                    continue;
                const QString salt = a.fingerprint.section(QLatin1Char(':'), 1, 1);
                const QString key = salt + QLatin1Char(':') + f.valueFingerprint;
                auto it = keyed.constFind(key);
                if (it == keyed.constEnd())
                    it = keyed.insert(key,
                                      keyedFingerprint(f.valueFingerprint, fingerprintSalt(a.fingerprint)));
                if (*it != a.fingerprint)
                    continue;
            }
            used[i] = true;
            if (!f.acknowledged)
                ++count;
            f.acknowledged = true;
        }
    }
    for (qsizetype i = 0; i < acknowledged.size(); ++i)
        if (!used.at(i))
            report.addNote(LocalizedText::translate("iv::ReviewPolicy",
                                                    "acknowledged[%1] (%2) matched no finding in this file")
                               .arg(QString::number(i), acknowledged.at(i).code));
    return count;
}

} // namespace iv
