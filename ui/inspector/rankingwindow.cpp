#include "rankingwindow.h"

#include "filedialogs.h"
#include "groupnames.h"
#include "messages.h"
#include "provincedocument.h"
#include "rankinghtml.h"
#include "scorecardpdf.h"
#include "scorecardrun.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ParScore {

RankingWindow::RankingWindow(ProvinceDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Ranking — ParScore"));
    resize(900, 640);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupComboBox"));
    groupLabel->setBuddy(m_group);
    top->addWidget(groupLabel);
    top->addWidget(m_group);
    top->addStretch();
    layout->addLayout(top);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(int(RankingHtml::columnTitles().size()));
    m_table->setHorizontalHeaderLabels(RankingHtml::columnTitles());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Export P&DF…"), this);
    buttons->addStretch();
    buttons->addWidget(pdf);
    buttons->addWidget(print);
    layout->addLayout(buttons);
    connect(print, &QPushButton::clicked, this, &RankingWindow::printPreview);
    connect(pdf, &QPushButton::clicked, this, &RankingWindow::chooseExport);
    connect(m_group, &QComboBox::currentIndexChanged, this, &RankingWindow::showRanking);
    connect(m_document, &ProvinceDocument::overviewChanged, this, &RankingWindow::refill);
    refill();
}

Overview RankingWindow::shown() const
{
    Overview overview = m_document->overview();
    overview.group = m_group->currentData().toString();
    overview.rows.removeIf([&](const OverviewRow &row) { return row.assessment.group != overview.group; });
    overview.missing.clear();
    return overview;
}

void RankingWindow::refill()
{
    const QString chosen = m_group->currentData().toString();
    QStringList groups;
    for (const OverviewRow &row : m_document->overview().rows) {
        if (!groups.contains(row.assessment.group))
            groups.append(row.assessment.group);
    }
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (const QString &group : groups)
            m_group->addItem(groupName(group), group);
        m_group->setCurrentIndex(qMax(0, m_group->findData(chosen)));
    }
    showRanking();
}

void RankingWindow::showRanking()
{
    const Overview overview = shown();
    const RankingHtml::Heading heading = RankingHtml::heading(overview);
    const QStringList notes = QStringList{heading.rankedOn} + heading.warnings;
    m_heading->setText(overview.rows.isEmpty() ? tr("No agency of this file has submitted yet.")
                                               : notes.join(u'\n'));
    m_heading->setStyleSheet(heading.warnings.isEmpty() ? QString()
                                                        : QStringLiteral("background:#fff3cd;padding:6px;"));
    m_table->setRowCount(0);
    for (const RankingHtml::Line &line : RankingHtml::lines(overview)) {
        if (line.groupHeading)
            continue; // the group is the one chosen above
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < line.cells.size(); ++column) {
            auto *item = new QTableWidgetItem(line.cells[column]);
            if (column != 1 && column != 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void RankingWindow::printPreview()
{
    const ScorecardPieces pieces = RankingHtml::pieces(shown(), m_document->info().title);
    QPrinter printer(QPrinter::HighResolution);
    // The page of the exported PDF; ScorecardPdf::print keeps to it whatever is chosen here.
    printer.setPageLayout(ScorecardPdf::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview of the ranking"));
    dialog.resize(size());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&pieces](QPrinter *target) { ScorecardPdf::print(pieces, target); });
    dialog.exec();
}

void RankingWindow::chooseExport()
{
    const int year = m_document->info().year;
    const QString group = ScorecardRun::safeName(m_group->currentData().toString());
    const QString suggested = year > 0 ? tr("%1-ranking-%2.pdf").arg(QString::number(year), group)
                                       : tr("ranking-%1.pdf").arg(group);
    const QString path = FileDialogs::savePdf(this, FileDialogs::Purpose::Exports, tr("Export the ranking"), suggested);
    if (!path.isEmpty())
        exportPdf(path);
}

bool RankingWindow::exportPdf(const QString &path)
{
    const QString title = m_document->info().title;
    const auto written = ScorecardPdf::write(RankingHtml::pieces(shown(), title),
                                             title.isEmpty() ? tr("Ranking") : title, path);
    if (!written)
        Messages::showError(this, written.error());
    return written.ok();
}

} // namespace ParScore
