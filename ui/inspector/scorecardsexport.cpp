#include "scorecardsexport.h"

#include "filedialogs.h"
#include "messages.h"
#include "provincedocument.h"
#include "scorecardrun.h"
#include "scorecardsdialog.h"
#include "workerthread.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProgressDialog>

#include <atomic>

namespace ParScore {
namespace {

std::function<void(qsizetype)> g_beforeCard;

// Where the cards go: a PDF, or a folder whose files of the same names the inspector agreed
// to replace; empty when cancelled.
QString chooseOutput(QWidget *parent, const ProvinceDocument &document, const ScorecardsDialog &choice)
{
    const int year = document.info().year;
    if (!choice.oneEach()) {
        QString name = choice.group().isEmpty() ? ScorecardsExport::tr("scorecards")
                                                : ScorecardsExport::tr("scorecards-%1").arg(choice.group());
        name = ScorecardRun::safeName(year > 0 ? QStringLiteral("%1-%2").arg(QString::number(year), name) : name);
        return FileDialogs::savePdf(parent, FileDialogs::Purpose::Exports, ScorecardsExport::tr("Export the scorecards"),
                                    name + QStringLiteral(".pdf"));
    }
    const QString folder = FileDialogs::openFolder(parent, FileDialogs::Purpose::Exports,
                                                   ScorecardsExport::tr("The folder for the scorecards"));
    if (folder.isEmpty())
        return {};
    QList<OverviewRow> rows = document.overview().rows;
    if (!choice.group().isEmpty())
        rows.removeIf([&](const OverviewRow &row) { return row.assessment.group != choice.group(); });
    QStringList existing;
    for (const QString &name : ScorecardRun::fileNames(rows)) {
        if (QFileInfo::exists(QDir(folder).filePath(name)))
            existing.append(name);
    }
    if (!existing.isEmpty()
        && !Messages::confirm(parent, ScorecardsExport::tr("%n file(s) in %1 will be replaced: %2. Replace them?", nullptr,
                                                           int(existing.size()))
                                          .arg(QDir::toNativeSeparators(folder),
                                               existing.mid(0, 5).join(QStringLiteral(", "))
                                                   + (existing.size() > 5 ? QStringLiteral(", …") : QString()))))
        return {};
    return folder;
}

} // namespace

void ScorecardsExport::setTestHook(std::function<void(qsizetype)> beforeCard)
{
    g_beforeCard = std::move(beforeCard);
}

QString ScorecardsExport::run(QWidget *parent, ProvinceDocument *document)
{
    QStringList groups;
    for (const OverviewRow &row : document->overview().rows) {
        if (!groups.contains(row.assessment.group))
            groups.append(row.assessment.group);
    }
    ScorecardsDialog choice(groups, parent);
    if (choice.exec() != QDialog::Accepted)
        return {};
    const QString output = chooseOutput(parent, *document, choice);
    if (output.isEmpty())
        return {};

    std::atomic<qsizetype> done{0};
    std::atomic<qsizetype> total{0};
    std::atomic<bool> cancelled{false};
    QMutex nextMutex;
    QString next; // the agency being written
    Result<ScorecardRun::Outcome> outcome = ScorecardRun::Outcome{};
    ScorecardRun::Options options{choice.group(), choice.finalCard(), output, choice.oneEach()};
    options.progress = [&](qsizetype now, qsizetype all, const QString &agency) {
        done = now;
        total = all;
        {
            const QMutexLocker locker(&nextMutex);
            next = agency;
        }
        if (g_beforeCard)
            g_beforeCard(now);
    };
    options.cancelled = [&] { return cancelled.load(); };
    QProgressDialog progress(tr("Writing the scorecards…"), tr("Cancel"), 0, 0, parent);
    progress.setMinimumDuration(300);
    // Its own connection on its own thread: the window stays responsive while a province's
    // cards are laid out (QTextDocument, QPdfWriter and fonts work off the GUI thread).
    const QString parxPath = document->path();
    WorkerThread::run(
        progress, [&] { outcome = ScorecardRun::run(parxPath, options); },
        [&] {
            if (total == 0 || cancelled)
                return;
            const QMutexLocker locker(&nextMutex);
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            if (!next.isEmpty())
                progress.setLabelText(tr("Writing the scorecard of %1 (%2 of %3)…")
                                          .arg(next, QString::number(done + 1), QString::number(total)));
        },
        [&] { cancelled = true; });
    if (!outcome) {
        Messages::showError(parent, outcome.error());
        return {};
    }
    const ScorecardRun::Outcome &written = outcome.value();
    const QString where = QDir::toNativeSeparators(output);
    if (written.cancelled) {
        return choice.oneEach() ? tr("Cancelled: the scorecards of %n agency(ies) written before stay in %1.", nullptr,
                                     int(written.written))
                                      .arg(where)
                                : tr("Cancelled: no PDF was written.");
    }
    return tr("Wrote the scorecards of %n agency(ies) to %1", nullptr, int(written.written)).arg(where);
}

} // namespace ParScore
