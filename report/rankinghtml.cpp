#include "rankinghtml.h"

#include "groupnames.h"
#include "language.h"
#include "scoringtext.h"

#include <QSet>

namespace ParScore {
namespace {

// The printed documents' helpers (ScorecardHtml), by their short names.
QString escaped(const QString &text)
{
    return ScorecardHtml::escaped(text);
}
QString cell(const QString &html)
{
    return ScorecardHtml::cell(html);
}
QString numberCell(const QString &html)
{
    return ScorecardHtml::numberCell(html);
}

QString percentText(const std::optional<ScoreSummary> &layer)
{
    return layer && layer->percent ? formatPercent(*layer->percent) : QStringLiteral("—");
}

} // namespace
ScorecardPieces RankingHtml::pieces(const Overview &overview, const QString &title)
{
    const bool onFinal = overview.layer == OverviewLayer::Final;
    int provisional = 0;
    QStringList warnings;
    for (const OverviewRow &row : overview.rows) {
        provisional += onFinal && row.provisional() ? 1 : 0;
        const QString warning = criteriaStatusWarning(row.criteriaStatus);
        if (!warning.isEmpty() && !warnings.contains(warning))
            warnings.append(warning);
    }

    ScorecardPieces pieces;
    pieces.head = ScorecardHtml::documentStart();
    pieces.head += QStringLiteral("<h1>%1</h1>").arg(tr("PAR INDEX RANKING"));
    if (!title.isEmpty())
        pieces.head += QStringLiteral("<p class=\"sub\"><b>%1</b></p>").arg(escaped(title));
    pieces.head += QStringLiteral("<p class=\"sub\">%1</p>")
                       .arg(onFinal ? tr("Ranked on the final result (scored as the appraisers)")
                                    : tr("Ranked on the self-assessment (scored as the agency)"));
    if (provisional > 0)
        pieces.head += QStringLiteral("<p class=\"warning\">%1</p>")
                           .arg(tr("PROVISIONAL: the results of %n agency(ies) are not final yet; their figures "
                                   "marked * may change.",
                                   nullptr, provisional));
    for (const QString &warning : warnings)
        pieces.head += QStringLiteral("<p class=\"warning\">%1</p>").arg(escaped(warning));

    const std::pair<QString, int> headings[] = {{tr("No."), 7},      {tr("Agency"), 45}, {tr("Self %"), 12},
                                                {tr("Final %"), 12}, {tr("Grade"), 12},  {tr("Rank"), 12}};
    for (const auto &[heading, width] : headings)
        pieces.headings += QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(width), heading);

    const OverviewRow *previous = nullptr;
    int number = 0;
    for (const OverviewRow &row : overview.rows) {
        if (!previous || previous->assessment.year != row.assessment.year
            || previous->assessment.group != row.assessment.group) {
            // Each group on its own, numbered from 1: ranks count within (year, group).
            pieces.rows.append(QStringLiteral("<tr class=\"area\"><td colspan=\"6\">%1</td></tr>")
                                   .arg(tr("%1 — %2").arg(escaped(groupName(row.assessment.group)),
                                                          tr("year %1").arg(row.assessment.year))));
            pieces.keepWithNext.append(true);
            number = 0;
        }
        previous = &row;
        const QString star = onFinal && row.provisional() ? QStringLiteral("*") : QString();
        const std::optional<ScoreSummary> &ranked = row.layer(overview.layer);
        QString html = QStringLiteral("<tr>");
        html += numberCell(QString::number(++number));
        html += cell(QStringLiteral("%1 — %2").arg(escaped(row.assessment.agencyCode), escaped(row.assessment.agencyName)));
        html += numberCell(percentText(row.self));
        html += numberCell(row.final ? percentText(row.final) + star : QStringLiteral("—"));
        html += cell(ranked && ranked->grade ? escaped(*ranked->grade) + (onFinal ? star : QString()) : QStringLiteral("—"));
        html += numberCell(row.rank ? QString::number(*row.rank) + (onFinal ? star : QString()) : QStringLiteral("—"));
        pieces.rows.append(html + QStringLiteral("</tr>"));
        pieces.keepWithNext.append(false);
    }
    pieces.firstSummaryRow = int(pieces.rows.size());
    QString footer;
    if (provisional > 0)
        footer += QStringLiteral("<p>%1</p>").arg(tr("* provisional: the appraisal of this agency is not final yet."));
    footer += QStringLiteral("<p>%1</p>")
                  .arg(tr("“—”: no percent, or not ranked (the layer is empty or not every item is answered). "
                          "Equal percents share a rank."));
    footer += QStringLiteral("</body></html>");
    pieces.footer = footer;
    return pieces;
}

} // namespace ParScore
