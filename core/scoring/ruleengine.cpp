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

LeafResult RuleEngine::evaluate(const CriteriaNode &leaf, const Answer *answer,
                                Explanation explanation)
{
    const bool written = explanation == Explanation::Written;
    if (!answer)
        return {0, leaf.maxPoints, NodeState::Incomplete,
                written ? tr("Not answered → 0") : QString()};
    if (answer->notApplicable)
        return notApplicable(
            leaf, [answer]() -> QString { return tr("Not applicable (%1)").arg(answer->reason); },
            explanation);

    const Rule &rule = *leaf.rule;
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    switch (rule.kind) {
    case RuleKind::Manual:
        return scored(leaf, answer->number, explanation, [answer]() -> QString {
            return tr("Points entered: %1").arg(formatExact(answer->number));
        });
    case RuleKind::Boolean:
        return answer->yes ? scored(leaf, max, explanation,
                                    []() -> QString { return tr("Yes → the maximum"); })
                           : scored(leaf, Fraction(), explanation,
                                    []() -> QString { return tr("No → 0"); });
    case RuleKind::Choice: {
        const RuleOption *option = rule.option(answer->option);
        const Fraction points = option ? option->points : Fraction();
        return scored(leaf, points, explanation, [option, answer]() -> QString {
            return tr("“%1”").arg(option ? option->label : answer->option);
        });
    }
    case RuleKind::Checklist:
        return checklist(leaf, *answer, explanation);
    case RuleKind::Ratio:
        return ratio(leaf, *answer, explanation);
    case RuleKind::Tiers:
        return tiers(leaf, *answer, explanation);
    case RuleKind::Deduction:
        return deduction(leaf, *answer, explanation);
    case RuleKind::Percent: {
        const Fraction exact = answer->number / Fraction(100, 1) * max;
        return scored(
            leaf, exact, explanation,
            [answer, max]() -> QString {
                return percentText(answer->number) + QStringLiteral(" × ") + formatExact(max);
            },
            Step::Computed);
    }
    }
    return {0, leaf.maxPoints, NodeState::Incomplete, QString()};
}

LeafResult RuleEngine::scored(const CriteriaNode &leaf, const Fraction &exact,
                              Explanation explanation, const Working &working, Step step)
{
    const Hundredths points = exact.roundToHundredths();
    if (explanation == Explanation::Skipped)
        return {points, leaf.maxPoints, NodeState::Complete, QString()};
    const QString joint = step == Step::Computed ? QStringLiteral(" = ") : QStringLiteral(" → ");
    return {points, leaf.maxPoints, NodeState::Complete,
            working() + joint + resultText(exact, points)};
}

LeafResult RuleEngine::notApplicable(const CriteriaNode &leaf, const Working &cause,
                                     Explanation explanation)
{
    const bool written = explanation == Explanation::Written;
    switch (leaf.notApplicable) {
    case NotApplicablePolicy::Exclude:
        return {0, 0, NodeState::NotApplicable,
                written ? tr("%1 → left out of both the points and the maximum").arg(cause())
                        : QString()};
    case NotApplicablePolicy::Full:
        return {leaf.maxPoints, leaf.maxPoints, NodeState::NotApplicable,
                written
                    ? tr("%1 → scores the maximum %2").arg(cause(), formatPoints(leaf.maxPoints))
                    : QString()};
    case NotApplicablePolicy::Zero:
    case NotApplicablePolicy::Forbidden: // refused by the parser; scored as zero if it slips
                                         // through
        return {0, leaf.maxPoints, NodeState::NotApplicable,
                written ? tr("%1 → 0").arg(cause()) : QString()};
    }
    return {0, leaf.maxPoints, NodeState::NotApplicable, written ? cause() : QString()};
}

LeafResult RuleEngine::ratio(const CriteriaNode &leaf, const Answer &answer,
                             Explanation explanation)
{
    if (answer.denominator == 0)
        return notApplicable(
            leaf, []() -> QString { return tr("0/0: did not arise"); }, explanation);
    const Rule &rule = *leaf.rule;
    const Fraction ratio(answer.numerator, answer.denominator);
    const Fraction percent = ratio * Fraction(100, 1);
    const auto fraction = [&answer]() -> QString {
        return QStringLiteral("%1/%2").arg(QString::number(answer.numerator), QString::number(answer.denominator));
    };
    const auto head = [&]() -> QString {
        return fraction() + QStringLiteral(" = ") + percentText(percent);
    };
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    if (percent >= rule.fullAtPercent)
        return scored(leaf, max, explanation, [&]() -> QString {
            return head() + QStringLiteral(" ≥ ") + percentText(rule.fullAtPercent)
                   + QStringLiteral(" → ") + tr("the maximum");
        });
    if (percent < rule.floorPercent)
        return scored(leaf, Fraction(), explanation, [&]() -> QString {
            return head() + QStringLiteral(" < ") + percentText(rule.floorPercent);
        });
    return scored(
        leaf, ratio * max, explanation,
        [&]() -> QString {
            const QString ratioText =
                (ratio * Fraction(10000, 1)).isInteger() ? formatExact(ratio) : fraction();
            return head() + QStringLiteral(" ≥ ") + percentText(rule.floorPercent)
                   + QStringLiteral(" → ") + ratioText + QStringLiteral(" × ") + formatExact(max);
        },
        Step::Computed);
}

