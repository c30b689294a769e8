// The printed scorecard's page breaks, checked on the layout that is printed: rows whole,
// area rows with what follows them, the summary with the seal statement and signatures.
#include "answersparser.h"
#include "assessmentstore.h"
#include "language.h"
#include "officerwindow.h"
#include "scorecardpdf.h"
#include "uifixtures.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <optional>

#include <catch2/catch.hpp>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

struct Span
{
    int first; // page of the top
    int last;  // page of the bottom
};

// The pages each row of each table of a laid-out document is on, in order.
QList<QList<Span>> rowPages(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal page = document.pageSize().height();
    QList<QList<Span>> tables;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        const auto textTop = [&](int row) {
            return layout->blockBoundingRect(table->cellAt(row, 0).firstCursorPosition().block()).top();
        };
        const qreal inset = textTop(0) - box.top();
        QList<Span> rows;
        for (int row = 0; row < table->rows(); ++row) {
            const qreal top = textTop(row) - inset;
            const qreal bottom = row + 1 < table->rows() ? textTop(row + 1) - inset : box.bottom();
            rows.append({int(top / page), int((bottom - 1) / page)});
        }
        tables.append(rows);
    }
    return tables;
}

// A note of about `length` characters, in words as officers write them.
QString words(int length)
{
    QString text;
    if (length < 0)
        return QStringLiteral("bao_cao_").repeated(-length / 8);
    while (text.size() < length)
        text += QStringLiteral("báo cáo kết quả thực hiện ");
    return text.left(length);
}

// A department's draft, large enough for several pages: half its items scored (the demo's
// answers), a note of a few lines on every third one.
QString partlyScoredDraft(const QTemporaryDir &dir)
{
    const QString path = newFile(dir);
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const AssessmentInfo info = store.find(QString()).value();
    const CriteriaSet set = store.criteria(info.criteriaSha256).value();
    QFile demo(QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    auto answers = AnswersParser::parse(set, demo.readAll(), Role::Agency);
    REQUIRE(answers.ok());
    AnswerSet half;
    int leaf = 0;
    for (const CriteriaNode &node : set.nodes()) {
        if (!node.isLeaf() || !node.agencyScorable)
            continue;
        if (leaf % 2 == 0 && answers.value().answers.contains(node.id))
            half.answers.insert(node.id, answers.value().answers.value(node.id));
        if (leaf % 3 == 0)
            REQUIRE(store.setNote(info, Layer::Self, set, node.id, words(60), QStringLiteral("test")).ok());
        ++leaf;
    }
    REQUIRE(store.applyAnswers(info, set, Layer::Self, half, QStringLiteral("test")).ok());
    return path;
}

// The pages of a PDF that Qt wrote: one page object each.
int pdfPages(const QString &path)
{
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    return int(QString::fromLatin1(pdf.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)"))));
}

// The pages the window's print preview shows, read from the preview and closed again.
int previewPages(OfficerWindow &window)
{
    int pages = -1;
    QTimer::singleShot(0, &window, [&pages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        pages = dialog->findChild<QPrintPreviewWidget *>()->pageCount();
        dialog->reject();
    });
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(u'&') == QStringLiteral("Print preview…"))
            action->trigger();
    }
    return pages;
}

// A new department's draft open for writing notes on its items: the items the agency scores.
struct NotedDraft
{
    QTemporaryDir dir;
    std::unique_ptr<ParxFile> file;
    std::unique_ptr<AssessmentStore> store;
    AssessmentInfo info;
    std::optional<CriteriaSet> set;
    QStringList leaves;

    NotedDraft()
    {
        auto opened = ParxFile::open(newFile(dir), ParxFile::Mode::ReadWrite);
        REQUIRE(opened.ok());
        file = std::move(opened).value();
        store = std::make_unique<AssessmentStore>(*file);
        info = store->find(QString()).value();
        set = store->criteria(info.criteriaSha256).value();
        for (const CriteriaNode &node : set->nodes()) {
            if (node.isLeaf() && node.agencyScorable)
                leaves.append(node.id);
        }
    }
};

