// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace iv {

// The name lexicon of the review's name detector: given and family names of many cultures, Han / kana /
// Hangul names, common words and place names, read once from the compiled-in resource
// :/review/names/lexicon.txt (made by tools/extract-name-lexicon.py from the per-locale lists of Python's,
// PHP's and Ruby's Faker and the person names of mecab-ipadic). Lookups
// fold case. instance() is built on first use and immutable afterwards: safe to share between threads.
class NameLexicon
{
public:
    static const NameLexicon &instance();

    bool isGiven(QStringView word) const { return m_given.contains(key(word)); }
    bool isFamily(QStringView word) const { return m_family.contains(key(word)); }
    // Chinese, Japanese and Korean family names in Latin letters, written first ("Wang Wei").
    bool isRomanizedFamily(QStringView word) const { return m_romanizedFamily.contains(key(word)); }
    bool isCommonWord(QStringView word) const { return m_common.contains(key(word)); }
    bool isPlace(QStringView text) const { return m_place.contains(key(text)); }
    // A brand, company or work named after a person ("Calvin Klein", "Jane Eyre"): not a person outside a
    // bucket of people. From the hand-kept :/review/names/not-people.txt.
    bool isNotPerson(QStringView text) const { return m_notPerson.contains(key(text)); }
    bool isCjkFamily(QStringView s) const { return m_cjkFamily.contains(s.toString()); }
    bool isCjkGiven(QStringView s) const { return m_cjkGiven.contains(s.toString()); }
    // A character that occurs in some CJK given name of the lexicon.
    bool isCjkGivenChar(QChar c) const { return m_cjkGivenChars.contains(c); }
    qsizetype size() const
    {
        return m_given.size() + m_family.size() + m_cjkFamily.size() + m_cjkGiven.size();
    }

    static QString key(QStringView word) { return word.toString().toCaseFolded(); }

private:
    NameLexicon();
    QSet<QString> m_given, m_family, m_romanizedFamily, m_common, m_place, m_cjkFamily, m_cjkGiven,
        m_notPerson, m_cjkGivenMore;
    QSet<QChar> m_cjkGivenChars;
};

} // namespace iv
