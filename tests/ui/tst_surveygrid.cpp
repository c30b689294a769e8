// The survey grid window (typed and pasted survey scores of many agencies, all or nothing,
// one undo step each) and the item history dialog, on a province of the built-in sets.
#include "builtincriteria.h"
#include "historydialog.h"
#include "inspectorwindow.h"
#include "language.h"
#include "messages.h"
#include "overviewfixtures.h"
#include "provincedocument.h"
#include "surveygridmodel.h"
#include "surveygridwindow.h"
#include "uifixtures.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString inspector = QStringLiteral("Thanh tra A");

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ');
}

CriteriaSet builtin(const QString &id)
{
    auto set = BuiltinCriteria::find(id);
    REQUIRE(set.ok());
    return std::move(set).value();
}

// A province file of 2026 on the built-in sets: departments STP and SNV, the commune XA1
// and the ward PH1 have submitted; SYT is still a draft (not in the grid).
struct SurveyProvince
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tinh.parx"));
    std::unique_ptr<ProvinceDocument> document;

    SurveyProvince()
    {
        const CriteriaSet so = builtin(QStringLiteral("vn.ninhbinh.par.so"));
        const CriteriaSet xa = builtin(QStringLiteral("vn.ninhbinh.par.xa-phuong"));
        {
            Province province(path, {QStringLiteral("Thẩm định 2026"), 2026, {so, xa}, {}});
            province.add(so, QStringLiteral("STP"));
            province.add(so, QStringLiteral("SNV"));
            province.add(so, QStringLiteral("SYT"));
            province.add(xa, QStringLiteral("XA1"), QStringLiteral("xa"));
            province.add(xa, QStringLiteral("PH1"), QStringLiteral("phuong"));
        }
        tamper(path, QStringLiteral(
                         "UPDATE assessments SET status = 'submitted' WHERE agency_code <> 'SYT'"));
        auto opened = ProvinceDocument::open(path, inspector);
        REQUIRE(opened.ok());
        document = std::move(opened).value();
    }
};

// Errors go to a list instead of modal dialogs, for the test's lifetime.
struct CapturedErrors
{
    QList<Error> errors;
    CapturedErrors()
    {
        Messages::setTestHooks({[this](const Error &error) { errors.append(error); }, {}, {}});
    }
    ~CapturedErrors() { Messages::setTestHooks({}); }
};

QModelIndex cell(const SurveyGridWindow &window, const QString &code, const QString &nodeId)
{
    const SurveyGridModel *model = window.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(code + QStringLiteral(" ")))
            return model->index(row, model->columnOf(nodeId));
    }
    FAIL("no row for " << code.toStdString());
    return {};
}

QString shown(const SurveyGridWindow &window, const QString &code, const QString &nodeId)
{
    return cell(window, code, nodeId).data().toString();
}

QStringList agencyColumn(const SurveyGridModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, 0).data().toString().section(u' ', 0, 0));
    return codes;
}

// Makes `index` the current cell and gives the table the keyboard, as a click would.
void focusCell(SurveyGridWindow &window, const QModelIndex &index)
{
    window.table()->setCurrentIndex(index);
    window.table()->setFocus();
}

// Enter in a cell's editor: the view commits the text once the key has been handled.
void pressEnter()
{
    press(Qt::Key_Return);
    QApplication::processEvents();
}

// Types over the current cell and presses Enter, as an inspector does.
void typeInto(SurveyGridWindow &window, const QModelIndex &index, const QString &text)
{
    focusCell(window, index);
    type(text);
    pressEnter();
}

} // namespace