// The scorecard printed into a PDF at `path` with `pagination`; the text of each page, as
// pdftotext reads it.
QStringList printedPages(const ScorecardPieces &pieces, const QString &path, ScorecardPdf::Pagination pagination)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(ScorecardPdf::layoutDpi);
        ScorecardPdf::print(pieces, &writer, pagination);
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    QStringList pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    pages.removeLast(); // after the last page's form feed
    return pages;
}

} // namespace

TEST_CASE("Pages cut from the one layout are the pages laid out again - the same text on each, rows too tall included")
{
    NotedDraft draft;
    QTemporaryDir &dir = draft.dir;
    ParxFile &file = *draft.file;
    AssessmentStore &store = *draft.store;
    const AssessmentInfo &info = draft.info;
    const CriteriaSet &set = *draft.set;
    const QStringList &leaves = draft.leaves;
    // Short notes everywhere, long ones on some items, then one note longer than a page.
    for (const auto &[length, every] : {std::pair{120, 1}, std::pair{900, 4}, std::pair{3990, 9}}) {
        for (qsizetype i = 0; i < leaves.size(); i += every)
            REQUIRE(store.setNote(info, Layer::Self, set, leaves[i], words(length), QStringLiteral("test")).ok());
        const auto content = ScorecardHtml::load(file, info, set);
        REQUIRE(content.ok());
        const ScorecardPieces pieces = ScorecardHtml::pieces(content.value());
        const QStringList cut = printedPages(pieces, dir.filePath(QStringLiteral("cut.pdf")), ScorecardPdf::Pagination::Cut);
        const QStringList laid =
            printedPages(pieces, dir.filePath(QStringLiteral("laid.pdf")), ScorecardPdf::Pagination::Paginated);
        INFO("notes of " << length << " characters on every " << every << ". item");
        CHECK(cut.size() > 2);
        REQUIRE(cut.size() == laid.size());
        for (qsizetype page = 0; page < cut.size(); ++page) {
            INFO("page " << page + 1);
            CHECK(cut[page] == laid[page]);
        }
    }
}

