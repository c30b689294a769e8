// The workspace's charts: their series say what the overview says, follow its changes, and
// export to PNG and PDF.
#include "chartswindow.h"
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "provincedocument.h"
#include "resultcharts.h"
#include "uifixtures.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
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

} // namespace

TEST_CASE("The charts show the overview's final indexes and self against final, and export them")
{
    SubmittedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    activate(workspace);
    actionNamed(&workspace, QStringLiteral("Results charts…"))->trigger();
    ChartsWindow *charts = workspace.charts();
    REQUIRE(charts);
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
    charts->showChart(1);
    REQUIRE(charts->exportPdf(pdf));
    CHECK(head(pdf, 5) == QByteArray("%PDF-"));
    CHECK_FALSE(charts->exportPng(province.dir.filePath(QStringLiteral("khong-co/bieu-do.png"))));
    CHECK(errors.messages.size() == 1);
}
