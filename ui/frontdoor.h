#pragma once

#include <QString>

class QWidget;

namespace ParScore {

// Where a file opens: the inspectors' file (role "inspector") in their workspace, an agency's
// file in the officer's window. The only place that knows both windows: each window asks
// for the other through its signals, and the two rooms never include each other.
namespace FrontDoor {

// Opens `path` in a new window of the right kind; false (with a dialog) when it cannot.
bool open(const QString &path, QWidget *from = nullptr);
// A new officer's window, shown, with the agency's file at `path` when given (the start
// without a file, the demo).
QWidget *officerWindow(const QString &path = {});
// Asks for a new province file and opens it in the workspace.
void newAppraisalFile(QWidget *from);

} // namespace FrontDoor

} // namespace ParScore
