// Appraising one agency as an inspector does: by keyboard, agreeing with the agency item by
// item, entering an appraisers' item, undoing; the agency's own layer never changes.
#include "appraisaltreemodel.h"
#include "appraisalwindow.h"
#include "assessmentstore.h"
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "historydialog.h"
#include "inspectorwindow.h"
#include "layernames.h"
#include "messages.h"
#include "overviewfixtures.h"
#include "overviewmodel.h"
#include "parxfile.h"
#include "provincedocument.h"
#include "uifixtures.h"

#include <QAbstractSpinBox>
#include <QSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlError>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// The count of bonus item B1 stored in a layer; none when the layer says nothing of it.
std::optional<qint64> agencyCount(ProvinceDocument &document, const QString &uuid, Layer layer)
{
    auto agency = document.agency(uuid);
    REQUIRE(agency);
    const auto &bonus = agency.value().layer(layer).bonus;
    return bonus.contains(QStringLiteral("B1")) ? std::optional(bonus.value(QStringLiteral("B1"))) : std::nullopt;
}

QString current(const AppraisalWindow &window)
{
    return window.currentNodeId();
}

} // namespace

TEST_CASE("Appraising by keyboard: F8 agrees and moves on, the appraisers' item typed, every step undone")
{
    SubmittedProvince province;
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    const auto agency = [&] {
        auto read = document.agency(province.stp.uuid);
        REQUIRE(read);
        return std::move(read).value();
    };
    const AnswerSet self = agency().layer(Layer::Self);

    // The first item not yet appraised is shown, in round 1.
    CHECK(window.round() == Layer::Appraisal1);
    CHECK(current(window) == QStringLiteral("1.1"));

    press(Qt::Key_F8);
    CHECK(agency().layer(Layer::Appraisal1).answers.value(QStringLiteral("1.1")) == self.answers[QStringLiteral("1.1")]);
    CHECK(current(window) == QStringLiteral("1.2"));
    // The first appraisal answer starts the appraisal.
    CHECK(agency().info.status == AssessmentStatus::InAppraisal);
    press(Qt::Key_F8);
    CHECK(agency().layer(Layer::Appraisal1).answers.value(QStringLiteral("1.2")) == self.answers[QStringLiteral("1.2")]);
    CHECK(current(window) == QStringLiteral("2.1"));

    // The survey item has no answer of the agency's to agree with: F8 says so, changes nothing.
    press(Qt::Key_F8);
    CHECK_FALSE(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("2.1")));

    // Enter goes to the item's input; a percent typed with a decimal point is entered.
    press(Qt::Key_Return);
    auto *box = window.findChild<QAbstractSpinBox *>(QStringLiteral("percentSpinBox"));
    REQUIRE(box);
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("87.5"));
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("2.1")));
    CHECK(agency().layer(Layer::Appraisal1).answers[QStringLiteral("2.1")].number
          == Fraction::fromHundredths(8750));
    // Nothing left to appraise in this round.
    CHECK_FALSE(window.selectNextUnappraised());

    // The overview row follows: the council agreed with every item the agency scored.
    const OverviewRow &row = rowFor(document.overview(), QStringLiteral("STP"));
    REQUIRE(row.overclaim);
    CHECK(row.overclaim->points == 0);

    // Three steps, undone one by one, newest first, and redone.
    QUndoStack *stack = document.undoStack();
    CHECK(stack->count() == 3);
    stack->undo();
    CHECK_FALSE(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("2.1")));
    stack->undo();
    CHECK_FALSE(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("1.2")));
    CHECK(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("1.1")));
    stack->redo();
    CHECK(agency().layer(Layer::Appraisal1).answers.contains(QStringLiteral("1.2")));
    // The agency's own answers were never touched.
    CHECK(agency().layer(Layer::Self).answers == self.answers);
}

