#include "scorecardpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace ParScore {
namespace {

// Heights on the device, from one layout of the scorecard on a single endless page.
struct Measures
{
    qreal page = 0;          // the height a page holds between its margins
    qreal head = 0;          // the title block above the table, on page 1
    qreal header = 0;        // the table's header row, repeated on every page
    QList<qreal> rows;       // each row
    qreal footer = 0;        // from the table's end to the document's end
};

std::optional<Measures> measure(const ScorecardPieces &scorecard)
{
    const auto laid = ScorecardPdf::laidOut(scorecard.html(), false); // one page: nothing is moved
    QTextDocument &document = *laid;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *candidate = qobject_cast<QTextTable *>(frame);
        if (candidate && candidate->rows() == scorecard.rows.size() + 1) {
            table = candidate;
            break;
        }
    }
    if (!table)
        return std::nullopt;
    const qreal margin = layout->blockBoundingRect(document.firstBlock()).top();
    const QRectF box = layout->frameBoundingRect(table);
    // Row r starts where its first cell's text starts, less that text's offset in the cell.
    const auto textTop = [&](int row) {
        return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
    };
    const qreal inset = textTop(0) - box.top();
    QList<qreal> tops;
    for (int row = 0; row < table->rows(); ++row)
        tops.append(textTop(row) - inset);
    tops.append(box.bottom());
    Measures m;
    m.page = layout->paintDevice()->height() - 2 * margin;
    m.head = box.top() - margin;
    m.header = tops[1] - tops[0];
    for (int row = 1; row < table->rows(); ++row)
        m.rows.append(tops[row + 1] - tops[row]);
    m.footer = layout->documentSize().height() - margin - box.bottom();
    return m;
}

// Page `index` (from 0) of a paginated document, numbered at the bottom right below the
// text, as QTextDocument::print numbers pages.
void paintPage(QTextDocument &document, int index, QPainter &painter)
{
    const QSizeF page = document.pageSize();
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.save();
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black); // not the system's text colour
    document.documentLayout()->draw(&painter, context);
    painter.setClipping(false);
    // In pixels of the layout, which the painter scales like the text: a size in points
    // would be converted for the device first and so scaled twice.
    QFont font = document.defaultFont();
    font.setPixelSize(qRound(font.pointSizeF() * ScorecardPdf::layoutDpi / 72.0));
    const QFontMetricsF metrics(font);
    const qreal margin = ScorecardPdf::layoutDpi * 2 / 2.54; // the root frame's 2 cm
    const QString number = QString::number(index + 1);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(page.width() - margin - metrics.horizontalAdvance(number),
                             view.bottom() - margin + metrics.ascent() + 5 * ScorecardPdf::layoutDpi / 72.0),
                     number);
    painter.restore();
}

} // namespace

QPageLayout ScorecardPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> ScorecardPdf::laidOut(const QString &html, bool paginated)
{
    auto document = std::make_unique<QTextDocument>();
    // The page the document is laid out on, whatever prints it later. A PDF writer that is
    // never painted on lends its page and metrics: unhinted, the same at any resolution.
    auto *page = new QPdfWriter(new QBuffer(document.get()));
    page->setParent(document.get());
    page->setResolution(layoutDpi);
    page->setPageLayout(pageLayout());
    // Everything set before the text (an undefined page size is a page too: each change
    // would lay the whole text out again): the text is laid out once, when it is set.
    document->documentLayout()->setPaintDevice(page);
    document->setPageSize(QSizeF(page->width(), paginated ? page->height() : 1e9));
    // 2 cm margins counted in the screen's dots: the layout scales them to the device.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int sourceDpi = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
    document->setDocumentMargin(int(2 / 2.54 * sourceDpi));
    // The style sheet's font (scorecardhtml.cpp) for what it does not reach, the page
    // numbers: not the application's font, which differs between the window and the CLI.
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html);
    return document;
}

