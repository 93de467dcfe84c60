// SPDX-License-Identifier: MIT
// The reductions against brute force on seeded random data: M4 keeps every pixel column's first, last, min and
// max, and a line drawn from the reduction rasterises to exactly the pixels of the line drawn from all points.
#include "reduction.h"

#include <QImage>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace iv;

class TestReduction : public QObject
{
    Q_OBJECT

private:
    struct Series
    {
        QVector<double> x, y;
    };
    static Series randomWalk(int n, quint32 seed, bool gaps)
    {
        QRandomGenerator rng(seed);
        Series s;
        double t = 0, v = 0;
        for (int i = 0; i < n; ++i) {
            t += gaps && rng.bounded(100) == 0 ? rng.bounded(500.0) : rng.bounded(1.0) + 0.01;
            v += rng.bounded(2.0) - 1.0;
            if (rng.bounded(1000) == 0)
                v += rng.bounded(200.0) - 100.0; // spikes M4 must keep
            s.x.append(t);
            s.y.append(v);
        }
        return s;
    }
    // Brute-force rasterisation in the M4 paper's model: each point's x is quantised to its pixel column, y to
    // the nearest row, and consecutive points are joined by inclusive Bresenham lines.
    static QImage raster(const Series &s, const QVector<int> &indices, double x0, double x1, double y0, double y1,
                         int w, int h)
    {
        QImage img(w, h, QImage::Format_Grayscale8);
        img.fill(0);
        auto plot = [&](int px, int py) { img.scanLine(py)[px] = 255; };
        int prevX = -1, prevY = -1;
        for (int i : indices) {
            const int px = std::min(w - 1, int(std::floor((s.x[i] - x0) * w / (x1 - x0))));
            const int py = int(std::lround((s.y[i] - y0) / (y1 - y0) * (h - 1)));
            if (prevX < 0) {
                plot(px, py);
            } else { // Bresenham from (prevX, prevY) to (px, py), both ends included
                int x = prevX, y = prevY;
                const int dx = std::abs(px - x), sx = x < px ? 1 : -1;
                const int dy = -std::abs(py - y), sy = y < py ? 1 : -1;
                int err = dx + dy;
                for (;;) {
                    plot(x, y);
                    if (x == px && y == py)
                        break;
                    const int e2 = 2 * err;
                    if (e2 >= dy) { err += dy; x += sx; }
                    if (e2 <= dx) { err += dx; y += sy; }
                }
            }
            prevX = px;
            prevY = py;
        }
        return img;
    }

private slots:
    void m4KeepsColumnExtremes_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("gaps");
        QTest::newRow("100k/800") << 100000 << 800 << 1u << false;
        QTest::newRow("200k/1600 gaps") << 200000 << 1600 << 7u << true;
        QTest::newRow("50k/37") << 50000 << 37 << 42u << false;
    }
    void m4KeepsColumnExtremes()
    {
        QFETCH(int, n);
        QFETCH(int, width);
        QFETCH(quint32, seed);
        QFETCH(bool, gaps);
        const Series s = randomWalk(n, seed, gaps);
        const double x0 = s.x.first(), x1 = s.x.last();
        const QVector<int> kept = Reduction::m4(s.x, s.y, x0, x1, width);
        QVERIFY(kept.size() <= 4 * width + 2);
        QVERIFY(std::is_sorted(kept.cbegin(), kept.cend()));
        const QSet<int> keptSet(kept.cbegin(), kept.cend());
        // Brute force: first, last, min and max of every column.
        struct Col { int first = -1, last = -1; double min = INFINITY, max = -INFINITY; };
        QVector<Col> cols(width);
        for (int i = 0; i < n; ++i) {
            const int c = std::min(width - 1, int((s.x[i] - x0) * (width / (x1 - x0))));
            Col &col = cols[c];
            if (col.first < 0)
                col.first = i;
            col.last = i;
            col.min = std::min(col.min, s.y[i]);
            col.max = std::max(col.max, s.y[i]);
        }
        QVector<Col> got(width);
        for (int i : kept) {
            const int c = std::min(width - 1, int((s.x[i] - x0) * (width / (x1 - x0))));
            got[c].min = std::min(got[c].min, s.y[i]);
            got[c].max = std::max(got[c].max, s.y[i]);
        }
        int occupied = 0;
        for (int c = 0; c < width; ++c) {
            if (cols[c].first < 0)
                continue;
            ++occupied;
            QVERIFY(keptSet.contains(cols[c].first));
            QVERIFY(keptSet.contains(cols[c].last));
            QCOMPARE(got[c].min, cols[c].min);
            QCOMPARE(got[c].max, cols[c].max);
        }
        QVERIFY(occupied > width / 2);

        // Pixel-exact: the reduced line covers exactly the pixels of the full line.
        const auto [ymin, ymax] = std::minmax_element(s.y.cbegin(), s.y.cend());
        QVector<int> all(n);
        std::iota(all.begin(), all.end(), 0);
        const QImage full = raster(s, all, x0, x1, *ymin, *ymax, width, 300);
        const QImage reduced = raster(s, kept, x0, x1, *ymin, *ymax, width, 300);
        QCOMPARE(reduced, full);
    }

    void m4ZoomedWindowKeepsNeighbours()
    {
        const Series s = randomWalk(20000, 3, false);
        const double x0 = s.x[5000], x1 = s.x[6000];
        const QVector<int> kept = Reduction::m4(s.x, s.y, x0, x1, 100);
        QCOMPARE(kept.first(), 4999); // the point before the window, so the line enters from the edge
        QCOMPARE(kept.last(), 6001);  // and the one after
        for (int k = 1; k < kept.size() - 1; ++k)
            QVERIFY(kept[k] >= 5000 && kept[k] <= 6000);
    }

    void m4SmallInputUnchanged()
    {
        const Series s = randomWalk(100, 5, false);
        QCOMPARE(Reduction::m4(s.x, s.y, s.x.first(), s.x.last(), 100).size(), 100);
        QVERIFY(Reduction::m4({}, {}, 0, 1, 100).isEmpty());
    }

    void scatterKeepsEveryOccupiedCellPerGroup()
    {
        QRandomGenerator rng(11);
        QVector<double> x, y;
        QVector<qint32> g;
        for (int i = 0; i < 200000; ++i) {
            x.append(rng.generateDouble() * 1000);
            y.append(std::pow(rng.generateDouble(), 3) * 500); // dense near 0
            g.append(i % 3);
        }
        const int w = 400, h = 300, cell = 2;
        const QVector<int> kept = Reduction::scatterCells(x, y, g, 0, 1000, 0, 500, w, h, cell);
        QVERIFY(kept.size() < x.size() / 2);
        auto key = [&](int i) {
            return QString::number(int(x[i] * (w / cell) / 1000)) + QLatin1Char('/') +
                   QString::number(int(y[i] * (h / cell) / 500)) + QLatin1Char('/') + QString::number(g[i]);
        };
        QSet<QString> occupied, covered;
        for (int i = 0; i < x.size(); ++i)
            occupied.insert(key(i));
        for (int i : kept)
            covered.insert(key(i));
        QCOMPARE(covered, occupied);
        QCOMPARE(kept.size(), occupied.size()); // exactly one point per occupied (cell, group)
    }

    void topN()
    {
        double others = 0;
        int count = 0;
        const QVector<double> v{5, 1, 9, 3, 7, 2};
        QCOMPARE(Reduction::topN(v, 3, &others, &count), (QVector<int>{0, 2, 4}));
        QCOMPARE(others, 6.0);
        QCOMPARE(count, 3);
        QCOMPARE(Reduction::topN(v, 10, &others, &count).size(), 6);
        QCOMPARE(count, 0);
    }

    void niceStepExact_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        // big_scatter's x (0..1000 padded by 3 %): applyNiceNumbers made that axis 0..1500 with 4 ticks.
        QTest::newRow("1060") << 1060.0 << 200.0 << 0;
        QTest::newRow("1") << 1.0 << 0.2 << 1;
        QTest::newRow("0.07") << 0.07 << 0.01 << 2;
        QTest::newRow("100") << 100.0 << 20.0 << 0;
        QTest::newRow("3.5 (exactly 7 intervals of 0.5)") << 3.5 << 0.5 << 1;
        QTest::newRow("2.7e6") << 2.7e6 << 5e5 << 0;
        QTest::newRow("empty") << 0.0 << 0.0 << 0;
    }
    void niceStepExact()
    {
        QFETCH(double, span);
        int decimals = -1;
        const double step = Reduction::niceStep(span, 7, &decimals);
        QTEST(step, "step");
        QTEST(decimals, "decimals");
    }

    // Spans with no readable step: zero, subnormal (0 to 5e-324 once took log10(0) and looped about 2^31
    // times), infinite, NaN, or a step beyond the largest double. Each returns 0 at once.
    void niceStepDegenerate_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("maxIntervals");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("5e-324") << 5e-324 << 7;
        QTest::newRow("-5e-324") << -5e-324 << 7;
        QTest::newRow("two subnormals apart") << 1e-310 << 7;
        QTest::newRow("just below 7 x DBL_MIN") << std::numeric_limits<double>::min() * 6.5 << 7;
        QTest::newRow("inf") << inf << 7;
        QTest::newRow("-inf") << -inf << 7;
        QTest::newRow("nan") << std::nan("") << 7;
        QTest::newRow("DBL_MAX in one interval") << std::numeric_limits<double>::max() << 1;
        QTest::newRow("no intervals") << 1.0 << 0;
    }
    void niceStepDegenerate()
    {
        QFETCH(double, span);
        QFETCH(int, maxIntervals);
        int decimals = -1;
        QCOMPARE(Reduction::niceStep(span, maxIntervals, &decimals), 0.0);
        QCOMPARE(decimals, 0);
    }

    // The smallest spans that still have a step, and the largest: finite, 1/2/5 × 10^k, within the span.
    void niceStepAtTheEdges()
    {
        int decimals = -1;
        const double tiny = Reduction::niceStep(std::numeric_limits<double>::min() * 7, 7, &decimals);
        QVERIFY(tiny > 0 && std::isfinite(tiny));
        QVERIFY(tiny <= std::numeric_limits<double>::min() * 7 / 2.8);
        QCOMPARE(decimals, 308);
        const double huge = Reduction::niceStep(std::numeric_limits<double>::max(), 7, &decimals);
        QCOMPARE(huge, 5e307);
        QCOMPARE(decimals, 0);
    }

    void stepFits_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("step");
        QTest::addColumn<bool>("fits");
        const double max = std::numeric_limits<double>::max(), inf = std::numeric_limits<double>::infinity();
        QTest::newRow("0..10 by 2") << 0.0 << 10.0 << 2.0 << true;
        QTest::newRow("whole double range by 5e307") << -max << max << 5e307 << true;
        QTest::newRow("1e17 + 64 by 10: 1e17 + 10 is 1e17 + 8") << 1e17 << 1e17 + 64 << 10.0 << false;
        QTest::newRow("1e9 .. 1e9 + 1 by 0.2") << 1e9 << 1e9 + 1 << 0.2 << true;
        QTest::newRow("0..5e-324 by 5e-324") << 0.0 << 5e-324 << 5e-324 << true;
        QTest::newRow("step 0") << 0.0 << 1.0 << 0.0 << false;
        QTest::newRow("negative step") << 0.0 << 1.0 << -0.2 << false;
        QTest::newRow("nan step") << 0.0 << 1.0 << std::nan("") << false;
        QTest::newRow("infinite step") << 0.0 << 1.0 << inf << false;
        QTest::newRow("infinite end") << 0.0 << inf << 1.0 << false;
        QTest::newRow("empty range") << 1.0 << 1.0 << 0.1 << false;
        QTest::newRow("1,000,000 ticks") << 0.0 << 1e6 << 1.0 << false;
    }
    void stepFits()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, step);
        QTEST(Reduction::stepFits(lo, hi, step), "fits");
    }

    // Qt Charts ticks a dynamic axis with `while (value <= max) value += interval`: whenever stepFits() says
    // yes for niceStep's step, that loop ends within the promised number of ticks, on hostile spans too.
    void stepFitsBoundsQtsTickLoop()
    {
        const double max = std::numeric_limits<double>::max(), sub = 5e-324;
        const QList<QPair<double, double>> ranges = {
            {0, sub},         {-sub, sub},    {1e-310, 2e-310},      {0, 1e-300}, {1e17, 1e17 + 64},
            {-max, max},      {max / 2, max}, {1e300, 1.5e300},      {-1, 1},     {0.1, 0.1000000001},
            {1e15, 1e15 + 1}, {-1e-5, 0},     {1.7e9, 1.7e9 + 1e-4}, {0, 1e-308}, {-max, -max / 3}};
        for (const auto &[lo, hi] : ranges) {
            for (int intervals = 1; intervals <= 7; ++intervals) {
                const double step = Reduction::niceStep(hi - lo, intervals); // as retickValueAxis
                if (!Reduction::stepFits(lo, hi, step))
                    continue;
                double value = std::ceil(lo / step) * step; // the first multiple of step from the anchor 0
                int n = 0;
                while (value <= hi && n <= 102) {
                    value += step;
                    ++n;
                }
                QVERIFY2(n <= 101, qPrintable(QStringLiteral("%1..%2 by %3").arg(lo).arg(hi).arg(step)));
            }
        }
    }

    // Any span: a 1/2/5 step, at most 7 intervals, and no smaller nice step would do (more than 2.8 intervals).
    void niceStepProperties()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            const double span = std::pow(10.0, rng.bounded(20.0) - 10) * (1 + rng.generateDouble());
            int decimals = -1;
            const double step = Reduction::niceStep(span, 7, &decimals);
            const double intervals = span / step;
            QVERIFY2(intervals <= 7 * (1 + 1e-9) && intervals > 7 / 2.5, qPrintable(QString::number(span)));
            const double m = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
            QVERIFY2(std::abs(m - 1) < 1e-6 || std::abs(m - 2) < 1e-6 || std::abs(m - 5) < 1e-6,
                     qPrintable(QString::number(m)));
            // The label digits show the step exactly.
            const double scaled = step * std::pow(10.0, decimals);
            QVERIFY(std::abs(scaled - std::round(scaled)) < 1e-6 * scaled);
            QVERIFY(decimals == 0 || step < 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestReduction)
#include "tst_reduction.moc"
