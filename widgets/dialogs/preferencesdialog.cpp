// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "numberformat.h"
#include "preferences.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace iv {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(Qt::gray);
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}
} // namespace

PreferencesDialog::PreferencesDialog(Preferences *prefs, QWidget *parent)
    : QDialog(parent), m_prefs(prefs), m_appNameLabel(new QLabel(this)), m_appName(new QLineEdit(this)),
      m_themeLabel(new QLabel(this)), m_theme(new QComboBox(this)), m_lightLabel(new QLabel(this)),
      m_lightColor(new QPushButton(this)), m_darkLabel(new QLabel(this)), m_darkColor(new QPushButton(this)),
      m_dpiLabel(new QLabel(this)), m_dpi(new QSpinBox(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_minCountLabel(new QLabel(this)), m_minCount(new QSpinBox(this)),
      m_gaugeRangesLabel(new QLabel(this)),
      m_gaugeRanges(new QTableWidget(0, 4, this)), m_removeGaugeRange(new QPushButton(this)),
      m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *form = new QFormLayout(this);
    form->addRow(m_appNameLabel, m_appName);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_lightLabel, m_lightColor);
    form->addRow(m_darkLabel, m_darkColor);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_minCountLabel, m_minCount);
    form->addRow(m_gaugeRangesLabel);
    form->addRow(m_gaugeRanges);
    form->addRow(QString(), m_removeGaugeRange);
    form->addRow(m_note);
    form->addRow(m_buttons);
    m_appNameLabel->setBuddy(m_appName);
    m_themeLabel->setBuddy(m_theme);
    m_lightLabel->setBuddy(m_lightColor);
    m_darkLabel->setBuddy(m_darkColor);
    m_dpiLabel->setBuddy(m_dpi);
    m_minCountLabel->setBuddy(m_minCount);
    m_languageLabel->setBuddy(m_language);
    m_gaugeRangesLabel->setBuddy(m_gaugeRanges);
    m_gaugeRangesLabel->setWordWrap(true);
    m_gaugeRanges->setObjectName(QStringLiteral("gaugeRanges"));
    m_gaugeRanges->verticalHeader()->hide();
    m_gaugeRanges->horizontalHeader()->setStretchLastSection(true);
    m_gaugeRanges->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaugeRanges->setMinimumHeight(m_gaugeRanges->verticalHeader()->defaultSectionSize() * 4);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_appName->setMaxLength(120);
    m_dpi->setRange(10, 1200);
    m_minCount->setRange(0, 1000000); // 0: off
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString());
    for (int i = 0; i < Preferences::availableLanguages().size(); ++i)
        m_language->addItem(QString(), Preferences::availableLanguages().at(i));
    m_lightColor->setObjectName(QStringLiteral("lightColor"));
    m_darkColor->setObjectName(QStringLiteral("darkColor"));

    connect(m_appName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_loading)
            m_prefs->setAppName(text);
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            m_prefs->setTheme(Preferences::Theme(index));
    });
    connect(m_dpi, &QSpinBox::valueChanged, this, [this](int dpi) {
        if (!m_loading)
            m_prefs->setExportDpi(dpi);
    });
    connect(m_minCount, &QSpinBox::valueChanged, this, [this](int k) {
        if (!m_loading)
            m_prefs->setReviewMinCount(k);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            m_prefs->setLanguage(m_language->itemData(index).toString());
    });
    connect(m_gaugeRanges, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            gaugeRangeEdited(item->row());
    });
    connect(m_gaugeRanges, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeGaugeRange->setEnabled(!m_gaugeRanges->selectedItems().isEmpty()); });
    connect(m_removeGaugeRange, &QPushButton::clicked, this, &PreferencesDialog::removeSelectedGaugeRanges);
    connect(m_lightColor, &QPushButton::clicked, this, [this] { chooseColor(false); });
    connect(m_darkColor, &QPushButton::clicked, this, [this] { chooseColor(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_prefs->resetToDefaults();
        load();
    });
    connect(m_prefs, &Preferences::changed, this, [this] {
        if (!m_loading)
            updateSwatches();
    });
    retranslateUi();
    load();
}

void PreferencesDialog::load()
{
    m_loading = true;
    if (m_appName->text().trimmed() != m_prefs->appName())
        m_appName->setText(m_prefs->appName());
    m_theme->setCurrentIndex(int(m_prefs->theme()));
    m_dpi->setValue(m_prefs->exportDpi());
    m_minCount->setValue(m_prefs->reviewMinCount());
    m_language->setCurrentIndex(qMax(0, int(Preferences::availableLanguages().indexOf(m_prefs->language()))));
    updateSwatches();
    loadGaugeRanges();
    m_loading = false;
}

