// What the printed scorecard says (scorecardhtml.h), read from its HTML pieces.
#include "fixtures.h"
#include "language.h"
#include "scorecardhtml.h"

#include <QRegularExpression>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString minus = QStringLiteral("\u2212");

// One item worth a point, a bonus that can add one and a penalty that can take 2,50 away.
const QString tree = QStringLiteral(R"([
    {"id": "1", "title": "Area", "maxPoints": 1, "children": [
        {"id": "1.1", "title": "Item", "maxPoints": 1, "rule": {"kind": "boolean"}}]}])");
const QString extras = QStringLiteral(R"(
    "bonus": {"maxPoints": 1, "items": [{"id": "B1", "title": "b", "points": 1}]},
    "penalty": {"maxPoints": 2.5, "items": [{"id": "P1", "title": "p", "points": 1.75}]})");

// The summary row labelled `label`, as text without tags.
QString summaryRow(const ScorecardPieces &pieces, const QString &label)
{
    for (qsizetype row = pieces.firstSummaryRow; row < pieces.rows.size(); ++row) {
        QString text = pieces.rows[row];
        text.replace(QStringLiteral("</td>"), QStringLiteral("|"));
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (text.startsWith(u'|' + label + u'|'))
            return text;
    }
    FAIL("no summary row " << label.toStdString());
    return {};
}

ScorecardPieces scorecardOf(const CriteriaSet &set, const QString &answers)
{
    ScorecardContent content;
    content.assessment.agencyName = QStringLiteral("Sở Tư pháp");
    content.assessment.year = 2026;
    content.set = &set;
    content.card = scoreAnswers(set, makeAnswers(set, QStringLiteral(R"("1.1": {"yes": false})"),
                                                 Role::Agency, answers),
                                Role::Agency);
    return ScorecardHtml::pieces(content);
}

} // namespace

TEST_CASE("The scorecard prints a negative total with U+2212 - a zero bonus or penalty as 0,00")
{
    const CriteriaSet set = makeSet(tree, extras);
    setLanguage(Language::Vietnamese);
    const ScorecardPieces penalised = scorecardOf(set, QStringLiteral(R"("penalty": {"P1": 1})"));
    const ScorecardPieces nothing = scorecardOf(set, QString());
    setLanguage(Language::English);

    CHECK(summaryRow(penalised, QStringLiteral("TỔNG ĐIỂM")) == QStringLiteral("|TỔNG ĐIỂM|1,00|") + minus + QStringLiteral("1,75||"));
    CHECK(summaryRow(penalised, QStringLiteral("Điểm trừ")) == QStringLiteral("|Điểm trừ|2,50|") + minus + QStringLiteral("1,75||"));
    CHECK(summaryRow(penalised, QStringLiteral("Điểm thưởng")) == QStringLiteral("|Điểm thưởng|1,00|0,00||"));
    CHECK(summaryRow(nothing, QStringLiteral("Điểm trừ")) == QStringLiteral("|Điểm trừ|2,50|0,00||"));
    CHECK(summaryRow(nothing, QStringLiteral("TỔNG ĐIỂM")) == QStringLiteral("|TỔNG ĐIỂM|1,00|0,00||"));
}

TEST_CASE("The scorecard gives the time of sealing in the local time zone with its offset")
{
    const CriteriaSet set = makeSet(tree, extras);
    ScorecardContent content;
    content.set = &set;
    content.card = scoreAnswers(set, makeAnswers(set, QString(), Role::Agency), Role::Agency);
    content.assessment.sealSha256 = QStringLiteral("ab12");
    content.assessment.sealedAt = 1768028700000; // 2026-01-10 07:05 UTC
    content.sealIntact = true;
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", "Asia/Ho_Chi_Minh");
    const QString footer = ScorecardHtml::pieces(content).footer;
    before.isNull() ? qunsetenv("TZ") : qputenv("TZ", before);
    CHECK(footer.contains(QStringLiteral("10/01/2026 14:05 (+07:00)")));
}

TEST_CASE("The scorecard leaves the place and the date of signing to be written by hand - above the signatures")
{
    const CriteriaSet set = makeSet(tree, extras);
    ScorecardContent content;
    content.set = &set;
    content.card = scoreAnswers(set, makeAnswers(set, QString(), Role::Agency), Role::Agency);
    setLanguage(Language::Vietnamese);
    const QString vietnamese = ScorecardHtml::pieces(content).footer;
    setLanguage(Language::English);
    const QString english = ScorecardHtml::pieces(content).footer;

    const QRegularExpression dateLine(QStringLiteral("<p align=\"right\"><i>(…+), ngày (…+) tháng (…+) năm (…+)</i></p>"));
    const QRegularExpressionMatch line = dateLine.match(vietnamese);
    REQUIRE(line.hasMatch()); // right-aligned, in italics, as Decree 30/2020 sets it
    CHECK(line.capturedStart() < vietnamese.indexOf(QStringLiteral("NGƯỜI LẬP BIỂU")));
    CHECK(line.capturedStart() < vietnamese.indexOf(QStringLiteral("THỦ TRƯỞNG")));
    CHECK(line.captured(1).size() >= 10); // room to write the place by hand
    CHECK(english.contains(QRegularExpression(QStringLiteral("<p align=\"right\"><i>…+, date …+/…+/…+</i></p>"))));
}
