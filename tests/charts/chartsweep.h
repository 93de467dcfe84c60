// SPDX-License-Identifier: MIT
#pragma once
// The chart size sweep: every chart of a snapshot laid out at many window sizes, and what is drawn read back
// from the scene — every text item, its text and its bounding rect — to check that numbers stay true at every
// size: no text elided twice, no number text outside the chart (cut by the view's edge), elided or
// overlapping another text, no value label on the other side of zero from its value, every tick label whole,
// unique and readable back as a number (or, on time axes, as one of the axis' own ticks) in the order of the
// axis, and no float noise (at most 10 significant digits).

#include "categorycolours.h"
#include "chartbuilder.h"
#include "chartrenderer.h"
#include "numberformat.h"
#include "snapshotfile.h"
#include "timeaxis.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ivtest {

struct DrawnText
{
    QString text;
    QRectF rect; // in scene coordinates
    bool barValue = false;
    QString role;          // the item's data(0): "iv_barvalue", "iv_footnote" …
    bool inLegend = false; // a legend entry (Qt elides those itself)
};

inline QString plainOf(const QString &text)
{
    QString t = text;
    t.replace(QChar::LineSeparator, QLatin1Char('\n'));
    t.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return t.trimmed();
}

// Every visible text item of the scene.
inline QVector<DrawnText> drawnTexts(QGraphicsScene &scene, QChart *chart)
{
    QVector<DrawnText> out;
    const auto items = scene.items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible() || item->opacity() <= 0)
            continue;
        DrawnText d;
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
            d.text = plainOf(t->toPlainText());
        else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            d.text = plainOf(s->text());
        else
            continue;
        if (d.text.isEmpty())
            continue;
        d.rect = item->sceneBoundingRect();
        d.role = item->data(0).toString();
        d.barValue = d.role == QLatin1String("iv_barvalue");
        d.inLegend = chart->legend() && chart->legend()->isAncestorOf(item);
        out << d;
    }
    return out;
}

// A number as the chart writes it: the reader's notation, optionally with a short scale ("1.2 M", "12 K") or
// a unit sign ("%"). ok false for any other text.
inline double parseNumber(const QString &text, bool *ok)
{
    static const QRegularExpression suffix(
        QStringLiteral("^(.*?)[\\s\\x{00A0}]*(K|M|B|T|Tsd\\.|Mio\\.|Mrd\\.|"
                       "Bio\\.|mln\\.|mld\\.|bln\\.|%)$"));
    QString t = text.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    double factor = 1;
    const QRegularExpressionMatch m = suffix.match(t);
    if (m.hasMatch()) {
        const QString s = m.captured(2);
        factor = s.startsWith(QLatin1Char('K')) || s == QLatin1String("Tsd.")                          ? 1e3
                 : s == QLatin1String("M") || s == QLatin1String("Mio.") || s == QLatin1String("mln.") ? 1e6
                 : s == QLatin1String("B") || s == QLatin1String("Mrd.") || s == QLatin1String("mld.") ? 1e9
                 : s == QLatin1String("%")                                                             ? 1
                                                                                                       : 1e12;
        t = m.captured(1);
    }
    if (t.isEmpty() || !t.at(t.size() - 1).isDigit()) {
        *ok = false;
        return 0;
    }
    const iv::NumberFormat format = iv::NumberFormat::ui();
    bool good = false;
    double v = format.locale().toDouble(t, &good);
    if (!good)
        v = QLocale::c().toDouble(t, &good);
    *ok = good;
    return v * factor;
}

inline bool isNumber(const QString &text)
{
    bool ok = false;
    parseNumber(text, &ok);
    return ok;
}

inline int significantDigits(const QString &text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    // Leading and trailing zeros carry no digits of the value ("450,000,000,000,000" has two).
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return int(digits.size());
}

// The text has digits after the reader's decimal point ("573,607.73"; "1.234.567" in German has none).
inline bool hasFraction(const QString &text)
{
    const QString point = iv::NumberFormat::ui().locale().decimalPoint();
    const qsizetype at = text.lastIndexOf(point);
    return at >= 0 && at + 1 < text.size() && text.at(at + 1).isDigit();
}

inline bool elided(const QString &text)
{
    return text.contains(QChar(0x2026)) || text.contains(QLatin1String("..."));
}

