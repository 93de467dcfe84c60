// SPDX-License-Identifier: MIT
#include "secretmask.h"

#include <QRegularExpression>

#include <algorithm>

namespace iv {

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// What a terminal or a log reader would read out of text: ANSI escape sequences, control and format
// characters (zero-width spaces, line breaks …) dropped, %XX escapes in either case decoded. Each character
// of the result remembers the span of text it came from, so a match can be masked in the original.
struct Normalized
{
    QString text;
    QList<qsizetype> from, to; // original span [from, to) per character of text
};

Normalized normalize(const QString &text)
{
    Normalized n;
    const qsizetype size = text.size();
    n.text.reserve(size);
    auto push = [&](QChar c, qsizetype a, qsizetype b) {
        n.text += c;
        n.from << a;
        n.to << b;
    };
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == 0x1b || u == 0x9b) { // ESC … or CSI
            qsizetype j = i + 1;
            if (u == 0x9b || (j < size && text.at(j) == QLatin1Char('['))) {
                if (u == 0x1b)
                    ++j;
                while (j < size && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3f)
                    ++j;
                while (j < size && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2f)
                    ++j;
                i = j < size ? j + 1 : j;                            // the final byte
            } else if (j < size && text.at(j) == QLatin1Char(']')) { // OSC … BEL or ESC '\'
                while (j < size && text.at(j).unicode() != 0x07 &&
                       !(text.at(j).unicode() == 0x1b && j + 1 < size && text.at(j + 1) == QLatin1Char('\\')))
                    ++j;
                i = j < size ? (text.at(j).unicode() == 0x07 ? j + 1 : j + 2) : j;
            } else {
                i = qMin(size, j + 1);
            }
            continue;
        }
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || c.category() == QChar::Other_Format || u == 0x2028 ||
            u == 0x2029) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('%') && i + 2 < size && isHex(text.at(i + 1)) && isHex(text.at(i + 2))) {
            // A run of %XX: one UTF-8 sequence or several ASCII characters.
            QByteArray bytes;
            qsizetype j = i;
            QList<qsizetype> starts;
            while (j + 2 < size && text.at(j) == QLatin1Char('%') && isHex(text.at(j + 1)) &&
                   isHex(text.at(j + 2))) {
                starts << j;
                bytes += char(text.mid(j + 1, 2).toInt(nullptr, 16));
                j += 3;
            }
            if (std::all_of(bytes.cbegin(), bytes.cend(), [](char b) { return uchar(b) < 0x80; })) {
                for (qsizetype k = 0; k < bytes.size(); ++k)
                    push(QLatin1Char(bytes.at(k)), starts.at(k), starts.at(k) + 3);
            } else {
                for (const QChar d : QString::fromUtf8(bytes))
                    push(d, i, j);
            }
            i = j;
            continue;
        }
        push(c, i, i + 1);
        ++i;
    }
    return n;
}

// The parts of value's base64 encoding that do not depend on what surrounds it, for each of the three
// alignments it can have inside a longer encoded text (user:password in a Basic header …), in the standard
// and the URL-safe alphabet.
QStringList base64Cores(const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    QStringList cores;
    for (int k = 0; k < 3; ++k) {
        const QByteArray encoded = (QByteArray(k, '\0') + bytes).toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype first = (8 * k + 5) / 6;
        const qsizetype end = (8 * k + 8 * bytes.size()) / 6;
        if (end - first < SecretMask::minimumLength + 2)
            continue;
        const QString core = QString::fromLatin1(encoded.mid(first, end - first));
        for (const QString &form : {core, QString(core)
                                              .replace(QLatin1Char('+'), QLatin1Char('-'))
                                              .replace(QLatin1Char('/'), QLatin1Char('_'))})
            if (!cores.contains(form))
                cores << form;
    }
    return cores;
}

} // namespace

void SecretMask::addReferences(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\\}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        const QByteArray key = name.toLocal8Bit();
        if (qEnvironmentVariableIsSet(key.constData()) && !qEnvironmentVariableIsEmpty(key.constData()))
            add(name, qEnvironmentVariable(key.constData()));
    }
}

void SecretMask::add(const QString &name, const QString &value)
{
    if (value.size() < minimumLength)
        return;
    const QString replacement = QStringLiteral("${%1}").arg(name);
    // The value itself (found also percent-encoded in either case, split by line breaks or broken by terminal
    // escapes: the search runs on the normalized text), and its base64 forms.
    QStringList forms{value};
    forms << base64Cores(value);
    for (const QString &form : std::as_const(forms)) {
        const bool known =
            std::any_of(m_values.cbegin(), m_values.cend(), [&](const auto &v) { return v.first == form; });
        if (known)
            continue;
        Value v{form, replacement, {}};
        const qsizetype piece = std::min<qsizetype>(form.size(), pieceLength);
        for (qsizetype j = 0; j + piece <= form.size(); ++j)
            v.pieces.insert(qHash(QStringView(form).mid(j, piece)));
        m_values.append(v);
    }
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QString SecretMask::apply(const QString &text) const
{
    if (m_values.isEmpty() || text.isEmpty())
        return text;
    const Normalized n = normalize(text);
    // Which original characters are masked, and by which value's name (index into m_values).
    QList<int> maskedBy(text.size(), -1);
    QList<bool> taken(n.text.size(), false);
    auto mark = [&](qsizetype start, qsizetype length, int value) {
        for (qsizetype k = start; k < start + length; ++k) {
            taken[k] = true;
            for (qsizetype o = n.from.at(k); o < n.to.at(k); ++o)
                if (maskedBy.at(o) < 0)
                    maskedBy[o] = value;
        }
        // Escape sequences and invisible characters between the masked characters go too.
        for (qsizetype o = n.from.at(start); o < n.to.at(start + length - 1); ++o)
            if (maskedBy.at(o) < 0)
                maskedBy[o] = value;
    };
    // Whole values first (longest first), then pieces: a value cut by a line break into two log lines, or
    // printed in part, leaks no run of `piece` characters or more.
    for (int v = 0; v < m_values.size(); ++v) {
        const QString &value = m_values.at(v).first;
        for (qsizetype at = n.text.indexOf(value); at >= 0; at = n.text.indexOf(value, at + value.size()))
            mark(at, value.size(), v);
    }
    for (int v = 0; v < m_values.size(); ++v) {
        const QString &value = m_values.at(v).first;
        const qsizetype piece = std::min<qsizetype>(value.size(), pieceLength);
        const QSet<size_t> &pieces = m_values.at(v).pieces;
        for (qsizetype i = 0; i + piece <= n.text.size();) {
            qsizetype best = 0;
            if (!taken.at(i) && pieces.contains(qHash(QStringView(n.text).mid(i, piece)))) {
                for (qsizetype j = 0; j + piece <= value.size(); ++j) {
                    qsizetype l = 0;
                    while (i + l < n.text.size() && j + l < value.size() && !taken.at(i + l) &&
                           n.text.at(i + l) == value.at(j + l))
                        ++l;
                    best = std::max(best, l);
                }
            }
            if (best >= piece) {
                mark(i, best, v);
                i += best;
            } else {
                ++i;
            }
        }
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype o = 0; o < text.size();) {
        const int v = maskedBy.at(o);
        if (v < 0) {
            result += text.at(o++);
            continue;
        }
        result += m_values.at(v).second;
        while (o < text.size() && maskedBy.at(o) == v)
            ++o;
    }
    return result;
}

} // namespace iv
