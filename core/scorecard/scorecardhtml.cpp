#include "scorecardhtml.h"

#include "assessmentstore.h"
#include "evidencestore.h"
#include "language.h"
#include "seal.h"

namespace ParScore {
namespace {

const QString number = QStringLiteral("number"); // points, right-aligned

} // namespace

Result<ScorecardContent> ScorecardHtml::load(ParxFile &file, const AssessmentInfo &assessment,
                                             const CriteriaSet &set)
{
    AssessmentStore store(file);
    ScorecardContent content;
    content.assessment = assessment;
    content.set = &set;
    auto self = store.answers(assessment, set, Layer::Self);
    if (!self)
        return self.error();
    content.card = scoreAnswers(set, self.value(), Role::Agency);
    auto notes = store.notes(assessment, Layer::Self);
    if (!notes)
        return notes.error();
    content.notes = notes.value();
    auto evidence = EvidenceStore(file).list(assessment.uuid);
    if (!evidence)
        return evidence.error();
    for (const EvidenceInfo &document : evidence.value()) {
        for (const QString &node : document.nodes)
            content.evidence[node].append(document.nameAt(node));
    }
    auto seal = Seal::verify(file, assessment, Seal::Depth::Records);
    if (!seal)
        return seal.error();
    content.sealIntact = seal.value() == SealState::Intact;
    auto signature = Seal::signature(file, assessment);
    if (!signature)
        return signature.error();
    content.sealSignature = signature.value();
    return content;
}

QString ScorecardPieces::html(const QList<int> &pageStarts) const
{
    QString out = head + tableStart(pageStarts.contains(0));
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (row > 0 && pageStarts.contains(int(row)))
            out += QStringLiteral("</tbody></table>") + tableStart(true);
        out += rows[row];
    }
    return out + QStringLiteral("</tbody></table>") + footer;
}

QString ScorecardPieces::tableStart(bool newPage) const
{
    return QStringLiteral("<table class=\"card\" cellspacing=\"0\"%1><thead><tr>")
               .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
           + headings + QStringLiteral("</tr></thead><tbody>");
}

QString ScorecardHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// QTextDocument gives a cell with a style attribute of its own the borders that attribute
// names (none), dropping those of the style sheet: cells are styled by class only.
QString ScorecardHtml::cell(const QString &html, const QString &cssClass)
{
    return cssClass.isEmpty() ? QStringLiteral("<td>%1</td>").arg(html)
                              : QStringLiteral("<td class=\"%1\">%2</td>").arg(cssClass, html);
}

QString ScorecardHtml::numberCell(const QString &html)
{
    return cell(html, QStringLiteral("number"));
}

namespace {

// Monospace: no "ff" ligature inside a fingerprint, and its groups line up as typed.
QString fingerprintHtml(const QString &fingerprint)
{
    return QStringLiteral("<span style=\"font-family: monospace;\">%1</span>").arg(fingerprint.toHtmlEscaped());
}

} // namespace

QString ScorecardHtml::sealStatement(const AssessmentInfo &a, bool sealIntact, const SignatureCheck &signature)
{
    if (!a.isSealed())
        return QStringLiteral("<p>%1</p>").arg(tr("Not yet submitted (draft)."));
    // The seal's fingerprint and the key that signed it, so that the paper the head of the
    // agency signs names the file.
    return QStringLiteral("<p>%1<br>%2</p>")
        .arg(sealIntact ? tr("Submitted (sealed) on %1. Seal fingerprint: %2")
                              .arg(formatLocalTime(a.sealedAt), fingerprintHtml(a.sealSha256))
                        : tr("WARNING: the self-assessment was changed after it was sealed."),
             signatureStatement(signature, tr("Signed with the agency's key %1."),
                                tr("Not signed: made before ParScore signed submissions."),
                                tr("WARNING: the signature of the submission does not hold (key %1).")));
}

QString ScorecardHtml::signatureStatement(const SignatureCheck &check, const QString &valid,
                                          const QString &unsignedText, const QString &broken)
{
    if (!check.isSigned)
        return unsignedText;
    const QString key = check.signer ? fingerprintHtml(check.signer->fingerprint()) : QStringLiteral("—");
    return check.signer && check.valid ? valid.arg(key) : broken.arg(key);
}

QString ScorecardHtml::signatures(const QString &left, const QString &leftHint, const QString &right,
                                  const QString &rightHint)
{
    return QStringLiteral("<table width=\"100%\"><tr>"
                          "<td width=\"50%\" align=\"center\"><b>%1</b><br><i>%2</i><br><br><br><br></td>"
                          "<td width=\"50%\" align=\"center\"><b>%3</b><br><i>%4</i><br><br><br><br></td>"
                          "</tr></table>")
        .arg(left, leftHint, right, rightHint);
}

ScorecardPieces ScorecardHtml::pieces(const ScorecardContent &content)
{
    ScorecardPieces pieces;
    pieces.head = head(content);
    pieces.headings = headings();
    appendItemRows(content, pieces);
    pieces.firstSummaryRow = int(pieces.rows.size());
    appendSummaryRows(content, pieces);
    pieces.footer = footer(content);
    return pieces;
}

