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
    // Counted here rather than by GROUP BY: SQLite would sort every row of a million-row scatterplot in a
    // temporary B-tree (about 3 times the cost of the scan itself); a hash per bucket, keyed by the cell's
    // bytes, costs one lookup per row and allocates only per distinct category.
    SqliteStatement st(
        file.handle(),
        QStringLiteral("SELECT v.bucket_id, b.type, v.category FROM insights_bucketvalue v "
                       "JOIN insights_bucket b ON b.id = v.bucket_id "
                       "WHERE v.category IS NOT NULL AND b.type IN (3, 4, 5)")); // scatter, bar, hbar
    if (!st.isValid()) {
        if (error)
            *error = QCoreApplication::translate("iv::CategoryColours", "%1: cannot read the categories: %2")
                         .arg(file.path(), QString::fromUtf8(sqlite3_errmsg(file.handle())));
        return {};
    }
    struct Counts
    {
        QHash<QByteArray, qint64> rows;
        bool scatter = false;
    };
    QHash<qint64, Counts> counts;
    qint64 lastBucket = 0;
    Counts *current = nullptr;
    while (st.step() == SQLITE_ROW) {
        const qint64 bucket = st.int64(0);
        if (!current || bucket != lastBucket) {
            current = &counts[bucket];
            current->scatter = st.int64(1) == 3;
            lastBucket = bucket;
        }
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 2));
        const int n = sqlite3_column_bytes(st.get(), 2);
        // Looked up without a copy; a new category is stored as a deep copy (the statement's buffer moves on).
        const auto it = current->rows.find(QByteArray::fromRawData(p ? p : "", p ? n : 0));
        if (it != current->rows.end())
            ++it.value();
        else
            current->rows.insert(QByteArray(p ? p : "", p ? n : 0), 1);
    }
    QVector<Chart> charts;
    charts.reserve(counts.size());
    for (const Counts &c : std::as_const(counts)) {
        Chart chart;
        chart.scatter = c.scatter;
        for (auto it = c.rows.cbegin(); it != c.rows.cend(); ++it)
            chart.rows[QString::fromUtf8(it.key())] += it.value();
        charts << chart;
    }
    return assign(charts);
}

} // namespace iv
