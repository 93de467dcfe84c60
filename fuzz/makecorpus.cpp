// SPDX-License-Identifier: MIT
// Writes the fuzz seed corpus: small SQLite files (512-byte pages, so mutations reach the b-tree structure)
// built from the project's SQL in tests/data, plus the bundled sample and the kept reproducers of
// tests/data/fuzz-regressions (*.sql built, *.db copied). Usage: fuzz_makecorpus OUTDIR
#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_makecorpus OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    const QDir data(QStringLiteral(IV_TEST_DATA_DIR));
    auto read = [&data](const QString &name) {
        QFile f(data.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString schema = QStringLiteral("schema.sql"), basic = QStringLiteral("basic.sql");
    const QList<QStringList> sets = {
        {schema, basic},
        {schema, QStringLiteral("tolerant.sql")},
        {schema, QStringLiteral("markup.sql")},
        {QStringLiteral("old_schema.sql")},
        {schema, basic, QStringLiteral("review_personal.sql")},
        {schema, basic, QStringLiteral("review_trigger.sql")},
        {schema, basic, QStringLiteral("review_view.sql")},
        {schema, basic, QStringLiteral("review_missing_column.sql")},
    };
    int n = 0;
    for (const QStringList &set : sets) {
        QString sql = QStringLiteral("PRAGMA page_size=512;\n");
        for (const QString &file : set)
            sql += read(file) + QLatin1Char('\n');
        const QString path = QDir(out).filePath(QStringLiteral("seed-%1.db").arg(++n));
        QString error;
        if (!iv::SqlScript::createDatabase(path, sql, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    const QDir regressions(data.filePath(QStringLiteral("fuzz-regressions")));
    for (const QFileInfo &fi : regressions.entryInfoList({QStringLiteral("*.sql"), QStringLiteral("*.db")},
                                                         QDir::Files, QDir::Name)) {
        const QString path =
            QDir(out).filePath(QStringLiteral("regression-%1.db").arg(fi.completeBaseName()));
        QString error;
        const bool ok = fi.suffix() == QLatin1String("db")
                            ? QFile::copy(fi.filePath(), path)
                            : iv::SqlScript::createDatabase(
                                  path, read(QStringLiteral("fuzz-regressions/") + fi.fileName()), &error);
        if (!ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(fi.filePath()), qPrintable(error));
            return 1;
        }
        ++n;
    }
    QString error;
    const QString sample = iv::SqlScript::createSample(out, &error);
    if (sample.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("fuzz corpus: %d files in %s\n", n + 1, qPrintable(out));
    return 0;
}
