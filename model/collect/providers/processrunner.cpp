// SPDX-License-Identifier: MIT
#include "processrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace iv {

namespace {

// Splits complete lines off the front of buffer; with flush, the remainder is a line too. A line longer than
// maxBytes is handed over cut to maxBytes (with " …"), and the rest of it up to its end is dropped: *skipping
// says a line is being dropped. Returns false when a line was cut.
template <typename F>
bool takeLines(QByteArray &buffer, bool flush, qsizetype maxBytes, bool *skipping, F &&emitLine)
{
    bool whole = true;
    if (*skipping) {
        qsizetype end = -1;
        for (qsizetype i = 0; i < buffer.size() && end < 0; ++i)
            if (buffer.at(i) == '\n' || buffer.at(i) == '\r')
                end = i;
        if (end < 0) {
            buffer.clear();
            return true;
        }
        buffer.remove(0, end + 1);
        *skipping = false;
    }
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
    if (buffer.size() > maxBytes) {
        emitLine(QString::fromUtf8(buffer.left(maxBytes)) + QStringLiteral(" …"));
        buffer.clear();
        *skipping = !flush;
        whole = false;
    }
    if (flush && !buffer.isEmpty()) {
        emitLine(QString::fromUtf8(buffer));
        buffer.clear();
    }
    return whole;
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
        const QStringList dirs =
            environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
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

bool ProcessRunner::isLoaderVariable(const QString &name)
{
    static const QStringList prefixes = {QStringLiteral("LD_"), QStringLiteral("DYLD_")};
    static const QStringList names = {QStringLiteral("BASH_ENV"),     QStringLiteral("ENV"),
                                      QStringLiteral("SHELLOPTS"),    QStringLiteral("BASHOPTS"),
                                      QStringLiteral("PS4"),          QStringLiteral("PERL5LIB"),
                                      QStringLiteral("PERLLIB"),      QStringLiteral("PERL5OPT"),
                                      QStringLiteral("RUBYLIB"),      QStringLiteral("RUBYOPT"),
                                      QStringLiteral("NODE_OPTIONS"), QStringLiteral("NODE_PATH"),
                                      QStringLiteral("GCONV_PATH"),   QStringLiteral("JAVA_TOOL_OPTIONS"),
                                      QStringLiteral("_JAVA_OPTIONS")};
    // Python variables that only change how it runs, not what it imports.
    static const QStringList harmlessPython = {
        QStringLiteral("PYTHONUNBUFFERED"),        QStringLiteral("PYTHONIOENCODING"),
        QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("PYTHONUTF8"),
        QStringLiteral("PYTHONHASHSEED"),          QStringLiteral("PYTHONOPTIMIZE"),
        QStringLiteral("PYTHONNOUSERSITE"),        QStringLiteral("PYTHONSAFEPATH"),
        QStringLiteral("PYTHONFAULTHANDLER"),      QStringLiteral("PYTHONCOERCECLOCALE"),
        QStringLiteral("PYTHONVERBOSE"),           QStringLiteral("PYTHONDEVMODE"),
        QStringLiteral("PYTHONPYCACHEPREFIX")};
    const QString upper = name.toUpper();
    if (upper.startsWith(QLatin1String("PYTHON")))
        return !harmlessPython.contains(upper);
    for (const QString &prefix : prefixes)
        if (upper.startsWith(prefix))
            return true;
    return names.contains(upper);
}

QStringList ProcessRunner::loaderVariables(const QProcessEnvironment &environment)
{
    QStringList result;
    const QStringList keys = environment.keys();
    for (const QString &key : keys)
        if (isLoaderVariable(key))
            result << key + QLatin1Char('=') + environment.value(key);
    result.sort();
    return result;
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
    // Python writes and reads its byte code in a private folder that dies with the run: a __pycache__ file
    // planted beside an allowed script (with the script's size and mtime) is never used in its place.
    QTemporaryDir pycache(QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-pycache-XXXXXX")));
    QProcessEnvironment env = environment;
    if (pycache.isValid())
        env.insert(QStringLiteral("PYTHONPYCACHEPREFIX"), pycache.path());
    process.setProcessEnvironment(env);
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
    bool stop = false, outSkipping = false, errSkipping = false;
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
        if (!takeLines(out, finished, MaxStdoutLineBytes, &outSkipping, stdoutLine)) {
            stop = true; // a metric line cut in two is no metric
            if (error)
                *error =
                    QCoreApplication::translate("iv::Collect", "an output line of %1 is longer than %2 MiB")
                        .arg(shown)
                        .arg(MaxStdoutLineBytes / 1024 / 1024);
        }
        takeLines(err, finished, MaxStderrLineBytes, &errSkipping, stderrLine);
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
