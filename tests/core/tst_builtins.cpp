#include "builtincriteria.h"
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <set>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

} // namespace

TEST_CASE("The built-in sets are the two illustrative 2026 sets")
{
    const QList<CriteriaSet> sets = BuiltinCriteria::all();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0].id() == QStringLiteral("vn.ninhbinh.par.so"));
    CHECK(sets[0].unitKinds() == QStringList{QStringLiteral("so")});
    CHECK(sets[1].id() == QStringLiteral("vn.ninhbinh.par.xa-phuong"));
    CHECK(sets[1].unitKinds() == (QStringList{QStringLiteral("xa"), QStringLiteral("phuong")}));
    // Every shipped file loads: none was skipped by all().
    CHECK(QDir(resources + QStringLiteral("/criteria")).entryList({QStringLiteral("*.json")}).size()
          == 2);
}

TEST_CASE("Each built-in set is a realistic - complete 100-point set")
{
    for (const CriteriaSet &set : BuiltinCriteria::all()) {
        INFO(set.id().toStdString());
        CHECK(set.warnings().isEmpty());
        CHECK(set.status() == SetStatus::Illustrative);
        CHECK(set.year() == 2026);
        CHECK(set.roots().size() == 8);
        Hundredths total = 0;
        Hundredths survey = 0;
        std::set<RuleKind> kinds;
        std::set<NotApplicablePolicy> policies;
        for (const int root : set.roots())
            total += set.nodes()[root].maxPoints;
        for (const CriteriaNode &node : set.nodes()) {
            INFO(node.id.toStdString());
            CHECK_FALSE(node.title.isEmpty());
            if (!node.isLeaf())
                continue;
            CHECK_FALSE(node.guidance.isEmpty());
            CHECK_FALSE(node.evidence.isEmpty());
            kinds.insert(node.rule->kind);
            policies.insert(node.notApplicable);
            if (node.scoredBy == ScoredBy::Appraiser)
                survey += node.maxPoints;
        }
        CHECK(total == 10000);
        CHECK(survey >= 2500);
        CHECK(survey <= 3500);
        CHECK(set.leafCount() >= 25);
        CHECK(set.leafCount() <= 40);
        CHECK(kinds.size() == 8);
        CHECK(policies.size() == 4);
        CHECK(set.grades().size() == 4);
        REQUIRE(set.bonus());
        REQUIRE(set.penalty());
        CHECK_FALSE(set.bonus()->items.isEmpty());
        CHECK_FALSE(set.penalty()->items.isEmpty());
    }
}

TEST_CASE("Built-in sets are found by id - with or without a version")
{
    const auto newest = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
    REQUIRE(newest.ok());
    CHECK(newest.value().version() == QStringLiteral("2026.1"));
    CHECK(BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so@2026.1")).ok());
    const auto missing = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so@1999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Invalid);
    CHECK(missing.error().message.contains(QStringLiteral("vn.ninhbinh.par.so@2026.1")));
    CHECK(compareVersions(QStringLiteral("2026.2"), QStringLiteral("2026.10")) < 0);
    CHECK(compareVersions(QStringLiteral("2026.1"), QStringLiteral("2026.1")) == 0);
}

TEST_CASE("Built-in sets are compiled in byte for byte")
{
    for (const CriteriaSet &set : BuiltinCriteria::all()) {
        const QString name = set.id() == QStringLiteral("vn.ninhbinh.par.so")
                                 ? QStringLiteral("so-2026.json")
                                 : QStringLiteral("xa-phuong-2026.json");
        CHECK(set.bytes() == readFile(resources + QStringLiteral("/criteria/") + name));
    }
}

