// SPDX-License-Identifier: MIT
#include "trendcard.h"

#include "chartthumbnail.h"
#include "history.h"
#include "numberformat.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace iv {

namespace {

QString valueOf(const HistorySeries &s, int i)
{
    const NumberFormat f = NumberFormat::ui();
    return s.integer.at(i) ? f.integer(s.intValues.at(i)) : f.display(s.values.at(i));
}

} // namespace

QString TrendCard::changeText(const HistorySeries &series)
{
    const int latest = series.latest();
    if (latest < 0)
        return {};
    QStringList lines;
    const int previous = series.previous(latest);
    lines << (previous < 0 ? tr("since previous: new")
                           : tr("since previous: %1").arg(deltaText(series.change(previous, latest))));
    const int first = series.first();
    if (first >= 0 && first != previous && first != latest)
        lines << tr("since first: %1").arg(deltaText(series.change(first, latest)));
    return lines.join(QLatin1Char('\n'));
}

QString TrendCard::deltaText(const HistoryDelta &d)
{
    if (!d.valid)
        return QString();
    if (d.absolute == 0)
        return tr("no change");
    const NumberFormat f = NumberFormat::ui();
    const QString sign = d.absolute > 0 ? QStringLiteral("+") : QString();
    QString text = sign + f.display(d.absolute);
    if (std::isfinite(d.percent))
        text += QStringLiteral(" (%1%2 %)").arg(sign, f.percent(d.percent));
    return text;
}

TrendCard::TrendCard(const History &history, const HistorySeries &series, QWidget *parent)
    : QFrame(parent), m_label(series.label), m_kind(series.kind)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("trendCard"));
    const HistoryTrend trend = HistoryTrend::of(history, series);
    m_thumbnail = new ChartThumbnail(trend.question, this);
    m_thumbnail->setValues(trend.values);
    m_thumbnail->setMinimumHeight(150);
    connect(m_thumbnail, &ChartThumbnail::activated, this,
            [this](MetricKind, const QString &) { emit activated(m_kind, m_label); });
    m_value = new QLabel(this);
    m_value->setTextFormat(Qt::PlainText);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setTextFormat(Qt::PlainText);
    m_change->setWordWrap(true);

    const int latest = series.latest();
    if (latest < 0) {
        m_value->setText(tr("no value"));
    } else {
        QString value = valueOf(series, latest);
        if (latest != history.size() - 1)
            value = tr("%1 (snapshot %2)").arg(value).arg(latest + 1);
        m_value->setText(value);
        m_change->setText(changeText(series));
    }
    m_value->setAccessibleName(tr("Latest value"));
    m_change->setAccessibleName(tr("Change"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_thumbnail, 1);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

QString TrendCard::valueText() const
{
    return m_value->text();
}

QString TrendCard::changeText() const
{
    return m_change->text();
}

} // namespace iv
