// SPDX-License-Identifier: MIT
#include "personaldatascanner.h"
#include "valuedetectors_p.h"

#include "namedetector.h"
#include "textnormalizer.h"

#include <QStringDecoder>
#include <QStringView>

#include <algorithm>

namespace iv::PersonalDataScanner {

namespace {

LocalizedText reasonText(NameDetector::Reason reason, const BucketContext &context)
{
    switch (reason) {
    case NameDetector::Reason::PersonText:
    case NameDetector::Reason::PersonBucket: {
        const LocalizedText field = context.field == QLatin1String("x axis label")
                                        ? LocalizedText::translate("iv::PersonalDataScanner", "x axis label")
                                    : context.field == QLatin1String("y axis label")
                                        ? LocalizedText::translate("iv::PersonalDataScanner", "y axis label")
                                    : context.field == QLatin1String("question")
                                        ? LocalizedText::translate("iv::PersonalDataScanner", "question")
                                    : context.field == QLatin1String("title")
                                        ? LocalizedText::translate("iv::PersonalDataScanner", "title")
                                    : context.field == QLatin1String("description")
                                        ? LocalizedText::translate("iv::PersonalDataScanner", "description")
                                        : LocalizedText::translate("iv::PersonalDataScanner", "label");
        if (reason == NameDetector::Reason::PersonText)
            return LocalizedText::translate("iv::PersonalDataScanner",
                                            "in a text about people ('%1' in its %2)")
                .arg(context.word, field);
        return LocalizedText::translate("iv::PersonalDataScanner",
                                        "category of a person bucket ('%1' in its %2)")
            .arg(context.word, field);
    }
    case NameDetector::Reason::NamesBucket:
        return LocalizedText::translate("iv::PersonalDataScanner", "category of a bucket of names");
    case NameDetector::Reason::Shape:
        break;
    }
    return {};
}

void addNames(QVector<Match> &found, const QVector<NameDetector::NameMatch> &names,
              const QVector<QPair<qsizetype, qsizetype>> &taken, const BucketContext &context = {})
{
    for (const auto &n : names)
        if (!overlaps(taken, n.start, n.start + n.length))
            found.append({Kind::Name, n.masked, {}, n.start, n.length, reasonText(n.reason, context)});
}

} // namespace

namespace {

// Matches of the normalised text with their positions in the original.
void toOriginal(QVector<Match> &found, const TextNormalizer::Normalized &n)
{
    if (n.unchanged())
        return;
    for (Match &m : found) {
        const auto span = n.original(m.start, m.length);
        m.start = span.first;
        m.length = span.second;
    }
}

// Adds the matches of the displayed order that the stored order did not have (same kind, same place).
void merge(QVector<Match> &found, const QVector<Match> &more)
{
    for (const Match &m : more) {
        bool known = false;
        for (const Match &f : std::as_const(found))
            known =
                known || (f.kind == m.kind && m.start < f.start + f.length && f.start < m.start + m.length);
        if (!known)
            found.append(m);
    }
}

bool isBase64Character(char16_t u)
{
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '/' ||
           u == '-' || u == '_';
}

// Values hidden in base64 (the standard or the URL-safe alphabet): a run of at least 12 base64 characters
// (and its padding) that decodes to UTF-8 text, every character printable or white space, is scanned as that
// text too (value detectors; names too when `names`). A match covers the whole run in the original, its
// sample masked from the decoded text as read, "base64" in its detail. Decoded text is not decoded again.
QVector<Match> encodedValues(QStringView text, bool names)
{
    constexpr qsizetype kShortest = 12; // 9 bytes: "Ann Smith", "a@b.co.uk"
    QVector<Match> found;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!isBase64Character(text[i].unicode())) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool urlSafe = false;
        while (j < n && isBase64Character(text[j].unicode())) {
            urlSafe = urlSafe || text[j] == u'-' || text[j] == u'_';
            ++j;
        }
        qsizetype end = j;
        while (end < n && end - j < 2 && text[end] == u'=')
            ++end;
        const qsizetype start = i;
        i = end;
        if (j - start < kShortest)
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(
            text.mid(start, end - start).toLatin1(),
            (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding) |
                QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString plain = utf8.decode(*decoded);
        if (utf8.hasError() || plain.isEmpty() ||
            !std::all_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.isPrint() || c.isSpace(); }))
            continue;
        // Decoded text is read as any text is (escapes, spelled-out or spaced '@', look-alikes), but not
        // decoded from base64 again.
        const QString read = TextNormalizer::isPlain(plain) ? plain : TextNormalizer::normalize(plain).text;
        QVector<QPair<qsizetype, qsizetype>> taken;
        QVector<Match> inside = scanValues(read, taken);
        if (names)
            addNames(inside, NameDetector::find(read), taken);
        for (Match &m : inside) {
            m.start = start;
            m.length = end - start;
            m.detail = m.detail.isEmpty() ? QStringLiteral("base64") : m.detail + QStringLiteral(", base64");
            found.append(m);
        }
    }
    return found;
}

QVector<Match> scanRead(QStringView text, const BucketContext &context)
{
    QVector<QPair<qsizetype, qsizetype>> taken; // spans already reported, so one value is one finding
    QVector<Match> found = scanValues(text, taken);
    if (context.kind == BucketContext::Kind::Person)
        addNames(found, NameDetector::findAboutPeople(text), taken, context);
    else
        addNames(found, NameDetector::find(text), taken);
    return found;
}

} // namespace

QVector<Match> scan(const QString &fullText, int maxChars)
{
    return scan(fullText, maxChars, BucketContext{});
}