TEST_CASE("An appraisal note is one undo step, written when the inspector leaves the box")
{
    SubmittedProvince province;
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    window.noteBox()->setFocus();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    type(QStringLiteral("Thiếu quyết định ban hành"));
    window.tree()->setFocus(); // leaving the box writes it
    auto read = document.agency(province.stp.uuid);
    REQUIRE(read);
    CHECK(read.value().notes[int(Layer::Appraisal1)].value(QStringLiteral("1.1"))
          == QStringLiteral("Thiếu quyết định ban hành"));
    CHECK(read.value().notes[int(Layer::Self)].value(QStringLiteral("1.1")).isEmpty());
    document.undoStack()->undo();
    read = document.agency(province.stp.uuid);
    REQUIRE(read);
    CHECK(read.value().notes[int(Layer::Appraisal1)].value(QStringLiteral("1.1")).isEmpty());
}

TEST_CASE("Ctrl+H in the appraisal shows the item's history, the agreement just made in it")
{
    SubmittedProvince province;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    AppraisalWindow *window = workspace.openAppraisal(province.stp.uuid);
    REQUIRE(window);
    activate(*window);
    press(Qt::Key_F8); // 1.1 agreed, on to 1.2
    window->selectNode(QStringLiteral("1.1"));
    press(Qt::Key_H, Qt::ControlModifier);
    auto *history = window->findChild<HistoryDialog *>();
    REQUIRE(history);
    const QTableWidget *table = history->table();
    REQUIRE(table->rowCount() >= 2); // the agency's answer, then the council's
    const int last = table->rowCount() - 1;
    CHECK(table->item(last, HistoryDialog::WhoColumn)->text() == Messages::userName()); // who is signed in
    CHECK(table->item(last, HistoryDialog::RoundColumn)->text() == layerName(Layer::Appraisal1));
}

TEST_CASE("The council's bonus count for a round: 0 stands against the agency's claim, Clear lets it stand again")
{
    SubmittedProvince province;
    {
        auto file = ParxFile::open(province.path, ParxFile::Mode::ReadWrite);
        REQUIRE(file);
        AnswerSet claim;
        claim.bonus.insert(QStringLiteral("B1"), 2);
        REQUIRE(AssessmentStore(*file.value()).applyAnswers(province.stp, smallSet(), Layer::Self, claim,
                                                            QStringLiteral("Cán bộ A")));
    }
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    const auto finalBonus = [&] { return rowFor(document.overview(), QStringLiteral("STP")).final->bonus; };
    REQUIRE(finalBonus() == 100); // 2 × 0,5

    // The bonus row after the areas opens the section's page.
    QAbstractItemModel *model = window.tree()->model();
    const QModelIndex bonusRow = model->index(model->rowCount() - 1, 0);
    REQUIRE(bonusRow.data(AppraisalTreeModel::SectionRole).toInt() == int(ExtraKind::Bonus));
    window.tree()->setCurrentIndex(bonusRow);
    auto *count = window.findChild<QSpinBox *>(QStringLiteral("appraisalExtraCount"));
    REQUIRE(count);
    CHECK(count->value() == 2); // what stands: the agency's count
    count->setValue(0);
    QCoreApplication::processEvents(); // the page made again goes once its box is done
    CHECK(finalBonus() == 0);
    CHECK(agencyCount(document, province.stp.uuid, Layer::Appraisal1) == std::optional<qint64>(0));
    // The same row is shown, with the new count.
    count = window.findChild<QSpinBox *>(QStringLiteral("appraisalExtraCount"));
    REQUIRE(count);
    CHECK(count->value() == 0);

    // Undo: the round says nothing again, and the agency's bonus stands.
    document.undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(finalBonus() == 100);
    CHECK_FALSE(agencyCount(document, province.stp.uuid, Layer::Appraisal1));
    CHECK(agencyCount(document, province.stp.uuid, Layer::Self) == std::optional<qint64>(2));
}

TEST_CASE("A note being typed is written, not lost, when F8 agrees and moves on")
{
    SubmittedProvince province;
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    window.noteBox()->setFocus();
    type(QStringLiteral("Đã đối chiếu quyết định"));
    press(Qt::Key_F8); // with the cursor still in the note
    auto read = document.agency(province.stp.uuid);
    REQUIRE(read);
    CHECK(read.value().notes[int(Layer::Appraisal1)].value(QStringLiteral("1.1")) == QStringLiteral("Đã đối chiếu quyết định"));
    CHECK(read.value().layer(Layer::Appraisal1).answers.contains(QStringLiteral("1.1")));
    CHECK(window.currentNodeId() == QStringLiteral("1.2"));
}

