// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace iv {

// One program a collect provider starts, in the form the user is asked to trust: the file that is executed
// (absolute, PATH already searched), the files it is handed (scripts such as manage.py or run.sh), the folder
// it runs in, and the arguments as the project file writes them — ${…} not expanded, so a secret taken from
// the environment is never shown. Plain data.
struct ProgramLaunch
{
    QString provider;
    QString program;          // absolute path that is executed
    QString programAsWritten; // the project's spelling: "python3", "./run.sh", "${PYTHON}"
    QStringList arguments;    // as written (unexpanded)
    QString workingDirectory; // absolute
    QStringList files; // absolute paths of the existing files among the arguments (the scripts it runs)
    // What consent must cover beyond the spelling above (these may hold secrets: shown masked, kept hashed):
    QStringList expandedArguments;        // exactly what the program gets
    QStringList environment;              // "NAME=value" the project sets, expanded, in the project's order
    QStringList inheritedLoaderVariables; // "NAME=value" from the viewer's own environment that change what
                                          // code loads (LD_PRELOAD, PYTHONPATH …; ProcessRunner)
};

} // namespace iv
