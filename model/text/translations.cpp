// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace iv {

namespace {

// The English build's catalogue of one rule: a source with %n writes its plural as "(s)" ("%n file(s)
// left out"); for n = 1 the "(s)" goes, otherwise it becomes "s". Everything else falls through to the
// source text. QCoreApplication::translate replaces %n afterwards, as for any catalogue.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        if (n < 0 || !source)
            return QString();
        QString text = QString::fromUtf8(source);
        if (!text.contains(QLatin1String("(s)")) || !text.contains(QLatin1String("%n")))
            return QString();
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this)),
      m_english(new EnglishPlurals(this))
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
    const bool english = language == QLatin1String("en");
    if (language == m_current && (english ? m_englishInstalled : !m_app->isEmpty()))
        return m_current; // nothing to swap
    m_current = language; // first: widgets re-read locale() on the LanguageChange the removal sends
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_english);
    m_englishInstalled = english;
    if (english) {
        QCoreApplication::installTranslator(m_english);
        return m_current;
    }
    if (m_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    if (m_app->load(QStringLiteral(":/i18n/insights-viewer_") + language))
        QCoreApplication::installTranslator(m_app);
    return m_current;
}

} // namespace iv
