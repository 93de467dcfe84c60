// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace iv {

// The user's preferences, stored in QSettings (organisation/application names set in main.cpp; tests isolate
// them with QStandardPaths::setTestModeEnabled or XDG_CONFIG_HOME). Every getter reads QSettings, so a new
// Preferences object (or a new run) sees what an earlier one wrote. Setters write at once and emit changed()
// with the key when the value really changes; MainWindow applies changes live. Also keeps the recent-files
// list (most recent first, at most kMaxRecentFiles). docs/PREFERENCES.md lists the keys and the upstream
// django-insights setting each one mirrors. GUI thread only.
class Preferences : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    enum class Theme { System, Light, Dark };
    static constexpr int kMaxRecentFiles = 10;

    // The QSettings keys (also the argument of changed()). No key lives in a group named "General":
    // QSettings' INI format reads [General] back as the top level, so such a key would be lost on the next
    // run.
    static const QString AppNameKey;
    static const QString ThemeKey;
    static const QString LightPrimaryKey;
    static const QString DarkPrimaryKey;
    static const QString ExportDpiKey;
    static const QString ReviewMinCountKey;
    static const QString LanguageKey;
    static const QString RecentFilesKey;
    static const QString GaugeRangesKey; // a group: one entry per app module and question label

    // A gauge range the user set for one question (GaugeRange uses it before any guess).
    struct GaugeRangeEntry
    {
        QString appModule;
        QString label;
        double minimum = 0;
        double maximum = 0;
    };

    static QString defaultAppName(); // "Insights Viewer" (upstream INSIGHTS_APP_NAME)
    static QColor defaultLightPrimary() { return QColor(0x25, 0x63, 0xEB); }
    static QColor defaultDarkPrimary() { return QColor(0xBF, 0xDB, 0xFE); }
    static constexpr int kDefaultExportDpi = 180; // upstream INSIGHTS_CHART_DPI
    // Language codes offered; "" means "follow the system".
    static QStringList availableLanguages()
    {
        return {QString(), QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de")};
    }

    explicit Preferences(QObject *parent = nullptr);

    QString appName() const; // never empty: falls back to the default
    void setAppName(const QString &name);
    Theme theme() const;
    void setTheme(Theme theme);
    QColor lightPrimaryColor() const;
    void setLightPrimaryColor(const QColor &color);
    QColor darkPrimaryColor() const;
    void setDarkPrimaryColor(const QColor &color);
    int exportDpi() const; // 10..1200
    void setExportDpi(int dpi);
    // The review's small-count threshold K (counts from 1 to K-1 are findings); 0: off (the default).
    int reviewMinCount() const; // 0..1000000
    void setReviewMinCount(int k);
    QString language() const; // "", "en", "nl" or "de"
    void setLanguage(const QString &code);
    // The range set for the gauge labelled label in the app with module appModule, if any (and valid).
    std::optional<std::pair<double, double>> gaugeRange(const QString &appModule, const QString &label) const;
    // Keeps [minimum, maximum] for that gauge; false (and nothing stored) unless both are finite and
    // minimum < maximum.
    bool setGaugeRange(const QString &appModule, const QString &label, double minimum, double maximum);
    void clearGaugeRange(const QString &appModule, const QString &label);
    // Every stored range, sorted by module then label.
    QList<GaugeRangeEntry> gaugeRanges() const;

    // Puts everything but the recent files back to the defaults.
    void resetToDefaults();

    static QString themeName(Theme theme); // "system", "light", "dark" (the stored form)
    static Theme themeFromName(const QString &name);

    QStringList recentFiles() const;
    // Puts path (made absolute) first, removes duplicates, keeps the newest kMaxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

signals:
    void changed(const QString &key);
    void recentFilesChanged();

private:
    void write(const QString &key, const QVariant &value);
    void setRecentFiles(const QStringList &files);
};

} // namespace iv
