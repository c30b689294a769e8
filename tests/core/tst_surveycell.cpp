// The survey grid's cell syntax, rule kind by rule kind: what an inspector types or pastes
// becomes the answer the rule takes, or is refused saying why.
#include "fixtures.h"
#include "surveygrid.h"

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// The answer of leaf 1.1 that a cell gives; the cell must be a valid, non-empty one.
Answer cell(const CriteriaSet &set, const QString &text)
{
    const auto parsed = SurveyCell::parse(set, *set.node(QStringLiteral("1.1")), text);
    if (!parsed)
        FAIL(parsed.error().message.toStdString());
    REQUIRE(parsed.value().has_value());
    // What the grid shows of an answer reads back as the same answer.
    const QString shown = SurveyCell::format(*set.node(QStringLiteral("1.1")), *parsed.value());
    const auto again = SurveyCell::parse(set, *set.node(QStringLiteral("1.1")), shown);
    REQUIRE(again.ok());
    CHECK(again.value() == parsed.value());
    return *parsed.value();
}

// Why a cell is refused.
QString refused(const CriteriaSet &set, const QString &text)
{
    const auto parsed = SurveyCell::parse(set, *set.node(QStringLiteral("1.1")), text);
    REQUIRE_FALSE(parsed.ok());
    CHECK_FALSE(parsed.error().message.isEmpty());
    return parsed.error().message;
}

} // namespace

TEST_CASE("survey cell: an empty cell leaves the item unchanged")
{
    const CriteriaSet set = leafSet(QStringLiteral("5"), QStringLiteral(R"({"kind": "percent"})"));
    for (const QString &blank : {QString(), QStringLiteral("   "), QStringLiteral("\t")}) {
        const auto parsed = SurveyCell::parse(set, *set.node(QStringLiteral("1.1")), blank);
        REQUIRE(parsed.ok());
        CHECK_FALSE(parsed.value().has_value());
    }
}

TEST_CASE("survey cell: percent takes a number with ',' or '.' and at most two decimals, 0 to 100")
{
    const CriteriaSet set = leafSet(QStringLiteral("5"), QStringLiteral(R"({"kind": "percent"})"));
    CHECK(cell(set, QStringLiteral("87,5")).number == Fraction(875, 10));
    CHECK(cell(set, QStringLiteral("87.5")).number == Fraction(875, 10));
    CHECK(cell(set, QStringLiteral(" 100 ")).number == Fraction(100, 1));
    CHECK(cell(set, QStringLiteral("0")).number == Fraction());
    CHECK(refused(set, QStringLiteral("100,01")).contains(QStringLiteral("more than 100")));
    CHECK(refused(set, QStringLiteral("-1")).contains(QStringLiteral("negative")));
    CHECK(refused(set, QStringLiteral("1.000")).contains(QStringLiteral("thousands")));
    CHECK(refused(set, QStringLiteral("12,345")).contains(QStringLiteral("thousands")));
    CHECK(refused(set, QStringLiteral("1,2,3")).contains(QStringLiteral("one “,” or “.”")));
    CHECK(refused(set, QStringLiteral("đạt")).contains(QStringLiteral("not a number")));
}

TEST_CASE("survey cell: manual points are bounded by the maximum and keep to the step")
{
    const CriteriaSet set = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "manual", "step": 0.25})"));
    CHECK(cell(set, QStringLiteral("1,75")).number == Fraction(7, 4));
    CHECK(cell(set, QStringLiteral("2")).number == Fraction(2, 1));
    CHECK(refused(set, QStringLiteral("1,7")).contains(QStringLiteral("multiple of 0.25")));
    CHECK(refused(set, QStringLiteral("2,25")).contains(QStringLiteral("more than 2")));
}

TEST_CASE("survey cell: yes/no is 1 or 0")
{
    const CriteriaSet set = leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "boolean"})"));
    CHECK(cell(set, QStringLiteral("1")).yes);
    CHECK_FALSE(cell(set, QStringLiteral("0")).yes);
    CHECK(refused(set, QStringLiteral("có")).contains(QStringLiteral("write 1 (yes) or 0 (no)")));
    CHECK(refused(set, QStringLiteral("2")).contains(QStringLiteral("write 1 (yes) or 0 (no)")));
}

TEST_CASE("survey cell: a choice takes one of its option ids")
{
    const CriteriaSet set = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "choice", "options": [
        {"id": "good", "label": "Tốt", "points": 2}, {"id": "poor", "label": "Kém", "points": 0}]})"));
    CHECK(cell(set, QStringLiteral("poor")).option == QStringLiteral("poor"));
    const QString why = refused(set, QStringLiteral("Good"));
    CHECK(why.contains(QStringLiteral("“Good”")));
    CHECK(why.contains(QStringLiteral("good, poor")));
}

