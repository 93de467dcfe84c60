// SPDX-License-Identifier: MIT
#include "secretmask.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace iv {

void SecretMask::addReferences(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\\}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        const QByteArray key = name.toLocal8Bit();
        if (qEnvironmentVariableIsSet(key.constData()) && !qEnvironmentVariableIsEmpty(key.constData()))
            add(name, qEnvironmentVariable(key.constData()));
    }
}

void SecretMask::add(const QString &name, const QString &value)
{
    if (value.size() < minimumLength)
        return;
    const QString replacement = QStringLiteral("${%1}").arg(name);
    // The value as written, and as it appears once percent-encoded inside a URL.
    for (const QString &form : {value, QString::fromLatin1(QUrl::toPercentEncoding(value))}) {
        const bool known =
            std::any_of(m_values.cbegin(), m_values.cend(), [&](const auto &v) { return v.first == form; });
        if (!known)
            m_values.append({form, replacement});
    }
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QString SecretMask::apply(const QString &text) const
{
    QString result = text;
    for (const auto &[value, replacement] : m_values)
        result.replace(value, replacement);
    return result;
}

} // namespace iv
