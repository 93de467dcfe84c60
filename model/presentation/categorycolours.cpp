// SPDX-License-Identifier: MIT
#include "categorycolours.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>

namespace iv {

CategoryColours CategoryColours::assign(const QVector<Chart> &charts)
{
    struct Seen
    {
        QString text;
        int charts = 0;
        qint64 rows = 0;
        bool scatter = false;
    };
    QHash<QString, Seen> seen;
    for (const Chart &chart : charts) {
        for (auto it = chart.rows.cbegin(); it != chart.rows.cend(); ++it) {
            Seen &s = seen[it.key()];
            s.text = it.key();
            ++s.charts;
            s.rows += it.value();
            s.scatter = s.scatter || chart.scatter;
        }
    }
    QVector<Seen> shared, scatterOnly;
    for (const Seen &s : std::as_const(seen)) {
        if (s.charts > 1)
            shared << s;
        else if (s.scatter)
            scatterOnly << s;
    }
    // QString's operator< compares UTF-16 code units: the same order in every locale and process.
    std::sort(shared.begin(), shared.end(), [](const Seen &a, const Seen &b) {
        if (a.charts != b.charts)
            return a.charts > b.charts;
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.text < b.text;
    });
    std::sort(scatterOnly.begin(), scatterOnly.end(), [](const Seen &a, const Seen &b) {
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.text < b.text;
    });
    CategoryColours out;
    for (const QVector<Seen> *group : {&shared, &scatterOnly})
        for (const Seen &s : *group)
            if (out.m_slots.size() < kSlots)
                out.m_slots.insert(s.text, int(out.m_slots.size()));
    return out;
}

CategoryColours CategoryColours::read(const SnapshotFile &file, QString *error)
{
    if (!file.hasTable(QStringLiteral("insights_bucket")) ||
        !file.hasTable(QStringLiteral("insights_bucketvalue")) ||
        !file.columns(QStringLiteral("insights_bucketvalue")).contains(QStringLiteral("category")))
        return {};
    // Grouped in SQLite: a million-row scatterplot costs one scan, not a million QStrings.
    SqliteStatement st(
        file.handle(),
        QStringLiteral("SELECT v.bucket_id, b.type, v.category, COUNT(*) FROM insights_bucketvalue v "
                       "JOIN insights_bucket b ON b.id = v.bucket_id "
                       "WHERE v.category IS NOT NULL AND b.type IN (3, 4, 5) " // scatter, bar, hbar
                       "GROUP BY v.bucket_id, v.category"));
    if (!st.isValid()) {
        if (error)
            *error = QCoreApplication::translate("iv::CategoryColours", "%1: cannot read the categories: %2")
                         .arg(file.path(), QString::fromUtf8(sqlite3_errmsg(file.handle())));
        return {};
    }
    QHash<qint64, Chart> charts;
    while (st.step() == SQLITE_ROW) {
        Chart &chart = charts[st.int64(0)];
        chart.scatter = st.int64(1) == 3;
        chart.rows.insert(st.text(2), st.int64(3));
    }
    return assign(charts.values().toVector());
}

} // namespace iv
