// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace iv {

// Keeps values taken from the environment by ${NAME} expansion out of logs and messages: apply() replaces
// every occurrence of such a value by its unexpanded form "${NAME}": also percent-encoded (upper or lower
// case hex), broken up by terminal escape sequences, line breaks or zero-width characters, base64-encoded
// (at any alignment, standard or URL-safe alphabet), and any run of 8 or more of its characters (a value
// split over two log lines, or printed in part). Values shorter than minimumLength are left alone (masking
// "1" or "db" everywhere would garble every message while protecting nothing). Plain data; copyable; apply()
// is const and safe to call from any thread.
class SecretMask
{
public:
    static constexpr int minimumLength = 4;

    // Records the current value of every ${NAME} / ${NAME:-default} that text references (set and non-empty
    // variables only: a default comes from the project file itself and is no secret).
    void addReferences(const QString &text);
    void add(const QString &name, const QString &value);
    QString apply(const QString &text) const;
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    struct Value
    {
        QString first;       // the value (or one of its encodings)
        QString second;      // "${NAME}"
        QSet<size_t> pieces; // hashes of its runs of pieceLength characters (a quick pre-check)
    };
    static constexpr int pieceLength = 8;
    QList<Value> m_values; // longest value first
};

} // namespace iv
