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

#include <functional>

namespace ParScore {
namespace {

// The resolution the style sheet's lengths are counted in: the screen's.
int sourceDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 100;
}

// One layout of the scorecard on a single endless page, and where its parts lie on it:
// heights and positions in the device's dots.
struct Measures
{
    std::unique_ptr<QTextDocument> document; // the layout measured, painted in slices
    qreal margin = 0;        // the root frame's, above and below the text of every page
    qreal page = 0;          // the height a page holds between its margins
    qreal head = 0;          // the title block above the table, on page 1
    qreal header = 0;        // the table's header row, repeated on every page
    QList<qreal> tops;       // where the header row and then each row starts; last: the table's end
    QList<qreal> rows;       // each row's height
    qreal footer = 0;        // from the table's end to the document's end
    qreal end = 0;           // the document's end, its bottom margin included
    qreal tableLeft = 0;     // the table's sides
    qreal tableRight = 0;
    qreal border = 0;        // the width of the table's lines
};

std::optional<Measures> measure(const ScorecardPieces &scorecard)
{
    Measures m;
    m.document = ScorecardPdf::laidOut(scorecard.html(), false); // one page: nothing is moved
    QTextDocument &document = *m.document;
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
    m.margin = layout->blockBoundingRect(document.firstBlock()).top();
    const QRectF box = layout->frameBoundingRect(table);
    // Row r starts where its first cell's text starts, less that text's offset in the cell.
    const auto textTop = [&](int row) {
        return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
    };
    const qreal inset = textTop(0) - box.top();
    for (int row = 0; row < table->rows(); ++row)
        m.tops.append(textTop(row) - inset);
    m.tops.append(box.bottom());
    m.page = layout->paintDevice()->height() - 2 * m.margin;
    m.head = box.top() - m.margin;
    m.header = m.tops[1] - m.tops[0];
    for (int row = 1; row < table->rows(); ++row)
        m.rows.append(m.tops[row + 1] - m.tops[row]);
    m.end = layout->documentSize().height();
    m.tableLeft = box.left();
    m.tableRight = box.right();
    // The style sheet's 1px, in the screen's dots the layout scales (see laidOut).
    m.border = layout->paintDevice()->logicalDpiY() / qreal(sourceDpi());
    m.footer = m.end - m.margin - box.bottom();
    return m;
}

// The rows at which a new page starts: see ScorecardPdf::pageStarts.
QList<int> pageStartsOf(const Measures &m, const ScorecardPieces &scorecard)
{
    // A little room for rounding between this layout and the printed one.
    const qreal page = m.page * 0.99;
    QList<int> starts;
    qreal used = m.head + m.header;
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
        used = m.header;
        for (int moved = start; moved < row; ++moved)
            used += m.rows[moved];
    };
    for (int row = 0; row < body; ++row) {
        qreal need = m.rows[row];
        if (scorecard.keepWithNext.value(row) && row + 1 < body)
            need += m.rows[row + 1];
        if (row > pageFirst && used + need > page)
            breakBefore(row);
        used += m.rows[row];
    }
    qreal closing = m.footer;
    for (int row = body; row < m.rows.size(); ++row)
        closing += m.rows[row];
    if (body > pageFirst && body < m.rows.size() && used + closing > page)
        breakBefore(body);
    return starts;
}

// A band of the endless layout, [top, bottom), and where on the page it goes.
struct Band
{
    qreal top = 0;
    qreal bottom = 0;
    qreal at = 0;
};

// The bands of each page when every page's rows fit on it (the title block and the table's
// header row on the first, the header row again on every other, the closing rows with the
// signatures on the last); none when a page would overflow (a row taller than a page):
// such a scorecard is laid out again on pages by QTextDocument, which breaks inside rows.
QList<QList<Band>> bandsOf(const Measures &m, const QList<int> &starts)
{
    QList<QList<Band>> pages;
    // The first page ends where the row that starts the next begins: the table's top when
    // the whole table moves on (row 0: the header row goes with it).
    qreal top = 0;
    qreal bottom = starts.isEmpty() ? m.end - m.margin : m.tops[starts[0] == 0 ? 0 : starts[0] + 1];
    if (bottom - m.margin > m.page)
        return {};
    pages.append({{top, bottom, 0}});
    for (qsizetype page = 0; page < starts.size(); ++page) {
        top = m.tops[starts[page] + 1];
        bottom = page + 1 < starts.size() ? m.tops[starts[page + 1] + 1] : m.end - m.margin;
        if (m.header + bottom - top > m.page)
            return {};
        pages.append({{m.tops[0], m.tops[1], m.margin}, {top, bottom, m.margin + m.header}});
    }
    return pages;
}

