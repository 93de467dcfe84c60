// SPDX-License-Identifier: MIT
#include "verdictbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace iv {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    for (QLabel *label : {m_icon, m_title, m_detail})
        label->setTextFormat(Qt::PlainText); // titles quote file names and errors: never markup
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_icon->setAlignment(Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);
    setVerdict(Verdict::None, QString());
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}

void VerdictBanner::setVerdict(Verdict verdict, const QString &title, const QString &detail)
{
    m_verdict = verdict;
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    // Light tints with dark text in both themes: the banner reads the same in light and dark mode.
    QColor background, foreground;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (verdict) {
    case Verdict::Clean:
        background = QColor(0xe3, 0xf4, 0xe4);
        foreground = QColor(0x1b, 0x5e, 0x20);
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Verdict::Findings:
        background = QColor(0xff, 0xf1, 0xd6);
        foreground = QColor(0x6d, 0x45, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Verdict::NotConformant:
        background = QColor(0xfd, 0xe3, 0xe0);
        foreground = QColor(0x8e, 0x16, 0x16);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Verdict::Unreadable:
        background = QColor(0xe6, 0xe0, 0xe0);
        foreground = QColor(0x6b, 0x10, 0x10);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Verdict::Busy:
    case Verdict::None:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    setAccessibleName(title);
    setAccessibleDescription(detail);
    if (!background.isValid()) { // the window's own colours while nothing is decided
        setPalette(QPalette());
        setAutoFillBackground(false);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size / 2, size / 2));
        return;
    }
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    p.setColor(QPalette::Text, foreground);
    setPalette(p);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

} // namespace iv
