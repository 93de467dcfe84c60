// SPDX-License-Identifier: MIT
#include "consentprompt.h"

#include "collectconsent.h"
#include "programlaunch.h"
#include "reviewreport.h"
#include "secretmask.h"
#include "textbudget.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace iv::ConsentPrompt {

// The texts keep the Collect dialog's translation context: they were its own and are translated there.

QString shown(const QString &text, int maxChars)
{
    const QString visible = ReviewReport::visible(text);
    QString out;
    out.reserve(visible.size());
    for (const QChar c : visible) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return TextBudget::elide(out, maxChars, Qt::ElideMiddle);
}

QString shownPath(const QString &path)
{
    return shown(QDir::toNativeSeparators(path), 500);
}

QString programsText(const QList<ProgramLaunch> &programs, const SecretMask &secrets)
{
    if (programs.isEmpty())
        return QCoreApplication::translate("iv::CollectDialog",
                                           "Starts no programs: it only reads the databases it names.");
    QStringList lines{QCoreApplication::translate("iv::CollectDialog", "Starts these programs:")};
    for (const ProgramLaunch &p : programs) {
        // Arguments as the project writes them: ${…} is not expanded, so no secret is shown; each one
        // separately, made visible and bounded.
        QStringList arguments;
        for (const QString &a : p.arguments)
            arguments << shown(a);
        lines << QCoreApplication::translate("iv::CollectDialog", "• %1: %2 %3")
                     .arg(shown(p.provider, 80), shownPath(p.program), arguments.join(QLatin1Char(' ')));
        QStringList expanded;
        for (const QString &a : p.expandedArguments)
            expanded << shown(secrets.apply(a));
        if (expanded != arguments)
            lines << QCoreApplication::translate("iv::CollectDialog", "    expanded: %1")
                         .arg(expanded.join(QLatin1Char(' ')));
        lines << QCoreApplication::translate("iv::CollectDialog", "    in %1")
                     .arg(shownPath(p.workingDirectory));
        for (const QString &file : p.files)
            lines << QCoreApplication::translate("iv::CollectDialog", "    runs %1").arg(shownPath(file));
        for (const QString &variable : p.environment)
            lines << QCoreApplication::translate("iv::CollectDialog", "    environment %1")
                         .arg(shown(secrets.apply(variable)));
        for (const QString &variable : p.inheritedLoaderVariables)
            lines << QCoreApplication::translate("iv::CollectDialog",
                                                 "    inherits %1 (changes which code it loads)")
                         .arg(shown(secrets.apply(variable)));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ask(QWidget *parent, const CollectConsent &consent, const QString &programsText, const QString &intro)
{
    // Not a QMessageBox: its text grows with the project until the buttons leave the screen. Here the
    // details scroll, the dialog fits the screen and the buttons stay below them.
    QDialog box(parent);
    box.setObjectName(QStringLiteral("collectConsent"));
    box.setWindowTitle(QCoreApplication::translate("iv::CollectDialog", "Run this collect project?"));
    auto *introLabel = new QLabel(intro, &box);
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    auto *details = new QPlainTextEdit(&box);
    details->setObjectName(QStringLiteral("consentDetails"));
    details->setReadOnly(true);
    details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    details->setAccessibleName(QCoreApplication::translate("iv::CollectDialog", "What the project runs"));
    QStringList lines;
    lines << QCoreApplication::translate("iv::CollectDialog", "Project: %1")
                 .arg(shownPath(consent.projectPath()));
    lines << QCoreApplication::translate("iv::CollectDialog", "Writes: %1").arg(shownPath(consent.output()));
    const QStringList sources = consent.sources();
    if (!sources.isEmpty()) {
        lines << QCoreApplication::translate("iv::CollectDialog", "Reads (read-only):");
        for (const QString &source : sources)
            lines << QCoreApplication::translate("iv::CollectDialog", "• %1").arg(shown(source, 500));
    }
    lines << programsText;
    const QStringList problems = consent.problems();
    if (!problems.isEmpty()) {
        lines << QString()
              << QCoreApplication::translate("iv::CollectDialog", "This answer cannot be remembered:");
        for (const QString &problem : problems)
            lines << QCoreApplication::translate("iv::CollectDialog", "• %1").arg(shown(problem, 500));
    }
    details->setPlainText(lines.join(QLatin1Char('\n')));
    auto *question = new QLabel(QCoreApplication::translate("iv::CollectDialog", "Run it?"), &box);
    question->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Yes | QDialogButtonBox::No, &box);
    buttons->button(QDialogButtonBox::No)->setDefault(true);
    buttons->button(QDialogButtonBox::No)->setFocus();
    QObject::connect(buttons, &QDialogButtonBox::accepted, &box, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &box, &QDialog::reject);
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(introLabel);
    layout->addWidget(details, 1);
    layout->addWidget(question);
    layout->addWidget(buttons);
    QSize size(720, 480);
    if (const QScreen *screen =
            parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    box.resize(size);
    return box.exec() == QDialog::Accepted;
}

} // namespace iv::ConsentPrompt
