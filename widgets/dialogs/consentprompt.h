// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace iv {

class CollectConsent;
class SecretMask;
struct ProgramLaunch;

// The question asked before a collect project, or a draft from a Django site, runs anything: what it is, what
// it writes and reads, every program it starts with the files those run, and why an answer could not be
// remembered — in a dialog whose details scroll (its buttons stay on screen however long they are), "No" the
// default. Used by the Collect and Draft dialogs, so consent looks and works the same wherever code runs.
namespace ConsentPrompt {

// How the dialogs show text that comes from a project file, the environment or the file system: control and
// bidirectional characters visible as \uXXXX (as the Review page does, ReviewReport::visible), the other
// invisible format characters (zero-width spaces, soft hyphens, line and paragraph separators) too, and cut
// in the middle to maxChars. A newline in an argument cannot draw a line of its own, an RLO cannot turn
// "x.sh" around.
QString shown(const QString &text, int maxChars = 300);
QString shownPath(const QString &path);

// "Starts these programs:" and, per program, its provider, path and arguments as written (secrets
// unexpanded), the expanded arguments masked where they differ, its folder, the files it runs, the
// environment it gets and the loader variables it inherits; or "Starts no programs".
QString programsText(const QList<ProgramLaunch> &programs, const SecretMask &secrets);

// Asks (modal on parent) whether to run what consent covers; intro says why it asks. True for "Yes".
bool ask(QWidget *parent, const CollectConsent &consent, const QString &programsText, const QString &intro);

} // namespace ConsentPrompt
} // namespace iv