QVector<Match> scan(const QString &fullText, int maxChars, const BucketContext &context)
{
    const QStringView text = QStringView(fullText).left(std::min<qsizetype>(fullText.size(), maxChars));
    if (TextNormalizer::isPlain(text)) {
        QVector<Match> found = scanRead(text, context);
        merge(found, encodedValues(text, true));
        return found;
    }
    const TextNormalizer::Normalized read = TextNormalizer::normalize(text);
    QVector<Match> found = scanRead(read.text, context);
    toOriginal(found, read);
    if (TextNormalizer::hasOverride(text)) {
        const TextNormalizer::Normalized shown = TextNormalizer::normalize(text, true);
        QVector<Match> more = scanRead(shown.text, context);
        toOriginal(more, shown);
        merge(found, more);
    }
    merge(found, encodedValues(text, true));
    return found;
}

QVector<QVector<Match>> scanCategories(const QStringList &categories, int maxChars,
                                       const BucketContext &context, QVector<bool> *toCheck)
{
    QVector<TextNormalizer::Normalized> read(categories.size());
    QStringList bounded;
    bounded.reserve(categories.size());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString &c = categories.at(i);
        const QStringView v = QStringView(c).left(std::min<qsizetype>(c.size(), maxChars));
        if (TextNormalizer::isPlain(v)) {
            bounded.append(v.size() == c.size() ? c : v.toString());
        } else {
            read[i] = TextNormalizer::normalize(v);
            bounded.append(read[i].text);
        }
    }
    const QVector<QVector<NameDetector::NameMatch>> names =
        NameDetector::scanCategories(bounded, context, toCheck);
    QVector<QVector<Match>> result(bounded.size());
    for (qsizetype i = 0; i < bounded.size(); ++i) {
        QVector<QPair<qsizetype, qsizetype>> taken;
        result[i] = scanValues(bounded.at(i), taken);
        addNames(result[i], names.at(i), taken, context);
        toOriginal(result[i], read.at(i));
        if (TextNormalizer::hasOverride(categories.at(i)))
            merge(result[i], scan(categories.at(i), maxChars));
        merge(result[i], encodedValues(QStringView(categories.at(i)).left(maxChars), true));
        if (toCheck && !result.at(i).isEmpty())
            (*toCheck)[i] = false;
    }
    return result;
}

QString maskValues(const QString &text)
{
    // The value detectors only (no name rules: scan() without its costliest part), on the text as it is read
    // and, behind a right-to-left override, as it is displayed.
    const QStringView view(text);
    QVector<QPair<qsizetype, qsizetype>> taken;
    QVector<Match> found;
    if (TextNormalizer::isPlain(view)) {
        found = scanValues(view, taken);
    } else {
        const TextNormalizer::Normalized read = TextNormalizer::normalize(view);
        found = scanValues(read.text, taken);
        toOriginal(found, read);
        if (TextNormalizer::hasOverride(view)) {
            const TextNormalizer::Normalized shown = TextNormalizer::normalize(view, true);
            QVector<QPair<qsizetype, qsizetype>> shownTaken;
            QVector<Match> more = scanValues(shown.text, shownTaken);
            toOriginal(more, shown);
            merge(found, more);
        }
    }
    merge(found, encodedValues(view, false));
    if (found.isEmpty())
        return text;
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) { return a.start > b.start; });
    QString out = text;
    qsizetype before =
        out.size() + 1; // the start of the last span replaced: spans are replaced back to front
    for (const Match &m : std::as_const(found)) {
        if (m.start < 0 || m.length <= 0 || m.start + m.length > before)
            continue;
        out.replace(m.start, m.length, m.masked);
        before = m.start;
    }
    return out;
}

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Iban:
        return QStringLiteral("iban");
    case Kind::Card:
        return QStringLiteral("card");
    case Kind::Ipv4:
        return QStringLiteral("ipv4");
    case Kind::Ipv6:
        return QStringLiteral("ipv6");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::NationalId:
        return QStringLiteral("national-id");
    case Kind::Credential:
        return QStringLiteral("credential");
    }
    return QString();
}

QString findingCode(Kind kind)
{
    return kind == Kind::Credential ? QStringLiteral("secret-credential")
                                    : QStringLiteral("personal-data-") + kindId(kind);
}

LocalizedText kindText(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return LocalizedText::translate("iv::PersonalDataScanner", "e-mail address");
    case Kind::Phone:
        return LocalizedText::translate("iv::PersonalDataScanner", "phone number");
    case Kind::Iban:
        return LocalizedText::translate("iv::PersonalDataScanner", "IBAN");
    case Kind::Card:
        return LocalizedText::translate("iv::PersonalDataScanner", "payment card number");
    case Kind::Ipv4:
        return LocalizedText::translate("iv::PersonalDataScanner", "IPv4 address");
    case Kind::Ipv6:
        return LocalizedText::translate("iv::PersonalDataScanner", "IPv6 address");
    case Kind::Name:
        return LocalizedText::translate("iv::PersonalDataScanner", "person's name");
    case Kind::NationalId:
        return LocalizedText::translate("iv::PersonalDataScanner", "national id number");
    case Kind::Credential:
        return LocalizedText::translate("iv::PersonalDataScanner", "credential");
    }
    return LocalizedText();
}

QString kindName(Kind kind)
{
    return kindText(kind).text;
}

QString digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            d += c;
    return d;
}

QString maskDigits(QStringView s, int keep)
{
    int remaining = static_cast<int>(digitsOf(s).size());
    QString out;
    for (QChar c : s) {
        if (c.isDigit()) {
            out += remaining > keep ? QLatin1Char('*') : c;
            --remaining;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace iv::PersonalDataScanner