TEST_CASE("survey cell: a checklist takes item ids separated by ' -', '-' for none")
{
    const CriteriaSet set = leafSet(QStringLiteral("3"), QStringLiteral(R"({"kind": "checklist", "items": [
        {"id": "a", "label": "A", "points": 1}, {"id": "b", "label": "B", "points": 1},
        {"id": "c", "label": "C", "points": 1}]})"));
    CHECK(cell(set, QStringLiteral("a;c")).checked == QStringList{QStringLiteral("a"), QStringLiteral("c")});
    CHECK(cell(set, QStringLiteral(" b ; a ")).checked == QStringList{QStringLiteral("b"), QStringLiteral("a")});
    CHECK(cell(set, QStringLiteral("-")).checked.isEmpty());
    CHECK(refused(set, QStringLiteral("a;a")).contains(QStringLiteral("checked twice")));
    CHECK(refused(set, QStringLiteral("a;;b")).contains(QStringLiteral("missing between")));
    CHECK(refused(set, QStringLiteral("a;d")).contains(QStringLiteral("“d” is not an item")));
}

TEST_CASE("survey cell: a ratio and tiers by percent take a/b in whole numbers, a ≤ b")
{
    const CriteriaSet ratio = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio", "floorPercent": 50})"));
    const Answer nine = cell(ratio, QStringLiteral("9/10"));
    CHECK(nine.numerator == 9);
    CHECK(nine.denominator == 10);
    CHECK(cell(ratio, QStringLiteral(" 3 / 4 ")).denominator == 4);
    CHECK(refused(ratio, QStringLiteral("11/10")).contains(QStringLiteral("larger than the denominator")));
    CHECK(refused(ratio, QStringLiteral("9")).contains(QStringLiteral("a/b")));
    CHECK(refused(ratio, QStringLiteral("1/2/3")).contains(QStringLiteral("a/b")));
    CHECK(refused(ratio, QStringLiteral("9,5/10")).contains(QStringLiteral("whole number")));
    CHECK(refused(ratio, QStringLiteral("0/0")).contains(QStringLiteral("cannot be not applicable")));
    CHECK(refused(ratio, QStringLiteral("1/10000000000000000")).contains(QStringLiteral("too large")));
    // Did not arise: allowed where the item may be not applicable.
    const CriteriaSet mayNotArise = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio"})"),
                                            QStringLiteral(R"("notApplicable": "exclude")"));
    CHECK(cell(mayNotArise, QStringLiteral("0/0")).denominator == 0);

    const CriteriaSet tiers = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "tiers", "input": "percent",
        "tiers": [{"atLeast": 0, "points": 0}, {"atLeast": 80, "points": 2}]})"));
    CHECK(cell(tiers, QStringLiteral("4/5")).numerator == 4);
    CHECK(refused(tiers, QStringLiteral("80")).contains(QStringLiteral("a/b")));
}

TEST_CASE("survey cell: tiers by value take any number, negative or with decimals")
{
    const CriteriaSet set = leafSet(QStringLiteral("4"), QStringLiteral(R"({"kind": "tiers", "input": "number",
        "tiers": [{"atLeast": 60, "points": 1}, {"atLeast": 75, "points": 4}]})"));
    CHECK(cell(set, QStringLiteral("72,4")).value == 72.4);
    CHECK(cell(set, QStringLiteral("-3.5")).value == -3.5);
    CHECK(refused(set, QStringLiteral("7 000")).contains(QStringLiteral("without spaces")));
}

TEST_CASE("survey cell: a deduction takes a whole count")
{
    const CriteriaSet set = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "deduction", "perItem": 0.5})"));
    CHECK(cell(set, QStringLiteral("3")).count == 3);
    CHECK(refused(set, QStringLiteral("1,5")).contains(QStringLiteral("whole number")));
    CHECK(refused(set, QStringLiteral("-1")).contains(QStringLiteral("negative")));
}

TEST_CASE("survey cell: 'NA: reason' where the item may be not applicable, with a reason")
{
    const CriteriaSet set = leafSet(QStringLiteral("5"), QStringLiteral(R"({"kind": "percent"})"),
                                    QStringLiteral(R"("notApplicable": "exclude")"));
    const Answer na = cell(set, QStringLiteral("NA: Không tổ chức khảo sát"));
    CHECK(na.notApplicable);
    CHECK(na.reason == QStringLiteral("Không tổ chức khảo sát"));
    CHECK(cell(set, QStringLiteral("na :chưa phát sinh")).reason == QStringLiteral("chưa phát sinh"));
    CHECK(refused(set, QStringLiteral("NA:")).contains(QStringLiteral("why")));
    CHECK(refused(set, QStringLiteral("NA")).contains(QStringLiteral("why")));

    const CriteriaSet forbidden = leafSet(QStringLiteral("5"), QStringLiteral(R"({"kind": "percent"})"));
    CHECK(refused(forbidden, QStringLiteral("NA: không có")).contains(QStringLiteral("cannot be marked not applicable")));
    // An option called "NA" is that option, not a not-applicable answer.
    const CriteriaSet option = leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "choice", "options": [
        {"id": "NA", "label": "Không đánh giá", "points": 0}, {"id": "ok", "label": "Đạt", "points": 1}]})"));
    CHECK(cell(option, QStringLiteral("NA")).option == QStringLiteral("NA"));
}