// Problems with the chart as laid out at size; empty when every number is true.
inline QStringList sweepProblems(QChart *chart, const QSizeF &size)
{
    QStringList problems;
    QGraphicsScene scene;
    scene.addItem(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (chart->layout()) {
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
    }
    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-0.5, -0.5, 0.5, 0.5);
    const QRectF plot = chart->plotArea();
    const QVector<DrawnText> texts = drawnTexts(scene, chart);
    // Titles (the chart's and the axes') are not tick labels.
    QStringList titles{plainOf(QTextDocumentFragment::fromHtml(chart->title()).toPlainText())};
    for (QAbstractAxis *axis : chart->axes())
        titles << plainOf(QTextDocumentFragment::fromHtml(axis->titleText()).toPlainText());
    if (qEnvironmentVariableIsSet("IV_SWEEP_DEBUG") &&
        titles.join(QLatin1Char(32)).contains(qEnvironmentVariable("IV_SWEEP_DEBUG")) &&
        size.width() == 320 && size.height() == 350) {
        qInfo("plot %g,%g %gx%g", plot.x(), plot.y(), plot.width(), plot.height());
        for (const DrawnText &d : texts)
            qInfo("  \"%s\" %g,%g %gx%g", qPrintable(d.text), d.rect.x(), d.rect.y(), d.rect.width(),
                  d.rect.height());
    }
    QStringList timeLabels;
    if (iv::TimeAxis *time = iv::TimeAxis::of(chart))
        timeLabels = time->labelTexts();
    // A title, or one Qt elided ("Num of b...").
    auto isTitle = [&titles](const QString &text) {
        if (titles.contains(text))
            return true;
        QString stem = text;
        if (stem.endsWith(QLatin1String("...")))
            stem.chop(3);
        else if (stem.endsWith(QChar(0x2026)))
            stem.chop(1);
        else
            return false;
        for (const QString &t : std::as_const(titles))
            if (!stem.isEmpty() && t.startsWith(stem))
                return true;
        return false;
    };
    auto isNumberText = [&](const DrawnText &d) {
        return d.barValue || isNumber(d.text) || timeLabels.contains(d.text);
    };
    auto where = [&](const DrawnText &d) {
        return QStringLiteral("\"%1\" at (%2,%3 %4x%5)")
            .arg(d.text)
            .arg(d.rect.x(), 0, 'f', 1)
            .arg(d.rect.y(), 0, 'f', 1)
            .arg(d.rect.width(), 0, 'f', 1)
            .arg(d.rect.height(), 0, 'f', 1);
    };
    for (int i = 0; i < texts.size(); ++i) {
        const DrawnText &d = texts.at(i);
        // Elided once at most: ours or Qt's, never both ("Hardware & P…nt Requ...").
        if (d.text.count(QChar(0x2026)) + d.text.count(QLatin1String("...")) > 1)
            problems << QStringLiteral("elided twice: %1").arg(where(d));
        if (!isNumberText(d)) {
            // A text that carries a number ("Others (471)", "Agent: 74") must not lose its digits either.
            static const QRegularExpression cutNumber(QStringLiteral("\\d(\\x{2026}|\\.\\.\\.)"));
            if (!d.inLegend && d.text.contains(cutNumber))
                problems << QStringLiteral("number cut by elision: %1").arg(where(d));
            continue;
        }
        if (elided(d.text))
            problems << QStringLiteral("elided number: %1").arg(where(d));
        if (!bounds.contains(d.rect))
            problems << QStringLiteral("number outside the chart (clipped): %1").arg(where(d));
        // Float noise is digits after the point a reader does not need; a whole number is written in full
        // ("1,234,567,890,123" is that number).
        if (!timeLabels.contains(d.text) && significantDigits(d.text) > 10 && hasFraction(d.text))
            problems << QStringLiteral("float noise: %1").arg(where(d));
        // Bounding rects of text items carry a margin; glyphs overlap only when the rects do by more.
        const QRectF core = d.rect.adjusted(2, 2, -2, -2);
        for (int j = 0; j < texts.size(); ++j) {
            if (j == i)
                continue;
            const DrawnText &o = texts.at(j);
            const QRectF other = o.rect.adjusted(2, 2, -2, -2);
            if (core.intersects(other) && (j > i || !isNumberText(o)))
                problems << QStringLiteral("number overlaps: %1 and %2").arg(where(d), where(o));
        }
    }
    // Value labels on their own side of zero: a positive value's label never sits beside the negative bars,
    // below (or left of) the zero line, nor a negative one above it.
    QAbstractBarSeries *barSeries = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s); b && !barSeries)
            barSeries = b;
    if (barSeries) {
        const bool sideways = barSeries->type() == QAbstractSeries::SeriesTypeHorizontalBar ||
                              barSeries->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                              barSeries->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
        const QPointF zero = chart->mapToPosition(QPointF(0, 0), barSeries);
        for (const DrawnText &d : texts) {
            bool ok = false;
            const double v = d.barValue ? parseNumber(d.text, &ok) : 0;
            if (!ok || v == 0)
                continue;
            const QPointF c = d.rect.center();
            const bool positiveSide = sideways ? c.x() > zero.x() : c.y() < zero.y();
            if (positiveSide != (v > 0))
                problems << QStringLiteral("value label on the other side of zero (%1): %2")
                                .arg(sideways ? zero.x() : zero.y(), 0, 'f', 1)
                                .arg(where(d));
        }
    }
    // Tick labels: whole, unique, read back in the axis' order.
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        if (!axis->isVisible() || !axis->labelsVisible())
            continue;
        const bool isValue = qobject_cast<QValueAxis *>(axis) != nullptr;
        const bool isTime =
            iv::TimeAxis::of(chart) && axis == static_cast<QAbstractAxis *>(iv::TimeAxis::of(chart)->axis());
        if (!isValue && !isTime)
            continue;
        QVector<DrawnText> labels;
        for (const DrawnText &d : texts) {
            if (d.barValue || d.inLegend || d.role == QLatin1String("iv_footnote") || isTitle(d.text))
                continue;
            const QPointF c = d.rect.center();
            const bool along =
                horizontal ? (d.rect.top() >= plot.bottom() - 2 && c.x() >= plot.left() - d.rect.width() &&
                              c.x() <= plot.right() + d.rect.width())
                           : (d.rect.right() <= plot.left() + 2 && c.y() >= plot.top() - d.rect.height() &&
                              c.y() <= plot.bottom() + d.rect.height());
            if (along)
                labels << d;
        }
        std::sort(labels.begin(), labels.end(), [horizontal](const DrawnText &a, const DrawnText &b) {
            return horizontal ? a.rect.center().x() < b.rect.center().x()
                              : a.rect.center().y() > b.rect.center().y();
        });
        if (labels.size() < 2) {
            problems << QStringLiteral("%1 axis with %2 tick label(s)")
                            .arg(horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical"))
                            .arg(labels.size());
            continue;
        }
        QStringList seen;
        double previous = -std::numeric_limits<double>::infinity();
        for (const DrawnText &d : std::as_const(labels)) {
            if (seen.contains(d.text))
                problems << QStringLiteral("repeated tick label: %1").arg(where(d));
            seen << d.text;
            if (isTime) {
                const int at = int(timeLabels.indexOf(d.text));
                if (at < 0)
                    problems << QStringLiteral("time label not one of the axis' ticks: %1").arg(where(d));
                else if (at <= previous)
                    problems << QStringLiteral("time labels out of order: %1").arg(where(d));
                previous = at;
            } else {
                bool ok = false;
                const double v = parseNumber(d.text, &ok);
                if (!ok || v <= previous)
                    problems << QStringLiteral("tick label does not read back in order: %1").arg(where(d));
                previous = v;
            }
        }
    }
    scene.removeItem(chart);
    return problems;
}

} // namespace ivtest

