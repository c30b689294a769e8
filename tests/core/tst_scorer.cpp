#include "fixtures.h"
#include "readiness.h"
#include "scorejson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// Area 1: agency items; area 2: a mixed area; area 3: survey only (appraiser).
const QString tree = QStringLiteral(R"([
    {"id": "1", "title": "A", "maxPoints": 4, "children": [
        {"id": "1.1", "title": "x", "maxPoints": 2, "rule": {"kind": "boolean"}},
        {"id": "1.2", "title": "y", "maxPoints": 2, "rule": {"kind": "ratio"}, "notApplicable": "exclude"}]},
    {"id": "2", "title": "B", "maxPoints": 3, "children": [
        {"id": "2.1", "title": "z", "maxPoints": 1, "rule": {"kind": "manual"}, "notApplicable": "full"},
        {"id": "2.2", "title": "s", "maxPoints": 2, "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]},
    {"id": "3", "title": "Survey", "maxPoints": 3, "children": [
        {"id": "3.1", "title": "SIPAS", "maxPoints": 3, "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]}])");

const QString extras = QStringLiteral(R"(
    "bonus": {"maxPoints": 1.5, "items": [{"id": "B1", "title": "b", "points": 1}, {"id": "B2", "title": "c", "points": 0.25}]},
    "penalty": {"maxPoints": 2, "items": [{"id": "P1", "title": "p", "points": 0.75}]})");

const NodeScore &scoreOf(const CriteriaSet &set, const Scorecard &card, const char *id)
{
    return card.nodes[set.indexOf(QString::fromLatin1(id))];
}

} // namespace

TEST_CASE("The agency's score leaves out appraiser items and areas made only of them")
{
    const CriteriaSet set = makeSet(tree, extras);
    const AnswerSet answers = makeAnswers(
        set, QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 1, "denominator": 2},
                                                                "2.1": {"points": 0.75})"),
        Role::Agency);
    const Scorecard card = scoreAnswers(set, answers, Role::Agency);
    CHECK_FALSE(scoreOf(set, card, "3").included);
    CHECK_FALSE(scoreOf(set, card, "3.1").included);
    CHECK_FALSE(scoreOf(set, card, "2.2").included);
    CHECK(scoreOf(set, card, "2").included);
    CHECK(scoreOf(set, card, "2").maxPoints == 100); // only 2.1 counts for the agency
    CHECK(scoreOf(set, card, "2").points == 75);
    CHECK(card.maxPoints == 500);
    CHECK(card.areaPoints == 375);
    CHECK(card.complete);
    CHECK(card.percent == 7500);
    CHECK(card.grade == QStringLiteral("Trung bình"));

    const QJsonObject json = scoreJson(set, card);
    CHECK_FALSE(json.value(QStringLiteral("nodes")).toObject().contains(QStringLiteral("3")));
    CHECK_FALSE(json.value(QStringLiteral("nodes")).toObject().contains(QStringLiteral("2.2")));
    CHECK(json.value(QStringLiteral("nodes")).toObject().size() == 5);
}

TEST_CASE("The appraiser's score counts every node - and unanswered leaves make parents incomplete")
{
    const CriteriaSet set = makeSet(tree, extras);
    const AnswerSet answers =
        makeAnswers(set, QStringLiteral(R"("1.1": {"yes": true}, "2.2": {"percent": 50})"));
    const Scorecard card = scoreAnswers(set, answers, Role::Appraiser);
    CHECK(card.maxPoints == 1000);
    CHECK(card.areaPoints == 300);
    CHECK_FALSE(card.complete);
    CHECK(card.leaves == 5);
    CHECK(card.answeredLeaves == 2);
    CHECK(scoreOf(set, card, "1").state == NodeState::Incomplete);
    CHECK(scoreOf(set, card, "3").state == NodeState::Incomplete);
    CHECK(scoreOf(set, card, "1.2").maxPoints == 200); // unanswered keeps its maximum
}

TEST_CASE("A parent is not applicable only when all its leaves are")
{
    const CriteriaSet set = makeSet(tree, extras);
    const QString naAll =
        QStringLiteral(R"("1.1": {"yes": false}, "1.2": {"notApplicable": true, "reason": "r"},
                                            "2.1": {"notApplicable": true, "reason": "r"})");
    const Scorecard card = scoreAnswers(set, makeAnswers(set, naAll, Role::Agency), Role::Agency);
    CHECK(scoreOf(set, card, "1").state == NodeState::Complete);
    CHECK(scoreOf(set, card, "1").maxPoints == 200); // 1.2 excluded
    CHECK(scoreOf(set, card, "1.2").maxPoints == 0);
    CHECK_FALSE(card.nodePercent(set.indexOf(QStringLiteral("1.2"))));
    CHECK(scoreOf(set, card, "2").state == NodeState::NotApplicable); // its only agency leaf is N/A
    CHECK(scoreOf(set, card, "2").points == 100);                     // full policy
    CHECK(card.complete);

    const QJsonObject nodes = scoreJson(set, card).value(QStringLiteral("nodes")).toObject();
    const QJsonObject excluded = nodes.value(QStringLiteral("1.2")).toObject();
    CHECK(excluded.value(QStringLiteral("state")).toString() == QStringLiteral("notApplicable"));
    CHECK_FALSE(excluded.contains(QStringLiteral("percent")));
}

TEST_CASE("Bonus and penalty are capped and change the total - not the maximum")
{
    const CriteriaSet set = makeSet(tree, extras);
    const QString all =
        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 1, "denominator": 1},
                                          "2.1": {"points": 1}, "2.2": {"percent": 100}, "3.1": {"percent": 100})");
    const auto total = [&](const QString &extraAnswers) {
        return scoreAnswers(set, makeAnswers(set, all, Role::Appraiser, extraAnswers),
                            Role::Appraiser);
    };
    const Scorecard plain = total(QString());
    CHECK(plain.total == 1000);
    CHECK(plain.percent == 10000);

    const Scorecard capped =
        total(QStringLiteral(R"("bonus": {"B1": 1, "B2": 3}, "penalty": {"P1": 1})"));
    CHECK(capped.bonus == 150); // 1.75 capped at 1.5
    CHECK(capped.penalty == 75);
    CHECK(capped.total == 1075); // 10 + 1.5 − 0.75
    CHECK(capped.maxPoints == 1000);
    CHECK(capped.percent == 10750); // not clamped

    const Scorecard heavy = total(QStringLiteral(R"("penalty": {"P1": 5})"));
    CHECK(heavy.penalty == 200);
    CHECK(heavy.total == 800);
}

TEST_CASE("The grade is read from the rounded percent")
{
    // 8.999 of 10 rounds to 89.99 %; 26.9997 of 30 would round to 90 %.
    const CriteriaSet set =
        leafSet(QStringLiteral("100"), QStringLiteral(R"({"kind": "manual", "step": 0.01})"));
    const auto gradeAt = [&set](const char *points) {
        const AnswerSet answers =
            makeAnswers(set, QStringLiteral(R"("1.1": {"points": %1})").arg(QLatin1String(points)));
        return scoreAnswers(set, answers, Role::Appraiser).grade.value_or(QStringLiteral("none"));
    };
    CHECK(gradeAt("90") == QStringLiteral("Tốt"));
    CHECK(gradeAt("89.99") == QStringLiteral("Khá"));
    CHECK(gradeAt("80") == QStringLiteral("Khá"));
    CHECK(gradeAt("69.99") == QStringLiteral("Yếu"));
    CHECK(gradeAt("0") == QStringLiteral("Yếu"));

    const CriteriaSet thirty =
        leafSet(QStringLiteral("30"), QStringLiteral(R"({"kind": "ratio"})"));
    const AnswerSet answers = makeAnswers(
        thirty, QStringLiteral(R"("1.1": {"numerator": 89999, "denominator": 100000})"));
    const Scorecard card = scoreAnswers(thirty, answers, Role::Appraiser);
    CHECK(card.total == 2700); // 26.99997 → 27.00
    CHECK(card.percent == 9000);
    CHECK(card.grade == QStringLiteral("Tốt"));
}

TEST_CASE("No grade and no percent when the maximum is 0")
{
    const CriteriaSet set = leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "boolean"})"),
                                    QStringLiteral(R"("notApplicable": "exclude")"));
    const AnswerSet answers =
        makeAnswers(set, QStringLiteral(R"("1.1": {"notApplicable": true, "reason": "r"})"));
    const Scorecard card = scoreAnswers(set, answers, Role::Appraiser);
    CHECK(card.maxPoints == 0);
    CHECK_FALSE(card.percent);
    CHECK_FALSE(card.grade);
    const QJsonObject total = totalJson(card);
    CHECK_FALSE(total.contains(QStringLiteral("percent")));
    CHECK_FALSE(total.contains(QStringLiteral("grade")));
}

