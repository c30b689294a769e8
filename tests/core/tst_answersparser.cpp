#include "fixtures.h"

using namespace ParScore;
using namespace ParScore::Test;

namespace {

CriteriaSet everyKind()
{
    return makeSet(
        QStringLiteral(R"([
        {"id": "1", "title": "All kinds", "maxPoints": 10, "children": [
            {"id": "m", "title": "m", "maxPoints": 2, "rule": {"kind": "manual", "step": 0.25}},
            {"id": "b", "title": "b", "maxPoints": 1, "rule": {"kind": "boolean"}},
            {"id": "c", "title": "c", "maxPoints": 1, "rule": {"kind": "choice", "options": [
                {"id": "on_time", "label": "Đúng hạn", "points": 1}, {"id": "late", "label": "Muộn", "points": 0.5}]}},
            {"id": "k", "title": "k", "maxPoints": 1, "rule": {"kind": "checklist", "items": [
                {"id": "a", "label": "A", "points": 0.5}, {"id": "b", "label": "B", "points": 0.5}]}},
            {"id": "r", "title": "r", "maxPoints": 1, "rule": {"kind": "ratio"}},
            {"id": "tp", "title": "tp", "maxPoints": 1, "rule": {"kind": "tiers", "input": "percent",
                "tiers": [{"atLeast": 50, "points": 1}]}, "notApplicable": "full"},
            {"id": "tn", "title": "tn", "maxPoints": 1, "rule": {"kind": "tiers", "input": "number",
                "tiers": [{"atLeast": 3, "points": 1}]}},
            {"id": "d", "title": "d", "maxPoints": 1, "rule": {"kind": "deduction", "perItem": 0.25}},
            {"id": "p", "title": "p", "maxPoints": 1, "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]}])"),
        QStringLiteral(
            R"("bonus": {"maxPoints": 2, "items": [{"id": "B1", "title": "b", "points": 1}]})"));
}

} // namespace

TEST_CASE("Valid answers of every kind are accepted")
{
    const CriteriaSet set = everyKind();
    const AnswerSet answers =
        makeAnswers(set, QStringLiteral(R"(
        "m": {"points": 1.75}, "b": {"yes": false}, "c": {"option": "late"}, "k": {"checked": []},
        "r": {"numerator": 0, "denominator": 5}, "tp": {"numerator": 0, "denominator": 0},
        "tn": {"value": -1e300}, "d": {"count": 0}, "p": {"percent": 99.99})"),
                    Role::Appraiser, QStringLiteral(R"("bonus": {"B1": 0}, "penalty": {})"));
    CHECK(answers.answers.size() == 9);
    CHECK(answers.answers.value(QStringLiteral("m")).number == Fraction(7, 4));
    CHECK(answers.answers.value(QStringLiteral("p")).number == Fraction(9999, 100));
    CHECK(answers.bonus.value(QStringLiteral("B1")) == 0);
}

TEST_CASE("Each class of invalid answer names the node and nothing is applied")
{
    const CriteriaSet set = everyKind();
    const auto problem = [&set](const QString &answers, Role role = Role::Appraiser) {
        const QStringList problems = answerProblems(set, answers, role);
        REQUIRE(problems.size() == 1);
        return problems.constFirst();
    };
    CHECK(problem(QStringLiteral(R"("9.9": {"yes": true})"))
              .startsWith(QStringLiteral("node 9.9: there is no such node")));
    CHECK(problem(QStringLiteral(R"("1": {"points": 1})"))
              .startsWith(QStringLiteral("node 1: this node has sub-criteria")));
    CHECK(problem(QStringLiteral(R"("b": {"points": 1})"))
              .startsWith(QStringLiteral("node b: a boolean item is answered with {\"yes\"}")));
    CHECK(problem(QStringLiteral(R"("b": {"yes": true, "points": 1})"))
              .startsWith(QStringLiteral("node b:")));
    CHECK(problem(QStringLiteral(R"("b": {"yes": 1})"))
          == QStringLiteral("node b: “yes” must be true or false"));
    CHECK(problem(QStringLiteral(R"("b": true)"))
          == QStringLiteral("node b: the answer must be a JSON object"));
    CHECK(problem(QStringLiteral(R"("m": {"points": 2.25})"))
              .startsWith(QStringLiteral("node m: “points” must be a number from 0 to 2")));
    CHECK(problem(QStringLiteral(R"("m": {"points": -0.25})"))
              .startsWith(QStringLiteral("node m: “points” must be")));
    CHECK(problem(QStringLiteral(R"("m": {"points": 0.3})"))
          == QStringLiteral("node m: “points” must be a multiple of 0.25"));
    CHECK(problem(QStringLiteral(R"("m": {"points": 0.125})"))
              .startsWith(QStringLiteral("node m: “points” must be a number")));
    CHECK(problem(QStringLiteral(R"("c": {"option": "never"})"))
          == QStringLiteral("node c: “option” must be one of: on_time, late"));
    CHECK(problem(QStringLiteral(R"("k": {"checked": ["a", "z"]})"))
          == QStringLiteral("node k: “z” is not an item of this checklist"));
    CHECK(problem(QStringLiteral(R"("k": {"checked": ["a", "a"]})"))
          == QStringLiteral("node k: the item “a” is checked twice"));
    CHECK(problem(QStringLiteral(R"("r": {"numerator": 6, "denominator": 5})"))
              .startsWith(QStringLiteral("node r: the numerator (6) is larger")));
    CHECK(problem(QStringLiteral(R"("r": {"numerator": -1, "denominator": 5})"))
              .startsWith(QStringLiteral("node r: “numerator” must be a whole number")));
    CHECK(problem(QStringLiteral(R"("r": {"numerator": 1.5, "denominator": 5})"))
              .startsWith(QStringLiteral("node r: “numerator” must be a whole number")));
    CHECK(problem(QStringLiteral(R"("r": {"numerator": 0, "denominator": 0})"))
              .startsWith(QStringLiteral("node r: the denominator is 0")));
    CHECK(problem(QStringLiteral(R"("tn": {"value": "3"})"))
          == QStringLiteral("node tn: “value” must be a finite number"));
    CHECK(problem(QStringLiteral(R"("d": {"count": -1})"))
              .startsWith(QStringLiteral("node d: “count” must be a whole number")));
    CHECK(problem(QStringLiteral(R"("d": {"count": 1e16})"))
              .startsWith(QStringLiteral("node d: “count” must be a whole number")));
    CHECK(problem(QStringLiteral(R"("p": {"percent": 100.5})"))
              .startsWith(QStringLiteral("node p: “percent” must be a number from 0 to 100")));
    CHECK(problem(QStringLiteral(R"("p": {"percent": 50.125})"))
              .startsWith(QStringLiteral("node p: “percent” must be")));
    CHECK(problem(QStringLiteral(R"("p": {"percent": 50})"), Role::Agency)
          == QStringLiteral(
              "node p: this item is scored by the appraisers; the agency cannot answer it"));
    CHECK(problem(QStringLiteral(R"("b": {"notApplicable": true, "reason": "x"})"))
          == QStringLiteral("node b: this item cannot be marked not applicable"));
    CHECK(problem(QStringLiteral(R"("tp": {"notApplicable": true, "reason": "  "})"))
          == QStringLiteral("node tp: a not-applicable answer needs a reason"));
    CHECK(problem(QStringLiteral(R"("tp": {"notApplicable": true})"))
              .startsWith(QStringLiteral("node tp: a not-applicable answer has exactly")));
    CHECK(problem(QStringLiteral(R"("tp": {"notApplicable": false, "reason": "x"})"))
          == QStringLiteral("node tp: “notApplicable” must be true"));
    CHECK(problem(QStringLiteral(R"("tp": {"notApplicable": true, "reason": "x", "numerator": 1})"))
              .startsWith(QStringLiteral("node tp:")));
}

TEST_CASE("All invalid answers are listed together")
{
    const CriteriaSet set = everyKind();
    const QStringList problems = answerProblems(
        set, QStringLiteral(R"(
        "m": {"points": 9}, "b": {"yes": true}, "x": {"yes": true})"),
        Role::Appraiser, QStringLiteral(R"("bonus": {"B9": 1, "B1": -2}, "penalty": {"P1": 1})"));
    CHECK(problems.size() == 5);
    CHECK(anyContains(problems, QStringLiteral("node m:")));
    CHECK(anyContains(problems, QStringLiteral("node x:")));
    CHECK(anyContains(problems, QStringLiteral("bonus B9: there is no such item")));
    CHECK(anyContains(problems, QStringLiteral("bonus B1: “count” must be a whole number")));
    CHECK(anyContains(problems, QStringLiteral("penalty P1: there is no such item")));
}

TEST_CASE("Answers files that are not ours are unreadable")
{
    const CriteriaSet set = everyKind();
    const auto kindOf = [&set](const QByteArray &bytes) {
        const auto parsed = AnswersParser::parse(set, bytes, Role::Appraiser);
        REQUIRE_FALSE(parsed.ok());
        return parsed.error().kind;
    };
    CHECK(kindOf("not json") == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"answers": {}})") == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"format": "parscore.answers", "formatVersion": 7})") == ErrorKind::Unreadable);
    CHECK(kindOf(R"({"format": "parscore.answers", "formatVersion": 1, "answers": []})")
          == ErrorKind::Invalid);
    CHECK(AnswersParser::parseFile(set, QStringLiteral("/nonexistent.json"), Role::Agency)
              .error()
              .kind
          == ErrorKind::Unreadable);
}
