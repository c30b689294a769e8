#include "ruleengine.h"

#include "language.h"

namespace ParScore {
namespace {

QString percentText(const Fraction &percent)
{
    return formatExact(percent) + QStringLiteral(" %");
}

// "0,145 ≈ 0,15" when rounding changed the value, else "1,80".
QString resultText(const Fraction &exact, Hundredths rounded)
{
    if (exact == Fraction::fromHundredths(rounded))
        return formatPoints(rounded);
    return formatExact(exact) + QStringLiteral(" ≈ ") + formatPoints(rounded);
}

} // namespace

LeafResult RuleEngine::evaluate(const CriteriaNode &leaf, const Answer *answer)
{
    if (!answer)
        return {0, leaf.maxPoints, NodeState::Incomplete, tr("Not answered → 0")};
    if (answer->notApplicable)
        return notApplicable(leaf, tr("Not applicable (%1)").arg(answer->reason));

    const Rule &rule = *leaf.rule;
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    switch (rule.kind) {
    case RuleKind::Manual:
        return scored(leaf, answer->number,
                      tr("Points entered: %1").arg(formatExact(answer->number)));
    case RuleKind::Boolean:
        return answer->yes ? scored(leaf, max, tr("Yes → the maximum"))
                           : scored(leaf, Fraction(), tr("No → 0"));
    case RuleKind::Choice: {
        const RuleOption *option = rule.option(answer->option);
        const Fraction points = option ? option->points : Fraction();
        return scored(leaf, points, tr("“%1”").arg(option ? option->label : answer->option));
    }
    case RuleKind::Checklist:
        return checklist(leaf, *answer);
    case RuleKind::Ratio:
        return ratio(leaf, *answer);
    case RuleKind::Tiers:
        return tiers(leaf, *answer);
    case RuleKind::Deduction:
        return deduction(leaf, *answer);
    case RuleKind::Percent: {
        const Fraction exact = answer->number / Fraction(100, 1) * max;
        return scored(leaf, exact,
                      percentText(answer->number) + QStringLiteral(" × ") + formatExact(max),
                      Step::Computed);
    }
    }
    return {0, leaf.maxPoints, NodeState::Incomplete, QString()};
}

LeafResult RuleEngine::scored(const CriteriaNode &leaf, const Fraction &exact,
                              const QString &working, Step step)
{
    const Hundredths points = exact.roundToHundredths();
    const QString joint = step == Step::Computed ? QStringLiteral(" = ") : QStringLiteral(" → ");
    return {points, leaf.maxPoints, NodeState::Complete,
            working + joint + resultText(exact, points)};
}

LeafResult RuleEngine::notApplicable(const CriteriaNode &leaf, const QString &cause)
{
    switch (leaf.notApplicable) {
    case NotApplicablePolicy::Exclude:
        return {0, 0, NodeState::NotApplicable,
                tr("%1 → left out of both the points and the maximum").arg(cause)};
    case NotApplicablePolicy::Full:
        return {leaf.maxPoints, leaf.maxPoints, NodeState::NotApplicable,
                tr("%1 → scores the maximum %2").arg(cause, formatPoints(leaf.maxPoints))};
    case NotApplicablePolicy::Zero:
    case NotApplicablePolicy::Forbidden: // refused by the parser; scored as zero if it slips
                                         // through
        return {0, leaf.maxPoints, NodeState::NotApplicable, tr("%1 → 0").arg(cause)};
    }
    return {0, leaf.maxPoints, NodeState::NotApplicable, cause};
}

LeafResult RuleEngine::ratio(const CriteriaNode &leaf, const Answer &answer)
{
    if (answer.denominator == 0)
        return notApplicable(leaf, tr("0/0: did not arise"));
    const Rule &rule = *leaf.rule;
    const Fraction ratio(answer.numerator, answer.denominator);
    const Fraction percent = ratio * Fraction(100, 1);
    const QString fraction = QStringLiteral("%1/%2").arg(QString::number(answer.numerator),
                                                         QString::number(answer.denominator));
    const QString head = fraction + QStringLiteral(" = ") + percentText(percent);
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    if (percent >= rule.fullAtPercent)
        return scored(leaf, max,
                      head + QStringLiteral(" ≥ ") + percentText(rule.fullAtPercent)
                          + QStringLiteral(" → ") + tr("the maximum"));
    if (percent < rule.floorPercent)
        return scored(leaf, Fraction(),
                      head + QStringLiteral(" < ") + percentText(rule.floorPercent));
    const QString ratioText =
        (ratio * Fraction(10000, 1)).isInteger() ? formatExact(ratio) : fraction;
    return scored(leaf, ratio * max,
                  head + QStringLiteral(" ≥ ") + percentText(rule.floorPercent)
                      + QStringLiteral(" → ") + ratioText + QStringLiteral(" × ")
                      + formatExact(max),
                  Step::Computed);
}

LeafResult RuleEngine::tiers(const CriteriaNode &leaf, const Answer &answer)
{
    const Rule &rule = *leaf.rule;
    const Tier *best = nullptr;
    QString head;
    if (rule.tierInput == TierInput::Percent) {
        if (answer.denominator == 0)
            return notApplicable(leaf, tr("0/0: did not arise"));
        const Fraction percent = Fraction(answer.numerator, answer.denominator) * Fraction(100, 1);
        head = QStringLiteral("%1/%2 = ").arg(QString::number(answer.numerator),
                                              QString::number(answer.denominator))
               + percentText(percent);
        for (const Tier &tier : rule.tiers) {
            if (tier.atLeastExact <= percent && (!best || tier.atLeastExact > best->atLeastExact))
                best = &tier;
        }
        if (best)
            head += QStringLiteral(" ≥ ") + percentText(best->atLeastExact);
    } else {
        head = formatNumber(answer.value);
        for (const Tier &tier : rule.tiers) {
            if (tier.atLeast <= answer.value && (!best || tier.atLeast > best->atLeast))
                best = &tier;
        }
        if (best)
            head += QStringLiteral(" ≥ ") + formatNumber(best->atLeast);
    }
    if (!best)
        return scored(leaf, Fraction(), tr("%1, below every tier").arg(head));
    return scored(leaf, best->points, head);
}

LeafResult RuleEngine::checklist(const CriteriaNode &leaf, const Answer &answer)
{
    const Rule &rule = *leaf.rule;
    if (answer.checked.isEmpty())
        return scored(leaf, Fraction(), tr("Nothing checked"));
    Fraction sum;
    QStringList parts;
    for (const QString &id : answer.checked) {
        const RuleOption *item = rule.option(id);
        if (!item)
            continue;
        sum = sum + item->points;
        parts.append(formatExact(item->points));
    }
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    QString working = tr("Checked %n item(s): %1", nullptr, int(answer.checked.size()))
                          .arg(parts.join(QStringLiteral(" + ")));
    if (sum > max)
        return scored(leaf, max,
                      working + QStringLiteral(" = ") + formatExact(sum) + QStringLiteral(", ")
                          + tr("capped at the maximum"));
    return scored(leaf, sum, working, Step::Computed);
}

LeafResult RuleEngine::deduction(const CriteriaNode &leaf, const Answer &answer)
{
    const Rule &rule = *leaf.rule;
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    if (answer.count == 0)
        return scored(leaf, max, tr("No violations"));
    const Fraction deducted = max - Fraction::fromInteger(answer.count) * rule.perItem;
    const QString working = QStringLiteral("%1 − %2 × %3")
                                .arg(formatExact(max), QString::number(answer.count),
                                     formatExact(rule.perItem));
    if (deducted < rule.floorPoints)
        return scored(leaf, rule.floorPoints,
                      working + QStringLiteral(" = ") + formatExact(deducted) + QStringLiteral(", ")
                          + tr("not below %1").arg(formatExact(rule.floorPoints)));
    return scored(leaf, deducted, working, Step::Computed);
}

} // namespace ParScore
