#include "rankinghtml.h"

#include "groupnames.h"
#include "language.h"
#include "scoringtext.h"

namespace ParScore {
namespace {

QString percentText(const std::optional<ScoreSummary> &layer)
{
    return layer && layer->percent ? formatPercent(*layer->percent) : QStringLiteral("—");
}

} // namespace

RankingHtml::Heading RankingHtml::heading(const Overview &overview)
{
    const bool onFinal = overview.layer == OverviewLayer::Final;
    int provisional = 0;
    QStringList unofficial;
    for (const OverviewRow &row : overview.rows) {
        provisional += onFinal && row.provisional() ? 1 : 0;
        const QString warning = criteriaStatusWarning(row.criteriaStatus);
        if (!warning.isEmpty() && !unofficial.contains(warning))
            unofficial.append(warning);
    }
    Heading heading;
    heading.provisional = provisional;
    heading.rankedOn = onFinal ? tr("Ranked on the final result (scored as the appraisers)")
                               : tr("Ranked on the self-assessment (scored as the agency)");
    if (provisional > 0)
        heading.warnings.append(tr("PROVISIONAL: the results of %n agency(ies) are not final yet; their figures "
                                   "marked * may change.",
                                   nullptr, provisional));
    heading.warnings += unofficial;
    return heading;
}

QStringList RankingHtml::columnTitles()
{
    return {tr("No."), tr("Agency"), tr("Self %"), tr("Final %"), tr("Grade"), tr("Rank")};
}

QList<RankingHtml::Line> RankingHtml::lines(const Overview &overview)
{
    const bool onFinal = overview.layer == OverviewLayer::Final;
    QList<Line> lines;
    const OverviewRow *previous = nullptr;
    int number = 0;
    for (const OverviewRow &row : overview.rows) {
        if (!previous || previous->assessment.year != row.assessment.year
            || previous->assessment.group != row.assessment.group) {
            // Each group on its own, numbered from 1: ranks count within (year, group).
            lines.append({true,
                          {tr("%1 — %2").arg(groupName(row.assessment.group), tr("year %1").arg(row.assessment.year))},
                          &row});
            number = 0;
        }
        previous = &row;
        const QString star = onFinal && row.provisional() ? QStringLiteral("*") : QString();
        const std::optional<ScoreSummary> &ranked = row.layer(overview.layer);
        lines.append({false,
                      {QString::number(++number),
                       QStringLiteral("%1 — %2").arg(row.assessment.agencyCode, row.assessment.agencyName),
                       percentText(row.self), row.final ? percentText(row.final) + star : QStringLiteral("—"),
                       ranked && ranked->grade ? *ranked->grade + (onFinal ? star : QString()) : QStringLiteral("—"),
                       row.rank ? QString::number(*row.rank) + (onFinal ? star : QString()) : QStringLiteral("—")},
                      &row});
    }
    return lines;
}

ScorecardPieces RankingHtml::pieces(const Overview &overview, const QString &title)
{
    const Heading notes = heading(overview);
    ScorecardPieces pieces;
    pieces.head = ScorecardHtml::documentStart();
    pieces.head += QStringLiteral("<h1>%1</h1>").arg(tr("PAR INDEX RANKING"));
    if (!title.isEmpty())
        pieces.head += QStringLiteral("<p class=\"sub\"><b>%1</b></p>").arg(ScorecardHtml::escaped(title));
    pieces.head += QStringLiteral("<p class=\"sub\">%1</p>").arg(notes.rankedOn);
    for (const QString &warning : notes.warnings)
        pieces.head += QStringLiteral("<p class=\"warning\">%1</p>").arg(ScorecardHtml::escaped(warning));

    const QStringList titles = columnTitles();
    const int widths[] = {7, 45, 12, 12, 12, 12};
    for (int column = 0; column < titles.size(); ++column)
        pieces.headings += QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(widths[column]), titles[column]);

    for (const Line &line : lines(overview)) {
        if (line.groupHeading) {
            pieces.rows.append(QStringLiteral("<tr class=\"area\"><td colspan=\"6\">%1</td></tr>")
                                   .arg(ScorecardHtml::escaped(line.cells.constFirst())));
            pieces.keepWithNext.append(true);
            continue;
        }
        QString html = QStringLiteral("<tr>");
        for (int column = 0; column < line.cells.size(); ++column) {
            const QString text = ScorecardHtml::escaped(line.cells[column]);
            html += column == 1 || column == 4 ? ScorecardHtml::cell(text) : ScorecardHtml::numberCell(text);
        }
        pieces.rows.append(html + QStringLiteral("</tr>"));
        pieces.keepWithNext.append(false);
    }
    pieces.firstSummaryRow = int(pieces.rows.size());
    QString footer;
    if (notes.provisional > 0)
        footer += QStringLiteral("<p>%1</p>").arg(tr("* provisional: the appraisal of this agency is not final yet."));
    footer += QStringLiteral("<p>%1</p>")
                  .arg(tr("“—”: no percent, or not ranked (the layer is empty or not every item is answered). "
                          "Equal percents share a rank."));
    footer += QStringLiteral("</body></html>");
    pieces.footer = footer;
    return pieces;
}

} // namespace ParScore
