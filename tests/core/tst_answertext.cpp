// Answers as a person reads them (the item's history): one per rule kind, in both languages.
#include "answertext.h"
#include "criteriaparser.h"
#include "fixtures.h"
#include "language.h"

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const char *const kinds = R"({
  "format": "parscore.criteria", "formatVersion": 1, "id": "t", "version": "1", "year": 2026,
  "title": "t", "unitKinds": [], "status": "draft",
  "nodes": [{"id": "1", "title": "t", "maxPoints": 16, "children": [
    {"id": "m", "title": "t", "maxPoints": 2, "rule": {"kind": "manual"}},
    {"id": "b", "title": "t", "maxPoints": 2, "rule": {"kind": "boolean"}, "notApplicable": "exclude"},
    {"id": "c", "title": "t", "maxPoints": 2, "rule": {"kind": "choice", "options": [
      {"id": "on_time", "label": "Đúng hạn", "points": 2}]}},
    {"id": "l", "title": "t", "maxPoints": 2, "rule": {"kind": "checklist", "items": [
      {"id": "a", "label": "Kế hoạch", "points": 1}, {"id": "z", "label": "Báo cáo", "points": 1}]}},
    {"id": "r", "title": "t", "maxPoints": 2, "rule": {"kind": "ratio"}},
    {"id": "tn", "title": "t", "maxPoints": 2, "rule": {"kind": "tiers", "input": "number",
      "tiers": [{"atLeast": 0, "points": 1}]}},
    {"id": "d", "title": "t", "maxPoints": 2, "rule": {"kind": "deduction", "perItem": 0.5}},
    {"id": "p", "title": "t", "maxPoints": 2, "rule": {"kind": "percent"}}
  ]}]})";

QString textOf(const char *node, const QString &answerJson)
{
    static const CriteriaSet set = CriteriaParser::parse(QByteArray(kinds)).value();
    const AnswerSet answers = makeAnswers(
        set, QStringLiteral(R"("%1": %2)").arg(QLatin1String(node), answerJson), Role::Appraiser);
    return AnswerText::of(*set.node(QLatin1String(node)),
                          answers.answers.value(QLatin1String(node)));
}

} // namespace

TEST_CASE("an answer as a person reads it, for every rule kind")
{
    CHECK(textOf("m", QStringLiteral(R"({"points": 1.75})")) == QStringLiteral("1.75 points"));
    CHECK(textOf("b", QStringLiteral(R"({"yes": true})")) == QStringLiteral("Yes"));
    CHECK(textOf("b", QStringLiteral(R"({"yes": false})")) == QStringLiteral("No"));
    CHECK(textOf("b", QStringLiteral(R"({"notApplicable": true, "reason": "Không phát sinh"})"))
          == QStringLiteral("NA: Không phát sinh"));
    CHECK(textOf("c", QStringLiteral(R"({"option": "on_time"})")) == QStringLiteral("“Đúng hạn”"));
    CHECK(textOf("l", QStringLiteral(R"({"checked": ["z", "a"]})"))
          == QStringLiteral("Báo cáo; Kế hoạch"));
    CHECK(textOf("l", QStringLiteral(R"({"checked": []})")) == QStringLiteral("nothing checked"));
    CHECK(textOf("r", QStringLiteral(R"({"numerator": 12, "denominator": 20})"))
          == QStringLiteral("12/20"));
    CHECK(textOf("tn", QStringLiteral(R"({"value": 2.5})")) == QStringLiteral("2.5"));
    CHECK(textOf("d", QStringLiteral(R"({"count": 3})")) == QStringLiteral("×3"));
    CHECK(textOf("p", QStringLiteral(R"({"percent": 45.5})")) == QStringLiteral("45.5 %"));
}

TEST_CASE("an answer as a person reads it, in Vietnamese: decimal comma")
{
    setLanguage(Language::Vietnamese);
    const QString manual = textOf("m", QStringLiteral(R"({"points": 1.75})"));
    const QString percent = textOf("p", QStringLiteral(R"({"percent": 45.5})"));
    setLanguage(Language::English);
    CHECK(manual.startsWith(QStringLiteral("1,75")));
    CHECK(percent == QStringLiteral("45,5 %"));
}
