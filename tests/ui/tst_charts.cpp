// The workspace's charts: their series say what the overview says, follow its changes, and
// export to PNG and PDF.
#include "chartswindow.h"
#include "fixtures.h"
#include "groupnames.h"
#include "heatmap.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "language.h"
#include "provincedocument.h"
#include "resultcharts.h"
#include "uifixtures.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QScatterSeries>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(bytes);
}

// The workspace open on `path`, its charts window open (through the menu).
ChartsWindow *openCharts(InspectorWindow &workspace, const QString &path)
{
    REQUIRE(workspace.openFile(path));
    activate(workspace);
    actionNamed(&workspace, QStringLiteral("Results charts…"))->trigger();
    REQUIRE(workspace.charts());
    return workspace.charts();
}

// The area chart's bar of `group` for the area labelled `label`, as the chart holds it.
std::optional<qint64> barOf(QChart *chart, const QString &group, const QString &label)
{
    const auto bars = qobject_cast<QHorizontalBarSeries *>(chart->series().constFirst());
    REQUIRE(bars);
    const auto axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    REQUIRE(axis);
    const qsizetype category = axis->categories().indexOf(label);
    for (QBarSet *set : bars->barSets()) {
        if (set->label() == group && category >= 0)
            return qRound64(set->at(int(category)) * 100);
    }
    return std::nullopt;
}

// The area chart says what ResultCharts::areaShares says, area by area, group by group.
void checkAreaShares(ChartsWindow *charts, const Overview &overview)
{
    const ResultCharts::AreaShares expected = ResultCharts::areaShares(overview);
    const auto bars = qobject_cast<QHorizontalBarSeries *>(charts->areaSharesChart()->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->count() == expected.groups.size());
    for (qsizetype group = 0; group < expected.groups.size(); ++group) {
        for (qsizetype area = 0; area < expected.areas.size(); ++area)
            CHECK(barOf(charts->areaSharesChart(), groupName(expected.groups[group]), areaLabel(expected.areas[area]))
                  == expected.percents[group][area].value_or(0));
    }
}

// The heat map's cell of an agency and an area ("" where empty).
QString heatCell(HeatMapModel *model, const QString &code, int area)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, HeatMapModel::CodeColumn).data().toString() == code)
            return model->index(row, HeatMapModel::FirstAreaColumn + area).data().toString();
    }
    FAIL("no row for " << code.toStdString());
    return {};
}

} // namespace

TEST_CASE("The charts show the overview's final indexes and self against final, and export them")
{
    SubmittedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    ChartsWindow *charts = openCharts(workspace, province.path);
    const Overview &overview = workspace.document()->overview();
    const ResultCharts::Distribution expected = ResultCharts::distribution(overview);

    const auto bars = qobject_cast<QBarSeries *>(charts->distributionChart()->series().constFirst());
    REQUIRE(bars);
    REQUIRE(bars->count() == expected.groups.size());
    int counted = 0;
    for (int group = 0; group < bars->count(); ++group) {
        QBarSet *set = bars->barSets()[group];
        REQUIRE(set->count() == ResultCharts::bands);
        for (int band = 0; band < ResultCharts::bands; ++band) {
            CHECK(int(set->at(band)) == expected.counts[group][band]);
            counted += int(set->at(band));
        }
    }
    int withFinal = 0;
    for (const OverviewRow &row : overview.rows)
        withFinal += row.final && row.final->percent ? 1 : 0;
    CHECK(counted == withFinal);
    CHECK(counted == 2); // STP and SNV

    int points = 0;
    for (QAbstractSeries *series : charts->selfAgainstFinalChart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            for (const QPointF &point : scatter->points()) {
                ++points;
                const OverviewRow &row = overview.rows[points - 1];
                CHECK(qRound64(point.x() * 100) == *row.self->percent);
                CHECK(qRound64(point.y() * 100) == *row.final->percent);
            }
        }
    }
    CHECK(points == int(ResultCharts::selfAgainstFinal(overview).size()));

    const QString png = province.dir.filePath(QStringLiteral("bieu-do.png"));
    const QString pdf = province.dir.filePath(QStringLiteral("bieu-do.pdf"));
    REQUIRE(charts->exportPng(png));
    CHECK(head(png, 8) == QByteArray("\x89PNG\r\n\x1a\n"));
    charts->showChart(ChartsWindow::SelfAgainstFinal);
    REQUIRE(charts->exportPdf(pdf));
    CHECK(head(pdf, 5) == QByteArray("%PDF-"));
    CHECK_FALSE(charts->exportPng(province.dir.filePath(QStringLiteral("khong-co/bieu-do.png"))));
    CHECK(errors.messages.size() == 1);
}

