#include "fixtures.h"
#include "language.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString na = QStringLiteral(R"({"notApplicable": true, "reason": "Không phát sinh"})");

QString ratioAnswer(qint64 a, qint64 b)
{
    return QStringLiteral(R"({"numerator": %1, "denominator": %2})").arg(a).arg(b);
}

LeafResult evaluateLeaf(const CriteriaSet &set, const QString &answerJson)
{
    const auto answer = AnswersParser::parseAnswer(
        set, QStringLiteral("1.1"), QJsonDocument::fromJson(answerJson.toUtf8()).object(),
        Role::Appraiser);
    REQUIRE(answer.ok());
    return RuleEngine::evaluate(*set.node(QStringLiteral("1.1")), &answer.value());
}

} // namespace

TEST_CASE("manual: points on the step - up to the maximum")
{
    const CriteriaSet set = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "manual"})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"points": 0})")) == 0);
    CHECK(leafPoints(set, QStringLiteral(R"({"points": 1.75})")) == 175);
    CHECK(leafPoints(set, QStringLiteral(R"({"points": 2})")) == 200);
    const CriteriaSet tenth =
        leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "manual", "step": 0.1})"));
    CHECK(leafPoints(tenth, QStringLiteral(R"({"points": 0.3})")) == 30);
}

TEST_CASE("boolean: the maximum or nothing")
{
    const CriteriaSet set =
        leafSet(QStringLiteral("1.5"), QStringLiteral(R"({"kind": "boolean"})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"yes": true})")) == 150);
    CHECK(leafPoints(set, QStringLiteral(R"({"yes": false})")) == 0);
}

TEST_CASE("choice: the chosen option's points - rounded")
{
    const CriteriaSet set =
        leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "choice", "options": [
        {"id": "on_time", "label": "Đúng hạn", "points": 1}, {"id": "late", "label": "Muộn", "points": 0.5},
        {"id": "odd", "label": "Lẻ", "points": 0.125}, {"id": "none", "label": "Không", "points": 0}]})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"option": "on_time"})")) == 100);
    CHECK(leafPoints(set, QStringLiteral(R"({"option": "late"})")) == 50);
    CHECK(leafPoints(set, QStringLiteral(R"({"option": "odd"})")) == 13); // 0.125 → 0.13
    CHECK(leafPoints(set, QStringLiteral(R"({"option": "none"})")) == 0);
}

TEST_CASE("checklist: the sum of checked items - never above the maximum")
{
    const CriteriaSet set =
        leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "checklist", "items": [
        {"id": "a", "label": "A", "points": 0.25}, {"id": "b", "label": "B", "points": 0.25},
        {"id": "c", "label": "C", "points": 0.5}, {"id": "d", "label": "D", "points": 0.333}]})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"checked": []})")) == 0);
    CHECK(leafPoints(set, QStringLiteral(R"({"checked": ["a", "c"]})")) == 75);
    CHECK(leafPoints(set, QStringLiteral(R"({"checked": ["a", "b", "c"]})")) == 100);
    CHECK(leafPoints(set, QStringLiteral(R"({"checked": ["a", "b", "c", "d"]})")) == 100); // capped
    CHECK(leafPoints(set, QStringLiteral(R"({"checked": ["d", "a"]})")) == 58); // 0.583 → 0.58
}

TEST_CASE("ratio: full at the threshold - proportional above the floor - zero below")
{
    const CriteriaSet set =
        leafSet(QStringLiteral("2"),
                QStringLiteral(R"({"kind": "ratio", "floorPercent": 80, "fullAtPercent": 95})"),
                QStringLiteral(R"("notApplicable": "exclude")"));
    CHECK(leafPoints(set, ratioAnswer(19, 20)) == 200);   // exactly 95 % → full
    CHECK(leafPoints(set, ratioAnswer(189, 200)) == 189); // 94.5 % → 0.945 × 2
    CHECK(leafPoints(set, ratioAnswer(9, 10)) == 180);    // 90 %
    CHECK(leafPoints(set, ratioAnswer(4, 5)) == 160);     // exactly 80 % → proportional
    CHECK(leafPoints(set, ratioAnswer(399, 500)) == 0);   // 79.8 % < 80 %
    CHECK(leafPoints(set, ratioAnswer(0, 7)) == 0);
    CHECK(leafPoints(set, ratioAnswer(7, 7)) == 200);

    const CriteriaSet plain = leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "ratio"})"));
    CHECK(leafPoints(plain, ratioAnswer(29, 200)) == 15); // 0.145 → 0.15
    CHECK(leafPoints(plain, ratioAnswer(1, 3)) == 33);
    CHECK(leafPoints(plain, ratioAnswer(2, 3)) == 67);
    CHECK(leafPoints(plain, ratioAnswer(999999999999999, 1000000000000000)) == 100);
}

