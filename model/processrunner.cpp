// SPDX-License-Identifier: MIT
#include "processrunner.h"

#include <QDeadlineTimer>
#include <QProcess>

namespace iv {

namespace {

// Splits complete lines off the front of buffer; with flush, the remainder is a line too.
template<typename F>
void takeLines(QByteArray &buffer, bool flush, F &&emitLine)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        const char c = buffer.at(i);
        if (c == '\n' || c == '\r') {
            if (i > start)
                emitLine(QString::fromUtf8(buffer.constData() + start, i - start));
            start = i + 1;
        }
    }
    buffer.remove(0, start);
    if (flush && !buffer.isEmpty()) {
        emitLine(QString::fromUtf8(buffer));
        buffer.clear();
    }
}

} // namespace

ProcessRunner::Outcome ProcessRunner::run(int *exitCode, QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(30000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return Outcome::FailedToStart;
    }
    QByteArray out, err;
    bool stop = false;
    auto stdoutLine = [&](const QString &line) {
        if (!stop && onStdoutLine && !onStdoutLine(line))
            stop = true;
    };
    auto stderrLine = [&](const QString &line) {
        if (onStderrLine)
            onStderrLine(line);
    };
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    Outcome outcome = Outcome::Finished;
    for (;;) {
        const bool finished = process.state() == QProcess::NotRunning || process.waitForFinished(50);
        process.setReadChannel(QProcess::StandardOutput);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        takeLines(out, finished, stdoutLine);
        takeLines(err, finished, stderrLine);
        if (finished)
            break;
        if (stop) {
            outcome = Outcome::Stopped;
        } else if (isCanceled && isCanceled()) {
            outcome = Outcome::Canceled;
        } else if (deadline.hasExpired()) {
            outcome = Outcome::TimedOut;
            *error = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutSeconds);
        } else {
            continue;
        }
        process.kill();
        process.waitForFinished(5000);
        return outcome;
    }
    if (stop)
        return Outcome::Stopped;
    if (process.exitStatus() == QProcess::CrashExit) {
        *error = QStringLiteral("%1 crashed (%2)").arg(program, process.errorString());
        return Outcome::Crashed;
    }
    *exitCode = process.exitCode();
    return Outcome::Finished;
}

} // namespace iv
