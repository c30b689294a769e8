// The part of CriteriaParser that reads a leaf's "rule" object.
#include "criteriaparser.h"
#include "inputlimits.h"
#include "jsonfields.h"

#include <QJsonArray>

namespace ParScore {
namespace {

struct RuleKindName
{
    const char *key;
    RuleKind kind;
};

constexpr RuleKindName ruleKindNames[] = {
    {"manual", RuleKind::Manual},       {"boolean", RuleKind::Boolean},
    {"choice", RuleKind::Choice},       {"checklist", RuleKind::Checklist},
    {"ratio", RuleKind::Ratio},         {"tiers", RuleKind::Tiers},
    {"deduction", RuleKind::Deduction}, {"percent", RuleKind::Percent},
};

QString pointsText(const Fraction &value)
{
    return jsonNumberText(value.toDouble());
}

} // namespace

std::optional<Rule> CriteriaParser::readRule(const QJsonValue &value, const QString &where,
                                             std::optional<Hundredths> maxPoints)
{
    if (!value.isObject()) {
        m_log.error(where, tr("“rule” must be an object with a “kind”"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString kindText = object.value(QStringLiteral("kind")).toString();
    const auto name = std::find_if(
        std::begin(ruleKindNames), std::end(ruleKindNames),
        [&kindText](const RuleKindName &n) { return kindText == QLatin1String(n.key); });
    if (name == std::end(ruleKindNames)) {
        m_log.error(where, tr("the rule kind “%1” is unknown; use manual, boolean, choice, "
                              "checklist, ratio, tiers, deduction or percent")
                               .arg(kindText));
        return std::nullopt;
    }

    Rule rule;
    rule.kind = name->kind;
    const int errorsBefore = m_log.errorCount();
    const JsonFields fields(object, where, m_log);
    const QString kindKey = QStringLiteral("kind");
    const std::optional<Fraction> max =
        maxPoints ? std::optional(Fraction::fromHundredths(*maxPoints)) : std::nullopt;
    switch (rule.kind) {
    case RuleKind::Manual: {
        fields.warnUnknownKeys({kindKey, QStringLiteral("step")});
        const auto step =
            fields.number(QStringLiteral("step"), Limits::nonNegativeSpec, Fraction(1, 4));
        if (step && *step == Fraction())
            m_log.error(where, tr("“step” must be greater than 0"));
        rule.step = step.value_or(Fraction(1, 4));
        break;
    }
    case RuleKind::Boolean:
    case RuleKind::Percent:
        fields.warnUnknownKeys({kindKey});
        break;
    case RuleKind::Choice:
        fields.warnUnknownKeys({kindKey, QStringLiteral("options")});
        readOptions(rule, object, QStringLiteral("options"), where, maxPoints);
        break;
    case RuleKind::Checklist:
        fields.warnUnknownKeys({kindKey, QStringLiteral("items")});
        readOptions(rule, object, QStringLiteral("items"), where, maxPoints);
        break;
    case RuleKind::Ratio: {
        fields.warnUnknownKeys(
            {kindKey, QStringLiteral("floorPercent"), QStringLiteral("fullAtPercent")});
        const auto floor =
            fields.number(QStringLiteral("floorPercent"), Limits::percentSpec, Fraction());
        const auto fullAt =
            fields.number(QStringLiteral("fullAtPercent"), Limits::percentSpec, Fraction(100, 1));
        if (floor && fullAt && *floor > *fullAt)
            m_log.error(where, tr("“floorPercent” must not be above “fullAtPercent”"));
        rule.floorPercent = floor.value_or(Fraction());
        rule.fullAtPercent = fullAt.value_or(Fraction(100, 1));
        break;
    }
    case RuleKind::Tiers:
        fields.warnUnknownKeys({kindKey, QStringLiteral("input"), QStringLiteral("tiers")});
        readTiers(rule, object, where, maxPoints);
        break;
    case RuleKind::Deduction: {
        fields.warnUnknownKeys({kindKey, QStringLiteral("perItem"), QStringLiteral("floorPoints")});
        const auto perItem = fields.number(QStringLiteral("perItem"), Limits::nonNegativeSpec);
        if (perItem && *perItem == Fraction())
            m_log.error(where, tr("“perItem” must be greater than 0"));
        const auto floor =
            fields.number(QStringLiteral("floorPoints"), Limits::anySpec, Fraction());
        if (floor && max && *floor > *max)
            m_log.error(where, tr("“floorPoints” (%1) must not be above maxPoints (%2)")
                                   .arg(pointsText(*floor), pointsText(*max)));
        rule.perItem = perItem.value_or(Fraction(1, 1));
        rule.floorPoints = floor.value_or(Fraction());
        break;
    }
    }
    if (m_log.errorCount() != errorsBefore)
        return std::nullopt;
    return rule;
}

void CriteriaParser::readOptions(Rule &rule, const QJsonObject &ruleObject, const QString &key,
                                 const QString &where, std::optional<Hundredths> maxPoints)
{
    const QJsonValue value = ruleObject.value(key);
    if (!value.isArray() || value.toArray().isEmpty()) {
        m_log.error(where, tr("the rule needs a non-empty list “%1”").arg(key));
        return;
    }
    const bool isChoice = rule.kind == RuleKind::Choice;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemWhere = where + QStringLiteral(", %1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            m_log.error(itemWhere, tr("must be an object with “id”, “label” and “points”"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const JsonFields fields(object, itemWhere, m_log);
        fields.warnUnknownKeys(
            {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("points")});
        const auto id = fields.requiredText(QStringLiteral("id"));
        const QJsonValue labelValue = object.value(QStringLiteral("label"));
        if (!labelValue.isString())
            m_log.error(itemWhere, tr("“label” must be a text"));
        const std::optional<QString> label =
            labelValue.isString() ? std::optional(labelValue.toString()) : std::nullopt;
        const auto points = fields.number(QStringLiteral("points"), Limits::nonNegativeSpec);
        if (!id || !label || !points)
            continue;
        if (rule.option(*id)) {
            m_log.error(itemWhere, tr("the id “%1” is used more than once").arg(*id));
            continue;
        }
        // A checklist may list more than its maximum: the sum is capped when scored.
        if (isChoice && maxPoints && *points > Fraction::fromHundredths(*maxPoints)) {
            m_log.error(itemWhere, tr("option “%1” gives %2 points, more than the maximum %3")
                                       .arg(*id, pointsText(*points),
                                            pointsText(Fraction::fromHundredths(*maxPoints))));
        }
        rule.options.append({*id, *label, *points});
    }
}

void CriteriaParser::readTiers(Rule &rule, const QJsonObject &ruleObject, const QString &where,
                               std::optional<Hundredths> maxPoints)
{
    const QString input = ruleObject.value(QStringLiteral("input")).toString();
    if (input == QLatin1String("percent")) {
        rule.tierInput = TierInput::Percent;
    } else if (input == QLatin1String("number")) {
        rule.tierInput = TierInput::Number;
    } else {
        m_log.error(where, tr("a tiers rule needs “input”: percent or number"));
        return;
    }
    const QJsonValue value = ruleObject.value(QStringLiteral("tiers"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        m_log.error(where, tr("the rule needs a non-empty list “tiers”"));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString tierWhere = where + QStringLiteral(", tiers[%1]").arg(i);
        if (!array.at(i).isObject()) {
            m_log.error(tierWhere, tr("must be an object with “atLeast” and “points”"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const JsonFields fields(object, tierWhere, m_log);
        fields.warnUnknownKeys({QStringLiteral("atLeast"), QStringLiteral("points")});
        Tier tier;
        if (rule.tierInput == TierInput::Percent) {
            const auto atLeast = fields.number(QStringLiteral("atLeast"), Limits::anySpec);
            if (!atLeast)
                continue;
            tier.atLeastExact = *atLeast;
            tier.atLeast = atLeast->toDouble();
        } else {
            const auto atLeast = fields.finiteNumber(QStringLiteral("atLeast"));
            if (!atLeast)
                continue;
            tier.atLeast = *atLeast;
        }
        const auto points = fields.number(QStringLiteral("points"), Limits::nonNegativeSpec);
        if (!points)
            continue;
        if (maxPoints && *points > Fraction::fromHundredths(*maxPoints)) {
            m_log.error(tierWhere, tr("gives %1 points, more than the maximum %2")
                                       .arg(pointsText(*points),
                                            pointsText(Fraction::fromHundredths(*maxPoints))));
        }
        tier.points = *points;
        for (const Tier &other : std::as_const(rule.tiers)) {
            const bool same = rule.tierInput == TierInput::Percent
                                  ? other.atLeastExact == tier.atLeastExact
                                  : other.atLeast == tier.atLeast;
            if (same)
                m_log.error(tierWhere, tr("two tiers start at the same “atLeast”"));
        }
        rule.tiers.append(tier);
    }
}

} // namespace ParScore
