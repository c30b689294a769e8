#include "scorecardpdf.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPagedPaintDevice>
#include <QSaveFile>
#include <QScreen>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

namespace ParScore {

Result<bool> ScorecardPdf::write(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unreadable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ParScore"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        print(html, &writer);
    }
    if (!file.commit())
        return Error::unreadable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void ScorecardPdf::print(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html);
    // The signature block is the last table. HTML cannot ask QTextDocument to keep it on
    // one page, so lay out a copy as print() will and break the page before it if needed.
    QTextTable *signatures = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            signatures = table;
    }
    if (signatures) {
        const std::unique_ptr<QTextDocument> trial(document.clone());
        trial->documentLayout()->setPaintDevice(device);
        // What QTextDocument::print does to a document without a page size: 2 cm margins,
        // counted in the screen's dots and scaled to the device by the layout, on a page the
        // size of the device.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const int sourceDpi = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
        QTextFrameFormat root = trial->rootFrame()->frameFormat();
        root.setMargin(int(2 / 2.54 * sourceDpi));
        trial->rootFrame()->setFrameFormat(root);
        trial->setPageSize(QSizeF(device->width(), device->height()));
        QTextTable *copy = nullptr;
        for (QTextFrame *frame : trial->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                copy = table;
        }
        const QRectF box = trial->documentLayout()->frameBoundingRect(copy);
        const qreal page = trial->pageSize().height();
        if (int(box.top() / page) != int(box.bottom() / page)) {
            QTextTableFormat format = signatures->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            signatures->setFormat(format);
        }
    }
    // Without a page size of its own, QTextDocument::print paginates the copy it prints
    // and numbers every page.
    document.print(device);
}

} // namespace ParScore
