#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ParScore {

// File → Export to Excel in the inspectors' workspace: asks where, then writes the results
// workbook (Workbook) on a thread of its own with its own read-only connection, behind a
// progress dialog whose Cancel leaves no file. Returns what to tell the inspector (empty
// when cancelled before anything; a refusal is shown in a dialog).
class WorkbookExport
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::WorkbookExport)

public:
    static QString run(QWidget *parent, const QString &parxPath, int year);
};

} // namespace ParScore
