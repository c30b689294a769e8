#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ParScore {

class ProvinceDocument;

// File → Export the scorecards to PDF in the inspectors' workspace: asks which group, which
// card and whether one PDF or one per agency (ScorecardsDialog), then where (never over
// files without asking), then writes them (ScorecardRun) on a thread of its own with its
// own read-only connection, behind a progress dialog (n of N, the agency) whose Cancel
// leaves no PDF in the one-file case and the cards finished before in a folder. Returns
// what to tell the inspector (empty when nothing was asked for; a refusal is shown in a
// dialog).
class ScorecardsExport
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardsExport)

public:
    static QString run(QWidget *parent, ProvinceDocument *document);

    // Test seam: called on the worker thread before each card, with the cards written.
    static void setTestHook(std::function<void(qsizetype done)> beforeCard);
};

} // namespace ParScore
