// SPDX-License-Identifier: MIT
#include "redactcommand.h"

#include "commandline.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QDir>

#include <climits>
#include <csignal>

namespace iv::cli {

int runRedact(const QString &output, const QString &file, bool force)
{
    // Past the file size limit (ulimit -f) a write fails with EFBIG instead of killing the process, so the
    // redactor removes its partial copy itself; what a kill leaves is removed by the next redaction to OUT.
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    Redactor::Options options;
    options.overwrite = force;
    const RedactionResult result = Redactor::redact(file, output, options);
    if (!result.ok)
        return fail(terminalSafe(result.error));
    printOut(QCoreApplication::translate("main",
                                         "%1: %2 cells replaced (%3 distinct values), %4 objects dropped; "
                                         "log: %5\n")
                 .arg(terminalSafe(QDir::toNativeSeparators(result.outputPath)))
                 .arg(result.changes.size())
                 .arg(result.distinctValues)
                 .arg(result.dropped.size())
                 .arg(terminalSafe(QDir::toNativeSeparators(result.logPath))));
    // Texts the copy's review could not decide (names no detector recognised): said, so the copy is looked at
    // before it is shared.
    const int toCheck = result.copyToCheck > INT_MAX ? INT_MAX : int(result.copyToCheck);
    if (toCheck > 0)
        printOut(QCoreApplication::translate("main",
                                             "%1: the copy holds %n text(s) to check by eye; review it "
                                             "(--review) before sharing it\n",
                                             nullptr, toCheck)
                     .arg(terminalSafe(QDir::toNativeSeparators(result.outputPath))));
    // What no stand-in replaces (a BLOB, a nonconformity, a small count …) stays in the copy: said, as the
    // window says it; the copy was still written as asked.
    if (!result.copyClean)
        printOut(QCoreApplication::translate("main",
                                             "%1: the copy is not clean: %n finding(s) that no stand-in "
                                             "replaces; review it (--review) before sharing it\n",
                                             nullptr, result.copyFindings)
                     .arg(terminalSafe(QDir::toNativeSeparators(result.outputPath))));
    return Success;
}

} // namespace iv::cli
