#include "scoretable.h"

#include "clioutput.h"
#include "language.h"
#include "scoringtext.h"

#include <QCoreApplication>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ScoreTable)
};

constexpr int idWidth = 9;
constexpr int titleWidth = 52;
constexpr int numberWidth = 8;

QString row(const QString &id, const QString &title, const QString &max, const QString &points,
            const QString &percent, const QString &state)
{
    return fitToWidth(id, idWidth) + u' ' + fitToWidth(title, titleWidth) + u' '
           + fitToWidth(max, numberWidth, true) + u' ' + fitToWidth(points, numberWidth, true)
           + u' ' + fitToWidth(percent, numberWidth, true) + QStringLiteral("  ") + state + u'\n';
}

QString summaryLine(const QString &label, const QString &value)
{
    return fitToWidth(label, 24) + value + u'\n';
}

} // namespace

QString scoreTable(const CriteriaSet &set, const Scorecard &card, bool withExplanations)
{
    QString text = printableText(set.title()) + u'\n';
    text += Text::tr("Criteria set %1 @ %2, SHA-256 %3")
                .arg(printableText(set.id()), printableText(set.version()), set.sha256())
            + u'\n';
    const QString warning = criteriaStatusWarning(set.status());
    if (!warning.isEmpty())
        text += QStringLiteral("*** ") + warning + QStringLiteral(" ***\n");
    text += (card.role == Role::Agency ? Text::tr("Scored as: the agency (self-assessment)")
                                       : Text::tr("Scored as: the appraisers"))
            + QStringLiteral("\n\n");

    const QString rule = QString(idWidth + titleWidth + 3 * numberWidth + 4 + 14, u'-') + u'\n';
    text += row(Text::tr("No."), Text::tr("Criterion"), Text::tr("Max"), Text::tr("Points"),
                Text::tr("%"), Text::tr("State"));
    text += rule;
    for (const CriteriaNode &node : set.nodes()) {
        const NodeScore &score = card.nodes[node.index];
        if (!score.included)
            continue;
        const auto percent = card.nodePercent(node.index);
        const QString indent(2 * node.depth, u' ');
        text += row(indent + node.id, indent + node.title, formatPoints(score.maxPoints),
                    formatPoints(score.points), percent ? formatPercent(*percent) : QString(),
                    nodeStateName(score.state));
        if (withExplanations && node.isLeaf())
            text += QString(idWidth + 1, u' ') + indent + QStringLiteral("↳ ")
                    + printableText(score.explanation) + u'\n';
    }
    text += rule;

    text += summaryLine(Text::tr("Areas:"), formatPoints(card.areaPoints) + QStringLiteral(" / ")
                                                + formatPoints(card.maxPoints));
    if (set.bonus())
        text += summaryLine(Text::tr("Bonus:"), formatSignedPoints(card.bonus, false));
    if (set.penalty())
        text += summaryLine(Text::tr("Penalty:"), formatSignedPoints(card.penalty, true));
    text += summaryLine(Text::tr("Total:"), formatPoints(card.total) + QStringLiteral(" / ")
                                                + formatPoints(card.maxPoints));
    text += summaryLine(Text::tr("Index:"),
                        card.percent ? formatPercent(*card.percent) + QStringLiteral(" %")
                                     : Text::tr("none (the maximum is 0)"));
    text += summaryLine(Text::tr("Grade:"),
                        card.grade ? printableText(*card.grade) : Text::tr("none"));
    text += summaryLine(
        Text::tr("Answered:"),
        Text::tr("%1 of %2 items")
                .arg(QString::number(card.answeredLeaves), QString::number(card.leaves))
            + (card.complete ? QString() : QStringLiteral(" — ") + Text::tr("incomplete")));
    if (!warning.isEmpty())
        text += QStringLiteral("*** ") + warning + QStringLiteral(" ***\n");
    return text;
}

} // namespace ParScore::Cli
