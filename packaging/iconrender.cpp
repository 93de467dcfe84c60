// SPDX-License-Identifier: MIT
// Build-time tool: renders the scalable app icon to the fixed PNG sizes of the hicolor theme, so only the SVG
// is kept in the source tree. Usage: iv-iconrender ICON.svg OUTDIR NAME SIZE... writes
// OUTDIR/SIZExSIZE/NAME.png. Exit 0 on success, 2 when the SVG cannot be read or a PNG cannot be written.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "iv-iconrender: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5)
        return fail(QStringLiteral("usage: iv-iconrender ICON.svg OUTDIR NAME SIZE..."));
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG").arg(args.at(1)));
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("bad size %1").arg(args.at(i)));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, args.at(3));
        if (!QDir().mkpath(dir) || !image.save(path, "PNG"))
            return fail(QStringLiteral("%1: cannot write").arg(path));
    }
    return 0;
}