TEST_CASE("ratio: a denominator of 0 applies the not-applicable policy")
{
    for (const auto &[policy, points, max] :
         {std::tuple{"exclude", 0, 0}, std::tuple{"full", 200, 200}, std::tuple{"zero", 0, 200}}) {
        const CriteriaSet set =
            leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio"})"),
                    QStringLiteral(R"("notApplicable": "%1")").arg(QLatin1String(policy)));
        const LeafResult result = evaluateLeaf(set, ratioAnswer(0, 0));
        INFO(policy);
        CHECK(result.points == points);
        CHECK(result.maxPoints == max);
        CHECK(result.state == NodeState::NotApplicable);
    }
}

TEST_CASE("tiers: the highest tier reached - on percentages and on numbers")
{
    const CriteriaSet percent =
        leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "tiers", "input": "percent",
        "tiers": [{"atLeast": 70, "points": 1}, {"atLeast": 90, "points": 2}, {"atLeast": 33.33, "points": 0.25}]})"),
                QStringLiteral(R"("notApplicable": "zero")"));
    CHECK(leafPoints(percent, ratioAnswer(9, 10)) == 200);      // exactly 90 %
    CHECK(leafPoints(percent, ratioAnswer(899, 1000)) == 100);  // 89.9 %
    CHECK(leafPoints(percent, ratioAnswer(7, 10)) == 100);      // exactly 70 %
    CHECK(leafPoints(percent, ratioAnswer(3333, 10000)) == 25); // exactly 33.33 %
    CHECK(leafPoints(percent, ratioAnswer(1, 3)) == 25);        // 33.333… % ≥ 33.33 %
    CHECK(leafPoints(percent, ratioAnswer(3332, 10000)) == 0);  // below every tier
    CHECK(evaluateLeaf(percent, ratioAnswer(0, 0)).state == NodeState::NotApplicable);

    const CriteriaSet number =
        leafSet(QStringLiteral("3"), QStringLiteral(R"({"kind": "tiers", "input": "number",
        "tiers": [{"atLeast": 1, "points": 1}, {"atLeast": 5, "points": 3}, {"atLeast": -2.5, "points": 0.5}]})"));
    CHECK(leafPoints(number, QStringLiteral(R"({"value": 5})")) == 300);
    CHECK(leafPoints(number, QStringLiteral(R"({"value": 4.999})")) == 100);
    CHECK(leafPoints(number, QStringLiteral(R"({"value": 1})")) == 100);
    CHECK(leafPoints(number, QStringLiteral(R"({"value": -2.5})")) == 50);
    CHECK(leafPoints(number, QStringLiteral(R"({"value": -2.6})")) == 0);
    CHECK(leafPoints(number, QStringLiteral(R"({"value": 1e300})")) == 300);
}

TEST_CASE("deduction: per violation from the maximum - down to the floor")
{
    const CriteriaSet set =
        leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "deduction", "perItem": 0.5})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"count": 0})")) == 200);
    CHECK(leafPoints(set, QStringLiteral(R"({"count": 3})")) == 50);
    CHECK(leafPoints(set, QStringLiteral(R"({"count": 4})")) == 0);
    CHECK(leafPoints(set, QStringLiteral(R"({"count": 5})")) == 0); // floor 0 by default

    const CriteriaSet negative =
        leafSet(QStringLiteral("1"),
                QStringLiteral(R"({"kind": "deduction", "perItem": 0.375, "floorPoints": -1.5})"));
    CHECK(leafPoints(negative, QStringLiteral(R"({"count": 1})")) == 63);   // 0.625 → 0.63
    CHECK(leafPoints(negative, QStringLiteral(R"({"count": 3})")) == -13);  // −0.125 → −0.13
    CHECK(leafPoints(negative, QStringLiteral(R"({"count": 6})")) == -125); // −1.25
    CHECK(leafPoints(negative, QStringLiteral(R"({"count": 7})")) == -150); // floor
    CHECK(leafPoints(negative, QStringLiteral(R"({"count": 1000000000000000})")) == -150);
}

TEST_CASE("percent: the share of the maximum")
{
    const CriteriaSet set = leafSet(QStringLiteral("3"), QStringLiteral(R"({"kind": "percent"})"));
    CHECK(leafPoints(set, QStringLiteral(R"({"percent": 100})")) == 300);
    CHECK(leafPoints(set, QStringLiteral(R"({"percent": 0})")) == 0);
    CHECK(leafPoints(set, QStringLiteral(R"({"percent": 87.55})")) == 263); // 2.6265 → 2.63
    CHECK(leafPoints(set, QStringLiteral(R"({"percent": 0.01})")) == 0);    // 0.0003
    const CriteriaSet half =
        leafSet(QStringLiteral("0.5"), QStringLiteral(R"({"kind": "percent"})"));
    CHECK(leafPoints(half, QStringLiteral(R"({"percent": 1})")) == 1); // 0.005 → 0.01
}

