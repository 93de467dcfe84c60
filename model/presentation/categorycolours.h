// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace iv {

class SnapshotFile;

// Which category of a snapshot owns which colour of the category palette, decided once for the whole
// snapshot from its content alone (not from the order in which charts are drawn), so the same category text
// has the same colour in every bar, hbar and scatter chart, on screen and in files, at every opening.
//
// The palette has kSlots colours (ChartStyle draws them). Slots go first to the categories that several
// charts share (most charts first, then most rows, then text in code-point order), then to the categories
// of scatter charts, which need a colour per series (most rows first, then text). Every slot has one owner in
// the whole snapshot, so two different categories never share a palette colour. A category without a slot
// is drawn in the chart's own colour (a bar) or a neutral grey (scatter series beyond the first); see
// docs/INTERACTION.md "Colours". A plain value; any thread.
class CategoryColours
{
public:
    static constexpr int kSlots = 6;

    // One chart's categories: its distinct texts with their row counts; scatter says the chart needs a
    // colour per category.
    struct Chart
    {
        QHash<QString, qint64> rows;
        bool scatter = false;
    };
    static CategoryColours assign(const QVector<Chart> &charts);
    // The categories of the snapshot's barchart, hbarchart and scatterplot buckets (one grouped query, no
    // values loaded). Empty with *error set when the file cannot be read.
    static CategoryColours read(const SnapshotFile &file, QString *error = nullptr);

    // 0 … kSlots - 1, or -1 for a category without a snapshot-wide colour.
    int slot(const QString &category) const { return m_slots.value(category, -1); }
    int size() const { return int(m_slots.size()); }
    bool isEmpty() const { return m_slots.isEmpty(); }

private:
    QHash<QString, int> m_slots;
};

} // namespace iv
