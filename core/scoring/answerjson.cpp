#include "answerjson.h"

#include "scorejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ParScore {

QJsonObject answerToJson(const CriteriaNode &leaf, const Answer &answer)
{
    if (answer.notApplicable)
        return {{QStringLiteral("notApplicable"), true}, {QStringLiteral("reason"), answer.reason}};
    const Rule &rule = *leaf.rule;
    switch (rule.kind) {
    case RuleKind::Manual:
        return {{QStringLiteral("points"), pointsJson(answer.number.roundToHundredths())}};
    case RuleKind::Boolean:
        return {{QStringLiteral("yes"), answer.yes}};
    case RuleKind::Choice:
        return {{QStringLiteral("option"), answer.option}};
    case RuleKind::Checklist:
        return {{QStringLiteral("checked"), QJsonArray::fromStringList(answer.checked)}};
    case RuleKind::Ratio:
        return {{QStringLiteral("numerator"), answer.numerator},
                {QStringLiteral("denominator"), answer.denominator}};
    case RuleKind::Tiers:
        if (rule.tierInput == TierInput::Number)
            return {{QStringLiteral("value"), answer.value}};
        return {{QStringLiteral("numerator"), answer.numerator},
                {QStringLiteral("denominator"), answer.denominator}};
    case RuleKind::Deduction:
        return {{QStringLiteral("count"), answer.count}};
    case RuleKind::Percent:
        return {{QStringLiteral("percent"), pointsJson(answer.number.roundToHundredths())}};
    }
    return {};
}

QByteArray answerToCompactJson(const CriteriaNode &leaf, const Answer &answer)
{
    return QJsonDocument(answerToJson(leaf, answer)).toJson(QJsonDocument::Compact);
}

QJsonObject answerSetToJson(const CriteriaSet &set, const AnswerSet &answers)
{
    QJsonObject items;
    for (auto it = answers.answers.constBegin(); it != answers.answers.constEnd(); ++it) {
        if (const CriteriaNode *leaf = set.node(it.key()))
            items.insert(it.key(), answerToJson(*leaf, it.value()));
    }
    QJsonObject bonus;
    for (auto it = answers.bonus.constBegin(); it != answers.bonus.constEnd(); ++it)
        bonus.insert(it.key(), it.value());
    QJsonObject penalty;
    for (auto it = answers.penalty.constBegin(); it != answers.penalty.constEnd(); ++it)
        penalty.insert(it.key(), it.value());
    return {{QStringLiteral("format"), QStringLiteral("parscore.answers")},
            {QStringLiteral("formatVersion"), 1},
            {QStringLiteral("answers"), items},
            {QStringLiteral("bonus"), bonus},
            {QStringLiteral("penalty"), penalty}};
}

} // namespace ParScore