TEST_CASE("The final answer per leaf is the latest layer that answers it")
{
    const CriteriaSet set = makeSet(tree, extras);
    const AnswerSet self =
        makeAnswers(set, QStringLiteral(R"("1.1": {"yes": true}, "2.1": {"points": 1})"),
                    Role::Agency, QStringLiteral(R"("bonus": {"B1": 1})"));
    const AnswerSet round1 =
        makeAnswers(set, QStringLiteral(R"("1.1": {"yes": false}, "3.1": {"percent": 80})"),
                    Role::Appraiser, QStringLiteral(R"("bonus": {"B1": 0})"));
    const AnswerSet round2 = makeAnswers(set, QStringLiteral(R"("3.1": {"percent": 90})"));
    const AnswerSet final = finalAnswers({&self, &round1, &round2});
    const Scorecard card = scoreAnswers(set, final, Role::Appraiser);
    CHECK(scoreOf(set, card, "1.1").points == 0);   // appraisal1 overrides self
    CHECK(scoreOf(set, card, "2.1").points == 100); // only self answered it
    CHECK(scoreOf(set, card, "3.1").points == 270); // appraisal2 overrides appraisal1
    CHECK(card.bonus == 0);
}

TEST_CASE("Score JSON prints points with at most two decimals")
{
    CHECK(QJsonDocument(QJsonArray{pointsJson(6825), pointsJson(7000), pointsJson(-13),
                                   pointsJson(1), pointsJson(9750), pointsJson(0)})
              .toJson(QJsonDocument::Compact)
          == QByteArray("[68.25,70,-0.13,0.01,97.5,0]"));
}

