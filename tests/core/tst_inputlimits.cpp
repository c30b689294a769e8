// The caps on untrusted criteria sets and answers files (core/criteria/inputlimits.h,
// docs/criteria-format-notes.md): a file at a cap is read, one past it is refused with a
// message that names the cap. The inputs are generated at the caps, so that a parser that
// became quadratic again would show here as a slow test.
#include "fixtures.h"
#include "inputlimits.h"
#include "parxvalidator.h"
#include "storagefixtures.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// `count` bonus items B0, B1, … worth `points` each, capped at `maxPoints`.
QString bonusSection(int count, const QString &points = QStringLiteral("1"),
                     const QString &maxPoints = QStringLiteral("3"))
{
    QStringList items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(QStringLiteral(R"({"id": "B%1", "title": "b", "points": %2})")
                         .arg(QString::number(i), points));
    return QStringLiteral(R"("bonus": {"maxPoints": %1, "items": [%2]})")
        .arg(maxPoints, items.join(u','));
}

const QString oneLeaf = QStringLiteral(
    R"([{"id": "1", "title": "A", "maxPoints": 100, "rule": {"kind": "boolean"}}])");

// One area "1" holding `leaves` boolean leaves 1.0, 1.1, …: leaves + 1 nodes.
QString flatArea(int leaves)
{
    QStringList children;
    children.reserve(leaves);
    for (int i = 0; i < leaves; ++i)
        children.append(
            QStringLiteral(R"({"id": "1.%1", "title": "x", "maxPoints": 1, "rule": {"kind": "boolean"}})")
                .arg(i));
    return QStringLiteral(R"([{"id": "1", "title": "A", "maxPoints": %1, "children": [%2]}])")
        .arg(QString::number(leaves), children.join(u','));
}

// A chain of `levels` nodes, each the only child of the one above, ending in a leaf.
QString chain(int levels)
{
    QString nodes;
    for (int i = 1; i < levels; ++i)
        nodes += QStringLiteral(R"([{"id": "n%1", "title": "t", "maxPoints": 1, "children": )").arg(i);
    nodes += QStringLiteral(
        R"([{"id": "leaf", "title": "t", "maxPoints": 1, "rule": {"kind": "boolean"}}])");
    for (int i = 1; i < levels; ++i)
        nodes += QStringLiteral("}]");
    return nodes;
}

// A checklist leaf "1" with `count` items c0, c1, … of 0.001 points each.
QString checklist(int count)
{
    QStringList items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(QStringLiteral(R"({"id": "c%1", "label": "c", "points": 0.001})").arg(i));
    return QStringLiteral(R"([{"id": "1", "title": "A", "maxPoints": 100,
        "rule": {"kind": "checklist", "items": [%1]}}])")
        .arg(items.join(u','));
}

QString tiers(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral(R"({"atLeast": %1, "points": 1})").arg(i));
    return QStringLiteral(R"([{"id": "1", "title": "A", "maxPoints": 100,
        "rule": {"kind": "tiers", "input": "number", "tiers": [%1]}}])")
        .arg(list.join(u','));
}

QString longText(int length)
{
    return QString(length, u'x');
}

bool refusedNaming(const QByteArray &json, const QString &message)
{
    const auto parsed = CriteriaParser::parse(json);
    if (parsed.ok()) {
        FAIL_CHECK("the set was accepted");
        return false;
    }
    CHECK(parsed.error().kind == ErrorKind::Invalid);
    INFO(parsed.error().details.join(u'\n').toStdString());
    return anyContains(parsed.error().details, message);
}

} // namespace

TEST_CASE("Bonus and penalty items: up to the cap a set is read, past it refused naming the cap")
{
    const auto atCap = CriteriaParser::parse(criteriaJson(oneLeaf, bonusSection(Limits::maxExtraItems)));
    REQUIRE(atCap.ok());
    REQUIRE(atCap.value().bonus()->items.size() == Limits::maxExtraItems);
    CHECK(atCap.value().bonus()->item(QStringLiteral("B999"))->points == Fraction(1, 1));
    CHECK(atCap.value().bonus()->item(QStringLiteral("B1000")) == nullptr);

    CHECK(refusedNaming(criteriaJson(oneLeaf, bonusSection(Limits::maxExtraItems + 1)),
                        QStringLiteral("bonus: “items” has 1001 entries; the limit is 1000")));
    // The sizes that took 1.7 s and 22 s to read when ids were looked up one by one.
    CHECK(refusedNaming(criteriaJson(oneLeaf, bonusSection(40000)),
                        QStringLiteral("bonus: “items” has 40000 entries; the limit is 1000")));
    // 160,000 items do not even fit in the largest file read.
    const auto huge = CriteriaParser::parse(criteriaJson(oneLeaf, bonusSection(160000)));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().kind == ErrorKind::Invalid);
    CHECK(huge.error().message
          == QStringLiteral("The criteria set is larger than 4 MiB, the most a criteria set may have"));
}

