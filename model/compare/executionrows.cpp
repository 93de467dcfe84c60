// SPDX-License-Identifier: MIT
#include "executionrows.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"

#include <QDir>

#include <algorithm>

namespace iv::ExecutionRows {

namespace {

QString column(const SnapshotFile &file, const QString &name)
{
    return file.columns(QStringLiteral("insights_executiondelta")).contains(name)
               ? QLatin1Char('"') + name + QLatin1Char('"')
               : QStringLiteral("NULL");
}

} // namespace

bool readExecutions(const SnapshotFile &file, Executions *out, QString *error, const std::atomic_bool *cancel)
{
    if (!file.hasTable(QStringLiteral("insights_executiondelta")))
        return true;
    SqliteStatement st(file.handle(), QStringLiteral("SELECT %1, %2 FROM insights_executiondelta")
                                          .arg(column(file, QStringLiteral("executed_at")),
                                               column(file, QStringLiteral("uuid"))));
    int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        if (cancel && (out->count & 0xfff) == 0 && cancel->load())
            break;
        const QString at = st.text(0);
        ++out->rows[(at.isNull() ? QStringLiteral("\x01") : at) + QLatin1Char('\x1f') + st.text(1)];
        ++out->count;
        if (!at.isEmpty() && (out->latest.isNull() || at > out->latest))
            out->latest = at;
    }
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                              QString::fromUtf8(sqlite3_errmsg(file.handle())));
    return false;
}

qint64 missingFrom(const Executions &a, const Executions &b, QStringList *examples)
{
    qint64 n = 0;
    QStringList keys = a.rows.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const qint64 extra = a.rows.value(key) - b.rows.value(key);
        if (extra <= 0)
            continue;
        n += extra;
        if (examples->size() < 5) {
            const int sep = key.indexOf(QLatin1Char('\x1f'));
            QString at = key.left(sep);
            if (at == QStringLiteral("\x01"))
                at = QStringLiteral("NULL");
            examples->append(QStringLiteral("%1 (%2)").arg(at, key.mid(sep + 1)));
        }
    }
    return n;
}

} // namespace iv::ExecutionRows