namespace ivtest {

// The sweep's window sizes: the widths a laptop, a half screen and a full HD screen give a chart.
inline QVector<QSizeF> sweepSizes()
{
    QVector<QSizeF> out;
    for (int w : {320, 480, 800, 1200, 1920})
        for (int h : {200, 350, 500, 700, 900})
            out << QSizeF(w, h);
    return out;
}

// The snapshot's category colours in style, as the window and the command line give them.
inline iv::ChartStyle withCategories(iv::ChartStyle style, const iv::SnapshotFile &file)
{
    if (!style.categories)
        style.categories = std::make_shared<const iv::CategoryColours>(iv::CategoryColours::read(file));
    return style;
}

// Every chart of the file (gauges included) at every sweep size; problems prefixed with the question and
// size.
inline QStringList sweepFile(const QString &path, iv::ChartStyle style)
{
    QStringList problems;
    QString error;
    auto file = iv::SnapshotFile::open(path, &error);
    if (!file)
        return {QStringLiteral("open: ") + error};
    style = withCategories(style, *file);
    auto catalogue = file->readCatalogue(&error);
    if (!catalogue)
        return {QStringLiteral("catalogue: ") + error};
    for (const iv::App &app : std::as_const(catalogue->apps)) {
        for (const iv::Question &q : app.questions) {
            if (q.kind == iv::MetricKind::Counter || q.kind == iv::MetricKind::Unknown)
                continue;
            iv::BucketValues values;
            if (q.isBucket()) {
                auto v = file->loadBucketValues(q.id, &error);
                if (!v)
                    return {QStringLiteral("values: ") + error};
                values = *v;
            }
            std::unique_ptr<QChart> chart(iv::ChartRenderer::buildChart(q, values, style));
            if (!chart)
                continue;
            for (const QSizeF &size : sweepSizes()) {
                const QStringList found = sweepProblems(chart.get(), size);
                for (const QString &p : found)
                    problems << QStringLiteral("%1 at %2x%3: %4")
                                    .arg(q.label)
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(p);
            }
        }
    }
    return problems;
}

} // namespace ivtest

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QScatterSeries>

