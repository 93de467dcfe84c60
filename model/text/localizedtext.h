// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <type_traits>

namespace iv {

// A count for a %n plural, clamped to int. A function call, not `int(std::min<qint64>(n, INT_MAX))`, inside
// translate(...): lupdate 6.4's parser loops forever on a template argument list among translate()'s arguments.
inline int clampToInt(qint64 n)
{
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(n);
}

// A user-visible model text in two languages: `text` in the UI language (what the GUI, the text reports and
// stderr show) and `english` (what JSON exports carry: their content stays the same whatever the language).
// Make one with translate() — lupdate finds LocalizedText::translate("iv::Context", "literal") like
// QCoreApplication::translate — and fill it with arg(): strings, other LocalizedTexts (each language takes its
// own side) or numbers, replaced in one pass like QString::arg(a, b, …) so file text never injects a %n.
struct LocalizedText
{
private:
    template <typename T>
    static constexpr bool isTextArg()
    {
        return std::is_same_v<T, LocalizedText> || std::is_convertible_v<const T &, QString>;
    }
    static const QString &uiSide(const LocalizedText &t) { return t.text; }
    static const QString &englishSide(const LocalizedText &t) { return t.english; }
    static QString uiSide(const QString &s) { return s; }
    static QString englishSide(const QString &s) { return s; }

public:
    QString text;    // UI language
    QString english; // source text

    LocalizedText() = default;
    LocalizedText(const QString &uiText, const QString &englishText) : text(uiText), english(englishText) {}
    // The same in every language: file text, a path, SQLite's own message.
    static LocalizedText same(const QString &s) { return {s, s}; }

    static LocalizedText translate(const char *context, const char *source, const char *disambiguation = nullptr,
                                   int n = -1)
    {
        QString english = QString::fromUtf8(source);
        if (n >= 0)
            english.replace(QLatin1String("%n"), QString::number(n));
        return {QCoreApplication::translate(context, source, disambiguation, n), english};
    }

    template <typename... A, std::enable_if_t<(isTextArg<A>() && ...), int> = 0>
    LocalizedText arg(const A &...a) const
    {
        return {text.arg(uiSide(a)...), english.arg(englishSide(a)...)};
    }
    template <typename N, std::enable_if_t<std::is_arithmetic_v<N>, int> = 0>
    LocalizedText arg(N n) const
    {
        return {text.arg(n), english.arg(n)};
    }

    bool isEmpty() const { return text.isEmpty(); }
    bool isNull() const { return text.isNull(); }
};

} // namespace iv
