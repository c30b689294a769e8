// The charts' figures, from the overview alone: the bands of final indexes per group, self
// against final per agency, each area's average share per group and the over-claim per area.
#include "resultcharts.h"

#include "fixtures.h"
#include "overviewfixtures.h"
#include "storagefixtures.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <numeric>

using namespace ParScore;
using namespace ParScore::Test;

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

TEST_CASE("The distribution counts each group's final indexes - self against final needs both")
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

namespace {

// A second set for the group so: area 1 with another title and maximum, no area 2, an area 3.
CriteriaSet secondSet()
{
    return makeSet(QStringLiteral(R"([
        {"id": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "maxPoints": 4, "children": [
            {"id": "1.1", "title": "Kế hoạch", "maxPoints": 2, "rule": {"kind": "boolean"}},
            {"id": "1.2", "title": "Báo cáo", "maxPoints": 2, "rule": {"kind": "boolean"}}]},
        {"id": "3", "title": "Cải cách thủ tục hành chính", "maxPoints": 2, "children": [
            {"id": "3.1", "title": "Công khai TTHC", "maxPoints": 2, "rule": {"kind": "boolean"}}]}
    ])"));
}

// The so group: A and B on smallSet(), C with no answer at all (no final layer), D on
// secondSet(); the xa group: E on twoGroupSet().
struct AreasProvince
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province{dir.filePath(QStringLiteral("province.parx"))};
    const CriteriaSet small = smallSet();
    const CriteriaSet second = secondSet();
    const CriteriaSet twoGroups = twoGroupSet();
    AssessmentInfo d;

    AreasProvince()
    {
        const AssessmentInfo a = province.add(small, QStringLiteral("A"));
        province.answer(small, a, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 10, "denominator": 10})"));
        province.answer(small, a, Layer::Appraisal1,
                        QStringLiteral(R"("1.2": {"numerator": 9, "denominator": 10}, "2.1": {"percent": 100})"));
        const AssessmentInfo b = province.add(small, QStringLiteral("B"));
        province.answer(small, b, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 10, "denominator": 10})"));
        province.add(small, QStringLiteral("C"));
        d = province.add(second, QStringLiteral("D"));
        province.answer(second, d, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"yes": true}, "3.1": {"yes": true})"));
        province.answer(second, d, Layer::Appraisal1, QStringLiteral(R"("1.2": {"yes": false})"));
        const AssessmentInfo e = province.add(twoGroups, QStringLiteral("E"), QStringLiteral("xa"));
        province.answer(twoGroups, e, Layer::Self,
                        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 8, "denominator": 10})"));
        province.answer(twoGroups, e, Layer::Appraisal1,
                        QStringLiteral(R"("1.2": {"numerator": 10, "denominator": 10})"));
    }
};

QStringList areaIds(const QList<ResultCharts::Area> &areas)
{
    QStringList ids;
    for (const ResultCharts::Area &area : areas)
        ids.append(area.nodeId);
    return ids;
}

} // namespace

TEST_CASE("Each area's share of its maximum: the exact mean over the group's agencies with a final "
          "layer, areas keyed by id across two sets")
{
    AreasProvince fixture;
    const Overview overview = loaded(fixture.province.file());
    const ResultCharts::AreaShares shares = ResultCharts::areaShares(overview);
    REQUIRE(shares.groups == QStringList({QStringLiteral("so"), QStringLiteral("xa")}));
    REQUIRE(areaIds(shares.areas) == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    // The first row in the overview's order is A (95 %, before D's 66,67 %): its set names area 1.
    CHECK(shares.areas[0].title == QStringLiteral("Chỉ đạo, điều hành"));
    CHECK(shares.areas[2].title == QStringLiteral("Cải cách thủ tục hành chính"));
    // Area 1 in so: A 2,8 of 3, B 3 of 3 (its own answers are the final ones), D 2 of 4;
    // C has no final layer. (14/15 + 1 + 1/2) ÷ 3 = 73/90 = 81,11 %.
    CHECK(shares.percents[0][0] == 8111);
    CHECK(shares.percents[0][1] == 5000); // survey: A 1 of 1, B 0 of 1
    CHECK(shares.percents[0][2] == 10000); // D alone
    CHECK(shares.percents[1][0] == 10000); // E: the appraisers give 1.2 in full
    CHECK(shares.percents[1][1] == 0);
    CHECK_FALSE(shares.percents[1][2]); // no agency of xa has area 3
}

TEST_CASE("Each area's share is the exact mean rounded once, not a mean of rounded shares")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    province.answer(set, a, Layer::Appraisal1,
                    QStringLiteral(R"("1.1": {"yes": false}, "1.2": {"numerator": 10, "denominator": 10})"));
    const AssessmentInfo b = province.add(set, QStringLiteral("B"));
    province.answer(set, b, Layer::Appraisal1,
                    QStringLiteral(R"("1.1": {"yes": false}, "1.2": {"numerator": 0, "denominator": 10})"));
    const ResultCharts::AreaShares shares = ResultCharts::areaShares(loaded(province.file()));
    REQUIRE(shares.percents.size() == 1);
    // Area 1: 2 of 3 and 0 of 3 → (2/3 + 0) ÷ 2 = 33,333… %; the mean of the rounded shares
    // (66,67 + 0) ÷ 2 = 33,335 would show 33,34.
    CHECK(shares.percents[0][0] == 3333);
}