LeafResult RuleEngine::tiers(const CriteriaNode &leaf, const Answer &answer,
                             Explanation explanation)
{
    const Rule &rule = *leaf.rule;
    const Tier *best = nullptr;
    std::optional<Fraction> percent; // with percent input
    if (rule.tierInput == TierInput::Percent) {
        if (answer.denominator == 0)
            return notApplicable(
                leaf, []() -> QString { return tr("0/0: did not arise"); }, explanation);
        percent = Fraction(answer.numerator, answer.denominator) * Fraction(100, 1);
        for (const Tier &tier : rule.tiers) {
            if (tier.atLeastExact <= *percent && (!best || tier.atLeastExact > best->atLeastExact))
                best = &tier;
        }
    } else {
        for (const Tier &tier : rule.tiers) {
            if (tier.atLeast <= answer.value && (!best || tier.atLeast > best->atLeast))
                best = &tier;
        }
    }
    const auto head = [&]() -> QString {
        if (percent)
            return QStringLiteral("%1/%2 = ").arg(QString::number(answer.numerator), QString::number(answer.denominator))
                   + percentText(*percent)
                   + (best ? QStringLiteral(" ≥ ") + percentText(best->atLeastExact) : QString());
        return formatNumber(answer.value)
               + (best ? QStringLiteral(" ≥ ") + formatNumber(best->atLeast) : QString());
    };
    if (!best)
        return scored(leaf, Fraction(), explanation,
                      [&]() -> QString { return tr("%1, below every tier").arg(head()); });
    return scored(leaf, best->points, explanation, head);
}

LeafResult RuleEngine::checklist(const CriteriaNode &leaf, const Answer &answer,
                                 Explanation explanation)
{
    const Rule &rule = *leaf.rule;
    if (answer.checked.isEmpty())
        return scored(leaf, Fraction(), explanation,
                      []() -> QString { return tr("Nothing checked"); });
    Fraction sum;
    for (const QString &id : answer.checked) {
        if (const RuleOption *item = rule.option(id))
            sum = sum + item->points;
    }
    const auto working = [&]() -> QString {
        QStringList parts;
        for (const QString &id : answer.checked) {
            if (const RuleOption *item = rule.option(id))
                parts.append(formatExact(item->points));
        }
        return tr("Checked %n item(s): %1", nullptr, int(answer.checked.size()))
            .arg(parts.join(QStringLiteral(" + ")));
    };
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    if (sum > max)
        return scored(leaf, max, explanation, [&]() -> QString {
            return working() + QStringLiteral(" = ") + formatExact(sum) + QStringLiteral(", ")
                   + tr("capped at the maximum");
        });
    return scored(leaf, sum, explanation, working, Step::Computed);
}

LeafResult RuleEngine::deduction(const CriteriaNode &leaf, const Answer &answer,
                                 Explanation explanation)
{
    const Rule &rule = *leaf.rule;
    const Fraction max = Fraction::fromHundredths(leaf.maxPoints);
    if (answer.count == 0)
        return scored(leaf, max, explanation, []() -> QString { return tr("No violations"); });
    const Fraction deducted = max - Fraction::fromInteger(answer.count) * rule.perItem;
    const auto working = [&]() -> QString {
        return QStringLiteral("%1 − %2 × %3")
            .arg(formatExact(max), QString::number(answer.count), formatExact(rule.perItem));
    };
    if (deducted < rule.floorPoints)
        return scored(leaf, rule.floorPoints, explanation, [&]() -> QString {
            return working() + QStringLiteral(" = ") + formatExact(deducted) + QStringLiteral(", ")
                   + tr("not below %1").arg(formatExact(rule.floorPoints));
        });
    return scored(leaf, deducted, explanation, working, Step::Computed);
}

} // namespace ParScore
