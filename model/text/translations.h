// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace iv {

// Loads the viewer's own translations (built in as resources under :/i18n, see translations/) and Qt's
// (qtbase_*.qm from QLibraryInfo::TranslationsPath) for one language, and swaps them live: installing a
// translator sends QEvent::LanguageChange to every widget, whose retranslateUi() does the rest. One instance
// per process (instance(), parented to the application object); needs a QCoreApplication. GUI/main thread.
class Translations : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    static Translations *instance();

    // The languages the viewer ships besides English ("nl", "de").
    static QStringList shippedLanguages();
    // The language to use for code: code itself when shipped, "en" for "en", and for "" the first of the
    // system's UI languages (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that is
    // shipped, else "en".
    static QString resolve(const QString &code);

    // Loads the language for code (see resolve()) and returns it; "en" removes the catalogues and installs the
    // English plural forms (the sources are English, but a "%n file(s)" source needs "1 file", "2 files").
    QString apply(const QString &code);
    QString current() const { return m_current; }
    // The locale numbers are written in: the UI language's (en_US, nl_NL, de_DE), not the system's, so a
    // German window never reads "2,000" as two. Digit grouping is on.
    QLocale locale() const { return localeFor(m_current); }
    static QLocale localeFor(const QString &language);

private:
    explicit Translations(QObject *parent);

    QString m_current = QStringLiteral("en");
    QTranslator *m_app = nullptr; // child
    QTranslator *m_qt = nullptr;  // child
    QTranslator *m_english = nullptr; // child: English plural forms
    bool m_englishInstalled = false;
};

} // namespace iv
