// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace iv {

// Runs one program (an argument list, never a shell) to completion from a worker thread without an event
// loop, handing over stdout and stderr line by line (lines end at '\n' or '\r', so tqdm progress is seen as it
// is drawn). Stops the program on timeout or when isCanceled() turns true.
class ProcessRunner
{
public:
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutSeconds = 600;
    std::function<bool()> isCanceled;
    std::function<bool(const QString &line)> onStdoutLine; // false stops the program (a failure)
    std::function<void(const QString &line)> onStderrLine;

    enum class Outcome { Finished, FailedToStart, Crashed, TimedOut, Canceled, Stopped };
    // Blocks until the program ends. exitCode is set for Finished.
    Outcome run(int *exitCode, QString *error);
};

} // namespace iv
