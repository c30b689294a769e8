#pragma once

#include "overview.h"
#include "parxfile.h"
#include "result.h"
#include "scorecardhtml.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace ParScore {

// Every agency's scorecard of a province file, or of one group's, in the overview's order
// on the final result (its ranks and ties): into one PDF (ScorecardBatch: one writer, one
// font set-up), or one PDF per agency in a folder, named `<year>-<group>-<code>.pdf` made
// safe for any file system. `parscore-cli report --all` and the workspace's File → Export
// the scorecards to PDF run it. Needs a QGuiApplication; runs on any thread, with a
// connection of its own there.
class ScorecardRun
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardRun)

public:
    struct Options
    {
        QString group;          // empty: every group
        bool finalCard = false; // the official card of every layer (FinalCardHtml); else the self-assessment card
        QString output;         // the PDF; with oneEach, the folder (made when missing)
        bool oneEach = false;
        // Before each card (once per card), with the cards written so far, how many there
        // are and the name of the agency whose card comes next.
        std::function<void(qsizetype done, qsizetype total, const QString &agency)> progress = {};
        // Asked before each card: true stops the run there.
        std::function<bool()> cancelled = {};
    };
    struct Outcome
    {
        qsizetype written = 0; // cards written
        qsizetype total = 0;   // cards the run had to write
        bool cancelled = false;
        QStringList files; // the files written (the one PDF, or each agency's)
    };

    // Into one PDF: it appears whole when every card is in, or not at all (cancelled or
    // failed: what was at the path stays). One PDF each: every file appears whole or not at
    // all; a run cancelled or failed part way keeps the cards finished before it (a
    // cancelled run's Outcome lists them) and leaves the files it had not reached as they were.
    static Result<Outcome> run(ParxFile &file, const Options &options);
    static Result<Outcome> run(const QString &path, const Options &options); // opened read-only

    // The overview on the final result of `group` (empty: every group); refused when it
    // holds nobody to print.
    static Result<Overview> rankedOverview(ParxFile &file, const QString &group);
    // One agency's card: the self-assessment card, or the official card of every layer.
    static Result<ScorecardPieces> card(ParxFile &file, const AssessmentInfo &assessment, const CriteriaSet &set,
                                        bool finalCard);
    // Each row's file name in a folder, in order: `<year>-<group>-<code>.pdf` made safe; a
    // second of the same name (letter case aside) gets "-2", "-3"…
    static QStringList fileNames(const QList<OverviewRow> &rows);
    // A file name any file system takes, from what agencies wrote: ASCII letters and digits,
    // "-" and "." kept, anything else "_" (never a path).
    static QString safeName(const QString &text);
};

} // namespace ParScore
