#include "answertext.h"

#include "language.h"

namespace ParScore {

QString AnswerText::of(const CriteriaNode &leaf, const Answer &answer)
{
    if (answer.notApplicable)
        return tr("NA: %1").arg(answer.reason);
    if (!leaf.rule)
        return {};
    const Rule &rule = *leaf.rule;
    switch (rule.kind) {
    case RuleKind::Manual:
        return tr("%1 points").arg(formatExact(answer.number));
    case RuleKind::Boolean:
        return answer.yes ? tr("Yes") : tr("No");
    case RuleKind::Choice: {
        const RuleOption *option = rule.option(answer.option);
        return tr("“%1”").arg(option ? option->label : answer.option);
    }
    case RuleKind::Checklist: {
        if (answer.checked.isEmpty())
            return tr("nothing checked");
        QStringList labels;
        for (const QString &id : answer.checked) {
            const RuleOption *item = rule.option(id);
            labels.append(item ? item->label : id);
        }
        return labels.join(QStringLiteral("; "));
    }
    case RuleKind::Ratio:
        return QStringLiteral("%1/%2").arg(answer.numerator).arg(answer.denominator);
    case RuleKind::Tiers:
        return rule.tierInput == TierInput::Percent
                   ? QStringLiteral("%1/%2").arg(answer.numerator).arg(answer.denominator)
                   : formatNumber(answer.value);
    case RuleKind::Deduction:
        return count(answer.count);
    case RuleKind::Percent:
        return formatExact(answer.number) + QStringLiteral(" %");
    }
    return {};
}

QString AnswerText::count(qint64 times)
{
    // A sign, not a word: read the same in every language, whatever the number.
    return QStringLiteral("×%1").arg(times);
}

} // namespace ParScore
