// SPDX-License-Identifier: MIT
#include "processrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

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

// Kills the program and everything in its process group while it still runs (its pid is then still ours, so
// the group id cannot name anybody else's processes), then reaps it.
void killGroup(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0 && process.state() != QProcess::NotRunning)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

QString ProcessRunner::resolveProgram(const QString &program, const QString &baseDir,
                                      const QProcessEnvironment &environment, QString *error)
{
    QString path;
    if (program.contains(QLatin1Char('/'))) {
        path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(program));
    } else {
        const QStringList dirs = environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        path = QStandardPaths::findExecutable(program, dirs);
        if (path.isEmpty()) {
            *error =
                QCoreApplication::translate("iv::Collect", "program \"%1\" not found in PATH").arg(program);
            return QString();
        }
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isExecutable()) {
        *error = QCoreApplication::translate("iv::Collect", "program %1 is not an executable file")
                     .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    return path;
}

QStringList ProcessRunner::existingFiles(const QStringList &arguments, const QString &workingDirectory)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (argument.isEmpty())
            continue;
        const QString path = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(argument));
        if (QFileInfo(path).isFile() && !files.contains(path))
            files << path;
    }
    return files;
}

ProcessRunner::Outcome ProcessRunner::run(int *exitCode, QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Runs in the child between fork and exec: async-signal-safe calls only.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the viewer died before the line above took effect
            ::_exit(127);
#endif
    });
#endif
    const QString shown = displayName.isEmpty() ? program : displayName;
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(30000)) {
        *error = QCoreApplication::translate("iv::Collect", "cannot start %1: %2")
                     .arg(shown, process.errorString());
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
            *error = QCoreApplication::translate("iv::Collect", "%1 did not finish within %2 s")
                         .arg(shown)
                         .arg(timeoutSeconds);
        } else {
            continue;
        }
        killGroup(process);
        return outcome;
    }
    if (stop)
        return Outcome::Stopped;
    if (process.exitStatus() == QProcess::CrashExit) {
        *error =
            QCoreApplication::translate("iv::Collect", "%1 crashed (%2)").arg(shown, process.errorString());
        return Outcome::Crashed;
    }
    *exitCode = process.exitCode();
    return Outcome::Finished;
}

} // namespace iv
