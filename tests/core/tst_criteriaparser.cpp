#include "fixtures.h"

#include <QCryptographicHash>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString twoAreas = QStringLiteral(R"([
    {"id": "1", "title": "Chỉ đạo điều hành", "maxPoints": 3, "children": [
        {"id": "1.1", "title": "Kế hoạch", "maxPoints": 1,
         "rule": {"kind": "boolean"}, "guidance": "g", "evidence": "e", "legalBasis": "l"},
        {"id": "1.2", "title": "Báo cáo", "maxPoints": 2, "children": [
            {"id": "1.2.1", "title": "Đúng hạn", "maxPoints": 1.5, "rule": {"kind": "manual", "step": 0.5}},
            {"id": "1.2.2", "title": "Đủ", "maxPoints": 0.5, "rule": {"kind": "percent"},
             "scoredBy": "appraiser", "notApplicable": "zero"}]}]},
    {"id": "2", "title": "Khảo sát", "maxPoints": 97, "scoredBy": "appraiser",
     "rule": {"kind": "percent"}}])");

} // namespace

TEST_CASE("A valid criteria set loads with its tree - identity and properties")
{
    const QByteArray bytes = criteriaJson(twoAreas);
    const auto parsed = CriteriaParser::parse(bytes);
    REQUIRE(parsed.ok());
    const CriteriaSet &set = parsed.value();
    CHECK(set.id() == QStringLiteral("test.set"));
    CHECK(set.version() == QStringLiteral("1"));
    CHECK(set.year() == 2026);
    CHECK(set.status() == SetStatus::Draft);
    CHECK(set.bytes() == bytes);
    CHECK(set.sha256()
          == QString::fromLatin1(
              QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    REQUIRE(set.nodes().size() == 6);
    CHECK(set.roots() == QList<int>{0, 5});

    const CriteriaNode *report = set.node(QStringLiteral("1.2"));
    REQUIRE(report);
    CHECK(report->maxPoints == 200);
    CHECK(report->depth == 1);
    CHECK(report->children.size() == 2);
    CHECK(report->agencyScorable);
    CHECK(set.node(QStringLiteral("1.2.1"))->rule->step == Fraction(1, 2));
    CHECK(set.node(QStringLiteral("1.2.2"))->notApplicable == NotApplicablePolicy::Zero);
    CHECK(set.node(QStringLiteral("1.1"))->notApplicable == NotApplicablePolicy::Forbidden);
    CHECK_FALSE(set.node(QStringLiteral("2"))->agencyScorable);
    CHECK(set.node(QStringLiteral("1.1"))->guidance == QStringLiteral("g"));
    CHECK(set.leafCount() == 4);
    CHECK(set.warnings().size() == 0);
}

TEST_CASE("Rule defaults follow the contract")
{
    const CriteriaSet ratio = leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "ratio"})"));
    CHECK(ratio.node(QStringLiteral("1.1"))->rule->floorPercent == Fraction());
    CHECK(ratio.node(QStringLiteral("1.1"))->rule->fullAtPercent == Fraction(100, 1));
    const CriteriaSet manual =
        leafSet(QStringLiteral("2"), QStringLiteral(R"({"kind": "manual"})"));
    CHECK(manual.node(QStringLiteral("1.1"))->rule->step == Fraction(1, 4));
    CHECK(manual.node(QStringLiteral("1.1"))->scoredBy == ScoredBy::Agency);
}

