#pragma once

#include "result.h"

#include <QString>

#include <functional>

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
};
void setTestHooks(TestHooks hooks);

} // namespace Messages

} // namespace ParScore