TEST_CASE("The survey grid shows the submitted agencies by group and code, one column per survey "
          "item of their sets")
{
    SurveyProvince province;
    SurveyGridWindow window(province.document.get());
    const SurveyGridModel &model = *window.model();
    // Groups by tag (phuong, so, xa), then codes; the draft SYT is not there.
    CHECK(agencyColumn(model) == words("PH1 SNV STP XA1"));
    // The appraiser-scored leaves of both sets, each set's in its order.
    CHECK(model.columnIds() == words("2.4 3.5 8.1 8.1.1 8.1.2 8.2.1 8.2.2 8.2.3 8.3.2 8.3.3"));
    CHECK(model.headerData(model.columnOf(QStringLiteral("8.1")), Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Chỉ số hài lòng")));
    // A department has no 8.1.1 (a commune's item): greyed, not editable; 8.1 is.
    const QModelIndex absent = cell(window, QStringLiteral("STP"), QStringLiteral("8.1.1"));
    CHECK_FALSE(model.flags(absent) & Qt::ItemIsEditable);
    CHECK(absent.data(Qt::BackgroundRole).value<QBrush>().color() != QColor(Qt::white));
    CHECK(model.flags(cell(window, QStringLiteral("STP"), QStringLiteral("8.1")))
          & Qt::ItemIsEditable);

    window.groupBox()->setCurrentIndex(window.groupBox()->findData(QStringLiteral("xa")));
    CHECK(agencyColumn(model) == words("XA1"));
    CHECK_FALSE(model.columnIds().contains(QStringLiteral("8.1")));
}

TEST_CASE("A block pasted from a spreadsheet is written whole and undone and redone in one step")
{
    SurveyProvince province;
    SurveyGridWindow window(province.document.get());
    activate(window);
    QUndoStack *stack = province.document->undoStack();
    // Rows of codes and scores for 8.2.1 onwards (8.2.1, 8.2.2, 8.2.3); XA1's row is shorter.
    focusCell(window, cell(window, QStringLiteral("STP"), QStringLiteral("8.2.1")));
    QApplication::clipboard()->setText(QStringLiteral("STP\t80\t75,5\t60\r\nXA1\t90\t85\r\n"));
    press(Qt::Key_V, Qt::ControlModifier);

    CHECK(window.statusLabel()->text().startsWith(
        QStringLiteral("5 score"))); // plural forms: the .ts files
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.1")) == QStringLiteral("80"));
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.2")) == QStringLiteral("75.5"));
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.3")) == QStringLiteral("60"));
    CHECK(shown(window, QStringLiteral("XA1"), QStringLiteral("8.2.2")) == QStringLiteral("85"));
    CHECK(stack->count() == 1);
    // The current cell stays where it was.
    CHECK(window.table()->currentIndex()
          == cell(window, QStringLiteral("STP"), QStringLiteral("8.2.1")));

    press(Qt::Key_Z, Qt::ControlModifier);
    for (const auto &[code, node] : {std::pair{"STP", "8.2.1"},
                                     {"STP", "8.2.2"},
                                     {"STP", "8.2.3"},
                                     {"XA1", "8.2.1"},
                                     {"XA1", "8.2.2"}})
        CHECK(shown(window, QLatin1String(code), QLatin1String(node)).isEmpty());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.2")) == QStringLiteral("75.5"));
    CHECK(shown(window, QStringLiteral("XA1"), QStringLiteral("8.2.1")) == QStringLiteral("90"));

    SECTION("a whole grid with its header goes where its header says, whatever the current cell")
    {
        focusCell(window, cell(window, QStringLiteral("PH1"), QStringLiteral("2.4")));
        CHECK(window.pasteText(QStringLiteral("Agency\t8.3.3\t3.5\nPH1\t2\t95\n")));
        CHECK(window.statusLabel()->text().startsWith(QStringLiteral("2 score")));
        CHECK(shown(window, QStringLiteral("PH1"), QStringLiteral("8.3.3")) == QStringLiteral("2"));
        CHECK(shown(window, QStringLiteral("PH1"), QStringLiteral("3.5")) == QStringLiteral("95"));
    }
    SECTION("the second round has scores of its own")
    {
        window.layerBox()->setCurrentIndex(1);
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.1")).isEmpty());
        window.layerBox()->setCurrentIndex(0);
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.2.1"))
              == QStringLiteral("80"));
    }
}

TEST_CASE(
    "A pasted block with a bad cell is refused whole, naming the cell, and the file is unchanged")
{
    SurveyProvince province;
    CapturedErrors captured;
    SurveyGridWindow window(province.document.get());
    focusCell(window, cell(window, QStringLiteral("STP"), QStringLiteral("8.1")));
    const QByteArray before = fileHash(province.path);

    CHECK_FALSE(window.pasteText(QStringLiteral("STP\t80\nSNV\t120\nXA1\t70\n")));

    REQUIRE(captured.errors.size() == 1);
    const Error &error = captured.errors.constFirst();
    CHECK(error.message == QStringLiteral("The survey grid was refused; nothing was changed"));
    const QString details = error.details.join(u'\n');
    INFO(details.toStdString());
    // SNV's 120 is over 100 %; the commune XA1 has no item 8.1.
    CHECK(details.contains(QStringLiteral("line 3, agency SNV, column 8.1: ")));
    CHECK(details.contains(QStringLiteral("line 4, agency XA1, column 8.1: ")));
    CHECK_FALSE(details.contains(QStringLiteral("agency STP")));
    CHECK(window.statusLabel()->text() == error.message);
    CHECK(fileHash(province.path) == before);
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1")).isEmpty());
    CHECK(province.document->undoStack()->count() == 0);

    SECTION("a block wider than the grid from the current column is refused before reading it")
    {
        focusCell(window, cell(window, QStringLiteral("STP"), QStringLiteral("8.3.3")));
        CHECK_FALSE(window.pasteText(QStringLiteral("STP\t1\t2\n")));
        CHECK(window.statusLabel()->text().contains(QStringLiteral("only 1")));
        CHECK(fileHash(province.path) == before);
    }
}

TEST_CASE("A typed cell is one undo step, and a refused one keeps the stored score and says why")
{
    SurveyProvince province;
    SurveyGridWindow window(province.document.get());
    activate(window);
    QUndoStack *stack = province.document->undoStack();
    const QModelIndex satisfaction = cell(window, QStringLiteral("STP"), QStringLiteral("8.1"));

    typeInto(window, satisfaction, QStringLiteral("87,5"));
    CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1")) == QStringLiteral("87.5"));
    CHECK(stack->count() == 1);
    CHECK(window.statusLabel()->text().isEmpty());

    SECTION("a score out of range is refused at the cell")
    {
        typeInto(window, satisfaction, QStringLiteral("120"));
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1"))
              == QStringLiteral("87.5"));
        CHECK(stack->count() == 1);
        const QString why = satisfaction.data(SurveyGridModel::RefusedRole).toString();
        CHECK_FALSE(why.isEmpty());
        CHECK(satisfaction.data(Qt::ToolTipRole).toString() == why);
        CHECK(window.statusLabel()->text().startsWith(
            QStringLiteral("STP, item 8.1: “120” was not taken: ")));
        CHECK(window.statusLabel()->text().endsWith(why));
        // Accepted next time: the refusal goes.
        typeInto(window, satisfaction, QStringLiteral("90"));
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1")) == QStringLiteral("90"));
        CHECK(satisfaction.data(SurveyGridModel::RefusedRole).toString().isEmpty());
    }
    SECTION("undo gives the cell back empty")
    {
        press(Qt::Key_Z, Qt::ControlModifier);
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1")).isEmpty());
        CHECK(stack->index() == 0);
    }
    SECTION("an emptied cell clears the score, as one more undo step")
    {
        focusCell(window, satisfaction);
        press(Qt::Key_F2);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Backspace);
        pressEnter();
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1")).isEmpty());
        CHECK(stack->count() == 2);
        stack->undo();
        CHECK(shown(window, QStringLiteral("STP"), QStringLiteral("8.1"))
              == QStringLiteral("87.5"));
    }
}

