// SPDX-License-Identifier: MIT
// Category colours in charts: a category has the same colour in every bar, hbar and scatter chart of a
// snapshot and in exported files, no palette colour names two categories in one chart, the palette stays
// apart for the colour-blind, and labels drawn on coloured bars are legible.
#include "categorycolours.h"
#include "chartsweep.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QProcess>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iv;

namespace {

// Category → colour as drawn in chart (bars: the fill of each bar; scatter: each series' colour).
QHash<QString, QColor> coloursIn(QChart *chart, const Question &q, const BucketValues &v)
{
    QHash<QString, QColor> out;
    const auto series = chart->series();
    if (q.kind == MetricKind::Scatterplot) {
        for (QAbstractSeries *s : series)
            if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
                QColor c = scatter->color();
                c.setAlpha(255);
                out.insert(scatter->name(), c);
            }
        return out;
    }
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.value(0));
    if (!bars)
        return out;
    const QList<int> rows =
        bars->barSets().constFirst()->property(ChartBuilder::kBarRowsProperty).value<QList<int>>();
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i) >= 0)
            out.insert(v.categoryAt(rows.at(i)), ivtest::barFill(chart, i));
    return out;
}

struct Drawn
{
    QString label;
    QHash<QString, QColor> colours;
};

QVector<Drawn> drawAll(const QString &path, const ChartStyle &style, bool reversed)
{
    QString error;
    auto file = SnapshotFile::open(path, &error);
    auto catalogue = file->readCatalogue(&error);
    QVector<Question> buckets;
    for (const App &app : std::as_const(catalogue->apps))
        for (const Question &q : app.questions)
            if (q.isBucket())
                buckets << q;
    if (reversed)
        std::reverse(buckets.begin(), buckets.end());
    QVector<Drawn> out;
    for (const Question &q : std::as_const(buckets)) {
        const auto v = file->loadBucketValues(q.id, &error);
        std::unique_ptr<QChart> chart(ChartBuilder::build(q, *v, style));
        if (chart)
            out << Drawn{q.label, coloursIn(chart.get(), q, *v)};
    }
    return out;
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix kDeuteranopia = {
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kProtanopia = {
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Matrix kNormal = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIELAB (D65) of colour as seen through m.
std::array<double, 3> labSeen(const QColor &colour, const Matrix &m)
{
    const double in[3] = {linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    double rgb[3];
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b, const Matrix &m)
{
    const auto la = labSeen(a, m), lb = labSeen(b, m);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

QString database(const QTemporaryDir &dir, const QString &sql)
{
    return ivtest::buildDatabase(dir, sql + QStringLiteral(".db"), {QStringLiteral("schema.sql"), sql});
}

} // namespace

class TestChartColours : public QObject
{
    Q_OBJECT

private slots:
    void sameColourInEveryChart_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    // Email (slot 1) in the barchart, both hbarcharts and the scatterplot alike, whichever chart is drawn
    // first; a category without a slot keeps the chart's primary in bars.
    void sameColourInEveryChart()
    {
        QFETCH(bool, dark);
        QTemporaryDir dir;
        const QString path = database(dir, QStringLiteral("category_colours.sql"));
        QString error;
        auto file = SnapshotFile::open(path, &error);
        ChartStyle::setSnapshotCategories(
            std::make_shared<const CategoryColours>(CategoryColours::read(*file)));
        const ChartStyle style = dark ? ChartStyle::darkTheme() : ChartStyle::light();
        QVERIFY(style.categories);
        const QVector<Drawn> forward = drawAll(path, style, false);
        const QVector<Drawn> backward = drawAll(path, style, true);
        ChartStyle::setSnapshotCategories(nullptr);
        QCOMPARE(forward.size(), 6);
        QHash<QString, QColor> seen;
        int emailCharts = 0;
        for (const QVector<Drawn> *run : {&forward, &backward})
            for (const Drawn &d : *run)
                for (auto it = d.colours.cbegin(); it != d.colours.cend(); ++it) {
                    if (style.categories->slot(it.key()) < 0)
                        continue;
                    if (it.key() == QLatin1String("Email"))
                        ++emailCharts;
                    QVERIFY2(!seen.contains(it.key()) || seen.value(it.key()) == it.value(),
                             qPrintable(QStringLiteral("%1 in %2: %3, elsewhere %4")
                                            .arg(it.key(), d.label, it.value().name(),
                                                 seen.value(it.key()).name())));
                    seen.insert(it.key(), it.value());
                }
        QCOMPARE(emailCharts, 8); // four charts, drawn twice
        QCOMPARE(seen.value(QStringLiteral("Email")), style.categoryColor(1));
        QCOMPARE(seen.value(QStringLiteral("Chat")), style.categoryColor(0));
        QCOMPARE(seen.value(QStringLiteral("Kiosk")), style.categoryColor(5));
        for (const Drawn &d : forward) {
            if (d.label == QLatin1String("tickets_by_channel")) {
                QCOMPARE(d.colours.value(QStringLiteral("Letter")), style.primary); // beyond the palette
                QCOMPARE(d.colours.value(QStringLiteral("Phone")), style.categoryColor(2));
            }
            if (d.label == QLatin1String("tickets_by_region")) // categories of one bar chart only
                for (const QColor &c : d.colours)
                    QCOMPARE(c, style.primary);
        }
    }

    // In every chart of both files, a palette colour names one category at most; scatter series without a
    // slot are the primary once, then grey with shapes of their own.
    void noPaletteColourTwiceInAChart()
    {
        QTemporaryDir dir;
        for (const QString &sql :
             {QStringLiteral("category_colours.sql"), QStringLiteral("hostile_labels.sql")}) {
            const QString path = database(dir, sql);
            QString error;
            auto file = SnapshotFile::open(path, &error);
            for (bool dark : {false, true}) {
                ChartStyle style = dark ? ChartStyle::darkTheme() : ChartStyle::light();
                style.categories = std::make_shared<const CategoryColours>(CategoryColours::read(*file));
                QSet<QRgb> palette;
                for (int slot = 0; slot < CategoryColours::kSlots; ++slot)
                    palette.insert(style.categoryColor(slot).rgb());
                QVERIFY(!palette.contains(style.primary.rgb()));
                QVERIFY(!palette.contains(style.neutral().rgb()));
                for (const Drawn &d : drawAll(path, style, false)) {
                    QHash<QRgb, QString> owner;
                    for (auto it = d.colours.cbegin(); it != d.colours.cend(); ++it) {
                        const QRgb rgb = it.value().rgb();
                        if (!palette.contains(rgb))
                            continue;
                        QVERIFY2(
                            !owner.contains(rgb) || owner.value(rgb) == it.key(),
                            qPrintable(QStringLiteral("%1: %2 and %3 both %4")
                                           .arg(d.label, owner.value(rgb), it.key(), it.value().name())));
                        owner.insert(rgb, it.key());
                    }
                }
            }
        }
    }

    // Four partners in one scatterplot, no slot left: the largest in primary, the rest grey and each with
    // its own marker shape; the note says so.
    void greySeriesHaveShapes()
    {
        QTemporaryDir dir;
        const QString path = database(dir, QStringLiteral("category_colours.sql"));
        QString error;
        auto file = SnapshotFile::open(path, &error);
        ChartStyle style = ChartStyle::light();
        style.categories = std::make_shared<const CategoryColours>(CategoryColours::read(*file));
        const std::optional<Catalogue> catalogue = file->readCatalogue(&error);
        const Question *q = catalogue->findBucket(QStringLiteral("partner_cost"));
        QVERIFY(q);
        ChartNotes notes;
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(*q, *file->loadBucketValues(q->id, &error), style, &notes));
        QSet<int> greyShapes;
        int primary = 0, grey = 0;
        const auto series = chart->series();
        for (QAbstractSeries *s : series) {
            auto *scatter = qobject_cast<QScatterSeries *>(s);
            QColor c = scatter->color();
            c.setAlpha(255);
            if (c == style.primary)
                ++primary;
            if (c == style.neutral()) {
                ++grey;
                greyShapes.insert(int(scatter->markerShape()));
            }
        }
        QCOMPARE(primary, 1);
        QCOMPARE(grey, 3);
        QCOMPARE(greyShapes.size(), 3);
        QVERIFY(!greyShapes.contains(int(QScatterSeries::MarkerShapeCircle)));
        QVERIFY2(notes.message.contains(QStringLiteral("marker shape")), qPrintable(notes.message));
    }

    // The palette and each theme's primary, pairwise, as seen with deuteranopia, protanopia and normal
    // vision: CIELAB ΔE at least 15 (Okabe & Ito's green/purple under deuteranopia is the nearest, about 17).
    void colourBlindSeparation()
    {
        for (bool dark : {false, true}) {
            const ChartStyle style = dark ? ChartStyle::darkTheme() : ChartStyle::light();
            QVector<QColor> colours{style.primary};
            for (int slot = 0; slot < CategoryColours::kSlots; ++slot)
                colours << style.categoryColor(slot);
            for (const Matrix *m : {&kDeuteranopia, &kProtanopia, &kNormal})
                for (int i = 0; i < colours.size(); ++i)
                    for (int j = i + 1; j < colours.size(); ++j) {
                        const double d = deltaE(colours.at(i), colours.at(j), *m);
                        QVERIFY2(d >= 15,
                                 qPrintable(QStringLiteral("%1 %2 / %3: ΔE %4")
                                                .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                                     colours.at(i).name(), colours.at(j).name())
                                                .arg(d)));
                    }
        }
        // The simulation itself: red and green, far apart for most, nearly one colour with deuteranopia.
        QVERIFY(deltaE(QColor(0xD0, 0x30, 0x30), QColor(0x30, 0x90, 0x30), kNormal) > 60);
        QVERIFY(deltaE(QColor(0xD0, 0x30, 0x30), QColor(0x30, 0x90, 0x30), kDeuteranopia) <
                deltaE(QColor(0xD0, 0x30, 0x30), QColor(0x30, 0x90, 0x30), kNormal) / 2);
    }

    // A value written inside a bar: 4.5:1 or more on every category colour, the primary and the grey.
    void labelsOnBarsContrast()
    {
        for (bool dark : {false, true}) {
            const ChartStyle style = dark ? ChartStyle::darkTheme() : ChartStyle::light();
            QVector<QColor> fills{style.primary, style.neutral()};
            for (int slot = 0; slot < CategoryColours::kSlots; ++slot)
                fills << style.categoryColor(slot);
            for (const QColor &fill : std::as_const(fills))
                QVERIFY2(ChartStyle::contrast(ChartStyle::inkOn(fill), fill) >= ChartStyle::kTextContrast,
                         qPrintable(fill.name()));
        }
        QTemporaryDir dir;
        const QString path = database(dir, QStringLiteral("category_colours.sql"));
        QStringList problems;
        for (const ChartStyle &style : {ChartStyle::light(), ChartStyle::darkTheme()})
            problems += ivtest::contrastProblems(path, style);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A category stored as '' is named "(empty)" under its bar, not drawn as a bare "…" that reads as a cut
    // label; NULL stays "(none)".
    void emptyCategoryIsNamed()
    {
        Question q;
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        BucketValues v;
        const QStringList categories{QString(), QStringLiteral(""), QStringLiteral("North America")};
        for (int i = 0; i < categories.size(); ++i) {
            v.ids << i + 1;
            v.x << double(10 + i);
            v.y << 0;
            v.timestamps << 0;
            v.categoryIndex << v.internCategory(categories.at(i));
        }
        std::unique_ptr<QChart> chart(ChartBuilder::build(q, v, ChartStyle::light()));
        QGraphicsScene scene;
        scene.addItem(chart.get());
        chart->setGeometry(QRectF(0, 0, 800, 500));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList{QStringLiteral("(none)"), QStringLiteral("(empty)"),
                                                  QStringLiteral("North America")}));
        scene.removeItem(chart.get());
    }

    // The value axis of 18 agents' hbars in the window's 800x500 layout: the labels left out are said in a
    // title that fits the axis whole (the short form), never cut by Qt mid-sentence.
    void leftOutTitleFitsTheAxis()
    {
        QTemporaryDir dir;
        const QString path = database(dir, QStringLiteral("hostile_labels.sql"));
        QString error;
        auto file = SnapshotFile::open(path, &error);
        const std::optional<Catalogue> catalogue = file->readCatalogue(&error);
        const Question *q = catalogue->findBucket(QStringLiteral("tickets_by_agent"));
        QVERIFY(q);
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(*q, *file->loadBucketValues(q->id, &error), ChartStyle::darkTheme()));
        QGraphicsScene scene;
        scene.addItem(chart.get());
        chart->setGeometry(QRectF(0, 0, 436, 278));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(chart->property("iv_valueLabelsLeftOut").toInt() > 0);
        QAbstractAxis *values = chart->axes(Qt::Horizontal).value(0);
        QVERIFY(values);
        QVERIFY2(values->titleText().contains(QStringLiteral("not written")),
                 qPrintable(values->titleText()));
        QVERIFY2(QFontMetricsF(values->titleFont()).horizontalAdvance(values->titleText()) <=
                     chart->plotArea().width(),
                 qPrintable(values->titleText()));
        scene.removeItem(chart.get());
    }

    // The exported file has the window's colours: --export-charts draws Email in its slot's colour.
    void exportKeepsColours()
    {
        QTemporaryDir dir;
        const QString path = database(dir, QStringLiteral("category_colours.sql"));
        const QString out = dir.filePath(QStringLiteral("out"));
        QProcess viewer;
        viewer.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        viewer.start(QStringLiteral(IV_VIEWER_BINARY),
                     {path, QStringLiteral("--export-charts"), out, QStringLiteral("--format"),
                      QStringLiteral("svg"), QStringLiteral("--question"),
                      QStringLiteral("hours_by_channel")});
        QVERIFY(viewer.waitForFinished(60000));
        QCOMPARE(viewer.exitCode(), 0);
        const QStringList files = QDir(out).entryList({QStringLiteral("*.svg")});
        QCOMPARE(files.size(), 1);
        QFile svg(QDir(out).filePath(files.first()));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll().toLower();
        const ChartStyle style = ChartStyle::light();
        for (int slot = 0; slot < CategoryColours::kSlots; ++slot) // the nine channels use all six
            QVERIFY2(text.contains(style.categoryColor(slot).name().toLatin1()),
                     qPrintable(style.categoryColor(slot).name()));
    }
};

QTEST_MAIN(TestChartColours)
#include "tst_chartcolours.moc"
