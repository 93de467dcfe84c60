// SPDX-License-Identifier: MIT
#include "historyindex.h"

#include "historycache.h"
#include "snapshotfile.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace iv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("iv::HistoryIndex", text);
}

QString moduleKey(const SnapshotSummary &s)
{
    QStringList modules;
    for (const auto &app : s.apps)
        modules << app.module;
    modules.sort();
    return modules.join(QLatin1Char('\n'));
}

} // namespace

QStringList HistoryIndex::expand(const QStringList &paths, QVector<HistorySkipped> *missing)
{
    static const QStringList filters = {QStringLiteral("*.db"), QStringLiteral("*.sqlite"),
                                        QStringLiteral("*.sqlite3"), QStringLiteral("*.db3")};
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(absolute)) {
            seen.insert(absolute);
            files << absolute;
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(info.absoluteFilePath());
            // System: FIFOs, sockets and devices too, so they are listed apart with their reason.
            const QStringList names =
                dir.entryList(filters, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &name : names)
                add(dir.filePath(name));
        } else if (info.exists() || info.isSymLink()) {
            add(path);
        } else if (missing) {
            missing->append({QFileInfo(path).absoluteFilePath(), tr("no such file or folder"),
                             QStringLiteral("no such file or folder")});
        }
    }
    return files;
}