TEST_CASE("Every problem in a criteria set is reported with the node it concerns")
{
    SECTION("duplicate ids")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "1", "title": "A", "maxPoints": 2, "children": [
                {"id": "1.1", "title": "x", "maxPoints": 1, "rule": {"kind": "boolean"}},
                {"id": "1.1", "title": "y", "maxPoints": 1, "rule": {"kind": "boolean"}}]}])")));
        CHECK(anyContains(problems,
                          QStringLiteral("node 1.1: the id is used by more than one node")));
    }
    SECTION("maxima that do not add up, several at once")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "1", "title": "A", "maxPoints": 3, "children": [
                {"id": "1.1", "title": "x", "maxPoints": 1, "rule": {"kind": "boolean"}},
                {"id": "1.2", "title": "y", "maxPoints": 1.5, "children": [
                    {"id": "1.2.1", "title": "z", "maxPoints": 1, "rule": {"kind": "boolean"}}]}]}])")));
        CHECK(anyContains(
            problems, QStringLiteral("node 1.2: maxPoints is 1.5 but its children add up to 1")));
        CHECK(anyContains(problems,
                          QStringLiteral("node 1: maxPoints is 3 but its children add up to 2.5")));
        CHECK(problems.size() == 2);
    }
    SECTION("a parent whose children add up differently")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "A", "title": "A", "maxPoints": 3, "children": [
                {"id": "A1", "title": "x", "maxPoints": 1, "rule": {"kind": "boolean"}}]}])")));
        CHECK(anyContains(problems,
                          QStringLiteral("node A: maxPoints is 3 but its children add up to 1")));
    }
    SECTION("numbers that are not finite, too large, negative or too precise")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "1", "title": "A", "maxPoints": 1e400, "rule": {"kind": "boolean"}},
            {"id": "2", "title": "B", "maxPoints": -1, "rule": {"kind": "boolean"}},
            {"id": "3", "title": "C", "maxPoints": 1.234, "rule": {"kind": "boolean"}},
            {"id": "4", "title": "D", "maxPoints": "5", "rule": {"kind": "boolean"}},
            {"id": "5", "title": "E", "maxPoints": 2000000, "rule": {"kind": "boolean"}}])")));
        CHECK(anyContains(
            problems,
            QStringLiteral("node 1: “maxPoints” is 1e400; it must be between 0 and 1000000")));
        CHECK(anyContains(problems, QStringLiteral("node 2: “maxPoints” is -1")));
        CHECK(anyContains(
            problems,
            QStringLiteral("node 3: “maxPoints” is 1.234; it may have at most 2 decimals")));
        CHECK(anyContains(problems, QStringLiteral("node 4: “maxPoints” must be a number")));
        CHECK(anyContains(problems, QStringLiteral("node 5: “maxPoints” is 2000000")));
    }
    SECTION("structure: leaf without rule, parent with rule, bad policy, bad scorer")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "1", "title": "A", "maxPoints": 1},
            {"id": "2", "title": "B", "maxPoints": 1, "rule": {"kind": "boolean"}, "children": [
                {"id": "2.1", "title": "b", "maxPoints": 1, "rule": {"kind": "boolean"}}]},
            {"id": "3", "title": "C", "maxPoints": 1, "rule": {"kind": "boolean"}, "notApplicable": "maybe"},
            {"id": "4", "title": "D", "maxPoints": 1, "rule": {"kind": "boolean"}, "scoredBy": "council"},
            {"id": "5", "title": "E", "maxPoints": 1, "rule": {"kind": "magic"}},
            {"id": "6", "title": "F", "maxPoints": 1, "rule": "boolean"},
            {"id": "7", "maxPoints": 1, "rule": {"kind": "boolean"}},
            {"title": "no id", "maxPoints": 1, "rule": {"kind": "boolean"}},
            42])")));
        CHECK(anyContains(
            problems, QStringLiteral("node 1: a leaf (a node without children) needs a “rule”")));
        CHECK(anyContains(problems,
                          QStringLiteral("node 2: a node with children cannot have a rule")));
        CHECK(anyContains(problems, QStringLiteral("node 3: “notApplicable” must be")));
        CHECK(anyContains(problems,
                          QStringLiteral("node 4: “scoredBy” must be agency or appraiser")));
        CHECK(anyContains(problems, QStringLiteral("node 5: the rule kind “magic” is unknown")));
        CHECK(anyContains(problems, QStringLiteral("node 6: “rule” must be an object")));
        CHECK(anyContains(problems, QStringLiteral("node 7: “title” is missing")));
        CHECK(anyContains(problems, QStringLiteral("nodes[7]: “id” must be a non-empty text")));
        CHECK(anyContains(problems, QStringLiteral("nodes[8]: a node must be a JSON object")));
    }
    SECTION("rule fields out of range")
    {
        const auto problems = criteriaProblems(criteriaJson(QStringLiteral(R"([
            {"id": "c", "title": "c", "maxPoints": 1, "rule": {"kind": "choice", "options": [
                {"id": "a", "label": "A", "points": 1.5}, {"id": "a", "label": "B", "points": 0}]}},
            {"id": "e", "title": "e", "maxPoints": 1, "rule": {"kind": "choice", "options": []}},
            {"id": "k", "title": "k", "maxPoints": 1, "rule": {"kind": "checklist", "items": [
                {"id": "a", "points": 0.5}]}},
            {"id": "r", "title": "r", "maxPoints": 1, "rule": {"kind": "ratio", "floorPercent": 90, "fullAtPercent": 80}},
            {"id": "r2", "title": "r2", "maxPoints": 1, "rule": {"kind": "ratio", "fullAtPercent": 120}},
            {"id": "t", "title": "t", "maxPoints": 1, "rule": {"kind": "tiers", "tiers": [{"atLeast": 1, "points": 1}]}},
            {"id": "t2", "title": "t2", "maxPoints": 1, "rule": {"kind": "tiers", "input": "percent", "tiers": [
                {"atLeast": 50, "points": 1}, {"atLeast": 50, "points": 0.5}, {"atLeast": 90, "points": 2}]}},
            {"id": "d", "title": "d", "maxPoints": 1, "rule": {"kind": "deduction", "perItem": 0}},
            {"id": "d2", "title": "d2", "maxPoints": 1, "rule": {"kind": "deduction", "perItem": 0.5, "floorPoints": 2}},
            {"id": "m", "title": "m", "maxPoints": 1, "rule": {"kind": "manual", "step": 0}}])")));
        CHECK(anyContains(
            problems,
            QStringLiteral(
                "node c, options[0]: option “a” gives 1.5 points, more than the maximum 1")));
        CHECK(anyContains(problems,
                          QStringLiteral("node c, options[1]: the id “a” is used more than once")));
        CHECK(anyContains(problems,
                          QStringLiteral("node e: the rule needs a non-empty list “options”")));
        CHECK(anyContains(problems, QStringLiteral("node k, items[0]: “label” must be a text")));
        CHECK(anyContains(
            problems, QStringLiteral("node r: “floorPercent” must not be above “fullAtPercent”")));
        CHECK(anyContains(problems, QStringLiteral("node r2: “fullAtPercent” is 120")));
        CHECK(anyContains(problems, QStringLiteral("node t: a tiers rule needs “input”")));
        CHECK(anyContains(
            problems, QStringLiteral("node t2, tiers[1]: two tiers start at the same “atLeast”")));
        CHECK(anyContains(
            problems,
            QStringLiteral("node t2, tiers[2]: gives 2 points, more than the maximum 1")));
        CHECK(anyContains(problems, QStringLiteral("node d: “perItem” must be greater than 0")));
        CHECK(anyContains(
            problems,
            QStringLiteral("node d2: “floorPoints” (2) must not be above maxPoints (1)")));
        CHECK(anyContains(problems, QStringLiteral("node m: “step” must be greater than 0")));
    }
    SECTION("header, grades, bonus and penalty")
    {
        const auto problems =
            criteriaProblems(QByteArray(R"({"format": "parscore.criteria", "formatVersion": 1,
            "id": "", "year": 20260, "title": "T", "unitKinds": "so", "status": "final",
            "grades": [{"label": "A", "minPercent": 90}, {"label": "B", "minPercent": 90}],
            "nodes": [{"id": "1", "title": "A", "maxPoints": 1, "rule": {"kind": "boolean"}}],
            "bonus": {"maxPoints": 1.001, "items": [{"id": "B1", "title": "b", "points": -1}]},
            "penalty": {"maxPoints": 1, "items": [{"id": "P1", "title": "p", "points": 1}, {"id": "P1", "title": "q", "points": 1}]}})"));
        CHECK(anyContains(problems, QStringLiteral("“id” must be a non-empty text")));
        CHECK(anyContains(problems, QStringLiteral("“version” is missing")));
        CHECK(anyContains(problems,
                          QStringLiteral("“year” must be a whole number from 1900 to 2999")));
        CHECK(anyContains(problems, QStringLiteral("“unitKinds” must be a list")));
        CHECK(anyContains(problems, QStringLiteral("“status” is “final”")));
        CHECK(anyContains(
            problems, QStringLiteral("grades[1]: another grade (“A”) has the same minPercent")));
        CHECK(anyContains(problems, QStringLiteral("bonus: “maxPoints” is 1.001")));
        CHECK(anyContains(problems, QStringLiteral("bonus B1: “points” is -1")));
        CHECK(anyContains(problems,
                          QStringLiteral("penalty P1: the id “P1” is used more than once")));
    }
}

