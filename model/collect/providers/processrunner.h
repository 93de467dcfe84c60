// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace iv {

// Runs one program (an argument list, never a shell) to completion from a worker thread without an event
// loop, handing over stdout and stderr line by line (lines end at '\n' or '\r', so tqdm progress is seen as
// it is drawn). Stops the program on timeout or when isCanceled() turns true.
//
// Nothing outlives the viewer: on Unix the program leads its own process group, which is killed as a whole on
// cancel, timeout or stop (a run.sh's children too), and on Linux it gets SIGKILL when the thread that
// started it — and so the viewer — dies (PR_SET_PDEATHSIG), even after `kill -9` of the viewer.
class ProcessRunner
{
public:
    QString program; // absolute path (see resolveProgram) or a name QProcess looks up in PATH
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutSeconds = 600;
    QString displayName; // how messages name the program (the project file's spelling); program when empty
    std::function<bool()> isCanceled;
    std::function<bool(const QString &line)> onStdoutLine; // false stops the program (a failure)
    std::function<void(const QString &line)> onStderrLine;

    enum class Outcome { Finished, FailedToStart, Crashed, TimedOut, Canceled, Stopped };
    // Blocks until the program ends. exitCode is set for Finished.
    Outcome run(int *exitCode, QString *error);

    // The absolute path a program name means: with a '/' it is a path relative to baseDir, otherwise it is
    // searched in the PATH of environment (the one the program gets). Null with *error when there is no such
    // executable file.
    static QString resolveProgram(const QString &program, const QString &baseDir,
                                  const QProcessEnvironment &environment, QString *error);
    // Absolute paths of the arguments that name existing regular files (relative to workingDirectory): the
    // scripts an interpreter is handed (manage.py, run.sh).
    static QStringList existingFiles(const QStringList &arguments, const QString &workingDirectory);

    // True for environment variables that change which code a program loads rather than what it does:
    // the dynamic loader's (LD_*, DYLD_*), Python's import settings (PYTHONPATH, PYTHONHOME, PYTHONSTARTUP …;
    // harmless ones such as PYTHONUNBUFFERED are not), shells' start-up files (BASH_ENV, ENV), Perl's,
    // Ruby's and Node's module paths and options. A project may not set them; inherited ones are shown and
    // part of the consent.
    static bool isLoaderVariable(const QString &name);
    // The loader variables of environment, sorted by name ("NAME=value").
    static QStringList loaderVariables(const QProcessEnvironment &environment);

    // The longest stdout line (one metric as JSON) and stderr line (a log line; longer ones are cut) kept.
    static constexpr qsizetype MaxStdoutLineBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxStderrLineBytes = 4096;
};

} // namespace iv
