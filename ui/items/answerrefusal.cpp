#include "answerrefusal.h"

#include "language.h"

#include <QCoreApplication>

namespace ParScore {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AnswerRefusal)
};
} // namespace

QString answerRefusal(const CriteriaNode &node, const QJsonObject &entered, const Error &error)
{
    const Rule &rule = *node.rule;
    if (rule.kind == RuleKind::Manual)
        return Text::tr("“%1”: points go in steps of %2, from 0 to %3.")
            .arg(formatNumber(entered.value(QStringLiteral("points")).toDouble()), formatExact(rule.step),
                 formatPoints(node.maxPoints));
    const qint64 done = entered.value(QStringLiteral("numerator")).toInteger(-1);
    const qint64 total = entered.value(QStringLiteral("denominator")).toInteger(-1);
    if (done >= 0 && total >= 0 && done > total)
        return Text::tr("“Done” (%1) cannot be more than “Out of” (%2).")
            .arg(QString::number(done), QString::number(total));
    if (done >= 0 && total == 0)
        return Text::tr("“Out of” is 0, which means the item did not arise, but this item must be "
                               "scored: enter the real total.");
    QString message = error.message;
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message.endsWith(u'.') ? message : message + u'.';
}

} // namespace ParScore