TEST_CASE("Duplicate ids are still found among many items - each reported where it stands")
{
    QString section = bonusSection(Limits::maxExtraItems);
    section.replace(QStringLiteral(R"("id": "B998")"), QStringLiteral(R"("id": "B7")"));
    const QStringList problems = criteriaProblems(criteriaJson(oneLeaf, section));
    CHECK(problems == QStringList{QStringLiteral("bonus B7: the id “B7” is used more than once")});

    QString options = checklist(Limits::maxOptionsPerRule);
    options.replace(QStringLiteral(R"("id": "c999")"), QStringLiteral(R"("id": "c0")"));
    CHECK(criteriaProblems(criteriaJson(options))
          == QStringList{QStringLiteral("node 1, items[999]: the id “c0” is used more than once")});
}

TEST_CASE("Nodes and their depth: up to the cap a set is read, past it refused naming the cap")
{
    const auto atCap = CriteriaParser::parse(criteriaJson(flatArea(Limits::maxNodes - 1)));
    REQUIRE(atCap.ok());
    CHECK(atCap.value().nodes().size() == Limits::maxNodes);
    CHECK(atCap.value().node(QStringLiteral("1.9998"))->index == Limits::maxNodes - 1);
    CHECK(refusedNaming(criteriaJson(flatArea(Limits::maxNodes)),
                        QStringLiteral("node 1.9999: the set has more than 10000 nodes, the limit")));

    const auto deepest = CriteriaParser::parse(criteriaJson(chain(Limits::maxDepth)));
    REQUIRE(deepest.ok());
    CHECK(deepest.value().node(QStringLiteral("leaf"))->depth == Limits::maxDepth - 1);
    CHECK(refusedNaming(criteriaJson(chain(Limits::maxDepth + 1)),
                        QStringLiteral("node leaf: the nodes are nested more than 300 levels deep, "
                                       "the limit")));
}

TEST_CASE("Options, checklist items and tiers: up to the cap a rule is read, past it refused")
{
    REQUIRE(CriteriaParser::parse(criteriaJson(checklist(Limits::maxOptionsPerRule))).ok());
    CHECK(refusedNaming(criteriaJson(checklist(Limits::maxOptionsPerRule + 1)),
                        QStringLiteral("node 1: “items” has 1001 entries; the limit is 1000")));
    REQUIRE(CriteriaParser::parse(criteriaJson(tiers(Limits::maxTiersPerRule))).ok());
    CHECK(refusedNaming(criteriaJson(tiers(Limits::maxTiersPerRule + 1)),
                        QStringLiteral("node 1: “tiers” has 1001 entries; the limit is 1000")));
}

TEST_CASE("Grades, unit kinds and texts: up to the cap a set is read, past it refused")
{
    const auto withGrades = [](int count) {
        QStringList grades;
        for (int i = 0; i < count; ++i)
            grades.append(QStringLiteral(R"({"label": "G", "minPercent": %1})").arg(i));
        QByteArray json = criteriaJson(oneLeaf);
        json.replace(R"("grades": [)", (QStringLiteral(R"("grades": [)") + grades.join(u',')
                                        + QStringLiteral("], \"unused\": ["))
                                           .toUtf8());
        return json;
    };
    REQUIRE(CriteriaParser::parse(withGrades(Limits::maxGrades)).ok());
    CHECK(refusedNaming(withGrades(Limits::maxGrades + 1),
                        QStringLiteral("“grades” has 101 entries; the limit is 100")));

    const auto withKinds = [](int count) {
        QStringList kinds;
        for (int i = 0; i < count; ++i)
            kinds.append(QStringLiteral("\"k%1\"").arg(i));
        QByteArray json = criteriaJson(oneLeaf);
        json.replace(R"("unitKinds": ["so"])",
                     (QStringLiteral("\"unitKinds\": [") + kinds.join(u',') + u']').toUtf8());
        return json;
    };
    REQUIRE(CriteriaParser::parse(withKinds(Limits::maxUnitKinds)).ok());
    CHECK(refusedNaming(withKinds(Limits::maxUnitKinds + 1),
                        QStringLiteral("“unitKinds” has 101 entries; the limit is 100")));

    const auto withLeaf = [](const QString &id, const QString &title, const QString &guidance) {
        return criteriaJson(QStringLiteral(R"([{"id": "%1", "title": "%2", "maxPoints": 100,
            "guidance": "%3", "rule": {"kind": "boolean"}}])")
                                .arg(id, title, guidance));
    };
    const QString id = longText(Limits::maxIdLength);
    const QString title = longText(Limits::maxTitleLength);
    const QString guidance = longText(Limits::maxLongTextLength);
    REQUIRE(CriteriaParser::parse(withLeaf(id, title, guidance)).ok());
    CHECK(refusedNaming(withLeaf(id + u'x', title, guidance),
                        QStringLiteral("“id” has 201 characters; the limit is 200")));
    CHECK(refusedNaming(withLeaf(id, title + u'x', guidance),
                        QStringLiteral("“title” has 2001 characters; the limit is 2000")));
    CHECK(refusedNaming(withLeaf(id, title, guidance + u'x'),
                        QStringLiteral("“guidance” has 100001 characters; the limit is 100000")));
}

