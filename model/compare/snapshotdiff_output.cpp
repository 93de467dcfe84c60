// SPDX-License-Identifier: MIT
// SnapshotDiff's reports: JSON (full doubles, English) and text (UI language, shortest exact numbers).
#include "snapshotdiff.h"

#include "localizedtext.h"
#include "reviewreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iv {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString orNone(const QString &s)
{
    return s.isNull() ? QCoreApplication::translate("iv::SnapshotDiff", "(none)") : s;
}

QChar mark(QuestionDiff::Status s)
{
    return s == QuestionDiff::Status::Added     ? QLatin1Char('+')
           : s == QuestionDiff::Status::Removed ? QLatin1Char('-')
                                                : QLatin1Char('~');
}

} // namespace

QByteArray SnapshotDiff::toJson() const
{
    auto num = [](bool valid, double v) {
        return valid && std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
    };
    // Integers stay integers (exact beyond 2^53); reals are written in full by QJsonDocument.
    auto value = [&num](bool valid, bool isInteger, qint64 i, double v) {
        return valid && isInteger ? QJsonValue(i) : num(valid, v);
    };
    QJsonObject root;
    root.insert(QStringLiteral("old"), oldPath);
    root.insert(QStringLiteral("new"), newPath);
    root.insert(QStringLiteral("identical"), identical());
    root.insert(QStringLiteral("differs"), differs());
    root.insert(QStringLiteral("tolerance"), tolerance);
    root.insert(QStringLiteral("include_times"), includeTimes);
    root.insert(QStringLiteral("summary"),
                QJsonObject{{QStringLiteral("exact"), exactCount()},
                            {QStringLiteral("within_tolerance"), withinToleranceCount()},
                            {QStringLiteral("changed"), count(QuestionDiff::Status::Changed)},
                            {QStringLiteral("added"), count(QuestionDiff::Status::Added)},
                            {QStringLiteral("removed"), count(QuestionDiff::Status::Removed)}});
    root.insert(QStringLiteral("added_apps"), QJsonArray::fromStringList(addedApps));
    root.insert(QStringLiteral("removed_apps"), QJsonArray::fromStringList(removedApps));
    root.insert(QStringLiteral("renamed_apps"), QJsonArray::fromStringList(renamedApps));
    root.insert(QStringLiteral("collected_at"),
                QJsonObject{{QStringLiteral("old"), textOrNull(oldCollectedAt)},
                            {QStringLiteral("new"), textOrNull(newCollectedAt)}});
    if (includeTimes)
        root.insert(QStringLiteral("executions"),
                QJsonObject{{QStringLiteral("old_count"), executions.oldCount},
                            {QStringLiteral("new_count"), executions.newCount},
                            {QStringLiteral("added"), executions.added},
                            {QStringLiteral("removed"), executions.removed},
                            {QStringLiteral("old_latest"), textOrNull(executions.oldLatest)},
                            {QStringLiteral("new_latest"), textOrNull(executions.newLatest)}});
    QJsonArray objects;
    for (const SchemaObjectDiff &o : schema)
        objects.append(QJsonObject{{QStringLiteral("status"), QuestionDiff::statusId(o.status)},
                                   {QStringLiteral("type"), o.type},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("old_sql"), textOrNull(o.oldSql)},
                                   {QStringLiteral("new_sql"), textOrNull(o.newSql)}});
    root.insert(QStringLiteral("schema"), objects);
    QJsonArray sqliteRows;
    for (const SqliteTableDiff &d : sqliteTables)
        sqliteRows.append(
            QJsonObject{{QStringLiteral("name"), d.name},
                        {QStringLiteral("old_rows"),
                         d.oldRows < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.oldRows)},
                        {QStringLiteral("new_rows"),
                         d.newRows < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.newRows)}});
    root.insert(QStringLiteral("sqlite_tables"), sqliteRows);
    QJsonArray list;
    for (const QuestionDiff &q : questions) {
        QJsonObject o;
        o.insert(QStringLiteral("status"), QuestionDiff::statusId(q.status));
        o.insert(QStringLiteral("kind"), kindId(q.kind));
        o.insert(QStringLiteral("app"), q.app);
        o.insert(QStringLiteral("label"), q.label);
        o.insert(QStringLiteral("question"), q.text);
        if (!q.metadataChanges.isEmpty())
            o.insert(QStringLiteral("metadata_changes"), QJsonArray::fromStringList(q.metadataChanges));
        o.insert(QStringLiteral("old_collected_at"), q.status == QuestionDiff::Status::Added
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : textOrNull(q.oldCreatedAt));
        o.insert(QStringLiteral("new_collected_at"), q.status == QuestionDiff::Status::Removed
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : textOrNull(q.newCreatedAt));
        o.insert(QStringLiteral("collected_at_changed"), q.collectedAtChanged());
        o.insert(QStringLiteral("within_tolerance"), q.withinTolerance);
        if (q.isValue) {
            o.insert(QStringLiteral("old"), q.status == QuestionDiff::Status::Added
                                                ? QJsonValue(QJsonValue::Null)
                                                : value(q.oldValid, q.oldIsInteger, q.oldInt, q.oldValue));
            o.insert(QStringLiteral("new"), q.status == QuestionDiff::Status::Removed
                                                ? QJsonValue(QJsonValue::Null)
                                                : value(q.newValid, q.newIsInteger, q.newInt, q.newValue));
            qint64 d = 0;
            const bool exact = q.oldValid && q.newValid && q.oldIsInteger && q.newIsInteger &&
                               !__builtin_sub_overflow(q.newInt, q.oldInt, &d);
            o.insert(QStringLiteral("delta"),
                     exact ? QJsonValue(d) : num(q.oldValid && q.newValid, q.delta()));
            o.insert(QStringLiteral("percent"), num(true, q.percent()));
        } else {
            o.insert(QStringLiteral("old_points"),
                     q.oldPoints < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(q.oldPoints));
            o.insert(QStringLiteral("new_points"),
                     q.newPoints < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(q.newPoints));
            if (q.status == QuestionDiff::Status::Changed || q.status == QuestionDiff::Status::Unchanged) {
                o.insert(QStringLiteral("changed_points"), q.changedPoints);
                o.insert(QStringLiteral("added_points"), q.addedPoints);
                o.insert(QStringLiteral("removed_points"), q.removedPoints);
                o.insert(QStringLiteral("within_tolerance_points"), q.tolerantPoints);
                QJsonArray examples;
                for (const LocalizedText &e : q.changedExamples)
                    examples.append(e.english);
                o.insert(QStringLiteral("examples"), examples);
            }
        }
        list.append(o);
    }
    root.insert(QStringLiteral("questions"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SnapshotDiff::toText() const
{
    auto v = &ReviewReport::visible;
    auto points = [](qint64 n) {
        return QCoreApplication::translate("iv::SnapshotDiff", "%n points", nullptr, clampToInt(n));
    };
    QString t =
        QCoreApplication::translate("iv::SnapshotDiff", "Old: %1\nNew: %2\n").arg(v(oldPath), v(newPath));
    const QString timesLeftOut =
        includeTimes ? QString()
                     : QCoreApplication::translate("iv::SnapshotDiff",
                                                   "Collection and execution times left out "
                                                   "(--include-times compares them).") +
                           QLatin1Char('\n');
    if (identical())
        return t +
               (includeTimes
                    ? QCoreApplication::translate("iv::SnapshotDiff",
                                                  "Identical content: %n questions, same values, same schema, "
                                                  "same executions.",
                                                  nullptr, int(questions.size()))
                    : QCoreApplication::translate("iv::SnapshotDiff",
                                                  "Identical content: %n questions, same values, same schema.",
                                                  nullptr, int(questions.size()))) +
               QLatin1Char('\n') + timesLeftOut;
    t += summaryLine() + QLatin1Char('\n') + timesLeftOut;
    if (tolerance > 0)
        t += QCoreApplication::translate("iv::SnapshotDiff",
                                         "Tolerance: %1 (relative); values within it count as the same.")
                 .arg(exactText(tolerance)) +
             QLatin1Char('\n');
    if (includeTimes && (oldCollectedAt != newCollectedAt || oldCollectedAt.isNull() != newCollectedAt.isNull() ||
        collectedAtChanges()))
        t += QCoreApplication::translate("iv::SnapshotDiff",
                                         "Collected at: %1 → %2 (%n questions collected at another "
                                         "time)",
                                         nullptr, collectedAtChanges())
                 .arg(v(orNone(oldCollectedAt)), v(orNone(newCollectedAt))) +
             QLatin1Char('\n');
    if (executions.changed()) {
        t += QCoreApplication::translate("iv::SnapshotDiff",
                                         "Executions: %1 → %2 (%3 added, %4 removed), last %5 → %6")
                 .arg(executions.oldCount)
                 .arg(executions.newCount)
                 .arg(executions.added)
                 .arg(executions.removed)
                 .arg(v(orNone(executions.oldLatest)), v(orNone(executions.newLatest))) +
             QLatin1Char('\n');
        for (const QString &e : executions.addedExamples)
            t += QStringLiteral("    + %1\n").arg(v(e));
        for (const QString &e : executions.removedExamples)
            t += QStringLiteral("    - %1\n").arg(v(e));
    }
    for (const SchemaObjectDiff &o : schema) {
        t += QStringLiteral("%1 %2\n")
                 .arg(mark(o.status))
                 .arg(QCoreApplication::translate("iv::SnapshotDiff", "schema %1 %2")
                          .arg(v(o.type), v(o.name)));
        // SQL shown on one line each (whitespace runs folded for reading; compared exactly).
        if (o.status != QuestionDiff::Status::Added)
            t += QStringLiteral("    %1 %2\n")
                     .arg(QCoreApplication::translate("iv::SnapshotDiff", "old:"), v(o.oldSql.simplified()));
        if (o.status != QuestionDiff::Status::Removed)
            t += QStringLiteral("    %1 %2\n")
                     .arg(QCoreApplication::translate("iv::SnapshotDiff", "new:"), v(o.newSql.simplified()));
    }
    for (const SqliteTableDiff &d : sqliteTables) {
        const auto rows = [](qint64 n) {
            return n < 0 ? QCoreApplication::translate("iv::SnapshotDiff", "absent") : QString::number(n);
        };
        t += QStringLiteral("~ %1\n").arg(
            d.name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
                ? QCoreApplication::translate("iv::SnapshotDiff",
                                              "rows of SQLite table %1 differ (%2 → %3 rows)")
                      .arg(v(d.name), rows(d.oldRows), rows(d.newRows))
                : QCoreApplication::translate("iv::SnapshotDiff", "rows of table %1 differ (%2 → %3 rows)")
                      .arg(v(d.name), rows(d.oldRows), rows(d.newRows)));
    }
    for (const QString &a : addedApps)
        t +=
            QStringLiteral("+ %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QString &a : removedApps)
        t +=
            QStringLiteral("- %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QString &a : renamedApps)
        t +=
            QStringLiteral("~ %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QuestionDiff &q : questions) {
        const bool collected = q.collectedAtChanged();
        if (q.status == QuestionDiff::Status::Unchanged && !collected && !q.withinTolerance)
            continue;
        const QString collectedText = QCoreApplication::translate("iv::SnapshotDiff", "collected at %1 → %2")
                                          .arg(v(orNone(q.oldCreatedAt)), v(orNone(q.newCreatedAt)));
        QString line =
            QStringLiteral("%1 %2 %3 / %4 (%5)")
                .arg(q.withinTolerance                           ? QChar(0x2248) // ≈
                     : q.status == QuestionDiff::Status::Unchanged ? QLatin1Char('@')
                                                                   : mark(q.status))
                .arg(kindId(q.kind).leftJustified(11), v(q.app), v(q.text), v(q.label));
        if (q.status == QuestionDiff::Status::Unchanged && !q.withinTolerance) {
            line += QStringLiteral(": %1").arg(collectedText);
        } else if (q.isValue) {
            if (q.status == QuestionDiff::Status::Added)
                line += QStringLiteral(": %1").arg(v(q.newText));
            else if (q.status == QuestionDiff::Status::Removed)
                line += QStringLiteral(": %1").arg(v(q.oldText));
            else {
                line += QStringLiteral(": %1 → %2").arg(v(q.oldText), v(q.newText));
                const QString delta = q.deltaText();
                if (!delta.isEmpty() && q.oldText != q.newText) {
                    line += QStringLiteral(" (%1%2").arg(q.delta() >= 0 && !delta.startsWith(QLatin1Char('-'))
                                                             ? QStringLiteral("+")
                                                             : QString(),
                                                         delta);
                    if (!std::isnan(q.percent()))
                        line +=
                            QStringLiteral(", %1%2%").arg(q.percent() >= 0 ? QStringLiteral("+") : QString(),
                                                          QString::number(q.percent(), 'f', 1));
                    line += QLatin1Char(')');
                }
            }
        } else if (q.status == QuestionDiff::Status::Added) {
            line += QStringLiteral(": %1").arg(points(q.newPoints));
        } else if (q.status == QuestionDiff::Status::Removed) {
            line += QStringLiteral(": %1").arg(points(q.oldPoints));
        } else {
            line += QStringLiteral(": %1 → %2 ").arg(q.oldPoints).arg(points(q.newPoints)) +
                    QCoreApplication::translate("iv::SnapshotDiff", "(%1 changed, %2 added, %3 removed)")
                        .arg(q.changedPoints)
                        .arg(q.addedPoints)
                        .arg(q.removedPoints);
            if (q.tolerantPoints > 0)
                line += QLatin1Char(' ') +
                        QCoreApplication::translate("iv::SnapshotDiff", "(%1 within tolerance)").arg(q.tolerantPoints);
        }
        if (!q.metadataChanges.isEmpty())
            line += QLatin1Char(' ') + QCoreApplication::translate("iv::SnapshotDiff", "[changed: %1]")
                                           .arg(q.metadataChanges.join(QStringLiteral(", ")));
        if (collected && (q.status != QuestionDiff::Status::Unchanged || q.withinTolerance))
            line += QStringLiteral(" [%1]").arg(collectedText);
        t += line + QLatin1Char('\n');
        for (const LocalizedText &e : q.changedExamples)
            t += QStringLiteral("    %1\n").arg(v(e.text));
    }
    return t;
}

QString SnapshotDiff::summaryLine() const
{
    return QCoreApplication::translate("iv::SnapshotDiff",
                                       "Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed")
        .arg(exactCount())
        .arg(withinToleranceCount())
        .arg(count(QuestionDiff::Status::Changed))
        .arg(count(QuestionDiff::Status::Added))
        .arg(count(QuestionDiff::Status::Removed));
}

} // namespace iv