TEST_CASE("Readiness lists unanswered items and points claimed without support")
{
    const CriteriaSet set = makeSet(tree, extras);
    const AnswerSet self = makeAnswers(set, QStringLiteral(R"("1.1": {"yes": true},
        "1.2": {"numerator": 0, "denominator": 4}, "2.1": {"notApplicable": true, "reason": "r"})"),
                                       Role::Agency);
    // 1.1 claims 2 points without support; 1.2 scores 0; 2.1 is not applicable;
    // 2.2 and 3.1 are the appraisers' and never block.
    const auto problems = readinessProblems(set, self, {}, {});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].nodeId == QStringLiteral("1.1"));
    CHECK(problems[0].problem == ReadinessProblem::ClaimedWithoutSupport);
    CHECK(readinessProblems(set, self, {QStringLiteral("1.1")}, {}).isEmpty());
    CHECK(readinessProblems(set, self, {}, {{QStringLiteral("1.1"), QStringLiteral("Báo cáo kèm theo")}})
              .isEmpty());
    CHECK(readinessProblems(set, self, {}, {{QStringLiteral("1.1"), QStringLiteral("  ")}}).size() == 1);

    const auto empty = readinessProblems(set, AnswerSet(), {}, {});
    REQUIRE(empty.size() == 3);
    CHECK(empty[0].nodeId == QStringLiteral("1.1"));
    CHECK(empty[0].problem == ReadinessProblem::Unanswered);
    CHECK(empty[2].nodeId == QStringLiteral("2.1"));
}

