// SPDX-License-Identifier: MIT
#pragma once

// Internal to model/: a small RAII wrapper over a prepared sqlite3 statement and cell readers that never
// interpret data (a NULL stays null, text stays text). Not part of the public model interface.

#include "bucketvalues.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <cmath>

namespace iv {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_rc == SQLITE_OK && m_stmt; }
    int prepareCode() const { return m_rc; }
    sqlite3_stmt *get() const { return m_stmt; }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }

    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    int type(int col) const { return sqlite3_column_type(m_stmt, col); }
    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }

    // Text as stored, or a null QString for SQL NULL. A BLOB is read as UTF-8 bytes (lossy), never as markup.
    QString text(int col) const
    {
        if (sqlite3_column_type(m_stmt, col) == SQLITE_NULL)
            return QString();
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        const int n = sqlite3_column_bytes(m_stmt, col);
        // An empty cell stays an empty (not null) string: stored '' and stored NULL differ.
        return (p && n > 0) ? QString::fromUtf8(p, n) : QStringLiteral("");
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Reads a numeric cell leniently: INTEGER and REAL as they are, TEXT by parseNumericText (bucketvalues.h).
// NULL, BLOB and other text give ok = false and NaN.
inline double numericCell(const SqliteStatement &st, int col, bool *ok, bool *isInteger = nullptr,
                          qint64 *intValue = nullptr)
{
    if (isInteger)
        *isInteger = false;
    switch (st.type(col)) {
    case SQLITE_INTEGER: {
        const qint64 v = st.int64(col);
        *ok = true;
        if (isInteger)
            *isInteger = true;
        if (intValue)
            *intValue = v;
        return static_cast<double>(v);
    }
    case SQLITE_FLOAT:
        *ok = true;
        return st.real(col);
    case SQLITE_TEXT:
        return parseNumericText(
            QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col)),
                           sqlite3_column_bytes(st.get(), col)),
            ok, isInteger, intValue);
    default:
        *ok = false;
        return std::nan("");
    }
}

} // namespace iv