TEST_CASE("The demo answers are valid and answer every item of their role")
{
    const struct
    {
        const char *set;
        const char *file;
        Role role;
    } demos[] = {
        {"builtin:vn.ninhbinh.par.so", "so-2026-self.json", Role::Agency},
        {"builtin:vn.ninhbinh.par.so", "so-2026-appraisal.json", Role::Appraiser},
        {"builtin:vn.ninhbinh.par.xa-phuong", "xa-phuong-2026-self.json", Role::Agency},
        {"builtin:vn.ninhbinh.par.xa-phuong", "xa-phuong-2026-appraisal.json", Role::Appraiser},
    };
    for (const auto &demo : demos) {
        INFO(demo.file);
        const auto set = BuiltinCriteria::load(QString::fromLatin1(demo.set));
        REQUIRE(set.ok());
        const auto answers = AnswersParser::parse(
            set.value(),
            readFile(resources + QStringLiteral("/demo/") + QString::fromLatin1(demo.file)),
            demo.role);
        if (!answers)
            FAIL(answers.error().details.join(u'\n').toStdString());
        const Scorecard card = scoreAnswers(set.value(), answers.value(), demo.role);
        CHECK(card.complete);
        if (demo.role == Role::Agency) {
            CHECK(card.maxPoints < 10000);
            CHECK(card.bonus > 0);
            CHECK(card.penalty > 0);
        }
    }
}

TEST_CASE("Scoring without explanations gives the same points, maxima and states")
{
    // The overview scores thousands of layers with Explanation::Skipped: only the words differ.
    const struct
    {
        const char *set;
        const char *file;
        Role role;
    } demos[] = {
        {"builtin:vn.ninhbinh.par.so", "so-2026-self.json", Role::Agency},
        {"builtin:vn.ninhbinh.par.so", "so-2026-appraisal.json", Role::Appraiser},
        {"builtin:vn.ninhbinh.par.xa-phuong", "xa-phuong-2026-self.json", Role::Agency},
        {"builtin:vn.ninhbinh.par.xa-phuong", "xa-phuong-2026-appraisal.json", Role::Appraiser},
    };
    for (const auto &demo : demos) {
        INFO(demo.file);
        const auto set = BuiltinCriteria::load(QString::fromLatin1(demo.set));
        REQUIRE(set.ok());
        const auto answers = AnswersParser::parse(
            set.value(),
            readFile(resources + QStringLiteral("/demo/") + QString::fromLatin1(demo.file)),
            demo.role);
        REQUIRE(answers.ok());
        const Scorecard written = scoreAnswers(set.value(), answers.value(), demo.role);
        const Scorecard skipped =
            scoreAnswers(set.value(), answers.value(), demo.role, Explanation::Skipped);
        CHECK(skipped.total == written.total);
        CHECK(skipped.maxPoints == written.maxPoints);
        CHECK(skipped.percent == written.percent);
        CHECK(skipped.grade == written.grade);
        CHECK(skipped.complete == written.complete);
        for (qsizetype i = 0; i < written.nodes.size(); ++i) {
            INFO(set.value().nodes()[i].id.toStdString());
            CHECK(skipped.nodes[i].points == written.nodes[i].points);
            CHECK(skipped.nodes[i].maxPoints == written.nodes[i].maxPoints);
            CHECK(skipped.nodes[i].state == written.nodes[i].state);
            CHECK(skipped.nodes[i].explanation.isEmpty());
            if (set.value().nodes()[i].isLeaf() && written.nodes[i].included)
                CHECK_FALSE(written.nodes[i].explanation.isEmpty());
        }
    }
    // Every kind of not-applicable and unanswered leaf too.
    const CriteriaSet set = makeSet(QStringLiteral(
        R"([{"id": "1", "title": "A", "maxPoints": 3, "children": [
             {"id": "1.1", "title": "x", "maxPoints": 1, "rule": {"kind": "ratio"}, "notApplicable": "exclude"},
             {"id": "1.2", "title": "y", "maxPoints": 1, "rule": {"kind": "boolean"}, "notApplicable": "full"},
             {"id": "1.3", "title": "z", "maxPoints": 1, "rule": {"kind": "percent"}}]}])"));
    const AnswerSet answers =
        makeAnswers(set, QStringLiteral(R"("1.1": {"numerator": 0, "denominator": 0},
                               "1.2": {"notApplicable": true, "reason": "r"})"));
    const Scorecard written = scoreAnswers(set, answers, Role::Appraiser);
    const Scorecard skipped = scoreAnswers(set, answers, Role::Appraiser, Explanation::Skipped);
    CHECK(skipped.total == written.total);
    CHECK(skipped.maxPoints == written.maxPoints);
    for (qsizetype i = 0; i < written.nodes.size(); ++i) {
        CHECK(skipped.nodes[i].state == written.nodes[i].state);
        CHECK(skipped.nodes[i].explanation.isEmpty());
    }
}