TEST_CASE("The workspace opens the survey grid from the Appraisal menu")
{
    SurveyProvince province;
    const QString path = province.path;
    province.document.reset(); // the window opens the file itself
    auto *workspace = new InspectorWindow;
    REQUIRE(workspace->openFile(path));
    CHECK(workspace->surveyGrid() == nullptr);
    // The enabled one: the menus are made again once a file is open.
    for (QAction *action : workspace->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Survey scores…") && action->isEnabled())
            action->trigger();
    }
    REQUIRE(workspace->surveyGrid());
    CHECK(workspace->surveyGrid()->isVisible());
    CHECK(workspace->surveyGrid()->model()->rowCount() == 4);
    delete workspace;
}

TEST_CASE("The history of an item lists its answers old to new, oldest first")
{
    ManualClock clock;
    SurveyProvince province;
    SurveyGridWindow window(province.document.get());
    const QModelIndex satisfaction = cell(window, QStringLiteral("STP"), QStringLiteral("8.1"));
    const QString uuid = window.model()->uuidAt(satisfaction.row());
    const qint64 first = clock.now().toMSecsSinceEpoch();
    REQUIRE(window.model()->setData(satisfaction, QStringLiteral("80")));
    clock.advance(60 * 60 * 1000);
    REQUIRE(window.model()->setData(satisfaction, QStringLiteral("92,5")));

    HistoryDialog *dialog =
        HistoryDialog::show(&window, province.document.get(), uuid, QStringLiteral("8.1"));
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("History of item 8.1 — agency STP"));
    QTableWidget *table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    const auto text = [table](int row, int column) {
        return table->item(row, column)->text();
    };
    CHECK(text(0, HistoryDialog::WhenColumn) == formatLocalTime(first));
    CHECK(text(0, HistoryDialog::WhoColumn) == inspector);
    CHECK(text(0, HistoryDialog::WhatColumn) == QStringLiteral("Answer"));
    CHECK(text(0, HistoryDialog::RoundColumn) == QStringLiteral("Appraisal 1"));
    CHECK(text(0, HistoryDialog::ChangeColumn) == QStringLiteral("— → 80 %"));
    CHECK(text(1, HistoryDialog::WhenColumn) == formatLocalTime(first + 60 * 60 * 1000));
    CHECK(text(1, HistoryDialog::ChangeColumn) == QStringLiteral("80 % → 92.5 %"));
    CHECK(dialog->emptyLabel()->isHidden());

    // A change while it is open appears in it; an undo is a change too.
    province.document->undoStack()->undo();
    REQUIRE(table->rowCount() == 3);
    CHECK(text(2, HistoryDialog::ChangeColumn) == QStringLiteral("92.5 % → 80 %"));
    dialog->close();
}