// The page number of page `index` (from 0), of size `page`, whose top is at `pageTop` in the
// painter's coordinates: at the bottom right below the text, as QTextDocument::print does.
void paintPageNumber(const QFont &documentFont, QSizeF page, int index, qreal pageTop, QPainter &painter)
{
    // In pixels of the layout, which the painter scales like the text: a size in points
    // would be converted for the device first and so scaled twice.
    QFont font = documentFont;
    font.setPixelSize(qRound(font.pointSizeF() * ScorecardPdf::layoutDpi / 72.0));
    const QFontMetricsF metrics(font);
    const qreal margin = ScorecardPdf::layoutDpi * 2 / 2.54; // the root frame's 2 cm
    const QString number = QString::number(index + 1);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(page.width() - margin - metrics.horizontalAdvance(number),
                             pageTop + page.height() - margin + metrics.ascent() + 5 * ScorecardPdf::layoutDpi / 72.0),
                     number);
}

// Draws `view` of `document` with its top at `at` on the page, in black whatever the
// system's text colour; the layout is asked for `view` less `inset` at either end.
void paintView(QTextDocument &document, const QRectF &view, qreal at, qreal inset, QPainter &painter)
{
    painter.save();
    painter.translate(0, at - view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view.adjusted(0, inset, 0, -inset);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

// Draws [band.top, band.bottom) of `document` at band.at on the page. The rows beside the
// band touch it and are drawn whole if the layout is asked for them: it is asked for a point
// less, which still reaches the band's rows (padded by more), or their text would be in the
// PDF outside the clip.
void paintBand(QTextDocument &document, const Band &band, QPainter &painter)
{
    paintView(document, QRectF(0, band.top, document.pageSize().width(), band.bottom - band.top), band.at,
              ScorecardPdf::layoutDpi / 72.0, painter);
}

// The table's border along a cut, `y` on the page: the collapsed border the cut divides.
void paintCutBorder(const Measures &m, qreal y, QPainter &painter)
{
    painter.save();
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), m.border, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(m.tableLeft, y), QPointF(m.tableRight, y));
    painter.restore();
}

// Page `index` (from 0) of a document QTextDocument paginated, numbered.
void paintPage(QTextDocument &document, int index, QPainter &painter)
{
    const QSizeF page = document.pageSize();
    paintView(document, QRectF(0, index * page.height(), page.width(), page.height()), 0, 0, painter);
    paintPageNumber(document.defaultFont(), page, index, 0, painter);
}

} // namespace

void ScorecardPdf::paint(const ScorecardPieces &scorecard, QPainter &painter, const std::function<void()> &newPage,
                         Pagination pagination)
{
    auto m = measure(scorecard);
    const QList<int> starts = m ? pageStartsOf(*m, scorecard) : QList<int>();
    const QList<QList<Band>> pages = m && pagination == Pagination::Cut ? bandsOf(*m, starts) : QList<QList<Band>>();
    if (pages.isEmpty()) { // laid out again, on pages
        const auto document = laidOut(scorecard.html(starts));
        for (int page = 0; page < document->pageCount(); ++page) {
            if (page > 0)
                newPage();
            paintPage(*document, page, painter);
        }
        return;
    }
    const QSizeF size(m->document->pageSize().width(), m->page + 2 * m->margin);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0)
            newPage();
        for (const Band &band : pages[page])
            paintBand(*m->document, band, painter);
        // The lines the cuts divided: above the repeated header row, below the last row.
        if (page > 0)
            paintCutBorder(*m, m->margin + m->border / 2, painter);
        if (const Band &last = pages[page].constLast(); page + 1 < pages.size() && last.bottom > m->tops[0])
            paintCutBorder(*m, last.at + last.bottom - last.top - m->border / 2, painter);
        paintPageNumber(m->document->defaultFont(), size, int(page), 0, painter);
    }
}

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
    document->setDocumentMargin(int(2 / 2.54 * sourceDpi()));
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
    return m ? pageStartsOf(*m, scorecard) : QList<int>();
}

void ScorecardPdf::print(const ScorecardPieces &scorecard, QPagedPaintDevice *device, Pagination pagination)
{
    device->setPageLayout(pageLayout());
    QPainter painter(device);
    if (!painter.isActive())
        return;
    // From the layout's dots to the device's: the same page, at the device's resolution.
    painter.scale(device->logicalDpiX() / qreal(layoutDpi), device->logicalDpiY() / qreal(layoutDpi));
    paint(scorecard, painter, [device] { device->newPage(); }, pagination);
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
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>(m_writer.get());
        if (!m_painter->isActive())
            return Error::unreadable(ScorecardPdf::tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
        m_painter->scale(m_writer->logicalDpiX() / qreal(ScorecardPdf::layoutDpi),
                         m_writer->logicalDpiY() / qreal(ScorecardPdf::layoutDpi));
    } else {
        m_writer->newPage();
    }
    ScorecardPdf::paint(scorecard, *m_painter, [this] { m_writer->newPage(); });
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
