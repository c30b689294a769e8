#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QTabWidget;

namespace ParScore {

class ProvinceDocument;

// The results as the report to the People's Committee shows them (Qt Charts), from the
// workspace's overview and again after every change: the distribution of final indexes per
// group, and each agency's self-assessed index against its final one (above the diagonal:
// the appraisers give more than the agency claimed). Each chart exports to PNG and PDF and
// prints; groups differ by pattern and marker as well as colour, for black-and-white print.
class ChartsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsWindow(ProvinceDocument *document, QWidget *parent = nullptr);

    QChart *distributionChart() const;
    QChart *selfAgainstFinalChart() const;
    void showChart(int index); // 0 distribution, 1 self against final
    // The chart shown, written whole or not at all; false (and a dialog) when it cannot be.
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

private:
    void refill();
    QChartView *shownView() const;

    ProvinceDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_distribution = nullptr;
    QChartView *m_selfAgainstFinal = nullptr;
};

} // namespace ParScore
