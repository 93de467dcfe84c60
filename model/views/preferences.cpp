// SPDX-License-Identifier: MIT
#include "preferences.h"

#include "gaugerange.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace iv {

const QString Preferences::AppNameKey = QStringLiteral("appearance/appName");
const QString Preferences::ThemeKey = QStringLiteral("appearance/theme");
const QString Preferences::LightPrimaryKey = QStringLiteral("charts/lightPrimaryColor");
const QString Preferences::DarkPrimaryKey = QStringLiteral("charts/darkPrimaryColor");
const QString Preferences::ExportDpiKey = QStringLiteral("export/dpi");
const QString Preferences::ReviewMinCountKey = QStringLiteral("review/minCount");
const QString Preferences::LanguageKey = QStringLiteral("interface/language");
const QString Preferences::RecentFilesKey = QStringLiteral("recent/files");
const QString Preferences::GaugeRangesKey = QStringLiteral("gauges/ranges");

namespace {
constexpr int kMinDpi = 10;
constexpr int kMaxDpi = 1200;

// One key per gauge inside GaugeRangesKey: module and label percent-encoded (either may hold '/', which
// QSettings reads as a group, or any other character) and joined by '|', which the encoding never produces.
QString gaugeKey(const QString &appModule, const QString &label)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(appModule) + '|' + QUrl::toPercentEncoding(label));
}

// Stored as two numbers in the C locale's shortest exact form, so a range reads back bit for bit.
std::optional<std::pair<double, double>> parseRange(const QVariant &stored)
{
    const QStringList parts = stored.toStringList();
    if (parts.size() != 2)
        return std::nullopt;
    bool okMin = false, okMax = false;
    const double minimum = parts.at(0).toDouble(&okMin);
    const double maximum = parts.at(1).toDouble(&okMax);
    if (!okMin || !okMax || !GaugeRange::isValidRange(minimum, maximum))
        return std::nullopt;
    return std::make_pair(minimum, maximum);
}

QColor colorValue(const QString &key, const QColor &fallback)
{
    const QColor c = QColor::fromString(QSettings().value(key).toString());
    return c.isValid() ? c : fallback;
}
} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent) {}

QString Preferences::defaultAppName()
{
    return QStringLiteral("Insights Viewer");
}

void Preferences::write(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed(key);
}

QString Preferences::appName() const
{
    const QString name = QSettings().value(AppNameKey).toString().trimmed();
    return name.isEmpty() ? defaultAppName() : name;
}

void Preferences::setAppName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == appName())
        return;
    write(AppNameKey, trimmed.isEmpty() ? defaultAppName() : trimmed);
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Preferences::Theme Preferences::theme() const
{
    return themeFromName(QSettings().value(ThemeKey).toString());
}

void Preferences::setTheme(Theme theme)
{
    if (theme != this->theme())
        write(ThemeKey, themeName(theme));
}

QColor Preferences::lightPrimaryColor() const
{
    return colorValue(LightPrimaryKey, defaultLightPrimary());
}

void Preferences::setLightPrimaryColor(const QColor &color)
{
    if (color.isValid() && color != lightPrimaryColor())
        write(LightPrimaryKey, color.name(QColor::HexRgb).toUpper());
}

QColor Preferences::darkPrimaryColor() const
{
    return colorValue(DarkPrimaryKey, defaultDarkPrimary());
}

void Preferences::setDarkPrimaryColor(const QColor &color)
{
    if (color.isValid() && color != darkPrimaryColor())
        write(DarkPrimaryKey, color.name(QColor::HexRgb).toUpper());
}

int Preferences::exportDpi() const
{
    bool ok = false;
    const int dpi = QSettings().value(ExportDpiKey).toInt(&ok);
    return ok && dpi >= kMinDpi && dpi <= kMaxDpi ? dpi : kDefaultExportDpi;
}

void Preferences::setExportDpi(int dpi)
{
    dpi = qBound(kMinDpi, dpi, kMaxDpi);
    if (dpi != exportDpi())
        write(ExportDpiKey, dpi);
}

int Preferences::reviewMinCount() const
{
    bool ok = false;
    const int k = QSettings().value(ReviewMinCountKey).toInt(&ok);
    return ok && k >= 0 && k <= 1000000 ? k : 0;
}

void Preferences::setReviewMinCount(int k)
{
    k = qBound(0, k, 1000000);
    if (k != reviewMinCount())
        write(ReviewMinCountKey, k);
}

QString Preferences::language() const
{
    const QString code = QSettings().value(LanguageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    const QString valid = availableLanguages().contains(code) ? code : QString();
    if (valid != language())
        write(LanguageKey, valid);
}

std::optional<std::pair<double, double>> Preferences::gaugeRange(const QString &appModule,
                                                                 const QString &label) const
{
    return parseRange(QSettings().value(GaugeRangesKey + QLatin1Char('/') + gaugeKey(appModule, label)));
}

bool Preferences::setGaugeRange(const QString &appModule, const QString &label, double minimum,
                                double maximum)
{
    if (!GaugeRange::isValidRange(minimum, maximum))
        return false;
    const QStringList value{QString::number(minimum, 'g', QLocale::FloatingPointShortest),
                            QString::number(maximum, 'g', QLocale::FloatingPointShortest)};
    QSettings settings;
    const QString key = GaugeRangesKey + QLatin1Char('/') + gaugeKey(appModule, label);
    if (settings.value(key).toStringList() != value) {
        settings.setValue(key, value);
        emit changed(GaugeRangesKey);
    }
    return true;
}

void Preferences::clearGaugeRange(const QString &appModule, const QString &label)
{
    QSettings settings;
    const QString key = GaugeRangesKey + QLatin1Char('/') + gaugeKey(appModule, label);
    if (!settings.contains(key))
        return;
    settings.remove(key);
    emit changed(GaugeRangesKey);
}

QList<Preferences::GaugeRangeEntry> Preferences::gaugeRanges() const
{
    QSettings settings;
    settings.beginGroup(GaugeRangesKey);
    QList<GaugeRangeEntry> out;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const qsizetype bar = key.indexOf(QLatin1Char('|'));
        const auto range = parseRange(settings.value(key));
        if (bar < 0 || !range)
            continue;
        out.append({QUrl::fromPercentEncoding(key.left(bar).toLatin1()),
                    QUrl::fromPercentEncoding(key.mid(bar + 1).toLatin1()), range->first, range->second});
    }
    std::sort(out.begin(), out.end(), [](const GaugeRangeEntry &a, const GaugeRangeEntry &b) {
        return std::tie(a.appModule, a.label) < std::tie(b.appModule, b.label);
    });
    return out;
}

void Preferences::resetToDefaults()
{
    setAppName(defaultAppName());
    setTheme(Theme::System);
    setLightPrimaryColor(defaultLightPrimary());
    setDarkPrimaryColor(defaultDarkPrimary());
    setExportDpi(kDefaultExportDpi);
    setLanguage(QString());
    setReviewMinCount(0);
}

QStringList Preferences::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList().mid(0, kMaxRecentFiles);
}

void Preferences::setRecentFiles(const QStringList &files)
{
    QSettings settings;
    if (settings.value(RecentFilesKey).toStringList() == files)
        return;
    settings.setValue(RecentFilesKey, files);
    emit recentFilesChanged();
}

void Preferences::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files.mid(0, kMaxRecentFiles));
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setRecentFiles(files);
}

void Preferences::clearRecentFiles()
{
    setRecentFiles({});
}

} // namespace iv
