// SPDX-License-Identifier: MIT
#include "findingresolver.h"

#include "snapshotfile.h"
#include "sqlitestatement.h"

namespace iv {

namespace {

QString family(MetricKind kind)
{
    if (kind == MetricKind::Counter)
        return QStringLiteral("counter");
    if (kind == MetricKind::Gauge)
        return QStringLiteral("gauge");
    return QStringLiteral("bucket");
}

QString key(const QString &family, qint64 id)
{
    return family + QLatin1Char('|') + QString::number(id);
}

} // namespace

FindingResolver::~FindingResolver() = default;

std::unique_ptr<FindingResolver> FindingResolver::open(const QString &path, QString *error)
{
    std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, error);
    if (!file)
        return nullptr;
    std::optional<Catalogue> catalogue = file->readCatalogue(error);
    if (!catalogue)
        return nullptr;
    std::unique_ptr<FindingResolver> resolver(new FindingResolver);
    resolver->m_file = std::move(file);
    resolver->m_catalogue = std::move(*catalogue);
    const QVector<App> &apps = resolver->m_catalogue.apps;
    QHash<QString, int> appByUuid;
    for (int a = 0; a < apps.size(); ++a) {
        appByUuid.insert(apps.at(a).uuid, a);
        for (int q = 0; q < apps.at(a).questions.size(); ++q) {
            const Question &question = apps.at(a).questions.at(q);
            resolver->m_questions.insert(key(family(question.kind), question.id), {a, q});
        }
    }
    if (resolver->m_file->hasTable(QStringLiteral("insights_app"))) {
        SqliteStatement st(resolver->m_file->handle(),
                           QStringLiteral("SELECT rowid, uuid FROM insights_app"));
        while (st.isValid() && st.step() == SQLITE_ROW) {
            const auto it = appByUuid.constFind(st.text(1));
            if (it != appByUuid.cend())
                resolver->m_appRows.insert(st.int64(0), it.value());
        }
    }
    return resolver;
}

FindingLocation FindingResolver::questionAt(const QString &familyName, qint64 id) const
{
    FindingLocation location;
    const auto it = m_questions.constFind(key(familyName, id));
    if (it == m_questions.cend())
        return location;
    const App &app = m_catalogue.apps.at(it->first);
    const Question &q = app.questions.at(it->second);
    location.appUuid = app.uuid;
    location.appName = app.name();
    location.kind = q.kind;
    location.questionLabel = q.label;
    location.questionText = q.displayText();
    return location;
}

FindingLocation FindingResolver::locate(const QString &table, qint64 row) const
{
    if (row < 0 || table.isNull())
        return {};
    if (table == QLatin1String("insights_counter"))
        return questionAt(QStringLiteral("counter"), row);
    if (table == QLatin1String("insights_gauge"))
        return questionAt(QStringLiteral("gauge"), row);
    if (table == QLatin1String("insights_bucket"))
        return questionAt(QStringLiteral("bucket"), row);
    if (table == QLatin1String("insights_app")) {
        FindingLocation location;
        const auto it = m_appRows.constFind(row);
        if (it != m_appRows.cend()) {
            location.appUuid = m_catalogue.apps.at(it.value()).uuid;
            location.appName = m_catalogue.apps.at(it.value()).name();
        }
        return location;
    }
    if (table == QLatin1String("insights_bucketvalue")) {
        if (m_valuesHaveBucket < 0) {
            m_valuesHaveBucket = m_file->columns(table).contains(QStringLiteral("bucket_id")) ? 1 : 0;
            if (m_valuesHaveBucket)
                m_bucketOfValue = std::make_unique<SqliteStatement>(
                    m_file->handle(), QStringLiteral("SELECT bucket_id FROM insights_bucketvalue WHERE rowid = ?"));
        }
        if (!m_valuesHaveBucket || !m_bucketOfValue->isValid())
            return {};
        SqliteStatement &st = *m_bucketOfValue;
        sqlite3_reset(st.get());
        sqlite3_bind_int64(st.get(), 1, row);
        if (st.step() != SQLITE_ROW || st.type(0) != SQLITE_INTEGER)
            return {};
        const qint64 bucket = st.int64(0);
        sqlite3_reset(st.get()); // no statement left running between calls
        FindingLocation location = questionAt(QStringLiteral("bucket"), bucket);
        if (location.hasQuestion())
            location.valueRowId = row;
        return location;
    }
    return {};
}

QVector<FindingLocation> FindingResolver::locateAll(const QVector<ReviewFinding> &findings) const
{
    QVector<FindingLocation> out;
    out.reserve(findings.size());
    for (const ReviewFinding &f : findings)
        out.append(locate(f));
    return out;
}

qint64 FindingResolver::freelistPages() const
{
    SqliteStatement st(m_file->handle(), QStringLiteral("PRAGMA freelist_count"));
    if (st.isValid() && st.step() == SQLITE_ROW)
        return st.int64(0);
    return -1;
}

} // namespace iv
