// SPDX-License-Identifier: MIT
// Preferences: defaults, persistence across objects and across runs of the real binary, change signals,
// recent files (order, limit, duplicates, clear), and the dialog writing through to the preferences.
#include "preferences.h"
#include "preferencesdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        // Settings land in a fresh temporary XDG_CONFIG_HOME, set before the first QSettings is made; the
        // names match main.cpp so the real binary reads the same file.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewer"));
        QCoreApplication::setApplicationName(QStringLiteral("insights-viewer"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        Preferences p;
        QCOMPARE(p.appName(), QStringLiteral("Insights Viewer"));
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(p.lightPrimaryColor(), QColor(QStringLiteral("#2563EB")));
        QCOMPARE(p.darkPrimaryColor(), QColor(QStringLiteral("#BFDBFE")));
        QCOMPARE(p.exportDpi(), 180);
        QCOMPARE(p.language(), QString());
        QVERIFY(p.recentFiles().isEmpty());
    }

    void persistAcrossObjects()
    {
        {
            Preferences p;
            p.setAppName(QStringLiteral("  Bookstore insights  "));
            p.setTheme(Preferences::Theme::Dark);
            p.setLightPrimaryColor(QColor(QStringLiteral("#112233")));
            p.setDarkPrimaryColor(QColor(QStringLiteral("#AABBCC")));
            p.setExportDpi(300);
            p.setLanguage(QStringLiteral("de"));
        }
        Preferences again;
        QCOMPARE(again.appName(), QStringLiteral("Bookstore insights"));
        QCOMPARE(again.theme(), Preferences::Theme::Dark);
        QCOMPARE(again.lightPrimaryColor(), QColor(QStringLiteral("#112233")));
        QCOMPARE(again.darkPrimaryColor(), QColor(QStringLiteral("#AABBCC")));
        QCOMPARE(again.exportDpi(), 300);
        QCOMPARE(again.language(), QStringLiteral("de"));
        // The stored form is what docs/PREFERENCES.md documents.
        QSettings s;
        QCOMPARE(s.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(s.value(QStringLiteral("charts/lightPrimaryColor")).toString(), QStringLiteral("#112233"));
        QCOMPARE(s.value(QStringLiteral("export/dpi")).toInt(), 300);
        QCOMPARE(s.value(QStringLiteral("interface/language")).toString(), QStringLiteral("de"));

        again.resetToDefaults();
        QCOMPARE(Preferences().theme(), Preferences::Theme::System);
        QCOMPARE(Preferences().exportDpi(), 180);
        QCOMPARE(Preferences().appName(), QStringLiteral("Insights Viewer"));
    }

    // A new run of the real program reads the language preference written here: --help comes out in Dutch.
    void persistAcrossRuns()
    {
        Preferences().setLanguage(QStringLiteral("nl"));
        QSettings().sync();
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        viewer.setProcessEnvironment(env);
        viewer.start(QStringLiteral(IV_VIEWER_BINARY), {QStringLiteral("--help")});
        QVERIFY(viewer.waitForFinished(30000));
        QCOMPARE(viewer.exitCode(), 0);
        const QString help = QString::fromUtf8(viewer.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Een overzicht van BESTAND tonen en stoppen.")),
                 qPrintable(help));

        Preferences().setLanguage(QString());
        QSettings().sync();
        viewer.start(QStringLiteral(IV_VIEWER_BINARY), {QStringLiteral("--help")});
        QVERIFY(viewer.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(viewer.readAllStandardOutput())
                    .contains(QStringLiteral("Print an outline of FILE")));
    }

    void invalidValuesFallBack()
    {
        QSettings s;
        s.setValue(Preferences::ThemeKey, QStringLiteral("purple"));
        s.setValue(Preferences::ExportDpiKey, 5);
        s.setValue(Preferences::LightPrimaryKey, QStringLiteral("not a colour"));
        s.setValue(Preferences::LanguageKey, QStringLiteral("fr"));
        s.setValue(Preferences::AppNameKey, QStringLiteral("   "));
        s.sync();
        Preferences p;
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(p.exportDpi(), 180);
        QCOMPARE(p.lightPrimaryColor(), Preferences::defaultLightPrimary());
        QCOMPARE(p.language(), QString());
        QCOMPARE(p.appName(), QStringLiteral("Insights Viewer"));
        p.setExportDpi(5000);
        QCOMPARE(p.exportDpi(), 1200);
    }

    void changedSignals()
    {
        Preferences p;
        QSignalSpy spy(&p, &Preferences::changed);
        p.setTheme(Preferences::Theme::Light);
        p.setTheme(Preferences::Theme::Light); // no change, no signal
        p.setExportDpi(240);
        p.setLightPrimaryColor(QColor());                // invalid: ignored
        p.setAppName(QStringLiteral("Insights Viewer")); // the default already
        p.setLanguage(QStringLiteral("nl"));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toString(), Preferences::ThemeKey);
        QCOMPARE(spy.at(1).at(0).toString(), Preferences::ExportDpiKey);
        QCOMPARE(spy.at(2).at(0).toString(), Preferences::LanguageKey);
    }

    void recentFiles()
    {
        Preferences p;
        QSignalSpy spy(&p, &Preferences::recentFilesChanged);
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << QDir(m_files.path()).filePath(QStringLiteral("s%1.db").arg(i));
            p.addRecentFile(paths.last());
        }
        QCOMPARE(spy.count(), 12);
        QStringList expected;
        for (int i = 11; i >= 2; --i)
            expected << paths.at(i);
        QCOMPARE(p.recentFiles(), expected); // newest first, ten at most
        p.addRecentFile(paths.at(5));        // again: moves to the top, no duplicate
        QCOMPARE(p.recentFiles().first(), paths.at(5));
        QCOMPARE(p.recentFiles().count(paths.at(5)), 1);
        QCOMPARE(p.recentFiles().size(), 10);
        QCOMPARE(Preferences().recentFiles(), p.recentFiles()); // persisted
        p.removeRecentFile(paths.at(5));
        QVERIFY(!p.recentFiles().contains(paths.at(5)));
        QCOMPARE(p.recentFiles().size(), 9);
        // Relative paths are stored absolute.
        QDir::setCurrent(m_files.path());
        p.addRecentFile(QStringLiteral("relative.db"));
        QCOMPARE(p.recentFiles().first(),
                 QDir(m_files.path()).absoluteFilePath(QStringLiteral("relative.db")));
        p.clearRecentFiles();
        QVERIFY(p.recentFiles().isEmpty());
        QVERIFY(Preferences().recentFiles().isEmpty());
        // Clearing does not touch the other preferences.
        p.setExportDpi(200);
        p.clearRecentFiles();
        QCOMPARE(p.exportDpi(), 200);
    }

    void dialogWritesThrough()
    {
        Preferences p;
        PreferencesDialog dialog(&p);
        QCOMPARE(dialog.dpiSpin()->value(), 180);
        QCOMPARE(dialog.themeCombo()->currentIndex(), 0);
        QCOMPARE(dialog.lightColorButton()->text(), QStringLiteral("#2563EB"));
        QSignalSpy spy(&p, &Preferences::changed);
        dialog.themeCombo()->setCurrentIndex(2);
        QCOMPARE(p.theme(), Preferences::Theme::Dark);
        dialog.dpiSpin()->setValue(96);
        QCOMPARE(p.exportDpi(), 96);
        QCOMPARE(dialog.minCountSpin()->value(), 0); // the review's small-count check: off by default
        dialog.minCountSpin()->setValue(5);
        QCOMPARE(p.reviewMinCount(), 5);
        dialog.languageCombo()->setCurrentIndex(3);
        QCOMPARE(p.language(), QStringLiteral("de"));
        dialog.appNameEdit()->clear();
        QTest::keyClicks(dialog.appNameEdit(), QStringLiteral("Shop"));
        QCOMPARE(p.appName(), QStringLiteral("Shop"));
        QVERIFY(spy.count() >= 4);
        // Restore Defaults puts the controls back too.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(p.theme(), Preferences::Theme::System);
        QCOMPARE(dialog.themeCombo()->currentIndex(), 0);
        QCOMPARE(dialog.dpiSpin()->value(), 180);
        QCOMPARE(dialog.minCountSpin()->value(), 0);
        QCOMPARE(p.reviewMinCount(), 0);
        QCOMPARE(dialog.appNameEdit()->text(), QStringLiteral("Insights Viewer"));
        QCOMPARE(dialog.languageCombo()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
