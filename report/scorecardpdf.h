#pragma once

#include "result.h"
#include "scorecardhtml.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ParScore {

// Lays the scorecard out on pages: landscape A4 PDF or a printer, pages numbered. Pages
// break between rows, never inside one; an area row is never the last of its page; the
// summary rows stay on the page of the seal statement and the signatures. Needs a
// QGuiApplication.
class ScorecardPdf
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardPdf)

public:
    // The file appears whole or not at all.
    static Result<bool> write(const ScorecardPieces &scorecard, const QString &title, const QString &path);
    static void print(const ScorecardPieces &scorecard, QPagedPaintDevice *device);
    // The rows at which a new page starts on `device` (see ScorecardPieces::html).
    static QList<int> pageStarts(const ScorecardPieces &scorecard, QPagedPaintDevice *device);
    // `html` laid out on `device` as QTextDocument::print lays out a document without a
    // page size: 2 cm margins, pages the device's size (or one endless page).
    static std::unique_ptr<QTextDocument> laidOut(const QString &html, QPagedPaintDevice *device,
                                                  bool paginated = true);
};

} // namespace ParScore