QList<int> ScorecardPdf::pageStarts(const ScorecardPieces &scorecard)
{
    const auto m = measure(scorecard);
    if (!m)
        return {};
    // A little room for rounding between this layout and the printed one.
    const qreal page = m->page * 0.99;
    QList<int> starts;
    qreal used = m->head + m->header;
    int pageFirst = 0; // the first row on the page being filled
    const int body = scorecard.firstSummaryRow;
    // Starts a page at `row`, or earlier so that headings go with it.
    const auto breakBefore = [&](int row) {
        int start = row;
        while (start - 1 >= pageFirst && scorecard.keepWithNext.value(start - 1))
            --start;
        // A page that is one chain of headings is cut where the chain ends; only the first
        // page, below the title, may give its whole table to the next.
        if (start == pageFirst && !(pageFirst == 0 && starts.isEmpty()))
            start = row;
        starts.append(start);
        pageFirst = start;
        used = m->header;
        for (int moved = start; moved < row; ++moved)
            used += m->rows[moved];
    };
    for (int row = 0; row < body; ++row) {
        qreal need = m->rows[row];
        if (scorecard.keepWithNext.value(row) && row + 1 < body)
            need += m->rows[row + 1];
        if (row > pageFirst && used + need > page)
            breakBefore(row);
        used += m->rows[row];
    }
    qreal closing = m->footer;
    for (int row = body; row < m->rows.size(); ++row)
        closing += m->rows[row];
    if (body > pageFirst && body < m->rows.size() && used + closing > page)
        breakBefore(body);
    return starts;
}

void ScorecardPdf::print(const ScorecardPieces &scorecard, QPagedPaintDevice *device)
{
    device->setPageLayout(pageLayout());
    const auto document = laidOut(scorecard.html(pageStarts(scorecard)));
    QPainter painter(device);
    if (!painter.isActive())
        return;
    // From the layout's dots to the device's: the same page, at the device's resolution.
    painter.scale(device->logicalDpiX() / qreal(layoutDpi), device->logicalDpiY() / qreal(layoutDpi));
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            device->newPage();
        paintPage(*document, page, painter);
    }
}

Result<bool> ScorecardPdf::write(const ScorecardPieces &scorecard, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unreadable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ParScore"));
        writer.setResolution(layoutDpi);
        print(scorecard, &writer);
    }
    if (!file.commit())
        return Error::unreadable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

ScorecardBatch::ScorecardBatch(const QString &path, const QString &title)
    : m_path(path)
    , m_file(std::make_unique<QSaveFile>(path))
{
    if (!m_file->open(QIODevice::WriteOnly))
        return;
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("ParScore"));
    m_writer->setResolution(ScorecardPdf::layoutDpi);
    m_writer->setPageLayout(ScorecardPdf::pageLayout());
}

ScorecardBatch::~ScorecardBatch()
{
    m_painter.reset();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting(); // not finished: nothing replaces what was at the path
}

Result<bool> ScorecardBatch::add(const ScorecardPieces &scorecard)
{
    if (!m_writer)
        return Error::unreadable(ScorecardPdf::tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
    const auto document = ScorecardPdf::laidOut(scorecard.html(ScorecardPdf::pageStarts(scorecard)));
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>(m_writer.get());
        if (!m_painter->isActive())
            return Error::unreadable(ScorecardPdf::tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        m_painter->scale(m_writer->logicalDpiX() / qreal(ScorecardPdf::layoutDpi),
                         m_writer->logicalDpiY() / qreal(ScorecardPdf::layoutDpi));
    }
    for (int page = 0; page < document->pageCount(); ++page) {
        if (!m_first)
            m_writer->newPage();
        m_first = false;
        paintPage(*document, page, *m_painter);
    }
    return true;
}

Result<bool> ScorecardBatch::finish()
{
    if (!m_writer)
        return Error::unreadable(ScorecardPdf::tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
    m_painter.reset(); // ends the painting: the PDF is complete
    m_writer.reset();
    const bool committed = m_file->commit();
    const QString why = m_file->errorString();
    m_file.reset();
    if (!committed)
        return Error::unreadable(ScorecardPdf::tr("Cannot write %1: %2").arg(m_path, why));
    return true;
}

} // namespace ParScore