TEST_CASE("The over-claim per area: the group's agencies in the overview's order, empty where "
          "nothing is compared, and refreshed with the row")
{
    AreasProvince fixture;
    Overview overview = loaded(fixture.province.file());
    const ResultCharts::AreaOverclaims so = ResultCharts::overclaimByArea(overview, QStringLiteral("so"));
    REQUIRE(areaIds(so.areas) == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QStringList rowCodes;
    for (const ResultCharts::AreaOverclaimRow &row : so.rows)
        rowCodes.append(row.agencyCode);
    // Ranked A (95 %), D (66,67 %); B (its survey unanswered) and C unranked.
    REQUIRE(rowCodes == QStringList({QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("C")}));
    using Cells = QList<std::optional<qint64>>;
    CHECK(so.rows[0].agencyName == QStringLiteral("Đơn vị A"));
    // A: 2,8 of 3 given for 3 of 3 claimed: −6,67 points of percent; the survey is not its own.
    CHECK(so.rows[0].percentPoints == Cells({-667, std::nullopt, std::nullopt}));
    CHECK(so.rows[1].percentPoints == Cells({-5000, std::nullopt, 0})); // D: 2 of 4 for 4 of 4
    CHECK(so.rows[2].percentPoints == Cells({std::nullopt, std::nullopt, std::nullopt})); // not appraised
    CHECK(so.rows[3].percentPoints == Cells({std::nullopt, std::nullopt, std::nullopt})); // no answers

    const ResultCharts::AreaOverclaims xa = ResultCharts::overclaimByArea(overview, QStringLiteral("xa"));
    REQUIRE(xa.rows.size() == 1);
    CHECK(areaIds(xa.areas) == QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    // E claimed 2,6 of 3 and is given 3 of 3: (1 − 2,6/3) × 100 = +13,33 points of percent.
    CHECK(xa.rows[0].percentPoints == Cells({1333, std::nullopt}));

    // The appraisers give D's 1.2 after all: reloading its row alone moves the figure.
    fixture.province.answer(fixture.second, fixture.d, Layer::Appraisal2, QStringLiteral(R"("1.2": {"yes": true})"));
    REQUIRE(overview.reloadRow(fixture.province.file(), fixture.d.uuid));
    const ResultCharts::AreaOverclaims again = ResultCharts::overclaimByArea(overview, QStringLiteral("so"));
    REQUIRE(again.rows.size() == 4);
    CHECK(again.rows[0].agencyCode == QStringLiteral("D")); // 100 % now: first
    CHECK(again.rows[0].percentPoints == Cells({0, std::nullopt, 0}));
    CHECK(ResultCharts::areaShares(overview).percents[0][0] == 9778); // (14/15 + 1 + 1) ÷ 3
}

TEST_CASE("The axis of counts steps by 1, 2, 5, 10, 20, 50 …: whole labels, ten steps at most")
{
    const std::pair<int, int> expected[] = {{0, 1}, {1, 1}, {10, 1}, {11, 2}, {20, 2}, {21, 5}, {50, 5},
                                            {57, 10}, {100, 10}, {101, 20}, {3321, 500}};
    for (const auto &[most, step] : expected) {
        INFO("up to " << most);
        CHECK(ResultCharts::countStep(most) == step);
    }
}
