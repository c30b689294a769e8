// The printed scorecard's layout rules that HTML cannot express.
#include "scorecardpdf.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ParScore;

namespace {

// The text of each page of a PDF.
QStringList pagesOf(const QString &pdf)
{
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(toText.waitForFinished());
    REQUIRE(toText.exitCode() == 0);
    return QString::fromUtf8(toText.readAllStandardOutput()).split(u'\f');
}

} // namespace

TEST_CASE("The signature block is never split across two pages")
{
    QTemporaryDir dir;
    const QString signatures = QStringLiteral(
        "<br><table width=\"100%\"><tr>"
        "<td width=\"50%\" align=\"center\"><b>PREPARED BY</b><br><i>(signature and full name)</i><br><br><br><br></td>"
        "<td width=\"50%\" align=\"center\"><b>HEAD OF THE AGENCY</b><br><i>(signature)</i><br><br><br><br></td>"
        "</tr></table>");
    // Some of these lengths put the block across a page boundary when laid out naively.
    for (int lines = 20; lines <= 44; ++lines) {
        QString html = QStringLiteral("<html><body>");
        for (int line = 0; line < lines; ++line)
            html += QStringLiteral("<p>Row %1</p>").arg(line);
        html += signatures + QStringLiteral("</body></html>");
        const QString pdf = dir.filePath(QStringLiteral("card-%1.pdf").arg(lines));
        REQUIRE(ScorecardPdf::write(html, QStringLiteral("test"), pdf).ok());
        INFO("rows before the signatures: " << lines);
        int together = 0;
        for (const QString &page : pagesOf(pdf)) {
            CHECK(page.contains(QStringLiteral("PREPARED BY")) == page.contains(QStringLiteral("(signature and full name)")));
            together += page.contains(QStringLiteral("PREPARED BY")) ? 1 : 0;
        }
        CHECK(together == 1);
    }
}
