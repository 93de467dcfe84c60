// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QScrollArea>

namespace iv {

class BucketLoader;
class ChartThumbnail;
class ValueCard;

// One app: its counter and gauge cards and a thumbnail chart of each bucket question. Values load in the
// background (BucketLoader); choosing another app cancels the load.
class AppPage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPage)

public:
    explicit AppPage(QWidget *parent = nullptr);

    void setApp(const QString &path, const App &app);
    void clear();
    QList<ValueCard *> cards() const;
    QList<ChartThumbnail *> thumbnails() const;
    BucketLoader *loader() const { return m_loader; }

signals:
    void questionActivated(iv::MetricKind kind, const QString &label);

private:
    QWidget *m_content = nullptr;
    BucketLoader *m_loader = nullptr;
};

} // namespace iv
