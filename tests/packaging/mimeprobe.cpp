// SPDX-License-Identifier: MIT
// Test helper for tests/packaging_install.sh: asks QMimeDatabase (which reads the shared-mime-info caches in
// XDG_DATA_DIRS, exactly as the viewer and Qt file dialogs do) what a file is, or what it knows about a type.
//   iv-mimeprobe FILE...      one line per file: the MIME type name
//   iv-mimeprobe --type NAME  valid=, name=, parents=, comment=, icon=, generic-icon=, globs= lines

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    const QMimeDatabase db;
    if (args.size() == 2 && args.first() == QLatin1String("--type")) {
        const QMimeType type = db.mimeTypeForName(args.at(1));
        out << "valid=" << (type.isValid() ? "yes" : "no") << '\n'
            << "name=" << type.name() << '\n'
            << "parents=" << type.parentMimeTypes().join(QLatin1Char(' ')) << '\n'
            << "comment=" << type.comment() << '\n'
            << "icon=" << type.iconName() << '\n'
            << "generic-icon=" << type.genericIconName() << '\n'
            << "globs=" << type.globPatterns().join(QLatin1Char(' ')) << '\n';
        return 0;
    }
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "usage: iv-mimeprobe FILE... | --type NAME\n";
        return 2;
    }
    for (const QString &file : args)
        out << db.mimeTypeForFile(file).name() << '\n';
    return 0;
}
