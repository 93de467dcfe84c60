// SPDX-License-Identifier: MIT
#include "reviewdeskstore.h"
#include "timestamp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace iv {

QByteArray ReviewDeskState::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("decision"), ReviewRecord::decisionId(decision));
    if (decidedAt.isValid())
        root.insert(QStringLiteral("decided_at"), decidedAt.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("note"), note);
    root.insert(QStringLiteral("filter"), filterText);
    root.insert(QStringLiteral("kind"), kindFilter);
    root.insert(QStringLiteral("app"), appFilter);
    root.insert(QStringLiteral("question"), questionFilter);
    root.insert(QStringLiteral("sort_column"), sortColumn);
    root.insert(QStringLiteral("sort_descending"), sortDescending);
    root.insert(QStringLiteral("grouped"), grouped);
    if (!policyPath.isEmpty())
        root.insert(QStringLiteral("policy"), policyPath);
    QJsonObject states;
    for (auto it = triage.cbegin(); it != triage.cend(); ++it) {
        QJsonObject t{{QStringLiteral("state"), Triage::stateId(it.value().state)}};
        if (!it.value().reason.isEmpty())
            t.insert(QStringLiteral("reason"), it.value().reason);
        states.insert(it.key(), t);
    }
    root.insert(QStringLiteral("triage"), states);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReviewDeskState> ReviewDeskState::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")) != QJsonValue(1))
        return std::nullopt;
    const QJsonObject root = doc.object();
    ReviewDeskState s;
    const QString decision = root.value(QStringLiteral("decision")).toString();
    for (auto d :
         {ReviewRecord::Decision::None, ReviewRecord::Decision::Approved, ReviewRecord::Decision::Rejected})
        if (ReviewRecord::decisionId(d) == decision)
            s.decision = d;
    // Written in UTC with a "Z" (toJson); the project's parser reads it without QDateTime's format machinery.
    const qint64 decided = Timestamp::parseUtcMicros(root.value(QStringLiteral("decided_at")).toString());
    if (decided != Timestamp::Invalid)
        s.decidedAt = QDateTime::fromMSecsSinceEpoch(Timestamp::toMsecs(decided), QTimeZone::utc());
    s.note = root.value(QStringLiteral("note")).toString().left(2000);
    s.filterText = root.value(QStringLiteral("filter")).toString().left(2000);
    s.kindFilter = root.value(QStringLiteral("kind")).toString().left(200);
    s.appFilter = root.value(QStringLiteral("app")).toString().left(2000);
    s.questionFilter = root.value(QStringLiteral("question")).toString().left(2000);
    s.sortColumn = root.value(QStringLiteral("sort_column")).toInt(-1);
    s.sortDescending = root.value(QStringLiteral("sort_descending")).toBool();
    s.grouped = root.value(QStringLiteral("grouped")).toBool();
    s.policyPath = root.value(QStringLiteral("policy")).toString();
    const QJsonObject states = root.value(QStringLiteral("triage")).toObject();
    for (auto it = states.begin(); it != states.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        const std::optional<Triage::State> state =
            Triage::stateFromId(t.value(QStringLiteral("state")).toString());
        if (!state)
            return std::nullopt;
        s.triage.insert(it.key(), {*state, t.value(QStringLiteral("reason")).toString().left(2000)});
    }
    return s;
}

ReviewDeskStore::ReviewDeskStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/reviews")
                                      : directory)
{
}

QString ReviewDeskStore::pathFor(const QString &sha256) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch() || m_directory.isEmpty())
        return QString();
    return m_directory + QLatin1Char('/') + sha256 + QStringLiteral(".json");
}

ReviewDeskState ReviewDeskStore::load(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > (16 << 20))
        return {};
    return ReviewDeskState::fromJson(file.readAll()).value_or(ReviewDeskState());
}

bool ReviewDeskStore::save(const QString &sha256, const ReviewDeskState &state, QString *error) const
{
    const QString path = pathFor(sha256);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: not a SHA-256").arg(sha256);
        return false;
    }
    // The note and judgements are the officer's: the directory and files are theirs alone.
    if (!QDir().mkpath(m_directory) ||
        !QFile::setPermissions(m_directory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the directory").arg(m_directory);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(state.toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace iv
