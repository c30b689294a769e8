#pragma once

#include "assessmentdocument.h"
#include "detailpanel.h"
#include "officerwindow.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

class QAction;
class QPlainTextEdit;

#include <memory>

// Assessment files and documents for the window tests.
namespace ParScore::Test {

// A department's new assessment on the built-in illustrative set, as stp.parx in `dir`.
QString newFile(const QTemporaryDir &dir);
// Answers the demo self-assessment in `document`, with a note on each item: ready to submit.
void answerDemo(AssessmentDocument &document);
// Opens a document that must open, for editing.
std::unique_ptr<AssessmentDocument> openDocument(const QString &path);
// Opens a document read-only, to read back what another one wrote.
std::unique_ptr<AssessmentDocument> readDocument(const QString &path);
// The answer of a leaf as stored in the file, read back by a fresh document ("none").
QString storedAnswer(const QString &path, const QString &nodeId);
// The first leaf of a rule kind the agency scores.
QString leafOfKind(const CriteriaSet &set, RuleKind kind, TierInput input = TierInput::Percent);

// Driving the window as an officer does.
QAction *actionNamed(QWidget *window, const QString &text); // by its text without "&"
QString summary(const OfficerWindow &window);                   // the totals line
// An input of the item shown in the window, by object name.
template<typename Input>
Input *input(const OfficerWindow &window, const char *name)
{
    auto *found = window.detailPanel()->findChild<Input *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}
QPlainTextEdit *noteBox(const OfficerWindow &window);
// Drops files on `target` as a drag does: the drag entering, then, if the widget accepted
// it, the drop. Whether the widget accepted the drag.
bool dropFiles(QWidget *target, const QStringList &files);
// Shows the window and makes it the active one, so shortcuts and focus work offscreen.
void activate(QWidget &window);
// Types into whatever has the keyboard focus, Vietnamese letters too (as an input
// method delivers them: a key event carrying the text).
void type(const QString &text);
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace ParScore::Test