History HistoryIndex::open(const QStringList &paths, const Options &options)
{
    History history;
    const QStringList files = expand(paths, &history.skipped);

    // The cache, folder by folder; a file whose identity changed is read again.
    QHash<QString, QHash<QString, SnapshotSummary>> cached; // folder → entries
    const HistoryCache cache(options.cacheDirectory);
    QVector<SnapshotSummary> summaries(files.size());
    QVector<int> toRead;
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        SnapshotSummary current;
        current.statFile(file);
        if (options.useCache && current.readable()) {
            const QString folder = QFileInfo(file).absolutePath();
            auto it = cached.find(folder);
            if (it == cached.end())
                it = cached.insert(folder, cache.load(folder));
            const auto hit = it->constFind(file);
            if (hit != it->cend() && hit->readable() && hit->sameFileAs(current) &&
                (!options.sha256 || !hit->sha256.isEmpty())) {
                summaries[i] = *hit;
                ++history.fromCache;
                continue;
            }
        }
        toRead << i;
    }

    const bool sha = options.sha256;
    const std::atomic_bool *cancel = options.cancel;
    const QVector<SnapshotSummary> read =
        QtConcurrent::blockingMapped<QVector<SnapshotSummary>>(toRead, [&files, sha, cancel](int i) {
            if (cancel && cancel->load()) {
                SnapshotSummary s;
                s.path = files.at(i);
                s.error = QStringLiteral("cancelled");
                s.englishError = s.error;
                return s;
            }
            return SnapshotSummary::read(files.at(i), sha);
        });
    history.read = static_cast<int>(read.size());
    QSet<QString> changedFolders;
    for (int k = 0; k < toRead.size(); ++k) {
        summaries[toRead.at(k)] = read.at(k);
        const SnapshotSummary &s = read.at(k);
        // Only snapshots that were really read go to the cache (not a vanished path or a cancelled read). An
        // unreadable file is read again at every opening: its reason is said in the UI language of that
        // opening (a cached text would keep the language it was first written in), and such a file fails in
        // SnapshotFile's first checks (header, schema), long before any table is scanned.
        if (options.useCache && s.size >= 0 && s.readable()) {
            const QString folder = QFileInfo(s.path).absolutePath();
            auto it = cached.find(folder);
            if (it == cached.end())
                it = cached.insert(folder, cache.load(folder));
            it->insert(s.path, s);
            changedFolders.insert(folder);
        }
    }
    for (const QString &folder : std::as_const(changedFolders)) {
        QHash<QString, SnapshotSummary> &entries = cached[folder];
        for (auto it = entries.begin(); it != entries.end();)
            it = QFileInfo::exists(it.key()) ? std::next(it) : entries.erase(it);
        QString error;
        if (!cache.store(folder, entries, &error))
            history.cacheError = error;
    }
    cached.clear();

    // The site: the largest group of files with the same modules (ties: the group holding the latest
    // collection), joined by files that share a module with it.
    QHash<QString, int> groupSize;
    QHash<QString, qint64> groupLatest;
    QVector<SnapshotSummary> readable;
    QHash<QPair<quint64, quint64>, QString> names; // (device, inode) → the first path that named it
    for (SnapshotSummary &s : summaries) {
        if (!s.readable()) {
            history.skipped.append({s.path, s.error, s.englishError});
            continue;
        }
        // One file is one snapshot, however many names it has ("latest.db" → "insights-2024-06.db").
        const auto identity = qMakePair(s.device, s.inode);
        if (const auto first = names.constFind(identity); first != names.cend()) {
            const QString name = QFileInfo(*first).fileName();
            history.skipped.append({s.path, tr("the same file as %1").arg(name),
                                    QStringLiteral("the same file as %1").arg(name)});
            continue;
        }
        names.insert(identity, s.path);
        // What other SQLite readers would see differs from the immutable read (checked at every opening: a
        // cached file may have gained a journal since).
        if (const QString journal = SnapshotFile::hotJournal(s.path); !journal.isNull()) {
            const QString name = QFileInfo(journal).fileName();
            history.skipped.append(
                {s.path,
                 tr("an unfinished write: a rollback journal (%1) lies beside it, and other SQLite readers "
                    "see other contents")
                     .arg(name),
                 QStringLiteral("an unfinished write: a rollback journal (%1) lies beside it, and other SQLite "
                                "readers see other contents")
                     .arg(name)});
            continue;
        }
        if (const QFileInfo wal(s.path + QStringLiteral("-wal")); wal.exists() && wal.size() > 0) {
            history.skipped.append(
                {s.path, tr("a -wal file lies beside it with changes that are not read here"),
                 QStringLiteral("a -wal file lies beside it with changes that are not read here")});
            continue;
        }
        if (s.apps.isEmpty()) {
            history.skipped.append({s.path, tr("holds no apps"), QStringLiteral("holds no apps")});
            continue;
        }
        if (s.collectedAt == Timestamp::Invalid) {
            const QString why =
                s.collectedAtText.isEmpty()
                    ? QStringLiteral("no collection time: no counter, gauge or bucket has a created_at")
                    : QStringLiteral("no collection time: created_at \"%1\" is not a date and time")
                          .arg(s.collectedAtText.left(40));
            history.skipped.append(
                {s.path,
                 s.collectedAtText.isEmpty()
                     ? tr("no collection time: no counter, gauge or bucket has a created_at")
                     : tr("no collection time: created_at \"%1\" is not a date and time")
                           .arg(s.collectedAtText.left(40)),
                 why});
            continue;
        }
        const QString key = moduleKey(s);
        groupSize[key] += 1;
        groupLatest[key] = std::max(groupLatest.value(key, Timestamp::Invalid), s.collectedAt);
        readable.append(std::move(s));
    }
    summaries.clear();
    QString site;
    for (auto it = groupSize.cbegin(); it != groupSize.cend(); ++it) {
        if (site.isNull() || it.value() > groupSize.value(site) ||
            (it.value() == groupSize.value(site) && groupLatest.value(it.key()) > groupLatest.value(site)))
            site = it.key();
    }
    const QStringList siteModulesList = site.split(QLatin1Char('\n'));
    const QSet<QString> siteModules(siteModulesList.cbegin(), siteModulesList.cend());
    for (SnapshotSummary &s : readable) {
        bool shares = false;
        QStringList names;
        for (const auto &app : s.apps) {
            shares = shares || siteModules.contains(app.module);
            names << app.module;
        }
        if (shares) {
            history.snapshots.append(std::move(s));
        } else {
            history.skipped.append(
                {s.path, tr("another site (apps %1)").arg(names.join(QStringLiteral(", "))),
                 QStringLiteral("another site (apps %1)").arg(names.join(QStringLiteral(", ")))});
        }
    }
    std::sort(history.snapshots.begin(), history.snapshots.end(),
              [](const SnapshotSummary &a, const SnapshotSummary &b) {
                  return a.collectedAt != b.collectedAt ? a.collectedAt < b.collectedAt : a.path < b.path;
              });
    std::sort(history.skipped.begin(), history.skipped.end(),
              [](const HistorySkipped &a, const HistorySkipped &b) { return a.path < b.path; });
    history.buildSeries();
    return history;
}

} // namespace iv
