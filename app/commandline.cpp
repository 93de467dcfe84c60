// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "reviewreport.h"

#include <QCoreApplication>

namespace iv::cli {

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
}

void printErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
}

int fail(const QString &message)
{
    printErr(QStringLiteral("insights-viewer: %1\n").arg(message));
    return BadInput;
}

QString terminalSafe(const QString &text)
{
    return ReviewReport::visible(text);
}

} // namespace iv::cli