void PreferencesDialog::loadGaugeRanges()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const NumberFormat format = NumberFormat::ui();
    const QList<Preferences::GaugeRangeEntry> ranges = m_prefs->gaugeRanges();
    m_gaugeRanges->setRowCount(int(ranges.size()));
    for (int row = 0; row < ranges.size(); ++row) {
        const Preferences::GaugeRangeEntry &e = ranges.at(row);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text); // file text: QTableWidget shows it as plain text
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_gaugeRanges->setItem(row, 0, fixed(e.appModule));
        m_gaugeRanges->setItem(row, 1, fixed(e.label));
        m_gaugeRanges->setItem(row, 2, new QTableWidgetItem(format.exact(e.minimum)));
        m_gaugeRanges->setItem(row, 3, new QTableWidgetItem(format.exact(e.maximum)));
    }
    m_removeGaugeRange->setEnabled(false);
    m_loading = wasLoading;
}

void PreferencesDialog::gaugeRangeEdited(int row)
{
    const NumberFormat format = NumberFormat::ui();
    bool okMin = false, okMax = false;
    const double minimum = format.parse(m_gaugeRanges->item(row, 2)->text(), &okMin);
    const double maximum = format.parse(m_gaugeRanges->item(row, 3)->text(), &okMax);
    if (okMin && okMax)
        m_prefs->setGaugeRange(m_gaugeRanges->item(row, 0)->text(), m_gaugeRanges->item(row, 1)->text(),
                               minimum, maximum);
    loadGaugeRanges(); // an unusable edit goes back to what is stored
}

void PreferencesDialog::removeSelectedGaugeRanges()
{
    QList<int> rows;
    const QList<QTableWidgetItem *> selected = m_gaugeRanges->selectedItems();
    for (QTableWidgetItem *item : selected)
        if (!rows.contains(item->row()))
            rows.append(item->row());
    for (int row : rows)
        m_prefs->clearGaugeRange(m_gaugeRanges->item(row, 0)->text(), m_gaugeRanges->item(row, 1)->text());
    loadGaugeRanges();
}

void PreferencesDialog::updateSwatches()
{
    m_lightColor->setIcon(swatch(m_prefs->lightPrimaryColor()));
    m_lightColor->setText(m_prefs->lightPrimaryColor().name().toUpper());
    m_darkColor->setIcon(swatch(m_prefs->darkPrimaryColor()));
    m_darkColor->setText(m_prefs->darkPrimaryColor().name().toUpper());
}

void PreferencesDialog::chooseColor(bool dark)
{
    const QColor current = dark ? m_prefs->darkPrimaryColor() : m_prefs->lightPrimaryColor();
    const QColor chosen = QColorDialog::getColor(current, this,
                                                 dark ? tr("Primary Chart Colour (Dark Theme)")
                                                      : tr("Primary Chart Colour (Light Theme)"));
    if (!chosen.isValid())
        return;
    if (dark)
        m_prefs->setDarkPrimaryColor(chosen);
    else
        m_prefs->setLightPrimaryColor(chosen);
    updateSwatches();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_appNameLabel->setText(tr("Application &name:"));
    m_appName->setAccessibleName(tr("Application name"));
    m_appName->setAccessibleDescription(tr("Shown in the window title and above the dashboard"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_lightLabel->setText(tr("Chart colour, &light theme:"));
    m_lightColor->setAccessibleName(tr("Primary chart colour for the light theme"));
    m_lightColor->setAccessibleDescription(tr("Opens a colour chooser"));
    m_darkLabel->setText(tr("Chart colour, &dark theme:"));
    m_darkColor->setAccessibleName(tr("Primary chart colour for the dark theme"));
    m_darkColor->setAccessibleDescription(tr("Opens a colour chooser"));
    m_dpiLabel->setText(tr("E&xport resolution:"));
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Export resolution in dots per inch"));
    m_minCountLabel->setText(tr("Review: s&mall counts below:"));
    m_minCount->setSpecialValueText(tr("off"));
    m_minCount->setToolTip(tr("Counts from 1 up to this number minus one can single a person out: the review "
                              "reports them (small-count). 0 turns the check off."));
    m_minCount->setAccessibleName(tr("Review small counts below this number"));
    m_languageLabel->setText(tr("Lan&guage:"));
    // Each language in its own name, so it can be found whatever the current language is.
    m_language->setItemText(0, tr("System default"));
    m_language->setItemText(1, QStringLiteral("English"));
    m_language->setItemText(2, QStringLiteral("Nederlands"));
    m_language->setItemText(3, QStringLiteral("Deutsch"));
    m_language->setAccessibleName(tr("Language"));
    m_gaugeRangesLabel->setText(tr("Ga&uge ranges (set one from a gauge card's context menu):"));
    m_gaugeRanges->setHorizontalHeaderLabels(
        {tr("App module"), tr("Question label"), tr("Minimum"), tr("Maximum")});
    m_gaugeRanges->setAccessibleName(tr("Gauge ranges"));
    m_removeGaugeRange->setText(tr("Remo&ve Range"));
    m_removeGaugeRange->setAccessibleName(tr("Remove the selected gauge ranges"));
    m_note->setText(tr("Changes apply at once and are kept for the next start."));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setAccessibleName(tr("Restore the default preferences"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the preferences"));
}

} // namespace iv
