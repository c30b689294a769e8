#include "workbookexport.h"

#include "filedialogs.h"
#include "messages.h"
#include "workbook.h"
#include "workerthread.h"

#include <QDir>
#include <QProgressDialog>

#include <atomic>

namespace ParScore {

QString WorkbookExport::run(QWidget *parent, const QString &parxPath, int year)
{
    const QString suggested = year > 0 ? tr("%1-results.xlsx").arg(year) : tr("results.xlsx");
    const QString path = FileDialogs::saveFile(parent, FileDialogs::Purpose::Exports, tr("Export the results to Excel"),
                                               suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return {};
    std::atomic<qsizetype> done{0};
    std::atomic<qsizetype> total{0};
    std::atomic<bool> cancelled{false};
    Result<bool> written = true;
    // Its own connection on its own thread: the window stays responsive while thousands of
    // agencies are written.
    QProgressDialog progress(tr("Writing the workbook…"), tr("Cancel"), 0, 0, parent);
    progress.setMinimumDuration(500);
    WorkerThread::run(
        progress,
        [&] {
            auto file = ParxFile::open(parxPath, ParxFile::Mode::ReadOnly);
            if (!file) {
                written = file.error();
                return;
            }
            written = Workbook::write(*file.value(), path, OverviewLayer::Final, [&](qsizetype now, qsizetype all) {
                done = now;
                total = all;
                return !cancelled.load();
            });
        },
        [&] {
            if (total > 0) {
                progress.setMaximum(int(total));
                progress.setValue(int(done));
            }
        },
        [&] { cancelled = true; });
    if (cancelled)
        return tr("Export cancelled: no workbook was written.");
    if (!written) {
        Messages::showError(parent, written.error());
        return {};
    }
    return tr("Results written to %1").arg(QDir::toNativeSeparators(path));
}

} // namespace ParScore
