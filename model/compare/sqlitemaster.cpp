// SPDX-License-Identifier: MIT
#include "sqlitemaster.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStringList>

namespace iv::SqliteMaster {

bool readSchema(const SnapshotFile &file, QMap<QString, SchemaObject> *out, QString *error)
{
    SqliteStatement st(file.handle(),
                       QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const SchemaObject o{st.text(0), st.text(1), st.text(2)};
        out->insert(o.type + QLatin1Char('\x1f') + o.name, o);
    }
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                              QString::fromUtf8(sqlite3_errmsg(file.handle())));
    return false;
}

bool readSqliteTables(const SnapshotFile &file, QMap<QString, TableRows> *out, QString *error,
                      const std::atomic_bool *cancel, bool appIds)
{
    static const QStringList insights = {
        QStringLiteral("insights_app"),         QStringLiteral("insights_counter"),
        QStringLiteral("insights_gauge"),       QStringLiteral("insights_bucket"),
        QStringLiteral("insights_bucketvalue"), QStringLiteral("insights_executiondelta")};
    auto failed = [&](int rc) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file.path()),
                                                  rc == SQLITE_INTERRUPT || (cancel && cancel->load())
                                                      ? QStringLiteral("cancelled")
                                                      : QString::fromUtf8(sqlite3_errmsg(file.handle())));
        return false;
    };
    QStringList names;
    {
        // The questions' tables are compared question by question (insights_executiondelta with the times);
        // insights_app's rows (its ids) here, with the times.
        SqliteStatement st(file.handle(),
                           QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        int rc = st.isValid() ? SQLITE_OK : st.prepareCode();
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW)
            if (!st.text(1).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive) &&
                (!insights.contains(st.text(0)) || (appIds && st.text(0) == QLatin1String("insights_app"))))
                names << st.text(0);
        if (rc != SQLITE_DONE)
            return failed(rc);
    }
    for (const QString &name : std::as_const(names)) {
        QString quotedName = name;
        quotedName.replace(QLatin1Char('"'), QLatin1String("\"\""));
        SqliteStatement st(file.handle(), QStringLiteral("SELECT * FROM \"%1\"").arg(quotedName));
        if (!st.isValid())
            return failed(st.prepareCode());
        const int columns = sqlite3_column_count(st.get());
        const bool sequence = name == QLatin1String("sqlite_sequence") && columns >= 1;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        TableRows rows;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            if ((rows.rows & 0xfff) == 0 && cancel && cancel->load())
                return failed(SQLITE_INTERRUPT);
            if (sequence && st.type(0) == SQLITE_TEXT && insights.contains(st.text(0)))
                continue;
            ++rows.rows;
            for (int c = 0; c < columns; ++c) {
                const int type = st.type(c);
                const char tag = char('0' + type);
                hash.addData(QByteArrayView(&tag, 1));
                if (type == SQLITE_INTEGER) {
                    const qint64 v = st.int64(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                } else if (type == SQLITE_FLOAT) {
                    const double v = st.real(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                } else if (type != SQLITE_NULL) {
                    const auto *p = static_cast<const char *>(sqlite3_column_blob(st.get(), c));
                    const qint64 n = sqlite3_column_bytes(st.get(), c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
                    if (p && n > 0)
                        hash.addData(QByteArrayView(p, n));
                }
            }
        }
        if (rc != SQLITE_DONE)
            return failed(rc);
        rows.sha = hash.result();
        out->insert(name, rows);
    }
    return true;
}

} // namespace iv::SqliteMaster