TEST_CASE("A criteria set or answers file over 4 MiB is refused as invalid, naming the cap")
{
    QByteArray huge = criteriaJson(oneLeaf);
    huge.insert(1, QByteArray(Limits::maxJsonFileBytes, ' ')); // still valid JSON
    const auto fromBytes = CriteriaParser::parse(huge);
    REQUIRE_FALSE(fromBytes.ok());
    CHECK(fromBytes.error().kind == ErrorKind::Invalid);
    CHECK(fromBytes.error().message
          == QStringLiteral("The criteria set is larger than 4 MiB, the most a criteria set may have"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(huge) == huge.size());
    file.close();
    const auto fromFile = CriteriaParser::parseFile(path);
    REQUIRE_FALSE(fromFile.ok());
    CHECK(fromFile.error().kind == ErrorKind::Invalid);
    CHECK(fromFile.error().message.endsWith(
        QStringLiteral("is larger than 4 MiB, the most a criteria set may have")));

    const CriteriaSet set = makeSet(oneLeaf);
    QByteArray answers = answersJson({});
    answers.insert(1, QByteArray(Limits::maxJsonFileBytes, ' '));
    const auto hugeAnswers = AnswersParser::parse(set, answers, Role::Agency);
    REQUIRE_FALSE(hugeAnswers.ok());
    CHECK(hugeAnswers.error().kind == ErrorKind::Invalid);
    CHECK(hugeAnswers.error().message.contains(QStringLiteral("4 MiB")));
}

TEST_CASE("Answers files: entries, bonus counts and checked ids past their caps are refused")
{
    const CriteriaSet set = makeSet(checklist(Limits::maxOptionsPerRule),
                                    bonusSection(Limits::maxExtraItems));

    QStringList all;
    for (int i = 0; i < Limits::maxOptionsPerRule; ++i)
        all.append(QStringLiteral("\"c%1\"").arg(i));
    QStringList bonus;
    for (int i = 0; i < Limits::maxExtraItems; ++i)
        bonus.append(QStringLiteral("\"B%1\": 1").arg(i));
    const AnswerSet atCaps = makeAnswers(
        set, QStringLiteral(R"("1": {"checked": [%1]})").arg(all.join(u',')), Role::Agency,
        QStringLiteral(R"("bonus": {%1})").arg(bonus.join(u',')));
    CHECK(atCaps.answers.value(QStringLiteral("1")).checked.size() == Limits::maxOptionsPerRule);
    CHECK(atCaps.bonus.size() == Limits::maxExtraItems);

    CHECK(answerProblems(set,
                         QStringLiteral(R"("1": {"checked": [%1, "c0"]})").arg(all.join(u',')),
                         Role::Agency)
          == QStringList{QStringLiteral("node 1: “checked” has 1001 entries; the limit is 1000")});
    // Repeats among many ids are still found (a set, not a scan of the list so far).
    CHECK(answerProblems(set, QStringLiteral(R"("1": {"checked": ["c5", "c6", "c5"]})"),
                         Role::Agency)
          == QStringList{QStringLiteral("node 1: the item “c5” is checked twice")});
    CHECK(answerProblems(set, {}, Role::Agency,
                         QStringLiteral(R"("penalty": {%1, "P": 1})").arg(bonus.join(u',')))
          == QStringList{QStringLiteral("“penalty” has 1001 entries; the limit is 1000")});

    QStringList answers;
    for (int i = 0; i <= Limits::maxAnswers; ++i)
        answers.append(QStringLiteral(R"("x%1": {"yes": true})").arg(i));
    CHECK(answerProblems(set, answers.join(u','), Role::Agency)
          == QStringList{QStringLiteral("“answers” has 10001 entries; the limit is 10000")});

    const CriteriaSet optional =
        leafSet(QStringLiteral("1"), QStringLiteral(R"({"kind": "boolean"})"),
                QStringLiteral(R"("notApplicable": "exclude")"));
    const QString reason = longText(Limits::maxReasonLength);
    CHECK(makeAnswers(optional,
                      QStringLiteral(R"("1.1": {"notApplicable": true, "reason": "%1"})").arg(reason))
              .answers.value(QStringLiteral("1.1"))
              .reason.size()
          == Limits::maxReasonLength);
    CHECK(answerProblems(optional, QStringLiteral(R"("1.1": {"notApplicable": true, "reason": "%1x"})")
                                       .arg(reason))
          == QStringList{QStringLiteral("node 1.1: “reason” has 10001 characters; the limit is 10000")});
}

TEST_CASE("A file with thousands of problems lists the first thousand and counts the rest")
{
    const auto untitled = [](const QString &key, int count) {
        QStringList items;
        for (int i = 0; i < count; ++i)
            items.append(QStringLiteral(R"({"id": "B%1", "title": "", "points": 1})").arg(i));
        return QStringLiteral(R"("%1": {"maxPoints": 1, "items": [%2]})")
            .arg(key, items.join(u','));
    };
    const QByteArray json = criteriaJson(oneLeaf, untitled(QStringLiteral("bonus"), 800)
                                                      + QStringLiteral(", ")
                                                      + untitled(QStringLiteral("penalty"), 700));
    const QStringList problems = criteriaProblems(json);
    REQUIRE(problems.size() == Limits::maxListedProblems + 1);
    CHECK(problems.constFirst() == QStringLiteral("bonus B0: “title” must be a non-empty text"));
    CHECK(problems.at(Limits::maxListedProblems - 1)
          == QStringLiteral("penalty B199: “title” must be a non-empty text"));
    CHECK(problems.constLast().startsWith(QStringLiteral("… and 500 more problem")));
    CHECK(CriteriaParser::parse(json).error().message.startsWith(
        QStringLiteral("The criteria set is invalid (1500 problem")));
}

TEST_CASE("Numbers a double cannot hold are named where they stand - however many - in one pass")
{
    // 150 of them: each used to cost a parse of the whole file, and past 100 the file was
    // called broken JSON.
    QStringList items;
    for (int i = 0; i < 150; ++i)
        items.append(QStringLiteral(R"({"id": "B%1", "title": "1e400 \" 1e400", "points": %2})")
                         .arg(QString::number(i), i % 2 ? QStringLiteral("-1e400")
                                                        : QStringLiteral("1.5e400")));
    const QStringList problems = criteriaProblems(criteriaJson(
        oneLeaf, QStringLiteral(R"("bonus": {"maxPoints": 1e-400, "items": [%1]})")
                     .arg(items.join(u','))));
    REQUIRE(problems.size() == 150);
    CHECK(problems.at(0) == QStringLiteral("bonus B0: “points” is 1.5e400; it must be between 0 and 1000000"));
    CHECK(problems.at(1) == QStringLiteral("bonus B1: “points” is -1e400; it must be between 0 and 1000000"));

    // Too small to represent reads as 0 (here a valid maximum); texts are left alone.
    const auto parsed = CriteriaParser::parse(criteriaJson(
        oneLeaf, QStringLiteral(R"("bonus": {"maxPoints": 1e-400, "items": [
            {"id": "B", "title": "1e400 \" 2e-999", "points": -0.0e-999}]}, "x": [1e99999999999999999999])")));
    REQUIRE(parsed.ok());
    CHECK(parsed.value().bonus()->maxPoints == 0);
    CHECK(parsed.value().bonus()->items.constFirst().title == QStringLiteral("1e400 \" 2e-999"));
}

TEST_CASE("A .parx embedding a criteria set over a cap is refused as damaged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    newAgencyFile(path).reset();
    const QByteArray oversized = criteriaJson(oneLeaf, bonusSection(Limits::maxExtraItems + 1));
    // Under the SHA-256 of its new bytes, so that it is the set's content that is refused.
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(oversized, QCryptographicHash::Sha256).toHex());
    tamper(path, QStringLiteral("UPDATE criteria_sets SET json = X'%1', sha256 = '%2';"
                                "UPDATE assessments SET criteria_sha256 = '%2';"
                                "UPDATE accepted_criteria SET sha256 = '%2'")
                     .arg(QString::fromLatin1(oversized.toHex()), sha256));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto valid = ParxValidator::validate(*file.value());
    REQUIRE_FALSE(valid.ok());
    CHECK(valid.error().kind == ErrorKind::Unreadable);
    INFO(valid.error().message.toStdString());
    CHECK(valid.error().message.contains(QStringLiteral("“items” has 1001 entries; the limit is 1000")));
}
