#pragma once

#include "result.h"
#include "scorecardhtml.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QSaveFile;
class QTextDocument;

namespace ParScore {

// Lays the scorecard out on pages: landscape A4, pages numbered. Pages break between rows,
// never inside one; an area row is never the last of its page; the summary rows stay on
// the page of the seal statement and the signatures.
// One layout for every device: the scorecard is laid out once, on its own page
// (pageLayout(), at layoutDpi, fonts set here), and that layout is painted, scaled, on the
// PDF writer, a printer or the print preview; so the preview shows the pages of the PDF.
// The layout is made once, on one endless page, measured, and cut between rows into the
// pages (the table's header row painted again at the top of each); only a scorecard with a
// row taller than a page is laid out a second time, by QTextDocument on pages, which breaks
// inside that row. Needs a QGuiApplication.
class ScorecardPdf
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::ScorecardPdf)

public:
    static constexpr int layoutDpi = 1200;
    // Landscape A4, 15 mm left and right, 12 mm top and bottom; the text keeps 2 cm more.
    static QPageLayout pageLayout();

    // The file appears whole or not at all.
    static Result<bool> write(const ScorecardPieces &scorecard, const QString &title, const QString &path);
    // Gives `device` (a printer, the print preview's) the scorecard's page layout and prints.
    // How the pages are made: Cut, the one layout cut into pages where it can be; Paginated,
    // always laid out again on pages (what Cut falls back to; tests compare the two).
    enum class Pagination
    {
        Cut,
        Paginated
    };
    static void print(const ScorecardPieces &scorecard, QPagedPaintDevice *device,
                      Pagination pagination = Pagination::Cut);
    // Paints the scorecard's pages with `painter`, scaled to layoutDpi, on its current page
    // first; `newPage` starts each next one.
    static void paint(const ScorecardPieces &scorecard, QPainter &painter, const std::function<void()> &newPage,
                      Pagination pagination = Pagination::Cut);
    // The rows at which a new page starts (see ScorecardPieces::html).
    static QList<int> pageStarts(const ScorecardPieces &scorecard);
    // `html` laid out on the scorecard's pages (or one endless page), as print() paints it:
    // 2 cm margins inside pageLayout(), at layoutDpi, in the scorecard's font.
    static std::unique_ptr<QTextDocument> laidOut(const QString &html, bool paginated = true);
};

// Many scorecards in one PDF, each starting on a page of its own and numbering its pages
// from 1, written as they are added (one writer, one font set-up); the file appears whole
// at finish(), or not at all.
class ScorecardBatch
{
public:
    explicit ScorecardBatch(const QString &path, const QString &title);
    ~ScorecardBatch();
    Result<bool> add(const ScorecardPieces &scorecard);
    Result<bool> finish();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
};

} // namespace ParScore
