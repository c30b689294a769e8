#include "finalcardhtml.h"

#include "language.h"
#include "provincefile.h"
#include "scoringtext.h"
#include "resultseal.h"
#include "seal.h"

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

} // namespace
Result<FinalCardContent> FinalCardHtml::load(ParxFile &file, const AssessmentInfo &assessment, const CriteriaSet &set)
{
    AssessmentStore store(file);
    auto scores = LayeredScores::read(store, assessment, set);
    if (!scores)
        return scores.error();
    FinalCardContent content{assessment, &set, std::move(scores).value(), {}, false, {}, {}};
    if (file.info(QStringLiteral("role")) == QLatin1String("inspector")) {
        if (const auto province = ProvinceFile::read(file))
            content.council = province.value().title;
    }
    auto seal = Seal::verify(file, assessment, Seal::Depth::Records);
    if (!seal)
        return seal.error();
    content.sealIntact = seal.value() == SealState::Intact;
    auto sealSignature = Seal::signature(file, assessment);
    if (!sealSignature)
        return sealSignature.error();
    content.sealSignature = sealSignature.value();
    auto finalSignature = ResultSeal::finalSignature(file.db(), assessment);
    if (!finalSignature)
        return finalSignature.error();
    content.finalSignature = finalSignature.value();
    return content;
}

ScorecardPieces FinalCardHtml::pieces(const FinalCardContent &content)
{
    const CriteriaSet &set = *content.set;
    const AssessmentInfo &a = content.assessment;
    const LayeredScores &s = content.scores;
    const bool provisional = a.status != AssessmentStatus::Final;
    ScorecardPieces pieces;

    // The heading block of an administrative document (Decree 30/2020).
    pieces.head = ScorecardHtml::documentStart();
    pieces.head += QStringLiteral("<table width=\"100%\"><tr>"
                                  "<td width=\"45%\" align=\"center\"><b>%1</b><br>%2</td>"
                                  "<td width=\"55%\" align=\"center\"><b>%3</b><br><b><u>%4</u></b><br><i>%5</i></td>"
                                  "</tr></table><br>")
                       .arg(tr("APPRAISAL COUNCIL"), escaped(content.council), tr("SOCIALIST REPUBLIC OF VIET NAM"),
                            tr("Independence - Freedom - Happiness"),
                            tr("………………, date ………/………/…………",
                               "place and date, filled in by hand; Vietnamese: …, ngày … tháng … năm …"));
    pieces.head += QStringLiteral("<h1>%1</h1>").arg(tr("PAR INDEX APPRAISAL RESULT"));
    pieces.head += QStringLiteral("<p class=\"sub\"><b>%1</b></p>").arg(escaped(a.agencyName));
    pieces.head += QStringLiteral("<p class=\"sub\">%1</p>")
                       .arg(tr("Agency code %1 — year %2 — %3")
                                .arg(escaped(a.agencyCode), QString::number(a.year), statusName(a.status)));
    pieces.head += QStringLiteral("<p class=\"sub\">%1</p>")
                       .arg(tr("Criteria set: %1 (%2, version %3)")
                                .arg(escaped(set.title()), escaped(set.id()), escaped(set.version())));
    const QString unofficial = criteriaStatusWarning(set.status());
    if (!unofficial.isEmpty())
        pieces.head += QStringLiteral("<p class=\"warning\">%1</p>").arg(escaped(unofficial));
    if (provisional)
        pieces.head += QStringLiteral("<p class=\"warning\">%1</p>")
                           .arg(tr("PROVISIONAL: the appraisal is not final; the final points, index and grade may "
                                   "change."));

    const std::pair<QString, int> headings[] = {
        {tr("No."), 5},          {tr("Area / criterion / sub-criterion"), 28},
        {tr("Maximum"), 8},      {tr("Self-assessed"), 9},
        {tr("Appraisal 1"), 9},  {tr("Appraisal 2"), 9},
        {provisional ? tr("Final (provisional)") : tr("Final"), 11},
        {tr("Note / explanation"), 21}};
    for (const auto &[heading, width] : headings)
        pieces.headings += QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(width), heading);

    for (const CriteriaNode &node : set.nodes()) {
        const bool area = node.depth == 0;
        const QString indent = QString(node.depth * 3, QChar(0x00A0));
        QString row = area ? QStringLiteral("<tr class=\"area\">") : QStringLiteral("<tr>");
        row += cell(escaped(node.id));
        row += cell(indent + escaped(area ? node.title.toUpper() : node.title));
        row += numberCell(formatPoints(s.final.nodes[node.index].maxPoints));
        for (const Layer layer : allLayers) {
            const int i = int(layer);
            const NodeScore &score = s.cards[i].nodes[node.index];
            row += numberCell(score.included && s.says[i][node.index] ? formatPoints(score.points) : QString());
        }
        row += numberCell(formatPoints(s.final.nodes[node.index].points));
        row += cell(escaped(s.latestNote(node.id)));
        pieces.rows.append(row + QStringLiteral("</tr>"));
        pieces.keepWithNext.append(area);
    }
    pieces.firstSummaryRow = int(pieces.rows.size());
    // Bonus, penalty, total, index and grade of each layer that holds anything, and final.
    const auto summary = [&](const QString &label, const QString &maximum, auto value) {
        QString row = QStringLiteral("<tr class=\"total\">") + cell(QString()) + cell(label) + numberCell(maximum);
        for (const Layer layer : allLayers)
            row += numberCell(s.holds(layer) ? value(s.cards[int(layer)]) : QString());
        row += numberCell(value(s.final)) + cell(QString());
        pieces.rows.append(row + QStringLiteral("</tr>"));
        pieces.keepWithNext.append(true);
    };
    if (set.bonus())
        summary(tr("Bonus points"), formatPoints(set.bonus()->maxPoints),
                [](const Scorecard &card) { return formatSignedPoints(card.bonus, false); });
    if (set.penalty())
        summary(tr("Penalty points"), formatPoints(set.penalty()->maxPoints),
                [](const Scorecard &card) { return formatSignedPoints(card.penalty, true); });
    summary(tr("TOTAL"), formatPoints(s.final.maxPoints), [](const Scorecard &card) { return formatPoints(card.total); });
    summary(tr("Index"), QString(), [](const Scorecard &card) {
        return card.percent ? formatPercent(*card.percent) + QStringLiteral(" %") : QStringLiteral("—");
    });
    summary(tr("Grade"), QString(), [](const Scorecard &card) { return escaped(card.grade.value_or(QStringLiteral("—"))); });

    QString footer = ScorecardHtml::sealStatement(a, content.sealIntact, content.sealSignature);
    // A final result names the key that signed it: the card the council's chair signs binds the file.
    footer += QStringLiteral("<p>%1</p>")
                  .arg(provisional ? tr("The appraisal is not final: this card is provisional.")
                                   : tr("The appraisal is final.") + u' '
                                         + ScorecardHtml::signatureStatement(
                                             content.finalSignature, tr("The final result is signed with the key %1."),
                                             tr("The final result is not signed: finalized before ParScore signed "
                                                "results."),
                                             tr("WARNING: the signature of the final result does not hold (key %1).")));
    footer += QStringLiteral("<br>")
              + ScorecardHtml::signatures(tr("PREPARED BY"), tr("(signature and full name)"),
                                          tr("CHAIR OF THE APPRAISAL COUNCIL"), tr("(signature, full name and seal)"))
              + QStringLiteral("</body></html>");
    pieces.footer = footer;
    return pieces;
}

} // namespace ParScore
