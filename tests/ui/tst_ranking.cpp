// The ranking on screen (Appraisal → Ranking…): the overview's rows of a group in its order
// and ties, the printed ranking's heading (provisional until final), followed after an edit,
// and exported to PDF in that order.
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "language.h"
#include "provincedocument.h"
#include "rankinghtml.h"
#include "rankingwindow.h"
#include "uifixtures.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QString cell(const RankingWindow &window, int row, int column)
{
    const QTableWidgetItem *item = window.table()->item(row, column);
    return item ? item->text() : QString();
}

// The table, line by line, against the workspace's overview rows of `group`.
void checkAgainstOverview(const RankingWindow &window, const Overview &overview, const QString &group)
{
    QList<const OverviewRow *> rows;
    for (const OverviewRow &row : overview.rows) {
        if (row.assessment.group == group)
            rows.append(&row);
    }
    REQUIRE(window.table()->rowCount() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const OverviewRow &row = *rows[i];
        const QString star = row.provisional() ? QStringLiteral("*") : QString();
        CHECK(cell(window, i, 0) == QString::number(i + 1));
        CHECK(cell(window, i, 1).startsWith(row.assessment.agencyCode + QStringLiteral(" — ")));
        CHECK(cell(window, i, 2) == formatPercent(*row.self->percent));
        CHECK(cell(window, i, 3) == formatPercent(*row.final->percent) + star);
        CHECK(cell(window, i, 4) == *row.final->grade + star);
        CHECK(cell(window, i, 5) == QString::number(*row.rank) + star);
    }
}

} // namespace

TEST_CASE("The ranking window shows a group's overview rows in order with their ties, and follows the edits")
{
    RankedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    activate(workspace);
    actionNamed(&workspace, QStringLiteral("Ranking…"))->trigger();
    RankingWindow *window = workspace.ranking();
    REQUIRE(window);
    ProvinceDocument &document = *workspace.document();

    // The groups present, departments first as in the overview.
    REQUIRE(window->groupBox()->count() == 2);
    CHECK(window->groupBox()->itemData(0).toString() == QStringLiteral("so"));
    CHECK(window->groupBox()->itemData(1).toString() == QStringLiteral("xa"));
    checkAgainstOverview(*window, document.overview(), QStringLiteral("so"));
    // A and B tie for the first place; C comes third.
    CHECK(cell(*window, 0, 5) == QStringLiteral("1*"));
    CHECK(cell(*window, 1, 5) == QStringLiteral("1*"));
    CHECK(cell(*window, 2, 5) == QStringLiteral("3*"));
    CHECK(cell(*window, 2, 1).startsWith(QStringLiteral("C — ")));
    // The printed ranking's heading, word for word.
    const RankingHtml::Heading heading = RankingHtml::heading(window->shown());
    REQUIRE(heading.provisional == 3);
    CHECK(window->headingLabel()->text().contains(heading.warnings.constFirst()));
    CHECK(heading.warnings.constFirst().startsWith(QStringLiteral("PROVISIONAL")));

    window->groupBox()->setCurrentIndex(1);
    checkAgainstOverview(*window, document.overview(), QStringLiteral("xa"));
    CHECK(window->table()->rowCount() == 1);
    CHECK(RankingHtml::heading(window->shown()).provisional == 1);
    window->groupBox()->setCurrentIndex(0);

    // The appraisers give C what A and B have: all three share the first place at once.
    const auto c = document.agency(province.agencies.value(QStringLiteral("C")).uuid);
    REQUIRE(c.ok());
    Answer yes;
    yes.yes = true;
    REQUIRE(document.setAppraisalAnswer(c.value().info, c.value().set, Layer::Appraisal1, QStringLiteral("1.1"), yes));
    checkAgainstOverview(*window, document.overview(), QStringLiteral("so"));
    for (int row = 0; row < 3; ++row)
        CHECK(cell(*window, row, 5) == QStringLiteral("1*"));

    // Every department final: the heading no longer says provisional, the figures lose their "*".
    const KeyPair inspector = KeyPair::generate().value();
    for (const QString &code : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        const auto agency = document.agency(province.agencies.value(code).uuid);
        REQUIRE(agency.ok());
        REQUIRE(document.finalize(agency.value().info, inspector).ok());
    }
    checkAgainstOverview(*window, document.overview(), QStringLiteral("so"));
    CHECK(cell(*window, 0, 5) == QStringLiteral("1"));
    CHECK_FALSE(window->headingLabel()->text().contains(QStringLiteral("PROVISIONAL")));
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("The ranking window exports the group's ranking to PDF in the overview's order")
{
    RankedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    actionNamed(&workspace, QStringLiteral("Ranking…"))->trigger();
    RankingWindow *window = workspace.ranking();
    REQUIRE(window);
    const QString pdf = province.dir.filePath(QStringLiteral("xep-hang.pdf"));
    REQUIRE(window->exportPdf(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("PAR INDEX RANKING")));
    CHECK(text.contains(QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")));
    CHECK(text.contains(QStringLiteral("PROVISIONAL")));
    qsizetype previous = -1;
    for (int row = 0; row < window->table()->rowCount(); ++row) {
        const qsizetype at = text.indexOf(cell(*window, row, 1));
        CHECK(at > previous);
        previous = at;
    }
    CHECK(previous >= 0);
    CHECK_FALSE(text.contains(QStringLiteral("X — "))); // the commune is in the other group

    CHECK_FALSE(window->exportPdf(province.dir.filePath(QStringLiteral("khong-co/xep-hang.pdf"))));
    CHECK(errors.messages.size() == 1);
}
