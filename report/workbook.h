#pragma once

#include "overview.h"
#include "parxfile.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace ParScore {

// The province's results as an Excel workbook (XLSX, written by libxlsxwriter) for the
// offices that reuse them: sheet 1 the overview (one row per agency, the overview's
// columns, ranked on `layer`), sheet 2 the detail (one row per agency and item: maximum,
// self, appraisal 1 and 2, final, state, note; then bonus, penalty and total). Numbers are
// stored as numbers shown with two decimals; header rows frozen, with an auto-filter;
// column widths estimated from the text. A warning row heads each sheet when a criteria set
// is not official. The file appears whole or not at all.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Workbook)

public:
    // Told after each agency's detail: how many of how many are written; false cancels (the
    // file at `path` is then left as it was). Called on the writing thread.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static Result<bool> write(ParxFile &file, const QString &path, OverviewLayer layer, const Progress &progress = {});
};

} // namespace ParScore