QString ScorecardHtml::head(const ScorecardContent &content)
{
    const CriteriaSet &set = *content.set;
    const AssessmentInfo &a = content.assessment;
    QString head = documentStart();
    head += QStringLiteral("<h1>%1</h1>").arg(tr("PAR INDEX SCORECARD"));
    head += QStringLiteral("<p class=\"sub\"><b>%1</b></p>").arg(escaped(a.agencyName));
    head += QStringLiteral("<p class=\"sub\">%1</p>")
                .arg(tr("Agency code %1 — self-assessment for the year %2")
                         .arg(escaped(a.agencyCode), QString::number(a.year)));
    head += QStringLiteral("<p class=\"sub\">%1</p>")
                .arg(tr("Criteria set: %1 (%2, version %3)")
                         .arg(escaped(set.title()), escaped(set.id()), escaped(set.version())));
    if (set.status() != SetStatus::Official)
        head += QStringLiteral("<p class=\"warning\">%1</p>")
                    .arg(set.status() == SetStatus::Illustrative
                             ? tr("ILLUSTRATIVE criteria set (minh họa): not the province's official set")
                             : tr("DRAFT criteria set: not yet official"));
    return head;
}

QString ScorecardHtml::documentStart()
{
    return QStringLiteral(
        "<html><head><style>"
        "body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9pt; }"
        "h1 { font-size: 14pt; text-align: center; margin: 0; }"
        "p.sub { text-align: center; margin: 2px; }"
        "p.warning { text-align: center; color: #b00000; font-weight: bold; }"
        "table.card { border-collapse: collapse; width: 100%; }"
        "table.card td, table.card th { border: 1px solid #444; padding: 3px; vertical-align: top; }"
        "table.card th { background: #e8e8e8; }"
        "table.card td.number { text-align: right; }"
        "tr.area td { font-weight: bold; background: #f4f4f4; }"
        "tr.total td { font-weight: bold; }"
        "</style></head><body>");
}

QString ScorecardHtml::headings()
{
    const std::pair<QString, int> headings[] = {{tr("No."), 7},
                                                {tr("Area / criterion / sub-criterion"), 45},
                                                {tr("Maximum"), 9},
                                                {tr("Self-assessed"), 10},
                                                {tr("Notes / explanation / evidence"), 29}};
    QString html;
    for (const auto &[heading, width] : headings)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(width), heading);
    return html;
}

void ScorecardHtml::appendItemRows(const ScorecardContent &content, ScorecardPieces &pieces)
{
    for (const CriteriaNode &node : content.set->nodes()) {
        const NodeScore &score = content.card.nodes[node.index];
        if (!score.included)
            continue;
        const bool area = node.depth == 0;
        QString notes;
        if (score.state == NodeState::NotApplicable && node.isLeaf())
            notes = escaped(score.explanation);
        const QString note = content.notes.value(node.id);
        if (!note.isEmpty())
            notes += (notes.isEmpty() ? QString() : QStringLiteral("<br>")) + escaped(note);
        const QStringList documents = content.evidence.value(node.id);
        if (!documents.isEmpty())
            notes += (notes.isEmpty() ? QString() : QStringLiteral("<br>"))
                     + tr("Evidence: %1").arg(escaped(documents.join(QStringLiteral("; "))));
        const QString answered = node.isLeaf() && score.state == NodeState::Incomplete
                                     ? tr("(not scored)")
                                     : formatPoints(score.points);
        const QString indent = QString(node.depth * 4, QChar(0x00A0));
        QString row = QStringLiteral("<tr%1>").arg(area ? QStringLiteral(" class=\"area\"") : QString());
        row += cell(escaped(node.id));
        row += cell(indent + escaped(area ? node.title.toUpper() : node.title));
        row += cell(formatPoints(score.maxPoints), number);
        row += cell(answered, number);
        row += cell(notes);
        row += QStringLiteral("</tr>");
        pieces.rows.append(row);
        pieces.keepWithNext.append(!node.isLeaf()); // a heading is never the last row of a page
    }
}

void ScorecardHtml::appendSummaryRows(const ScorecardContent &content, ScorecardPieces &pieces)
{
    const CriteriaSet &set = *content.set;
    const Scorecard &card = content.card;
    const auto summary = [&pieces](const QString &label, const QString &maximum, const QString &value,
                                   bool bold = false) {
        pieces.rows.append(QStringLiteral("<tr%1>").arg(bold ? QStringLiteral(" class=\"total\"") : QString())
                           + cell(QString()) + cell(label) + cell(maximum, number) + cell(value, number)
                           + cell(QString()) + QStringLiteral("</tr>"));
        pieces.keepWithNext.append(true);
    };
    if (set.bonus())
        summary(tr("Bonus points"), formatPoints(set.bonus()->maxPoints), formatSignedPoints(card.bonus, false));
    if (set.penalty())
        summary(tr("Penalty points"), formatPoints(set.penalty()->maxPoints), formatSignedPoints(card.penalty, true));
    summary(tr("TOTAL"), formatPoints(card.maxPoints), formatPoints(card.total), true);
    summary(tr("Index"), QString(), card.percent ? formatPercent(*card.percent) + QStringLiteral(" %") : QStringLiteral("—"),
            true);
    summary(tr("Grade"), QString(), escaped(card.grade.value_or(QStringLiteral("—"))), true);
}

QString ScorecardHtml::footer(const ScorecardContent &content)
{
    QString footer = sealStatement(content.assessment, content.sealIntact, content.sealSignature);
    // Place and date of signing, as official papers have them above the signatures
    // (Decree 30/2020): the app knows neither, so the officer writes them on the dots.
    footer += QStringLiteral("<br><p align=\"right\"><i>%1</i></p>")
                  .arg(tr("………………………………, date ………/………/…………",
                          "place and date of signing, filled in by hand; Vietnamese: …, ngày … tháng … năm …"));
    footer += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE AGENCY"),
                         tr("(signature, full name and seal)"));
    footer += QStringLiteral("</body></html>");
    return footer;
}

} // namespace ParScore
