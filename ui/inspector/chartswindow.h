#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QPagedPaintDevice;
class QPainter;
class QTabWidget;

namespace ParScore {

class HeatMapWidget;
class ProvinceDocument;

// The results as the report to the People's Committee shows them (Qt Charts), from the
// workspace's overview and again after every change: the distribution of final indexes per
// group, each area's average share of its maximum per group (where the province is weak),
// each agency's self-assessed index against its final one (above the diagonal: the
// appraisers give more than the agency claimed) and the heat map of over-claims per agency
// and area. Each tab exports to PNG and PDF and prints; groups differ by pattern and marker
// as well as colour, and the heat map writes its numbers, for black-and-white print.
class ChartsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsWindow(ProvinceDocument *document, QWidget *parent = nullptr);

    enum Tab
    {
        Distribution,
        AreaShares,
        SelfAgainstFinal,
        HeatMap
    };

    QChart *distributionChart() const;
    QChart *areaSharesChart() const;
    QChart *selfAgainstFinalChart() const;
    HeatMapWidget *heatMap() const;
    void showChart(Tab tab);
    // The chart shown, written whole or not at all; false (and a dialog) when it cannot be.
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

private:
    void refill();
    QChartView *shownView() const; // none on the heat map
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

    ProvinceDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_distribution = nullptr;
    QChartView *m_areaShares = nullptr;
    QChartView *m_selfAgainstFinal = nullptr;
    HeatMapWidget *m_heatMap = nullptr;
};

} // namespace ParScore
