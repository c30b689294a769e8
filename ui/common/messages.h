#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QWidget;

namespace ParScore {

// Error dialogs and small shared helpers of the desktop front end.
namespace Messages {

void showError(QWidget *parent, const Error &error);
// Asks a yes/no question; true for yes.
bool confirm(QWidget *parent, const QString &question);
// Asks a question with several answers (texts with their &-shortcuts, the first one the
// default); returns the index chosen, or -1 when the dialog was closed.
int choose(QWidget *parent, const QString &question, const QStringList &answers);
// Asks a yes/no question about a key's fingerprint, shown below it large, in a fixed-width
// font, to be read out or compared on paper; true for yes (No is the default).
bool confirmFingerprint(QWidget *parent, const QString &question, const QString &fingerprint);
// Asks to pick one of `items` from a list (an agency among many); its index, or -1 when
// cancelled.
int pick(QWidget *parent, const QString &title, const QString &question, const QStringList &items);
// Asks for a text of several lines (an explanation request, a reason); none when cancelled.
// OK stays disabled while the text is blank; at most `maxLength` characters are taken.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &question, int maxLength);
// Asks for a secret (a key's passphrase) on one line, not shown as typed; none when cancelled.
std::optional<QString> askPassphrase(QWidget *parent, const QString &title, const QString &question);
QString userName(); // recorded in the change log
// Names the standard buttons of `buttons` in the interface language: Qt ships no
// Vietnamese for them. Buttons already given a text of their own keep it.
void nameStandardButtons(QDialogButtonBox *buttons);

// Test seam: when set, errors and questions go here instead of modal dialogs.
struct TestHooks
{
    std::function<void(const Error &)> error;
    std::function<bool(const QString &)> confirm;
    std::function<int(const QString &, const QStringList &)> choose;
    std::function<std::optional<QString>(const QString &)> askText = {}; // after the others: older hooks leave it out
    std::function<std::optional<QString>(const QString &)> askPassphrase = {};
    // confirmFingerprint goes to `confirm`, with the fingerprint on a line of its own after
    // the question.
    std::function<int(const QString &, const QStringList &)> pick = {};
};
void setTestHooks(TestHooks hooks);

} // namespace Messages

} // namespace ParScore
