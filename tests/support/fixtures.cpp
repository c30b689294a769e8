#include "fixtures.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace ParScore::Test {

QByteArray criteriaJson(const QString &nodesJson, const QString &extraJson)
{
    QString json = QStringLiteral(R"({"format": "parscore.criteria", "formatVersion": 1,
        "id": "test.set", "version": "1", "year": 2026, "title": "Test set",
        "unitKinds": ["so"], "status": "draft",
        "grades": [{"label": "Tốt", "minPercent": 90}, {"label": "Khá", "minPercent": 80},
                   {"label": "Trung bình", "minPercent": 70}, {"label": "Yếu", "minPercent": 0}],
        "nodes": )")
                   + nodesJson;
    if (!extraJson.isEmpty())
        json += QStringLiteral(", ") + extraJson;
    json += u'}';
    return json.toUtf8();
}

CriteriaSet makeSet(const QString &nodesJson, const QString &extraJson)
{
    auto set = CriteriaParser::parse(criteriaJson(nodesJson, extraJson));
    if (!set) {
        INFO(set.error().message.toStdString() << "\n"
                                               << set.error().details.join(u'\n').toStdString());
        FAIL("the test criteria set is invalid");
    }
    return std::move(set).value();
}

CriteriaSet leafSet(const QString &maxPoints, const QString &ruleJson, const QString &nodeExtra)
{
    const QString leaf =
        QStringLiteral(R"({"id": "1.1", "title": "Leaf", "maxPoints": %1, "rule": %2%3})")
            .arg(maxPoints, ruleJson, nodeExtra.isEmpty() ? QString() : u", " + nodeExtra);
    return makeSet(
        QStringLiteral(R"([{"id": "1", "title": "Area", "maxPoints": %1, "children": [%2]}])")
            .arg(maxPoints, leaf));
}

QByteArray answersJson(const QString &answers, const QString &extraJson)
{
    QString json =
        QStringLiteral(R"({"format": "parscore.answers", "formatVersion": 1, "answers": {)")
        + answers + u'}';
    if (!extraJson.isEmpty())
        json += QStringLiteral(", ") + extraJson;
    return (json + u'}').toUtf8();
}

AnswerSet makeAnswers(const CriteriaSet &set, const QString &answers, Role role,
                      const QString &extraJson)
{
    auto parsed = AnswersParser::parse(set, answersJson(answers, extraJson), role);
    if (!parsed) {
        INFO(parsed.error().details.join(u'\n').toStdString());
        FAIL("the test answers are invalid");
    }
    return std::move(parsed).value();
}

QStringList answerProblems(const CriteriaSet &set, const QString &answers, Role role,
                           const QString &extraJson)
{
    auto parsed = AnswersParser::parse(set, answersJson(answers, extraJson), role);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::Invalid);
    return parsed.error().details;
}

QStringList criteriaProblems(const QByteArray &json)
{
    auto parsed = CriteriaParser::parse(json);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::Invalid);
    return parsed.error().details;
}

Hundredths leafPoints(const CriteriaSet &set, const QString &answerJson)
{
    const AnswerSet answers = makeAnswers(set, QStringLiteral(R"("1.1": )") + answerJson);
    const Scorecard card = scoreAnswers(set, answers, Role::Appraiser);
    return card.nodes[set.indexOf(QStringLiteral("1.1"))].points;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}); // row by row
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    // The font joins "fi" and "fl" into one glyph, which pdftotext gives back as such.
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(pdfinfo.waitForFinished(60000));
    REQUIRE(pdfinfo.exitCode() == 0);
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))"))
                           .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace ParScore::Test
