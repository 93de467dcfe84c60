// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace iv {

Translations::Translations(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

Translations *Translations::instance()
{
    static QPointer<Translations> self;
    if (!self)
        self = new Translations(QCoreApplication::instance()); // owned by the application object
    return self;
}

QStringList Translations::shippedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("de")};
}

QString Translations::resolve(const QString &code)
{
    if (code == QLatin1String("en") || shippedLanguages().contains(code))
        return code;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &tag : ui) {
        const QString language =
            tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (language == QLatin1String("en"))
            return language;
        if (shippedLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale Translations::localeFor(const QString &language)
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    if (language == QLatin1String("nl"))
        locale = QLocale(QLocale::Dutch, QLocale::Netherlands);
    else if (language == QLatin1String("de"))
        locale = QLocale(QLocale::German, QLocale::Germany);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString Translations::apply(const QString &code)
{
    const QString language = resolve(code);
    if (language == m_current && (language == QLatin1String("en") || !m_app->isEmpty()))
        return m_current; // nothing to swap
    m_current = language; // first: widgets re-read locale() on the LanguageChange the removal sends
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    if (language == QLatin1String("en"))
        return m_current; // removeTranslator() already sent LanguageChange
    if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    if (m_app->load(QStringLiteral(":/i18n/insights-viewer_") + language))
        QCoreApplication::installTranslator(m_app);
    return m_current;
}

} // namespace iv