TEST_CASE("Not applicable answers follow the leaf's policy")
{
    const auto result = [](const char *policy) {
        const CriteriaSet set =
            leafSet(QStringLiteral("1.5"), QStringLiteral(R"({"kind": "boolean"})"),
                    QStringLiteral(R"("notApplicable": "%1")").arg(QLatin1String(policy)));
        return evaluateLeaf(set, na);
    };
    CHECK(result("exclude").points == 0);
    CHECK(result("exclude").maxPoints == 0);
    CHECK(result("full").points == 150);
    CHECK(result("full").maxPoints == 150);
    CHECK(result("zero").points == 0);
    CHECK(result("zero").maxPoints == 150);
    CHECK(result("zero").state == NodeState::NotApplicable);
}

TEST_CASE("Every leaf result explains its points - in English and in Vietnamese")
{
    const CriteriaSet ratio =
        leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio", "floorPercent": 80})"));
    const CriteriaSet plain = leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "ratio"})"));
    const CriteriaSet deduction =
        leafSet(QStringLiteral("1"),
                QStringLiteral(R"({"kind": "deduction", "perItem": 0.5, "floorPoints": -1})"));
    const CriteriaSet exclude =
        leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "boolean"})"),
                QStringLiteral(R"("notApplicable": "exclude")"));

    CHECK(evaluateLeaf(ratio, ratioAnswer(9, 10)).explanation
          == QStringLiteral("9/10 = 90 % ≥ 80 % → 0.9 × 2 = 1.80"));
    CHECK(evaluateLeaf(ratio, ratioAnswer(7, 10)).explanation
          == QStringLiteral("7/10 = 70 % < 80 % → 0.00"));
    CHECK(evaluateLeaf(plain, ratioAnswer(29, 200)).explanation
          == QStringLiteral("29/200 = 14.5 % ≥ 0 % → 0.145 × 1 = 0.145 ≈ 0.15"));
    CHECK(evaluateLeaf(deduction, QStringLiteral(R"({"count": 5})")).explanation
          == QStringLiteral("1 − 5 × 0.5 = \u22121.5, not below \u22121 → \u22121.00"));
    CHECK(RuleEngine::evaluate(*ratio.node(QStringLiteral("1.1")), nullptr).explanation
          == QStringLiteral("Not answered → 0"));
    CHECK(evaluateLeaf(exclude, na).explanation
          == QStringLiteral(
              "Not applicable (Không phát sinh) → left out of both the points and the maximum"));

    setLanguage(Language::Vietnamese);
    const QString vietnamese = evaluateLeaf(ratio, ratioAnswer(9, 10)).explanation;
    const QString vietnameseNa = evaluateLeaf(exclude, na).explanation;
    const QString unanswered =
        RuleEngine::evaluate(*ratio.node(QStringLiteral("1.1")), nullptr).explanation;
    setLanguage(Language::English);
    CHECK(vietnamese == QStringLiteral("9/10 = 90 % ≥ 80 % → 0,9 × 2 = 1,80"));
    CHECK(vietnameseNa
          == QStringLiteral(
              "Không áp dụng (Không phát sinh) → không tính vào điểm đạt và điểm tối đa"));
    CHECK(unanswered == QStringLiteral("Chưa chấm → 0"));
}

TEST_CASE("Explanations read counts as plain digits and negatives with U+2212 - in Vietnamese")
{
    const CriteriaSet ratio =
        leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio", "floorPercent": 80})"));
    const CriteriaSet deduction =
        leafSet(QStringLiteral("1"),
                QStringLiteral(R"({"kind": "deduction", "perItem": 0.5, "floorPoints": -1})"));
    const CriteriaSet number =
        leafSet(QStringLiteral("3"), QStringLiteral(R"({"kind": "tiers", "input": "number",
        "tiers": [{"atLeast": 1000000, "points": 3}]})"));

    setLanguage(Language::Vietnamese);
    const QString all = evaluateLeaf(ratio, ratioAnswer(4812, 4812)).explanation;
    const QString most = evaluateLeaf(ratio, ratioAnswer(4500, 4812)).explanation;
    const QString below = evaluateLeaf(deduction, QStringLiteral(R"({"count": 5})")).explanation;
    const QString large = evaluateLeaf(number, QStringLiteral(R"({"value": 2500000})")).explanation;
    setLanguage(Language::English);

    CHECK(all == QStringLiteral("4812/4812 = 100 % ≥ 100 % → điểm tối đa → 2,00"));
    CHECK(most == QStringLiteral("4500/4812 = 93,5162… % ≥ 80 % → 4500/4812 × 2 = 1,8703… ≈ 1,87"));
    CHECK(below == QStringLiteral("1 − 5 × 0,5 = \u22121,5, không thấp hơn \u22121 → \u22121,00"));
    CHECK(large == QStringLiteral("2500000 ≥ 1000000 → 3,00"));
}