TEST_CASE("After an import replaced a submission, the open appraisal agrees with what the agency now says")
{
    SubmittedProvince province;
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    {
        // What an import does: another connection writes, then the document reads again.
        auto file = ParxFile::open(province.path, ParxFile::Mode::ReadWrite);
        REQUIRE(file);
        AnswerSet no;
        Answer answer;
        answer.yes = false;
        no.answers.insert(QStringLiteral("1.1"), answer);
        REQUIRE(AssessmentStore(*file.value()).applyAnswers(province.stp, smallSet(), Layer::Self, no,
                                                            QStringLiteral("Cán bộ A")));
    }
    REQUIRE(document.imported());
    press(Qt::Key_F8);
    auto read = document.agency(province.stp.uuid);
    REQUIRE(read);
    CHECK_FALSE(read.value().layer(Layer::Appraisal1).answers.value(QStringLiteral("1.1")).yes);
}

TEST_CASE("Undo in one agency's appraisal of another agency's step says so and shows it in that agency's window")
{
    SubmittedProvince province;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    AppraisalWindow *snv = workspace.openAppraisal(province.snv.uuid);
    activate(*snv);
    press(Qt::Key_F8); // SNV 1.1 agreed
    AppraisalWindow *stp = workspace.openAppraisal(province.stp.uuid);
    activate(*stp);
    stp->selectNode(QStringLiteral("1.2"));
    press(Qt::Key_Z, Qt::ControlModifier);
    auto read = workspace.document()->agency(province.snv.uuid);
    REQUIRE(read);
    CHECK_FALSE(read.value().layer(Layer::Appraisal1).answers.contains(QStringLiteral("1.1")));
    // SNV's window comes forward on the item undone; STP's says what was undone.
    CHECK(snv->currentNodeId() == QStringLiteral("1.1"));
    bool said = false;
    for (const QLabel *label : stp->findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("SNV"));
    CHECK(said);
}

TEST_CASE("An appraisal edit keeps the overview on the agency the inspector was at")
{
    SubmittedProvince province;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    QAbstractItemModel *table = workspace.table()->model();
    const QModelIndexList snv =
        table->match(table->index(0, 0), OverviewModel::AgencyRole, QStringLiteral("SNV"), 1, Qt::MatchExactly);
    REQUIRE(snv.size() == 1);
    workspace.table()->setCurrentIndex(snv.constFirst().siblingAtColumn(OverviewModel::NameColumn));
    AppraisalWindow *window = workspace.openAppraisal(province.snv.uuid);
    activate(*window);
    press(Qt::Key_F8); // the overview is read again
    CHECK(workspace.table()->currentIndex().data(OverviewModel::AgencyRole) == QStringLiteral("SNV"));
    CHECK(workspace.table()->currentIndex().column() == OverviewModel::NameColumn);
}

TEST_CASE("An undo the file refuses (the item changed since by another hand) drops the step and keeps the change")
{
    SubmittedProvince province;
    CollectedErrors errors;
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    ProvinceDocument &document = *opened.value();
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    press(Qt::Key_F8); // 1.1 agreed: one step
    REQUIRE(document.undoStack()->count() == 1);
    {
        // Another connection changes the council's answer on 1.1 (as a second program would).
        auto file = ParxFile::open(province.path, ParxFile::Mode::ReadWrite);
        REQUIRE(file);
        AnswerSet no;
        Answer answer;
        answer.yes = false;
        no.answers.insert(QStringLiteral("1.1"), answer);
        REQUIRE(AssessmentStore(*file.value()).applyAnswers(province.stp, smallSet(), Layer::Appraisal1, no,
                                                            QStringLiteral("Thanh tra B")));
    }
    QStringList refusals;
    QObject::connect(&document, &ProvinceDocument::errorOccurred, &document,
                     [&refusals](const QString &message) { refusals.append(message); });
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(refusals.size() == 1);
    CHECK(document.undoStack()->count() == 0); // the step is gone, not waiting to be redone
    CHECK_FALSE(document.undoStack()->canRedo());
    auto read = document.agency(province.stp.uuid);
    REQUIRE(read);
    CHECK_FALSE(read.value().layer(Layer::Appraisal1).answers.value(QStringLiteral("1.1")).yes);
}
