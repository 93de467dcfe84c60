// SPDX-License-Identifier: MIT
// Translations: the .ts files are complete and real (no unfinished or vanished entries, placeholders, plural
// forms and menu mnemonics kept), lupdate on today's sources finds nothing new (so a tr() added without its
// translation fails here), the built-in catalogues switch the window's menus and Qt's own texts live, and the
// real binary prints --help in the system's language or the one --language asks for.
#include "findinghelp.h"
#include "mainwindow.h"
#include "snapshotreviewer.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace iv;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute ("" when finished)
    bool numerus = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
                out << m;
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
        if (m.numerus && xml.isEndElement() && xml.name() == QLatin1String("translation"))
            out << m;
    }
    // Numerus messages end at </translation>, which readNext() reports as an end element.
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

int mnemonics(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    int n = 0;
    for (int i = 0; i + 1 < t.size(); ++i)
        if (t.at(i) == QLatin1Char('&') && t.at(i + 1).isLetter())
            ++n;
    return n;
}

QString runViewer(const QStringList &args, const QMap<QString, QString> &locale, int *exitCode = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(var));
    for (auto it = locale.cbegin(); it != locale.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IV_VIEWER_BINARY), args);
    if (!p.waitForFinished(30000))
        return QStringLiteral("(timeout)");
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    // English has no catalogue, but its plurals are real: a "%n … (s)" source says "1 file", "3 files".
    void englishPluralForms()
    {
        Translations::instance()->apply(QStringLiteral("en"));
        auto t = [](const char *source, int n) { return QCoreApplication::translate("iv::HistoryPage", source, nullptr, n); };
        QCOMPARE(t("%n file(s) left out:", 1), QStringLiteral("1 file left out:"));
        QCOMPARE(t("%n file(s) left out:", 3), QStringLiteral("3 files left out:"));
        QCOMPARE(t("%n file(s) left out:", 0), QStringLiteral("0 files left out:"));
        QCOMPARE(t("in %n question(s) or table(s)", 1), QStringLiteral("in 1 question or table"));
        QCOMPARE(t("in %n question(s) or table(s)", 2), QStringLiteral("in 2 questions or tables"));
        // Only counted messages: a "(s)" without %n, or without a count, is text and stays.
        QCOMPARE(t("Average book(s) per author?", 2), QStringLiteral("Average book(s) per author?"));
        QCOMPARE(QCoreApplication::translate("iv::HistoryPage", "%n file(s)"), QStringLiteral("%n file(s)"));
        // Dutch takes its own catalogue's forms, and back to English again.
        Translations::instance()->apply(QStringLiteral("nl"));
        QVERIFY(!t("%n file(s) left out:", 3).contains(QLatin1String("(s)")));
        Translations::instance()->apply(QStringLiteral("en"));
        QCOMPARE(t("%n file(s) left out:", 2), QStringLiteral("2 files left out:"));
    }

    void initTestCase()
    {
        // Settings in a private, empty folder: default preferences, whatever other tests do meanwhile.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewer"));
        QCoreApplication::setApplicationName(QStringLiteral("insights-viewer"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
    }

    void tsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void tsComplete()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(IV_TS_DIR "/insights-viewer_%1.ts").arg(language);
        QString tsLanguage;
        const QList<Message> messages = readTs(path, &tsLanguage);
        QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
        QVERIFY(tsLanguage.startsWith(language));
        int differ = 0;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(" — ") + where));
            QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" → ") + t));
                QVERIFY2(mnemonics(t) == mnemonics(m.source), qPrintable(where + QStringLiteral(" → ") + t));
                if (t != m.source)
                    ++differ;
            }
        }
        // Real translations, not copies of the English: all but names, units and symbols differ.
        QVERIFY2(differ > messages.size() * 8 / 10, qPrintable(QString::number(differ)));
    }

    // lupdate over every source of app/, widgets/ and model/ (the list CMake uses) into a copy of each .ts:
    // nothing new, nothing gone, nothing unfinished.
    void lupdateFindsNothingNew()
    {
        QTemporaryDir dir;
        QStringList copies;
        for (const char *lang : {"nl", "de"}) {
            const QString name = QStringLiteral("insights-viewer_%1.ts").arg(QString::fromLatin1(lang));
            copies << ivtest::copyFile(QStringLiteral(IV_TS_DIR "/") + name, dir, name);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(IV_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-obsolete"), QStringLiteral("@" IV_TR_SOURCES_FILE),
                                  QStringLiteral("-ts")} +
                          copies);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString out = QString::fromUtf8(lupdate.readAll());
        QCOMPARE(lupdate.exitCode(), 0);
        static const QRegularExpression found(
            QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
        int reports = 0;
        for (auto it = found.globalMatch(out); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(match.captured(1).toInt() > 300, qPrintable(out));
            QVERIFY2(match.captured(2) == QLatin1String("0"), qPrintable(out));
            ++reports;
        }
        QCOMPARE(reports, 2);
        QVERIFY2(!out.contains(QStringLiteral("obsolete")), qPrintable(out));
        for (const QString &copy : std::as_const(copies)) {
            QString language;
            const QList<Message> after = readTs(copy, &language);
            QString original;
            QCOMPARE(after.size(),
                     readTs(QStringLiteral(IV_TS_DIR "/") + QFileInfo(copy).fileName(), &original).size());
            for (const Message &m : after)
                QVERIFY2(m.type.isEmpty(), qPrintable(m.context + QStringLiteral(": ") + m.source));
        }
    }

    void switchLive_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("qtText");
        QTest::addColumn<QString>("onePoint");
        QTest::addColumn<QString>("fivePoints");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"),
                                           QStringLiteral("Beel&d"), QStringLiteral("&Controle"),
                                           QStringLiteral("&Help")}
                            << QStringLiteral("Standaard herstellen") << QStringLiteral("1 punt")
                            << QStringLiteral("5 punten");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Ansicht"), QStringLiteral("&Prüfen"),
                                           QStringLiteral("&Hilfe")}
                            << QStringLiteral("Voreinstellungen") << QStringLiteral("1 Punkt")
                            << QStringLiteral("5 Punkte");
    }

    void switchLive()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, qtText);
        QFETCH(QString, onePoint);
        QFETCH(QString, fivePoints);
        MainWindow w;
        const auto titles = [&w] {
            QStringList out;
            for (QAction *a : w.menuBar()->actions())
                out << a->text();
            return out;
        };
        QCOMPARE(titles().first(), QStringLiteral("&File"));
        QCOMPARE(Translations::instance()->apply(language), language);
        QTRY_COMPARE(titles(), menus);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Restore Defaults"), qtText); // Qt's own .qm
        QCOMPARE(QCoreApplication::translate("iv::DiffPage", "%n point(s)", nullptr, 1), onePoint);
        QCOMPARE(QCoreApplication::translate("iv::DiffPage", "%n point(s)", nullptr, 5), fivePoints);
        QVERIFY(w.windowTitle() == QStringLiteral("Insights Viewer"));
        QCOMPARE(Translations::instance()->apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(titles().first(), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Restore Defaults"),
                 QStringLiteral("Restore Defaults"));
    }

    // Texts made in the model layer follow the language too — a review finding and the text report the GUI shows
    // — while the JSON export stays English whatever the language.
    void modelTextsFollowLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("heading");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("tabel notes hoort niet bij het schema van upstream; de tekst erin is "
                                              "gescand op persoonsgegevens")
                            << QStringLiteral("Scan op persoonsgegevens");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Tabelle notes gehört nicht zum Upstream-Schema; ihr Text wurde nach "
                                              "personenbezogenen Daten durchsucht")
                            << QStringLiteral("Suche nach personenbezogenen Daten");
    }
    void modelTextsFollowLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, finding);
        QFETCH(QString, heading);
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("extra.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) +
                QStringLiteral("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hello');"));
        const QString english = QStringLiteral(
            "table notes is not part of upstream's schema; its text was scanned for personal data");
        auto messages = [](const ReviewReport &r) {
            QStringList out;
            for (const ReviewFinding &f : r.findings)
                out << f.message;
            return out;
        };
        QVERIFY2(messages(SnapshotReviewer::review(path)).contains(english),
                 qPrintable(messages(SnapshotReviewer::review(path)).join(QLatin1Char('\n'))));
        QCOMPARE(Translations::instance()->apply(language), language);
        const ReviewReport report = SnapshotReviewer::review(path);
        QVERIFY2(messages(report).contains(finding), qPrintable(messages(report).join(QLatin1Char('\n'))));
        QVERIFY(report.toText().contains(finding));
        QVERIFY(report.toText().contains(heading));
        const QByteArray json = report.toJson();
        QVERIFY(json.contains(english.toUtf8()));
        QVERIFY(!json.contains(finding.toUtf8()));
        QCOMPARE(Translations::instance()->apply(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(messages(SnapshotReviewer::review(path)).contains(english));
    }

    // The review desk's help for each finding (a table of texts marked with QT_TRANSLATE_NOOP) is in the
    // catalogues: written through a macro of our own, lupdate did not see it and German readers got English.
    void findingHelpFollowsLanguage()
    {
        const QStringList codes = {QStringLiteral("personal-data-email"), QStringLiteral("hidden-record-bytes"),
                                   QStringLiteral("hot-journal"), QStringLiteral("free-pages"),
                                   QStringLiteral("missing-column")};
        QCOMPARE(Translations::instance()->apply(QStringLiteral("de")), QStringLiteral("de"));
        for (const QString &code : codes) {
            const FindingHelp english = FindingHelp::english(code);
            const FindingHelp shown = FindingHelp::forCode(code);
            for (const auto &[en, de] : {std::pair{english.title, shown.title}, std::pair{english.detects, shown.detects},
                                         std::pair{english.how, shown.how}, std::pair{english.limits, shown.limits},
                                         std::pair{english.action, shown.action}})
                if (en != code)
                    QVERIFY2(en != de, qPrintable(code + QStringLiteral(": ") + en));
        }
        QCOMPARE(FindingHelp::forCode(QStringLiteral("hot-journal")).title, QStringLiteral("Unvollendeter Schreibvorgang"));
        QCOMPARE(Translations::instance()->apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(FindingHelp::forCode(QStringLiteral("hot-journal")).title, QStringLiteral("Unfinished write"));
    }

    void resolveFromSystem()
    {
        QCOMPARE(Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("fr")), Translations::resolve(QString()));
        QCOMPARE(Translations::shippedLanguages(), (QStringList{QStringLiteral("nl"), QStringLiteral("de")}));
    }

    void helpFollowsLocale_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        const QStringList help{QStringLiteral("--help")};
        QTest::newRow("LANG=nl") << help << QStringLiteral("nl_NL.UTF-8")
                                 << QStringList{QStringLiteral("Een overzicht van BESTAND tonen en stoppen."),
                                                QStringLiteral("Insights Viewer: django-insights-snapshots"),
                                                QStringLiteral("Opties:")};
        QTest::newRow("LANG=de") << help << QStringLiteral("de_DE.UTF-8")
                                 << QStringList{
                                        QStringLiteral("Eine Übersicht von DATEI ausgeben und beenden."),
                                        QStringLiteral("Optionen:")};
        QTest::newRow("--language beats LANG")
            << QStringList{QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")}
            << QStringLiteral("nl_NL.UTF-8") << QStringList{QStringLiteral("Eine Übersicht von DATEI")};
        QTest::newRow("LANG=C") << help << QStringLiteral("C.UTF-8")
                                << QStringList{QStringLiteral("Print an outline of FILE and exit."),
                                               QStringLiteral("Options:")};
        QTest::newRow("error nl") << QStringList{QStringLiteral("--list")} << QStringLiteral("nl_NL.UTF-8")
                                  << QStringList{
                                         QStringLiteral("insights-viewer: precies één BESTAND verwacht")};
    }

    void helpFollowsLocale()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        int exitCode = -1;
        const QString out = runViewer(args, {{QStringLiteral("LANG"), lang}}, &exitCode);
        for (const QString &e : expected)
            QVERIFY2(out.contains(e), qPrintable(out));
        QCOMPARE(exitCode, args.contains(QStringLiteral("--help")) ? 0 : 2);
    }

    // A collect error on stderr speaks the chosen language, in every layer it passes (the CLI's "collect
    // failed", the sql provider's context, the source's or the SQL check's reason); English without --language.
    void collectErrorsFollowLanguage_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QString missing = QStringLiteral("missing");
        const QString twoStatements = QStringLiteral("two-statements");
        QTest::newRow("missing source, en")
            << missing << QString()
            << QStringList{QStringLiteral("insights-viewer: collect failed, "),
                           QStringLiteral("provider \"sql\", metric \"n\" (source \"default\"): "),
                           QStringLiteral("absent.db: no such file")};
        QTest::newRow("missing source, nl")
            << missing << QStringLiteral("nl")
            << QStringList{QStringLiteral("insights-viewer: verzamelen mislukt, "),
                           QStringLiteral("provider \"sql\", metriek \"n\" (bron \"default\"): "),
                           QStringLiteral("absent.db: bestand bestaat niet")};
        QTest::newRow("missing source, de")
            << missing << QStringLiteral("de")
            << QStringList{QStringLiteral("insights-viewer: Sammeln fehlgeschlagen, "),
                           QStringLiteral("Provider \"sql\", Metrik \"n\" (Quelle \"default\"): "),
                           QStringLiteral("absent.db: Datei existiert nicht")};
        QTest::newRow("two statements, en")
            << twoStatements << QString()
            << QStringList{QStringLiteral("one SQL statement per metric, please (found more after ';')"),
                           QStringLiteral("source \"default\": ")};
        QTest::newRow("two statements, nl")
            << twoStatements << QStringLiteral("nl")
            << QStringList{QStringLiteral("slechts één SQL-statement per metriek (meer gevonden na ';')"),
                           QStringLiteral("bron \"default\": ")};
        QTest::newRow("two statements, de")
            << twoStatements << QStringLiteral("de")
            << QStringList{QStringLiteral("bitte eine SQL-Anweisung pro Metrik (weitere nach ';' gefunden)"),
                           QStringLiteral("Quelle \"default\": ")};
    }

    void collectErrorsFollowLanguage()
    {
        QFETCH(QString, project);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile empty(dir.filePath(QStringLiteral("empty.db"))); // SQLite reads a 0-byte file as an empty database
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const QByteArray source = project == QLatin1String("missing") ? "absent.db" : "empty.db";
        const QByteArray sql = project == QLatin1String("missing") ? "SELECT 1" : "SELECT 1; SELECT 2";
        QFile file(dir.filePath(QStringLiteral("project.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"output\": \"out.db\", \"sources\": {\"default\": \"" + source
                   + "\"}, \"apps\": [{\"module\": \"shop.insights\", \"metrics\": [{\"kind\": \"counter\", "
                     "\"label\": \"n\", \"sql\": \"" + sql + "\"}]}]}");
        file.close();
        QStringList args;
        if (!language.isEmpty())
            args << QStringLiteral("--language") << language;
        args << QStringLiteral("--collect") << file.fileName();
        int exitCode = -1;
        const QString out = runViewer(args, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}}, &exitCode);
        for (const QString &e : expected)
            QVERIFY2(out.contains(e), qPrintable(out));
        QCOMPARE(exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
