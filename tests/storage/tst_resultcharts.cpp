// The charts' figures, from the overview alone: the bands of final indexes per group and
// self against final per agency.
#include "resultcharts.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace ParScore;

namespace {

OverviewRow row(const QString &code, const QString &group, std::optional<qint64> self, std::optional<qint64> final)
{
    OverviewRow row;
    row.assessment.agencyCode = code;
    row.assessment.agencyName = QStringLiteral("Đơn vị ") + code;
    row.assessment.group = group;
    if (self) {
        row.self = ScoreSummary{};
        row.self->percent = self;
    }
    if (final) {
        row.final = ScoreSummary{};
        row.final->percent = final;
    }
    return row;
}

} // namespace

TEST_CASE("A final index falls in its tenth: 90 % and 100 % in the last, 89,99 % in the one before")
{
    CHECK(ResultCharts::bandOf(0) == 0);
    CHECK(ResultCharts::bandOf(999) == 0);
    CHECK(ResultCharts::bandOf(1000) == 1);
    CHECK(ResultCharts::bandOf(8999) == 8);
    CHECK(ResultCharts::bandOf(9000) == 9);
    CHECK(ResultCharts::bandOf(10000) == 9);
}

TEST_CASE("The distribution counts each group's final indexes; self against final needs both")
{
    Overview overview;
    overview.rows = {row(QStringLiteral("A"), QStringLiteral("so"), 9239, 8631),
                     row(QStringLiteral("B"), QStringLiteral("so"), 9239, 8699),
                     row(QStringLiteral("C"), QStringLiteral("so"), 7000, std::nullopt),
                     row(QStringLiteral("X"), QStringLiteral("xa"), std::nullopt, 9500)};
    const ResultCharts::Distribution distribution = ResultCharts::distribution(overview);
    REQUIRE(distribution.groups == QStringList({QStringLiteral("so"), QStringLiteral("xa")}));
    CHECK(distribution.counts[0][8] == 2);
    CHECK(std::accumulate(distribution.counts[0].cbegin(), distribution.counts[0].cend(), 0) == 2); // C has none
    CHECK(distribution.counts[1][9] == 1);
    const auto points = ResultCharts::selfAgainstFinal(overview);
    REQUIRE(points.size() == 2);
    CHECK(points[0].agencyCode == QStringLiteral("A"));
    CHECK(points[0].selfPercent == 9239);
    CHECK(points[0].finalPercent == 8631);
    CHECK(points[1].agencyCode == QStringLiteral("B"));
}
