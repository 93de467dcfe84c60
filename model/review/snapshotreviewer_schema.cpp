// SPDX-License-Identifier: MIT
// SnapshotReviewer: conformance with upstream's schema — its tables and columns as migration 0001 creates them,
// SQLite's own tables, and what upstream never writes (extra tables, views, virtual tables, triggers, indexes
// over expressions, generated columns).
#include "snapshotreviewer_p.h"

#include "sqlitestatement.h"

namespace iv::SnapshotReviewer {

namespace {

struct ExpectedColumn
{
    const char *name;
    const char *type;
};
struct ExpectedTable
{
    const char *name;
    std::initializer_list<ExpectedColumn> columns;
};

// Upstream's migration 0001 on SQLite (tests/data/schema.sql), as PRAGMA table_info reports it.
const ExpectedTable kUpstream[] = {
    {"insights_app", {{"uuid", "char(32)"}, {"module", "varchar(254)"}, {"label", "varchar(254)"}}},
    {"insights_executiondelta", {{"id", "integer"}, {"executed_at", "datetime"}, {"uuid", "char(32)"}}},
    {"insights_gauge",
     {{"id", "integer"},
      {"created_at", "datetime"},
      {"label", "varchar(254)"},
      {"question", "text"},
      {"desc", "text"},
      {"value", "real"},
      {"app_id", "char(32)"}}},
    {"insights_counter",
     {{"id", "integer"},
      {"created_at", "datetime"},
      {"label", "varchar(254)"},
      {"question", "text"},
      {"desc", "text"},
      {"value", "integer"},
      {"app_id", "char(32)"}}},
    {"insights_bucketvalue",
     {{"id", "integer"},
      {"timestamp", "datetime"},
      {"xvalue", "real"},
      {"yvalue", "real"},
      {"category", "varchar(254)"},
      {"bucket_id", "integer"}}},
    {"insights_bucket",
     {{"id", "integer"},
      {"created_at", "datetime"},
      {"label", "varchar(254)"},
      {"question", "text"},
      {"desc", "text"},
      {"type", "integer"},
      {"xlabel", "varchar(254)"},
      {"xformat", "varchar(254)"},
      {"ylabel", "varchar(254)"},
      {"yformat", "varchar(254)"},
      {"title", "varchar(254)"},
      {"app_id", "char(32)"}}},
};

// SQLite's own tables that may stand in sqlite_master, with the columns SQLite gives them. Any other table
// whose name starts with "sqlite_" was put there by hand (writable_schema) and hides from tools that skip
// SQLite's bookkeeping.
const ExpectedTable kSqliteTables[] = {
    {"sqlite_sequence", {{"name", ""}, {"seq", ""}}},
    {"sqlite_stat1", {{"tbl", ""}, {"idx", ""}, {"stat", ""}}},
    {"sqlite_stat2", {{"tbl", ""}, {"idx", ""}, {"sampleno", ""}, {"sample", ""}}},
    {"sqlite_stat3", {{"tbl", ""}, {"idx", ""}, {"neq", ""}, {"nlt", ""}, {"ndlt", ""}, {"sample", ""}}},
    {"sqlite_stat4", {{"tbl", ""}, {"idx", ""}, {"neq", ""}, {"nlt", ""}, {"ndlt", ""}, {"sample", ""}}},
};

bool isSqliteName(const QString &name)
{
    return name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

// Tables a file made by Django holds besides the insights tables (SQLite's own are checked apart).
bool isAllowedExtra(const QString &name)
{
    return name == QLatin1String("django_migrations");
}

} // namespace

namespace detail {

void Reviewer::checkSchema()
{
    if (stopped()) {
        r.conformant = false; // not known
        return;
    }
    QHash<QString, const ExpectedTable *> expected;
    for (const ExpectedTable &t : kUpstream)
        expected.insert(L(t.name), &t);
    QSet<QString> seen;
    SqliteStatement st(m_db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const QString type = st.text(0), name = st.text(1), table = st.text(2);
        const bool isVirtual =
            st.text(3).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
        const bool isInsights = expected.contains(name);
        if (type == QLatin1String("table") && !isVirtual) {
            m_realTables.append(name);
            if (isInsights)
                m_insightsTables.insert(name);
            else if (isSqliteName(name))
                checkSqliteTable(name);
            else if (!isAllowedExtra(name) && !opt.allowedExtraTables.contains(name))
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("extra-table"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "table %1 is not part of upstream's schema; "
                                                       "its text was scanned for personal data")
                                  .arg(name),
                              name);
        } else if (type == QLatin1String("table")) {
            nonconformity(isInsights ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
                          QStringLiteral("virtual-table"),
                          isInsights ? LocalizedText::translate("iv::SnapshotReviewer",
                                                                "%1 is a virtual table standing where an "
                                                                "insights table should be; it was not read")
                                           .arg(name)
                                     : LocalizedText::translate("iv::SnapshotReviewer",
                                                                "%1 is a virtual table; it was not read")
                                           .arg(name),
                          name);
        } else if (type == QLatin1String("view")) {
            nonconformity(
                isInsights ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
                QStringLiteral("view"),
                isInsights ? LocalizedText::translate("iv::SnapshotReviewer",
                                                      "%1 is a view standing where an insights "
                                                      "table should be; it was not read")
                                 .arg(name)
                           : LocalizedText::translate("iv::SnapshotReviewer", "%1 is a view; it was not read")
                                 .arg(name),
                name);
        } else if (type == QLatin1String("index") && indexHoldsExpressions(name)) {
            // An index over expressions stores values SQLite computed, which no table cell holds (an address
            // built from a hex literal and a label): none of upstream's indexes does, and those values are
            // not read.
            nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("expression-index"),
                          LocalizedText::translate("iv::SnapshotReviewer",
                                                   "index %1 on %2 stores values computed by an expression "
                                                   "(upstream's indexes hold plain columns); what it holds "
                                                   "was not read")
                              .arg(name, table),
                          table);
        } else if (type == QLatin1String("trigger")) {
            nonconformity(
                ReviewFinding::Severity::Warning, QStringLiteral("trigger"),
                LocalizedText::translate("iv::SnapshotReviewer",
                                         "trigger %1 on %2 (upstream defines none; it never ran here)")
                    .arg(name, table),
                table);
        }
        if (isInsights)
            seen.insert(name);
    }
    if (!st.isValid() || rc != SQLITE_DONE) {
        queryFailed(st.isValid() ? rc : st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "reading the schema"));
        r.conformant = false;
        return;
    }
    for (const ExpectedTable &t : kUpstream) {
        const QString name = L(t.name);
        if (!seen.contains(name)) {
            nonconformity(ReviewFinding::Severity::Error, QStringLiteral("missing-table"),
                          LocalizedText::translate("iv::SnapshotReviewer", "table %1 is missing").arg(name),
                          name);
            continue;
        }
        if (!m_insightsTables.contains(name))
            continue;
        QHash<QString, QString> types;
        QStringList order;
        // table_xinfo, not table_info: a generated column (its values computed, or stored, by SQLite) is left
        // out of table_info and would be a column no check saw.
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted(name)));
        while (info.isValid() && (rc = info.step()) == SQLITE_ROW) {
            types.insert(info.text(1), info.text(2));
            order.append(info.text(1));
            if (info.int64(6) != 0)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("generated-column"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "%1.%2 is a generated column (SQLite computes its "
                                                       "values from an expression); upstream's schema has none")
                                  .arg(name, info.text(1)),
                              name, info.text(1));
        }
        m_columns.insert(name, order);
        for (const ExpectedColumn &c : t.columns) {
            const QString col = L(c.name);
            if (!types.contains(col))
                nonconformity(
                    ReviewFinding::Severity::Error, QStringLiteral("missing-column"),
                    LocalizedText::translate("iv::SnapshotReviewer", "%1 lacks the column %2").arg(name, col),
                    name, col);
            else if (types.value(col).compare(L(c.type), Qt::CaseInsensitive) != 0)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("type-mismatch"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "%1.%2 is declared %3, upstream declares %4")
                                  .arg(name, col, types.value(col), L(c.type)),
                              name, col);
        }
        for (const QString &col : std::as_const(order)) {
            bool known = false;
            for (const ExpectedColumn &c : t.columns)
                known = known || col == L(c.name);
            if (!known)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("extra-column"),
                              LocalizedText::translate("iv::SnapshotReviewer",
                                                       "%1 has a column %2 that upstream's schema does not")
                                  .arg(name, col),
                              name, col);
        }
    }
}

