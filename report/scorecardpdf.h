#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace ParScore {

// Writes HTML made for QTextDocument (ScorecardHtml) as a landscape A4 PDF with page
// numbers. The file appears whole or not at all. Needs a QGuiApplication.
class ScorecardPdf
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardPdf)

public:
    static Result<bool> write(const QString &html, const QString &title, const QString &path);
    // Lays the scorecard out on `device` (a PDF writer or a printer): pages numbered, the
    // signature block never split across two pages.
    static void print(const QString &html, QPagedPaintDevice *device);
};

} // namespace ParScore
