#include "chartswindow.h"

#include "filedialogs.h"
#include "groupnames.h"
#include "heatmap.h"
#include "language.h"
#include "messages.h"
#include "provincedocument.h"
#include "resultcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QTabWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ParScore {
namespace {

// Black-and-white print tells the groups apart by these, not only by colour.
const Qt::BrushStyle patterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern, Qt::CrossPattern,
                                   Qt::FDiagPattern};
const QScatterSeries::MarkerShape markers[] = {QScatterSeries::MarkerShapeCircle,
                                                QScatterSeries::MarkerShapeRectangle,
                                                QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeStar};

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(11);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

// Each area's average share per group, as horizontal bars (the areas' titles read across),
// the first area at the top; the bars carry their figures in the language's format.
QChart *newAreaSharesChart(const ResultCharts::AreaShares &shares)
{
    auto *chart = new QChart;
    chart->setTitle(ChartsWindow::tr("Each area's average share of its maximum, final, per group (%)"));
    chart->setLocalizeNumbers(true);
    chart->setLocale(displayLocale());
    auto *bars = new QHorizontalBarSeries;
    // Bars go from the bottom up: the last area first, so that area 1 is at the top.
    for (qsizetype group = shares.groups.size() - 1; group >= 0; --group) {
        auto *set = new QBarSet(groupName(shares.groups[group]));
        for (qsizetype area = shares.areas.size() - 1; area >= 0; --area)
            set->append(double(shares.percents[group][area].value_or(0)) / 100.0);
        set->setBrush(QBrush(set->color(), patterns[group % std::size(patterns)]));
        set->setBorderColor(Qt::black);
        set->setLabelColor(Qt::black);
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(5); // hundredths of a percent up to 100: every digit
    QObject::connect(bars, &QHorizontalBarSeries::hovered, chart, [](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(QCursor::pos(), set->label() + QStringLiteral(": ")
                                                   + formatPercent(qRound64(set->at(index) * 100)) + QStringLiteral(" %"));
    });
    chart->addSeries(bars);
    chart->legend()->setReverseMarkers(true); // the groups in the order of the bars, top down
    QStringList categories;
    for (qsizetype area = shares.areas.size() - 1; area >= 0; --area)
        categories.append(areaLabel(shares.areas[area]));
    auto *areaAxis = new QBarCategoryAxis;
    areaAxis->append(categories);
    chart->addAxis(areaAxis, Qt::AlignLeft);
    bars->attachAxis(areaAxis);
    auto *shareAxis = percentAxis(ChartsWindow::tr("Average share of the area's maximum (%)"));
    shareAxis->setLabelFormat(QStringLiteral("%.0f")); // localised numbers take no %d
    chart->addAxis(shareAxis, Qt::AlignBottom);
    bars->attachAxis(shareAxis);
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ChartsWindow::ChartsWindow(ProvinceDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Results charts — ParScore"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_distribution = new QChartView(m_tabs);
    m_areaShares = new QChartView(m_tabs);
    m_selfAgainstFinal = new QChartView(m_tabs);
    for (QChartView *view : {m_distribution, m_areaShares, m_selfAgainstFinal})
        view->setRenderHint(QPainter::Antialiasing);
    m_heatMap = new HeatMapWidget(m_tabs);
    m_tabs->addTab(m_distribution, tr("&Distribution of final indexes"));
    m_tabs->addTab(m_areaShares, tr("&Areas"));
    m_tabs->addTab(m_selfAgainstFinal, tr("&Self against final"));
    m_tabs->addTab(m_heatMap, tr("Over-claim per &area"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QHBoxLayout;
    auto *png = new QPushButton(tr("Export &PNG…"), this);
    auto *pdf = new QPushButton(tr("Export P&DF…"), this);
    auto *print = new QPushButton(tr("&Print…"), this);
    buttons->addStretch();
    buttons->addWidget(png);
    buttons->addWidget(pdf);
    buttons->addWidget(print);
    layout->addLayout(buttons);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Exports, tr("Export the chart"),
                                                   tr("chart.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Exports, tr("Export the chart"),
                                                   tr("chart.pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QPainter painter(&printer);
        paint(painter, printer);
    });
    connect(m_document, &ProvinceDocument::overviewChanged, this, &ChartsWindow::refill);
    refill();
}

QChart *ChartsWindow::distributionChart() const
{
    return m_distribution->chart();
}

QChart *ChartsWindow::areaSharesChart() const
{
    return m_areaShares->chart();
}

QChart *ChartsWindow::selfAgainstFinalChart() const
{
    return m_selfAgainstFinal->chart();
}

HeatMapWidget *ChartsWindow::heatMap() const
{
    return m_heatMap;
}

void ChartsWindow::showChart(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QChartView *ChartsWindow::shownView() const
{
    return qobject_cast<QChartView *>(m_tabs->currentWidget());
}

void ChartsWindow::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    if (QChartView *view = shownView())
        view->render(&painter);
    else
        m_heatMap->print(painter, device);
}

void ChartsWindow::refill()
{
    const Overview &overview = m_document->overview();

    auto *distribution = new QChart;
    distribution->setTitle(tr("Final indexes per group (number of agencies in each tenth)"));
    const ResultCharts::Distribution bands = ResultCharts::distribution(overview);
    auto *bars = new QBarSeries;
    for (qsizetype group = 0; group < bands.groups.size(); ++group) {
        auto *set = new QBarSet(groupName(bands.groups[group]));
        for (const int count : bands.counts[group])
            set->append(count);
        set->setBrush(QBrush(set->color(), patterns[group % std::size(patterns)]));
        set->setBorderColor(Qt::black);
        bars->append(set);
    }
    distribution->addSeries(bars);
    QStringList categories;
    for (int band = 0; band < ResultCharts::bands; ++band)
        categories.append(QStringLiteral("%1–%2").arg(band * 10).arg(band * 10 + 10));
    auto *bandAxis = new QBarCategoryAxis;
    bandAxis->append(categories);
    bandAxis->setTitleText(tr("Final index (%)"));
    distribution->addAxis(bandAxis, Qt::AlignBottom);
    bars->attachAxis(bandAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Agencies"));
    int most = 1;
    for (const QList<int> &counts : bands.counts)
        most = std::max(most, *std::max_element(counts.cbegin(), counts.cend()));
    const int step = ResultCharts::countStep(most);
    const int top = (most + step - 1) / step * step;
    countAxis->setRange(0, top);
    countAxis->setTickCount(top / step + 1);
    distribution->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    replaceChart(m_distribution, distribution);

    auto *selfFinal = new QChart;
    selfFinal->setTitle(tr("Self-assessed index against final index, per agency (below the line: claimed more)"));
    auto *xAxis = percentAxis(tr("Self-assessed index (%)"));
    auto *yAxis = percentAxis(tr("Final index (%)"));
    selfFinal->addAxis(xAxis, Qt::AlignBottom);
    selfFinal->addAxis(yAxis, Qt::AlignLeft);
    auto *diagonal = new QLineSeries;
    diagonal->setName(tr("self = final"));
    diagonal->append(0, 0);
    diagonal->append(100, 100);
    diagonal->setPen(QPen(Qt::black, 1, Qt::DashLine));
    selfFinal->addSeries(diagonal);
    diagonal->attachAxis(xAxis);
    diagonal->attachAxis(yAxis);
    QHash<QString, QScatterSeries *> byGroup;
    for (const ResultCharts::SelfAgainstFinal &point : ResultCharts::selfAgainstFinal(overview)) {
        QScatterSeries *&series = byGroup[point.group];
        if (!series) {
            series = new QScatterSeries;
            series->setName(groupName(point.group));
            series->setMarkerShape(markers[(byGroup.size() - 1) % std::size(markers)]);
            series->setMarkerSize(9);
            series->setBorderColor(Qt::black);
            selfFinal->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        series->append(double(point.selfPercent) / 100.0, double(point.finalPercent) / 100.0);
    }
    replaceChart(m_selfAgainstFinal, selfFinal);

    replaceChart(m_areaShares, newAreaSharesChart(ResultCharts::areaShares(overview)));
    m_heatMap->refill(overview);
}

bool ChartsWindow::exportPng(const QString &path)
{
    const QImage image = m_tabs->currentWidget()->grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        Messages::showError(this, Error::unreadable(tr("The chart cannot be written to %1").arg(path)));
        return false;
    }
    return true;
}

bool ChartsWindow::exportPdf(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Messages::showError(this, Error::unreadable(tr("The chart cannot be written to %1").arg(path)));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setCreator(QStringLiteral("ParScore"));
        writer.setTitle(shownView() ? shownView()->chart()->title() : m_heatMap->title());
        QPainter painter(&writer);
        paint(painter, writer);
    }
    if (!file.commit()) {
        Messages::showError(this, Error::unreadable(tr("The chart cannot be written to %1").arg(path)));
        return false;
    }
    return true;
}

} // namespace ParScore
