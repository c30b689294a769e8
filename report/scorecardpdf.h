#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace ParScore {

// Writes HTML made for QTextDocument (ScorecardHtml) as a landscape A4 PDF with page
// numbers. The file appears whole or not at all. Needs a QGuiApplication.
class ScorecardPdf
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardPdf)

public:
    static Result<bool> write(const QString &html, const QString &title, const QString &path);
};

} // namespace ParScore