TEST_CASE("The areas chart and the heat map of over-claims say what the core says, after every change")
{
    SubmittedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    ChartsWindow *charts = openCharts(workspace, province.path);
    ProvinceDocument *document = workspace.document();

    // Both agencies' own answers are the final ones so far: 2,8 of 3 in area 1, nothing in 2.
    checkAreaShares(charts, document->overview());
    CHECK(barOf(charts->areaSharesChart(), groupName(QStringLiteral("so")), QStringLiteral("1. Chỉ đạo, điều hành")) == 9333);
    CHECK(barOf(charts->areaSharesChart(), groupName(QStringLiteral("so")), QStringLiteral("2. Khảo sát")) == 0);
    HeatMapModel *heat = charts->heatMap()->model();
    CHECK(charts->heatMap()->group() == QStringLiteral("so"));
    REQUIRE(heat->rowCount() == 2);
    REQUIRE(heat->columnCount() == HeatMapModel::FirstAreaColumn + 2);
    CHECK(heat->headerData(HeatMapModel::FirstAreaColumn, Qt::Horizontal, Qt::ToolTipRole).toString()
          == QStringLiteral("1. Chỉ đạo, điều hành"));
    CHECK(heatCell(heat, QStringLiteral("STP"), 0).isEmpty()); // nothing appraised: nothing to compare

    // The appraisers give STP 8 of 10 for 1.2 (1,6 of 2): both pictures follow at once.
    auto read = document->agency(province.stp.uuid);
    REQUIRE(read);
    Answer eight;
    eight.numerator = 8;
    eight.denominator = 10;
    REQUIRE(document->setAppraisalAnswer(read.value().info, read.value().set, Layer::Appraisal1,
                                         QStringLiteral("1.2"), eight));
    checkAreaShares(charts, document->overview());
    CHECK(barOf(charts->areaSharesChart(), groupName(QStringLiteral("so")), QStringLiteral("1. Chỉ đạo, điều hành")) == 9000);
    const ResultCharts::AreaOverclaims expected = ResultCharts::overclaimByArea(document->overview(), QStringLiteral("so"));
    REQUIRE(heat->rowCount() == expected.rows.size());
    for (int row = 0; row < heat->rowCount(); ++row) {
        CHECK(heat->index(row, HeatMapModel::CodeColumn).data().toString() == expected.rows[row].agencyCode);
        for (int area = 0; area < expected.areas.size(); ++area)
            CHECK(heat->index(row, HeatMapModel::FirstAreaColumn + area).data(HeatMapModel::ValueRole)
                  == (expected.rows[row].percentPoints[area] ? QVariant(*expected.rows[row].percentPoints[area]) : QVariant()));
    }
    CHECK(heatCell(heat, QStringLiteral("STP"), 0) == formatSignedPoints(667, true)); // 2,6 of 3 given for 2,8 claimed: −6,67
    CHECK(heatCell(heat, QStringLiteral("STP"), 1).isEmpty()); // the survey is the appraisers'
    CHECK(heatCell(heat, QStringLiteral("SNV"), 0).isEmpty());
    // Over-claimed: the strongest red, and bold for black-and-white print.
    const int stp = heat->index(0, HeatMapModel::CodeColumn).data().toString() == QStringLiteral("STP") ? 0 : 1;
    const QModelIndex cell = heat->index(stp, HeatMapModel::FirstAreaColumn);
    const QColor background = cell.data(Qt::BackgroundRole).value<QBrush>().color();
    CHECK(background.red() > 2 * background.blue());
    CHECK(cell.data(Qt::FontRole).value<QFont>().bold());

    charts->showChart(ChartsWindow::HeatMap);
    const QString png = province.dir.filePath(QStringLiteral("nhiet.png"));
    const QString pdf = province.dir.filePath(QStringLiteral("nhiet.pdf"));
    REQUIRE(charts->exportPng(png));
    CHECK(head(png, 8) == QByteArray("\x89PNG\r\n\x1a\n"));
    REQUIRE(charts->exportPdf(pdf));
    CHECK(head(pdf, 5) == QByteArray("%PDF-"));
    charts->showChart(ChartsWindow::AreaShares);
    REQUIRE(charts->exportPdf(pdf));
    CHECK(errors.messages.isEmpty());
}
