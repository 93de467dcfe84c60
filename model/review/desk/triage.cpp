// SPDX-License-Identifier: MIT
#include "triage.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace iv {

QString Triage::stateId(State state)
{
    switch (state) {
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::FalsePositive:
        return QStringLiteral("false-positive");
    case State::Accepted:
        return QStringLiteral("accepted");
    case State::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<Triage::State> Triage::stateFromId(const QString &id)
{
    for (State s : {State::Open, State::Confirmed, State::FalsePositive, State::Accepted})
        if (stateId(s) == id)
            return s;
    return std::nullopt;
}

QString Triage::stateText(State state)
{
    switch (state) {
    case State::Confirmed:
        return QCoreApplication::translate("iv::Triage", "confirmed");
    case State::FalsePositive:
        return QCoreApplication::translate("iv::Triage", "false positive");
    case State::Accepted:
        return QCoreApplication::translate("iv::Triage", "accepted");
    case State::Open:
        break;
    }
    return QCoreApplication::translate("iv::Triage", "open");
}

QString Triage::key(const ReviewFinding &f)
{
    // Null and empty differ (a finding about no table vs. an empty table name): each part is tagged.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto part = [&hash](const QString &s) {
        hash.addData(s.isNull() ? QByteArrayView("\x00", 1) : QByteArrayView("\x01", 1));
        const QByteArray utf8 = s.toUtf8();
        const qint64 n = utf8.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
        hash.addData(utf8);
    };
    part(f.code);
    part(f.table);
    part(f.column);
    part(QString::number(f.row));
    part(f.sample);
    part(f.app);
    part(f.question);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace iv