TEST_CASE("Unknown keys and a total other than 100 are warnings - not errors")
{
    const auto parsed = CriteriaParser::parse(criteriaJson(QStringLiteral(R"([
        {"id": "1", "title": "A", "maxPoints": 1, "rule": {"kind": "boolean", "extra": 1}, "colour": "red"}])")));
    REQUIRE(parsed.ok());
    const QStringList warnings = parsed.value().warnings();
    CHECK(anyContains(warnings, QStringLiteral("node 1: unknown field “colour” is ignored")));
    CHECK(anyContains(warnings, QStringLiteral("node 1: unknown field “extra” is ignored")));
    CHECK(anyContains(warnings, QStringLiteral("the areas add up to 1 points, not 100")));
}

TEST_CASE("Files that are not criteria sets are unreadable - not invalid")
{
    const auto kindOf = [](const QByteArray &bytes) {
        const auto parsed = CriteriaParser::parse(bytes);
        REQUIRE_FALSE(parsed.ok());
        return parsed.error().kind;
    };
    CHECK(kindOf("") == ErrorKind::Unreadable);
    CHECK(kindOf("{\"format\": \"parscore.criteria\",") == ErrorKind::Unreadable);
    CHECK(kindOf("[1, 2]") == ErrorKind::Unreadable);
    CHECK(kindOf("\xff\xfe garbage") == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"format": "parscore.answers", "formatVersion": 1})") == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"format": "parscore.criteria", "formatVersion": 2})")
          == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"format": "parscore.criteria", "formatVersion": 0})") == ErrorKind::Invalid);
    CHECK(kindOf(R"({"format": "parscore.criteria", "formatVersion": 1})") == ErrorKind::Invalid);
    CHECK(CriteriaParser::parseFile(QStringLiteral("/nonexistent/set.json")).error().kind
          == ErrorKind::Unreadable);
}

TEST_CASE("Deeply nested and huge inputs are refused without crashing")
{
    // 5000 levels: beyond the JSON parser's nesting limit, so the file is unreadable.
    QByteArray deep = "{\"format\": \"parscore.criteria\", \"formatVersion\": 1, \"nodes\": ";
    for (int i = 0; i < 5000; ++i)
        deep += "[{\"id\": \"x\", \"children\": ";
    const auto tooDeep = CriteriaParser::parse(deep);
    CHECK_FALSE(tooDeep.ok());

    // 200 levels of valid nesting is a valid (if odd) tree.
    QString nodes;
    for (int i = 0; i < 200; ++i)
        nodes +=
            QStringLiteral(R"([{"id": "n%1", "title": "t", "maxPoints": 1, "children": )").arg(i);
    nodes += QStringLiteral(
        R"([{"id": "leaf", "title": "t", "maxPoints": 1, "rule": {"kind": "boolean"}}])");
    for (int i = 0; i < 200; ++i)
        nodes += QStringLiteral("}]");
    const auto parsed = CriteriaParser::parse(criteriaJson(nodes));
    REQUIRE(parsed.ok());
    CHECK(parsed.value().node(QStringLiteral("leaf"))->depth == 200);
}