namespace ivtest {

// The colour ChartBuilder gives category in a scatterplot of these categories (one point each).
inline QColor scatterColour(const QString &category, const QStringList &categories)
{
    iv::Question q;
    q.kind = iv::MetricKind::Scatterplot;
    q.bucketType = 3;
    iv::BucketValues v;
    for (int i = 0; i < categories.size(); ++i) {
        v.ids << i + 1;
        v.x << double(i);
        v.y << double(i);
        v.timestamps << 0;
        v.categoryIndex << v.internCategory(categories.at(i));
    }
    std::unique_ptr<QChart> chart(iv::ChartBuilder::build(q, v, iv::ChartStyle::light()));
    const auto series = chart->series();
    for (QAbstractSeries *s : series)
        if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->name() == category)
            return scatter->color().toRgb();
    return QColor();
}

// The colour bar i is drawn in: the set holding its value (category colours are stacked sets, each 0 where
// a bar is not theirs), grey when selected (the "others" bar); a bar of 0 has the first set's colour.
inline QColor barFill(QChart *chart, int i)
{
    QColor fill;
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        for (QBarSet *set : sets) {
            if (i < 0 || i >= set->count())
                continue;
            const QColor c = set->isBarSelected(i) ? set->selectedColor() : set->color();
            if (!fill.isValid())
                fill = c;
            if (set->at(i) != 0)
                return c;
        }
    }
    return fill;
}

// Texts whose colour is under 4.5:1 against what lies under them, on every chart of the file at 800x500.
inline QStringList contrastProblems(const QString &path, iv::ChartStyle style)
{
    QStringList problems;
    QString error;
    auto file = iv::SnapshotFile::open(path, &error);
    auto catalogue = file->readCatalogue(&error);
    style = withCategories(style, *file);
    for (const iv::App &app : std::as_const(catalogue->apps)) {
        for (const iv::Question &q : app.questions) {
            if (q.kind == iv::MetricKind::Counter || q.kind == iv::MetricKind::Unknown)
                continue;
            iv::BucketValues values;
            if (q.isBucket())
                values = *file->loadBucketValues(q.id, &error);
            std::unique_ptr<QChart> chart(iv::ChartRenderer::buildChart(q, values, style));
            if (!chart)
                continue;
            QGraphicsScene scene;
            scene.addItem(chart.get());
            chart->setGeometry(QRectF(0, 0, 800, 500));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QColor background = chart->backgroundBrush().color();
            if (const QGradient *g = chart->backgroundBrush().gradient(); g && !g->stops().isEmpty())
                background = g->stops().constFirst().second;
            if (!chart->isBackgroundVisible())
                background = style.dark ? QColor(0x1F, 0x23, 0x2A) : QColor(Qt::white);
            const auto items = scene.items();
            for (QGraphicsItem *item : items) {
                if (!item->isVisible())
                    continue;
                QColor colour;
                QString text;
                if (auto *t = dynamic_cast<QGraphicsTextItem *>(item)) {
                    colour = t->defaultTextColor();
                    text = t->toPlainText();
                } else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                    colour = s->brush().color();
                    text = s->text();
                } else {
                    continue;
                }
                if (text.trimmed().isEmpty())
                    continue;
                QColor under = background;
                if (item->data(2).toBool()) // a value inside its bar
                    under = barFill(chart.get(), item->data(1).toInt());
                const double ratio = iv::ChartStyle::contrast(colour, under);
                if (ratio < iv::ChartStyle::kTextContrast)
                    problems << QStringLiteral("%1 (%2): \"%3\" %4 on %5 is %6:1")
                                    .arg(q.label,
                                         style.dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                         text.left(40), colour.name(), under.name())
                                    .arg(ratio, 0, 'f', 2);
            }
            scene.removeItem(chart.get());
        }
    }
    return problems;
}

} // namespace ivtest
