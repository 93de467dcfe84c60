// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace iv {

// The verdict of a review at a glance: colour, icon and text (never colour alone), plain text only. Children
// are owned through Qt parenting.
class VerdictBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)

public:
    enum class Verdict { None, Busy, Clean, Findings, NotConformant, Unreadable };

    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(Verdict verdict, const QString &title, const QString &detail = QString());
    Verdict verdict() const { return m_verdict; }
    QString title() const;
    QString detail() const;
    QLabel *titleLabel() const { return m_title; }

private:
    Verdict m_verdict = Verdict::None;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace iv
