// SPDX-License-Identifier: MIT
#pragma once
// Helpers for chart tests: lay a chart out in a scene and read back the text
// Qt Charts actually renders (titles, axis labels and titles, legend entries).

#include "bucketprobe.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

#include <memory>

namespace ivtest {

// Every text item of the chart after layout at 1440x720, as plain text.
inline QStringList renderedTexts(QChart *chart)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(1440, 720);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QStringList out;
    const auto items = scene.items();
    for (QGraphicsItem *item : items)
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            if (text->isVisible())
                out << text->toPlainText();
    scene.removeItem(chart);
    return out;
}

} // namespace ivtest
