// SPDX-License-Identifier: MIT
#include "namelexicon.h"

#include <QFile>

namespace iv {

const NameLexicon &NameLexicon::instance()
{
    static const NameLexicon lexicon; // thread-safe initialisation
    return lexicon;
}

NameLexicon::NameLexicon()
{
    // Hand-kept lists beside the generated lexicon: brands and works named after people, places that are
    // given names.
    for (const auto &[path, set] : {std::pair{":/review/names/not-people.txt", &m_notPerson},
                                    std::pair{":/review/names/places.txt", &m_place}}) {
        QFile list(QString::fromLatin1(path));
        if (!list.open(QIODevice::ReadOnly))
            continue;
        const QString all = QString::fromUtf8(list.readAll());
        for (QStringView line : QStringView(all).split(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                set->insert(key(line));
        }
    }
    QFile file(QStringLiteral(":/review/names/lexicon.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return; // a build without the resource finds no names: the other detectors still work
    const QString all = QString::fromUtf8(file.readAll());
    QSet<QString> *section = nullptr;
    for (QStringView line : QStringView(all).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const QStringView name = line.mid(1, line.size() - 2);
            section = name == QLatin1String("given")              ? &m_given
                      : name == QLatin1String("family")           ? &m_family
                      : name == QLatin1String("family-romanized") ? &m_romanizedFamily
                      : name == QLatin1String("common")           ? &m_common
                      : name == QLatin1String("place")            ? &m_place
                      : name == QLatin1String("cjk-family")       ? &m_cjkFamily
                      : name == QLatin1String("cjk-given")        ? &m_cjkGiven
                      : name == QLatin1String("cjk-given-more")   ? &m_cjkGivenMore
                                                                  : nullptr;
            continue;
        }
        if (!section)
            continue;
        if (section == &m_cjkGivenMore) {
            m_cjkGiven.insert(line.toString()); // a known name; its characters stay out of m_cjkGivenChars
        } else if (section == &m_cjkFamily || section == &m_cjkGiven) {
            section->insert(line.toString());
            if (section == &m_cjkGiven)
                for (QChar c : line)
                    m_cjkGivenChars.insert(c);
        } else {
            section->insert(key(line));
        }
    }
}

} // namespace iv
