#include "scorecardpdf.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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
        QTextDocument document;
        document.setHtml(html);
        // Without a page size of its own, QTextDocument::print paginates the copy it
        // prints and numbers every page.
        document.print(&writer);
    }
    if (!file.commit())
        return Error::unreadable(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace ParScore