TEST_CASE("The history of an item never changed says so")
{
    SurveyProvince province;
    SurveyGridWindow window(province.document.get());
    const QString uuid = window.model()->uuidAt(0);
    HistoryDialog dialog(province.document.get(), uuid, QStringLiteral("3.5"));
    REQUIRE(dialog.reload().ok());
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(dialog.emptyLabel()->text()
          == QStringLiteral("No change of this item has been recorded yet."));
    CHECK_FALSE(dialog.emptyLabel()->isHidden());

    CapturedErrors captured;
    CHECK(HistoryDialog::show(nullptr, province.document.get(), uuid, QStringLiteral("9.9"))
          == nullptr);
    REQUIRE(captured.errors.size() == 1);
    CHECK(captured.errors.constFirst().message.contains(QStringLiteral("9.9")));
}

// Not run by CTest (hidden): pictures of the grid and of an item's history in Vietnamese, for
// a person to look at. PARSCORE_SHOTS_FILE names a province file (its copy is used),
// PARSCORE_SHOTS_DIR where the PNG files go.
TEST_CASE("Pictures of the survey grid and the item history", "[.shots]")
{
    const QString source = qEnvironmentVariable("PARSCORE_SHOTS_FILE");
    const QString shots = qEnvironmentVariable("PARSCORE_SHOTS_DIR");
    REQUIRE_FALSE(source.isEmpty());
    REQUIRE_FALSE(shots.isEmpty());
    setLanguage(Language::Vietnamese);
    QTemporaryDir dir;
    const QString path = copyFile(source, dir.filePath(QStringLiteral("tinh.parx")));
    auto opened = ProvinceDocument::open(path, inspector);
    REQUIRE(opened.ok());
    std::unique_ptr<ProvinceDocument> document = std::move(opened).value();
    {
        SurveyGridWindow window(document.get());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Scores for every agency's first survey items, then one item changed twice.
        const SurveyGridModel &model = *window.model();
        QStringList grid{QStringLiteral("agency\t3.5\t8.2.1\t8.2.2")};
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString code = model.index(row, 0).data().toString().section(u' ', 0, 0);
            grid.append(QStringLiteral("%1\t%2\t%3,5\t%4")
                            .arg(code)
                            .arg(60 + row % 40)
                            .arg(70 + row % 25)
                            .arg(80 + row % 17));
        }
        REQUIRE(window.pasteText(grid.join(u'\n')));
        const QModelIndex item = model.index(3, model.columnOf(QStringLiteral("8.2.1")));
        REQUIRE(window.model()->setData(item, QStringLiteral("88,25")));
        REQUIRE_FALSE(window.model()->setData(
            model.index(4, model.columnOf(QStringLiteral("8.2.1"))), QStringLiteral("105")));
        window.table()->setCurrentIndex(item);
        REQUIRE(window.grab().save(shots + QStringLiteral("/survey-grid-vi.png")));

        HistoryDialog *history =
            HistoryDialog::show(&window, document.get(), model.uuidAt(3), QStringLiteral("8.2.1"));
        REQUIRE(history);
        REQUIRE(QTest::qWaitForWindowExposed(history));
        REQUIRE(history->grab().save(shots + QStringLiteral("/item-history-vi.png")));
        history->close();
    }
    setLanguage(Language::English);
}
