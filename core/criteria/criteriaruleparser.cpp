// The part of CriteriaParser that reads a leaf's "rule" object.
#include "criteriaparser.h"
#include "inputlimits.h"
#include "jsonfields.h"

#include <QJsonArray>

#include <map>

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
    readRuleFields(rule, object, fields, where, maxPoints);
    if (m_log.errorCount() != errorsBefore)
        return std::nullopt;
    return rule;
}

void CriteriaParser::readRuleFields(Rule &rule, const QJsonObject &object,
                                    const JsonFields &fields, const QString &where,
                                    std::optional<Hundredths> maxPoints)
{
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
}

void CriteriaParser::readOptions(Rule &rule, const QJsonObject &ruleObject, const QString &key,
                                 const QString &where, std::optional<Hundredths> maxPoints)
{
    const QJsonValue value = ruleObject.value(key);
    if (!value.isArray() || value.toArray().isEmpty()) {
        m_log.error(where, tr("the rule needs a non-empty list “%1”").arg(key));
        return;
    }
    const QJsonArray array = value.toArray();
    if (!withinCap(where, key, array.size(), Limits::maxOptionsPerRule))
        return;
    rule.reserveOptions(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        readOption(rule, array.at(i), where + u", " + key + u'[' + QString::number(i) + u']',
                   maxPoints);
}

void CriteriaParser::readOption(Rule &rule, const QJsonValue &value, const QString &itemWhere,
                                std::optional<Hundredths> maxPoints)
{
    if (!value.isObject()) {
        m_log.error(itemWhere, tr("must be an object with “id”, “label” and “points”"));
        return;
    }
    const QJsonObject object = value.toObject();
    const JsonFields fields(object, itemWhere, m_log);
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("label"),
                                  QStringLiteral("points")};
    fields.warnUnknownKeys(keys);
    const auto id = fields.requiredText(QStringLiteral("id"), Limits::maxIdLength);
    const QJsonValue labelValue = object.value(QStringLiteral("label"));
    std::optional<QString> label;
    if (!labelValue.isString())
        m_log.error(itemWhere, tr("“label” must be a text"));
    else if (fields.checkLength(QStringLiteral("label"), labelValue.toString(),
                                Limits::maxTitleLength))
        label = labelValue.toString();
    const auto points = fields.number(QStringLiteral("points"), Limits::nonNegativeSpec);
    if (!id || !label || !points)
        return;
    if (rule.option(*id)) {
        m_log.error(itemWhere, tr("the id “%1” is used more than once").arg(*id));
        return;
    }
    // A checklist may list more than its maximum: the sum is capped when scored.
    if (rule.kind == RuleKind::Choice && maxPoints
        && *points > Fraction::fromHundredths(*maxPoints)) {
        m_log.error(itemWhere, tr("option “%1” gives %2 points, more than the maximum %3")
                                   .arg(*id, pointsText(*points),
                                        pointsText(Fraction::fromHundredths(*maxPoints))));
    }
    rule.addOption({*id, *label, *points});
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
    if (!withinCap(where, QStringLiteral("tiers"), array.size(), Limits::maxTiersPerRule))
        return;
    // How many tiers read so far start at each atLeast: a percentage compares exactly, a
    // number as a double (as the answer's value is compared).
    std::map<Fraction, int> percentStarts;
    std::map<double, int> numberStarts;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString tierWhere = where + QStringLiteral(", tiers[%1]").arg(i);
        if (!array.at(i).isObject()) {
            m_log.error(tierWhere, tr("must be an object with “atLeast” and “points”"));
            continue;
        }
        Tier tier;
        if (!readTier(tier, rule.tierInput, array.at(i).toObject(), tierWhere, maxPoints))
            continue;
        const int earlier = rule.tierInput == TierInput::Percent
                                ? percentStarts[tier.atLeastExact]++
                                : numberStarts[tier.atLeast]++;
        for (int same = 0; same < earlier; ++same)
            m_log.error(tierWhere, tr("two tiers start at the same “atLeast”"));
        rule.tiers.append(tier);
    }
}

bool CriteriaParser::readTier(Tier &tier, TierInput input, const QJsonObject &object,
                              const QString &tierWhere, std::optional<Hundredths> maxPoints)
{
    const JsonFields fields(object, tierWhere, m_log);
    fields.warnUnknownKeys({QStringLiteral("atLeast"), QStringLiteral("points")});
    if (input == TierInput::Percent) {
        const auto atLeast = fields.number(QStringLiteral("atLeast"), Limits::anySpec);
        if (!atLeast)
            return false;
        tier.atLeastExact = *atLeast;
        tier.atLeast = atLeast->toDouble();
    } else {
        const auto atLeast = fields.finiteNumber(QStringLiteral("atLeast"));
        if (!atLeast)
            return false;
        tier.atLeast = *atLeast;
    }
    const auto points = fields.number(QStringLiteral("points"), Limits::nonNegativeSpec);
    if (!points)
        return false;
    if (maxPoints && *points > Fraction::fromHundredths(*maxPoints)) {
        m_log.error(tierWhere, tr("gives %1 points, more than the maximum %2")
                                   .arg(pointsText(*points),
                                        pointsText(Fraction::fromHundredths(*maxPoints))));
    }
    tier.points = *points;
    return true;
}

} // namespace ParScore