bool Reviewer::indexHoldsExpressions(const QString &name)
{
    SqliteStatement info(m_db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(name)));
    while (info.isValid() && info.step() == SQLITE_ROW)
        if (info.int64(5) != 0 &&
            info.int64(1) == -2) // a key column (not the rowid) computed by an expression
            return true;
    return false;
}

void Reviewer::checkSqliteTable(const QString &name)
{
    const ExpectedTable *known = nullptr;
    for (const ExpectedTable &t : kSqliteTables)
        if (name == L(t.name))
            known = &t;
    bool same = known != nullptr;
    if (known) {
        QStringList want, got;
        for (const ExpectedColumn &c : known->columns)
            want << L(c.name);
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted(name)));
        while (info.isValid() && info.step() == SQLITE_ROW)
            got << info.text(1) + (info.int64(6) != 0 ? QStringLiteral(" (generated)") : QString());
        same = got == want;
    }
    if (!same)
        nonconformity(
            ReviewFinding::Severity::Error, QStringLiteral("hidden-table"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "table %1 takes a name reserved for SQLite's own tables, which "
                                     "SQLite never gives it; tools that skip SQLite's tables do not "
                                     "show it (its text was scanned for personal data)")
                .arg(name),
            name);
}

} // namespace detail
} // namespace iv::SnapshotReviewer