TEST_CASE("Every cell of the printed scorecard has its border - numbers too")
{
    QTemporaryDir dir;
    const QString path = partlyScoredDraft(dir);
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const AssessmentInfo info = store.find(QString()).value();
    const CriteriaSet set = store.criteria(info.criteriaSha256).value();
    const auto content = ScorecardHtml::load(*file.value(), info, set);
    REQUIRE(content.ok());
    QTextDocument document;
    document.setHtml(ScorecardHtml::pieces(content.value()).html());
    auto *table = qobject_cast<QTextTable *>(document.rootFrame()->childFrames().value(0));
    REQUIRE(table);
    REQUIRE(table->rows() > 40);
    QStringList missing;
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCellFormat cell = table->cellAt(row, column).format().toTableCellFormat();
            const bool framed = cell.topBorder() > 0 && cell.bottomBorder() > 0 && cell.leftBorder() > 0
                                && cell.rightBorder() > 0 && cell.leftBorderStyle() == QTextFrameFormat::BorderStyle_Solid
                                && cell.rightBorderStyle() == QTextFrameFormat::BorderStyle_Solid;
            if (!framed)
                missing.append(QStringLiteral("%1:%2").arg(row).arg(column));
        }
    }
    INFO("cells without a border (row:column): " << missing.join(u' ').toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The print preview shows the pages of the exported PDF")
{
    QTemporaryDir dir;
    const QString path = partlyScoredDraft(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    const int previewed = previewPages(window);

    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const AssessmentInfo info = store.find(QString()).value();
    const CriteriaSet set = store.criteria(info.criteriaSha256).value();
    const auto content = ScorecardHtml::load(*file.value(), info, set);
    REQUIRE(content.ok());
    const ScorecardPieces pieces = ScorecardHtml::pieces(content.value());
    const QString pdf = dir.filePath(QStringLiteral("card.pdf"));
    REQUIRE(ScorecardPdf::write(pieces, info.agencyName, pdf).ok());
    // A printer of its own resolution and margins, as the one chosen in the print dialog.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setResolution(600);
        printer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        ScorecardPdf::print(pieces, &printer);
    }

    INFO("preview " << previewed << ", PDF " << pdfPages(pdf) << ", printer " << pdfPages(printed));
    CHECK(pdfPages(pdf) >= 3);
    CHECK(previewed == pdfPages(pdf));
    CHECK(pdfPages(printed) == pdfPages(pdf));
}

TEST_CASE("Scorecard pages break between rows - headings stay with their rows - the summary with the signatures")
{
    NotedDraft draft;
    ParxFile &file = *draft.file;
    AssessmentStore &store = *draft.store;
    const AssessmentInfo &info = draft.info;
    const CriteriaSet &set = *draft.set;
    const QStringList &leaves = draft.leaves;
    // Notes of growing length on more and more items move every row across page ends.
    int layouts = 0;
    for (const int length : {60, 250, 700, -300}) { // -300: one unbreakable word, as a long file name
        for (qsizetype noted = 0; noted <= leaves.size(); noted += 5) {
            for (qsizetype i = 0; i < noted; ++i)
                REQUIRE(store.setNote(info, Layer::Self, set, leaves[i], words(length), QStringLiteral("test")).ok());
            const auto content = ScorecardHtml::load(file, info, set);
            REQUIRE(content.ok());
            const ScorecardPieces pieces = ScorecardHtml::pieces(content.value());
            const QList<int> starts = ScorecardPdf::pageStarts(pieces);
            const auto document = ScorecardPdf::laidOut(pieces.html(starts));
            const QList<QList<Span>> tables = rowPages(*document);
            INFO("notes of " << length << " characters on " << noted << " items");
            QStringList startText;
            for (int st : starts)
                startText.append(QString::number(st));
            QStringList spanText;
            for (const auto &t : tables)
                for (const Span &sp : t)
                    spanText.append(QStringLiteral("%1-%2").arg(sp.first).arg(sp.last));
            INFO("starts " << startText.join(u',').toStdString() << " spans " << spanText.join(u' ').toStdString());
            REQUIRE(tables.size() == starts.size() + 2); // the scorecard's pages and the signatures
            QList<Span> rows; // the scorecard's rows without the repeated header rows
            for (qsizetype t = 0; t + 1 < tables.size(); ++t)
                rows += tables[t].mid(1);
            REQUIRE(rows.size() == pieces.rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r) {
                INFO("row " << r);
                CHECK(rows[r].first == rows[r].last); // whole on one page
                if (pieces.keepWithNext[r] && r + 1 < pieces.firstSummaryRow)
                    CHECK(rows[r + 1].first == rows[r].first);
            }
            const Span &signatures = tables.constLast().constFirst();
            CHECK(signatures.first == signatures.last);
            CHECK(rows[pieces.firstSummaryRow].first == signatures.first);
            ++layouts;
        }
    }
    CHECK(layouts > 20);
}

TEST_CASE("The printed scorecard's text is black whatever the system's text colour - on cut pages and laid-out ones")
{
    NotedDraft draft;
    const auto content = ScorecardHtml::load(*draft.file, draft.info, *draft.set);
    REQUIRE(content.ok());
    const ScorecardPieces pieces = ScorecardHtml::pieces(content.value());
    // Every page drawn over one image at 60 dpi: how many of its pixels are nearly black.
    const auto blackPixels = [&](ScorecardPdf::Pagination pagination) {
        const QRect page = ScorecardPdf::pageLayout().fullRectPixels(60);
        QImage image(page.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(60.0 / ScorecardPdf::layoutDpi, 60.0 / ScorecardPdf::layoutDpi);
        ScorecardPdf::paint(pieces, painter, [] {}, pagination);
        painter.end();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 40 ? 1 : 0;
        }
        return count;
    };
    const QPalette system = QGuiApplication::palette();
    const int cut = blackPixels(ScorecardPdf::Pagination::Cut);
    const int laid = blackPixels(ScorecardPdf::Pagination::Paginated);
    QPalette light = system; // a dark theme's: light text
    light.setColor(QPalette::Text, Qt::white);
    light.setColor(QPalette::WindowText, Qt::white);
    QGuiApplication::setPalette(light);
    const int cutLight = blackPixels(ScorecardPdf::Pagination::Cut);
    const int laidLight = blackPixels(ScorecardPdf::Pagination::Paginated);
    QGuiApplication::setPalette(system);
    CHECK(cut > 1000);
    CHECK(cutLight == cut);
    CHECK(laidLight == laid);
}
