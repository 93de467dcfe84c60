// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace iv {

// Shown when no file is open: what the viewer does, "Open…" and "Open sample".
class WelcomePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    QPushButton *openButton() const { return m_open; }
    QPushButton *sampleButton() const { return m_sample; }

signals:
    void openRequested();
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace iv
