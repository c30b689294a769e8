#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace ParScore {

// The file dialogs of the window. Each purpose starts in the folder last used for it,
// from one run of the program to the next: assessments are kept in one place, evidence
// scans in another, exported PDFs in a third.
namespace FileDialogs {

enum class Purpose
{
    Assessments,  // .parx files opened, created or copied
    Evidence,     // documents attached to items
    Exports,      // scorecards written to PDF
    CriteriaSets, // criteria-set files loaded for a new assessment
    Submissions,  // agencies' files imported into a province file (a week of email, a USB stick)
    AgencyLists,  // the province's list of expected agencies (CSV/TSV)
    Requests,     // request files written for agencies to explain
    Keys,         // public key files (KEY.pub) of agencies and colleagues, to trust
};

// The folder a dialog for `purpose` starts in: the last one used, else `fallback` (the
// home folder when empty).
QString startFolder(Purpose purpose, const QString &fallback = {});
// Remembers the folder of `path` (a file chosen for `purpose`).
void remember(Purpose purpose, const QString &path);

// Empty when cancelled. `suggestedName` is a file name (put in the start folder) or a path.
QString openFile(QWidget *parent, Purpose purpose, const QString &title, const QString &filter);
QStringList openFiles(QWidget *parent, Purpose purpose, const QString &title, const QString &filter);
QString openFolder(QWidget *parent, Purpose purpose, const QString &title);
// `askToReplace` false: the caller refuses existing files itself.
QString saveFile(QWidget *parent, Purpose purpose, const QString &title, const QString &suggestedName,
                 const QString &filter, bool askToReplace = true);
// A PDF to write: saveFile with the PDF filter, ".pdf" added when the name lacks it (and
// replacing a file of that name confirmed, which the dialog did not ask about).
QString savePdf(QWidget *parent, Purpose purpose, const QString &title, const QString &suggestedName);

// Test seam: when set, called instead of a dialog with the purpose and the path the dialog
// would start at; returns what the user "chose".
using TestHook = std::function<QStringList(Purpose purpose, const QString &start)>;
void setTestHook(TestHook hook);

} // namespace FileDialogs

} // namespace ParScore