TEST_CASE("Bonus and penalty stay exact and capped with the largest counts on every item")
{
    // 1,000 items (the cap) of the largest points a set allows, each counted as often as an
    // answers file allows: far past any cap, and without a 128-bit overflow (this test runs
    // under UBSan in the sanitizer build).
    QStringList bonusItems;
    QStringList penaltyItems;
    QStringList bonusCounts;
    QStringList penaltyCounts;
    for (int i = 0; i < 1000; ++i) {
        bonusItems.append(
            QStringLiteral(R"({"id": "B%1", "title": "b", "points": 999999.999999})").arg(i));
        penaltyItems.append(
            QStringLiteral(R"({"id": "P%1", "title": "p", "points": 0.000001})").arg(i));
        bonusCounts.append(QStringLiteral(R"("B%1": 999999999999999)").arg(i));
        penaltyCounts.append(QStringLiteral(R"("P%1": 1000000000000000)").arg(i));
    }
    const CriteriaSet set = makeSet(
        QStringLiteral(R"([{"id": "1", "title": "A", "maxPoints": 10, "rule": {"kind": "boolean"}}])"),
        QStringLiteral(R"("bonus": {"maxPoints": 1000000, "items": [%1]},
                          "penalty": {"maxPoints": 999999.99, "items": [%2]})")
            .arg(bonusItems.join(u','), penaltyItems.join(u',')));
    const AnswerSet answers =
        makeAnswers(set, QStringLiteral(R"("1": {"yes": true})"), Role::Appraiser,
                    QStringLiteral(R"("bonus": {%1}, "penalty": {%2})")
                        .arg(bonusCounts.join(u','), penaltyCounts.join(u',')));
    const Scorecard card = scoreAnswers(set, answers, Role::Appraiser);
    CHECK(card.bonus == 100000000);   // capped at 1,000,000 points
    CHECK(card.penalty == 99999999);  // 10^15 × 0.000001 × 1,000 = 10^12, capped at 999,999.99
    CHECK(card.total == 1000 + 100000000 - 99999999);

    // Below the cap the sum is still exact.
    const CriteriaSet small = makeSet(
        QStringLiteral(R"([{"id": "1", "title": "A", "maxPoints": 10, "rule": {"kind": "boolean"}}])"),
        QStringLiteral(R"("bonus": {"maxPoints": 1000000, "items": [
            {"id": "B1", "title": "b", "points": 0.000001}, {"id": "B2", "title": "c", "points": 0.000002}]})"));
    const Scorecard exact = scoreAnswers(
        small,
        makeAnswers(small, {}, Role::Appraiser,
                    QStringLiteral(R"("bonus": {"B1": 100000000000, "B2": 200000000001})")),
        Role::Appraiser);
    CHECK(exact.bonus == 50000000); // 100,000 + 400,000.000002 = 500,000 points
    const Scorecard under = scoreAnswers(
        small, makeAnswers(small, {}, Role::Appraiser, QStringLiteral(R"("bonus": {"B1": 12345, "B2": 5})")),
        Role::Appraiser);
    CHECK(under.bonus == 1); // 0.012345 + 0.00001 = 0.012355 → 0.01
}

TEST_CASE("A bonus sum over any number of items stops at its cap instead of overflowing")
{
    // More items than a parsed set may hold (built here directly): summed whole, 200,000
    // terms of 999,999.999999 × 999,999,999,999,999 overflow 128 bits (UBSan in the
    // sanitizer build stops on it).
    ExtraSection section;
    section.maxPoints = 500;
    QMap<QString, qint64> counts;
    const Fraction points = *Fraction::fromJsonNumber(999999.999999, 6, 1e6);
    for (int i = 0; i < 200000; ++i) {
        const QString id = QStringLiteral("B%1").arg(i);
        section.addItem({id, QStringLiteral("b"), points});
        counts.insert(id, 999999999999999);
    }
    CHECK(extraPoints(section, counts) == 500);
    CHECK(extraPoints(std::nullopt, counts) == 0);
}
