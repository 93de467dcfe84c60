// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace iv {

class Preferences;

// Edit > Preferences: application name, theme, primary chart colours (light and dark), export resolution and
// language; the gauge ranges set per question (edit the ends or remove a range; they are set from a gauge
// card's context menu). Every control writes to Preferences at once, so changes apply live (the window
// listens to Preferences::changed); there is nothing to confirm, only Close and Restore Defaults. Does not
// own prefs.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Preferences *prefs, QWidget *parent = nullptr);

    QLineEdit *appNameEdit() const { return m_appName; }
    QComboBox *themeCombo() const { return m_theme; }
    QPushButton *lightColorButton() const { return m_lightColor; }
    QPushButton *darkColorButton() const { return m_darkColor; }
    QSpinBox *dpiSpin() const { return m_dpi; }
    QSpinBox *minCountSpin() const { return m_minCount; }
    QComboBox *languageCombo() const { return m_language; }
    // Columns: app module, question label, minimum, maximum (the ends editable, in the UI language's
    // notation).
    QTableWidget *gaugeRangeTable() const { return m_gaugeRanges; }
    QPushButton *removeGaugeRangeButton() const { return m_removeGaugeRange; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void chooseColor(bool dark);
    void updateSwatches();
    void loadGaugeRanges();
    void gaugeRangeEdited(int row);
    void removeSelectedGaugeRanges();

    Preferences *m_prefs; // not owned
    bool m_loading = false;
    QLabel *m_appNameLabel = nullptr;
    QLineEdit *m_appName = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_lightLabel = nullptr;
    QPushButton *m_lightColor = nullptr;
    QLabel *m_darkLabel = nullptr;
    QPushButton *m_darkColor = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_minCountLabel = nullptr;
    QSpinBox *m_minCount = nullptr;
    QLabel *m_gaugeRangesLabel = nullptr;
    QTableWidget *m_gaugeRanges = nullptr;
    QPushButton *m_removeGaugeRange = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iv
