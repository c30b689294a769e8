// The explanation round and the final result as the inspector drives them: flagging an item
// (an undo step until the request file leaves), sending the request file, reading the
// agency's explanation in round 2, finalizing (one agency or a group) and reopening.
#include "answersparser.h"
#include "appraisaltreemodel.h"
#include "appraisalwindow.h"
#include "explanationpanel.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "importdialog.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "overviewmodel.h"
#include "messages.h"
#include "overviewfixtures.h"
#include "provincedocument.h"
#include "requestfile.h"
#include "responseseal.h"
#include "storagefixtures.h"
#include "uifixtures.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <deque>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// The dialogs of the round, answered by the test: each question recorded, each answer
// taken from its queue (a dialog nobody expected fails the test).
struct RoundDialogs
{
    QStringList errors;
    QStringList questions;
    std::deque<std::optional<QString>> texts;
    std::deque<bool> confirmations;
    std::deque<int> choices;
    QString savePath;

    RoundDialogs()
    {
        Messages::setTestHooks({[this](const Error &error) { errors.append(error.message); },
                                [this](const QString &question) {
                                    questions.append(question);
                                    REQUIRE_FALSE(confirmations.empty());
                                    const bool yes = confirmations.front();
                                    confirmations.pop_front();
                                    return yes;
                                },
                                [this](const QString &question, const QStringList &) {
                                    questions.append(question);
                                    REQUIRE_FALSE(choices.empty());
                                    const int chosen = choices.front();
                                    choices.pop_front();
                                    return chosen;
                                },
                                [this](const QString &question) {
                                    questions.append(question);
                                    REQUIRE_FALSE(texts.empty());
                                    const auto text = texts.front();
                                    texts.pop_front();
                                    return text;
                                }});
        FileDialogs::setTestHook([this](FileDialogs::Purpose, const QString &) { return QStringList{savePath}; });
    }
    ~RoundDialogs()
    {
        Messages::setTestHooks({});
        FileDialogs::setTestHook({});
    }
};

AgencyAppraisal agency(ProvinceDocument &document, const AssessmentInfo &assessment)
{
    auto read = document.agency(assessment.uuid);
    REQUIRE(read);
    return std::move(read).value();
}

// Round 1 agreed with the agency on 1.1 and 1.2, and 2.1 (the appraisers' own) given.
void appraiseRoundOne(ProvinceDocument &document, const AssessmentInfo &assessment)
{
    const AgencyAppraisal read = agency(document, assessment);
    for (const QString &node : {QStringLiteral("1.1"), QStringLiteral("1.2")})
        REQUIRE(document.setAppraisalAnswer(read.info, read.set, Layer::Appraisal1, node,
                                            read.layer(Layer::Self).answers.value(node)));
    const auto survey = AnswersParser::parseAnswer(read.set, QStringLiteral("2.1"),
                                                   QJsonObject{{QStringLiteral("percent"), 90}}, Role::Appraiser);
    REQUIRE(survey);
    REQUIRE(document.setAppraisalAnswer(read.info, read.set, Layer::Appraisal1, QStringLiteral("2.1"), survey.value()));
}

// The province open as a document, STP's round 1 appraised.
std::unique_ptr<ProvinceDocument> appraisedRoundOne(const SubmittedProvince &province)
{
    auto opened = ProvinceDocument::open(province.path, QStringLiteral("Thanh tra A"));
    REQUIRE(opened);
    appraiseRoundOne(*opened.value(), province.stp);
    return std::move(opened).value();
}

// Flags the item shown in the window through its panel, the text typed in the dialog.
void flag(AppraisalWindow &window, RoundDialogs &dialogs, const QString &node, const QString &text)
{
    window.selectNode(node);
    dialogs.texts.push_back(text);
    REQUIRE(window.explanationPanel()->requestButton()->isEnabled());
    window.explanationPanel()->requestButton()->click();
}

QPushButton *button(QWidget &window, const QString &text)
{
    for (QPushButton *found : window.findChildren<QPushButton *>()) {
        if (found->text().remove(u'&') == text)
            return found;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Flagging an item asks for the request's text, marks the item, counts it, and Ctrl+Z withdraws it")
{
    SubmittedProvince province;
    RoundDialogs dialogs;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    AppraisalWindow *window = workspace.openAppraisal(province.stp.uuid);
    REQUIRE(window);
    activate(*window);
    ProvinceDocument &document = *workspace.document();

    // Cancelled: nothing is asked of the agency.
    window->selectNode(QStringLiteral("1.2"));
    dialogs.texts.push_back(std::nullopt);
    window->explanationPanel()->requestButton()->click();
    CHECK(agency(document, province.stp).requests.isEmpty());

    flag(*window, dialogs, QStringLiteral("1.2"), QStringLiteral("Bổ sung quyết định phê duyệt kế hoạch"));
    CHECK(dialogs.questions.constLast().contains(QStringLiteral("1.2")));
    const AgencyAppraisal flagged = agency(document, province.stp);
    REQUIRE(flagged.requests.size() == 1);
    CHECK(flagged.requests.constFirst().text == QStringLiteral("Bổ sung quyết định phê duyệt kế hoạch"));
    CHECK(flagged.info.status == AssessmentStatus::ExplanationRequested);
    const auto *model = window->tree()->model();
    const auto marked = [&](const QString &node) {
        const QModelIndex index = qobject_cast<const AppraisalTreeModel *>(model)->indexOf(node);
        return index.data(AppraisalTreeModel::RequestRole).toInt();
    };
    CHECK(marked(QStringLiteral("1.2")) == 1);
    CHECK(marked(QStringLiteral("1.1")) == 0);
    CHECK(window->explanationPanel()->shownText().contains(QStringLiteral("Bổ sung quyết định phê duyệt kế hoạch")));
    CHECK(window->explanationPanel()->shownText().contains(QStringLiteral("awaiting")));
    CHECK(rowFor(document.overview(), QStringLiteral("STP")).openRequests == 1);
    CHECK(button(*window, QStringLiteral("Send for explanation…"))->isEnabled());

    // Not sent yet: the request is an undo step like any edit, the status going back with it.
    press(Qt::Key_Z, Qt::ControlModifier);
    const AgencyAppraisal withdrawn = agency(document, province.stp);
    CHECK(withdrawn.requests.isEmpty());
    CHECK(withdrawn.info.status == AssessmentStatus::Submitted);
    CHECK(rowFor(document.overview(), QStringLiteral("STP")).openRequests == 0);
    CHECK(marked(QStringLiteral("1.2")) == 0);
    CHECK_FALSE(button(*window, QStringLiteral("Send for explanation…"))->isEnabled());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(agency(document, province.stp).requests.size() == 1);
    CHECK(rowFor(document.overview(), QStringLiteral("STP")).openRequests == 1);
    CHECK(dialogs.errors.isEmpty());
}

TEST_CASE("Send for explanation writes the agency's request file where the inspector chose, notes only if asked")
{
    ManualClock clock;
    SubmittedProvince province;
    RoundDialogs dialogs;
    const auto opened = appraisedRoundOne(province);
    ProvinceDocument &document = *opened;
    const AgencyAppraisal read = agency(document, province.stp);
    REQUIRE(document.setAppraisalNote(read.info, read.set, Layer::Appraisal1, QStringLiteral("1.2"), {},
                                      QStringLiteral("Ghi chú nội bộ của hội đồng")));
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    clock.advance();
    flag(window, dialogs, QStringLiteral("1.2"), QStringLiteral("Giải trình tỉ lệ 9/10"));
    clock.advance();

    dialogs.savePath = province.dir.filePath(QStringLiteral("gui-STP.parx"));
    dialogs.choices.push_back(1); // without the notes
    button(window, QStringLiteral("Send for explanation…"))->click();
    CHECK(dialogs.errors.isEmpty());
    CHECK(window.notice().contains(QStringLiteral("gui-STP.parx")));
    {
        auto sent = ParxFile::open(dialogs.savePath, ParxFile::Mode::ReadOnly);
        REQUIRE(sent);
        CHECK(RequestFile::isRequestFile(*sent.value()));
        auto held = RequestFile::assessment(*sent.value());
        REQUIRE(held);
        CHECK(held.value().agencyCode == QStringLiteral("STP"));
        auto notes = AssessmentStore(*sent.value()).notes(held.value(), Layer::Appraisal1);
        REQUIRE(notes);
        CHECK(notes.value().isEmpty()); // the council chose not to show them
        auto requests = RequestStore(*sent.value()).list(held.value());
        REQUIRE(requests);
        REQUIRE(requests.value().size() == 1);
        CHECK(requests.value().constFirst().text == QStringLiteral("Giải trình tỉ lệ 9/10"));
    }

    // Sent, the request has travelled: the undo history closes, so no step undoes or redoes it.
    CHECK(document.undoStack()->count() == 0);
    press(Qt::Key_Z, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(agency(document, province.stp).requests.size() == 1);

    // With the notes, when asked; and never written over a file.
    dialogs.savePath = province.dir.filePath(QStringLiteral("gui-STP-notes.parx"));
    dialogs.choices.push_back(0); // with the notes
    button(window, QStringLiteral("Send for explanation…"))->click();
    {
        auto sent = ParxFile::open(dialogs.savePath, ParxFile::Mode::ReadOnly);
        REQUIRE(sent);
        auto held = RequestFile::assessment(*sent.value());
        REQUIRE(held);
        auto notes = AssessmentStore(*sent.value()).notes(held.value(), Layer::Appraisal1);
        REQUIRE(notes);
        CHECK(notes.value().value(QStringLiteral("1.2")) == QStringLiteral("Ghi chú nội bộ của hội đồng"));
    }
    dialogs.choices.push_back(0);
    button(window, QStringLiteral("Send for explanation…"))->click();
    REQUIRE(dialogs.errors.size() == 1);
    CHECK(dialogs.errors.constFirst().contains(QStringLiteral("already exists")));
}

TEST_CASE("Round 2 shows, beside the request, the agency's explanation, its documents and the round-1 points")
{
    ManualClock clock;
    SubmittedProvince province;
    RoundDialogs dialogs;
    const auto opened = appraisedRoundOne(province);
    ProvinceDocument &document = *opened;
    AppraisalWindow window(&document, province.stp.uuid);
    activate(window);
    clock.advance();
    flag(window, dialogs, QStringLiteral("1.2"), QStringLiteral("Giải trình tỉ lệ 9/10"));
    clock.advance();
    const QString requestPath = province.dir.filePath(QStringLiteral("r.parx"));
    REQUIRE(document.exportRequest(agency(document, province.stp).info, requestPath, false));
    {
        // The agency answers in its window (here by the core), then the import writes it.
        auto request = ParxFile::open(requestPath, ParxFile::Mode::ReadWrite);
        REQUIRE(request);
        const QString scan = writeFile(province.dir, QStringLiteral("Báo cáo bổ sung.pdf"), "%PDF-1.4\n% bo sung\n");
        REQUIRE(RequestFile::respond(*request.value(), QStringLiteral("1.2"), QStringLiteral("Đã bổ sung báo cáo quý IV"),
                                     {scan}, QStringLiteral("2026-01-15"), QStringLiteral("Cán bộ B")));
        REQUIRE(ResponseSeal::seal(*request.value(), QStringLiteral("Cán bộ B")));
    }
    {
        // Imported as the inspector does: the preview says what arrived, then Import.
        ImportDialog import(&document, {requestPath});
        waitForPreview(import);
        const auto shown = sections(import);
        INFO(QStringList(shown.keys()).join(u'\n').toStdString());
        REQUIRE(shown.contains(QStringLiteral("Explanations (1)")));
        CHECK(shown.value(QStringLiteral("Explanations (1)")).constFirst().contains(QStringLiteral("explains item 1.2")));
        QSignalSpy imported(&import, &ImportDialog::imported);
        import.importButton()->click();
        REQUIRE(imported.wait(20000));
    }
    REQUIRE(document.imported()); // what the workspace does when the dialog says so
    window.setRound(Layer::Appraisal2);
    window.selectNode(QStringLiteral("1.2"));
    const QString shown = window.explanationPanel()->shownText();
    CHECK(shown.contains(QStringLiteral("Giải trình tỉ lệ 9/10")));
    CHECK(shown.contains(QStringLiteral("explained by the agency")));
    CHECK(shown.contains(QStringLiteral("Đã bổ sung báo cáo quý IV")));
    const auto *model = qobject_cast<const AppraisalTreeModel *>(window.tree()->model());
    const QString roundOne = model->indexOf(QStringLiteral("1.2"), AppraisalTreeModel::Appraisal1Column).data().toString();
    const QString maximum = model->indexOf(QStringLiteral("1.2"), AppraisalTreeModel::MaxColumn).data().toString();
    REQUIRE_FALSE(roundOne.isEmpty());
    CHECK(shown.contains(QStringLiteral("Round 1: %1 of %2 points.").arg(roundOne, maximum)));
    const QListWidget *documents = window.explanationPanel()->documents();
    REQUIRE(documents->count() == 1);
    CHECK(documents->item(0)->text() == QStringLiteral("Báo cáo bổ sung.pdf"));
    CHECK(model->indexOf(QStringLiteral("1.2")).data(AppraisalTreeModel::RequestRole).toInt() == 2);
    CHECK(rowFor(document.overview(), QStringLiteral("STP")).openRequests == 0);
    // An item without a request says so, and in round 2 shows its round-1 points too.
    window.selectNode(QStringLiteral("1.1"));
    CHECK(window.explanationPanel()->shownText().contains(QStringLiteral("No explanation was requested")));
    CHECK(window.explanationPanel()->shownText().contains(QStringLiteral("Round 1:")));
}

TEST_CASE("Finalize says what it closes and locks the result - Reopen takes a reason - a group finalizes the complete")
{
    ManualClock clock;
    SubmittedProvince province;
    RoundDialogs dialogs;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    ProvinceDocument &document = *workspace.document();
    AppraisalWindow *window = workspace.openAppraisal(province.stp.uuid);
    REQUIRE(window);
    activate(*window);
    appraiseRoundOne(document, province.stp);
    flag(*window, dialogs, QStringLiteral("1.1"), QStringLiteral("Nêu rõ số văn bản"));
    clock.advance();

    // Declined: nothing changes.
    dialogs.confirmations.push_back(false);
    button(*window, QStringLiteral("Finalize…"))->click();
    CHECK(agency(document, province.stp).info.status == AssessmentStatus::ExplanationRequested);
    CHECK(dialogs.questions.constLast().contains(QStringLiteral("1 explanation request still awaits")));

    dialogs.confirmations.push_back(true);
    button(*window, QStringLiteral("Finalize…"))->click();
    const AgencyAppraisal final = agency(document, province.stp);
    CHECK(final.info.status == AssessmentStatus::Final);
    REQUIRE(final.requests.size() == 1);
    CHECK(final.requests.constFirst().closedAs == QStringLiteral("unanswered"));
    CHECK(window->notice().contains(QStringLiteral("1 request was closed as unanswered")));
    CHECK_FALSE(window->isEditable());
    CHECK_FALSE(button(*window, QStringLiteral("Finalize…"))->isVisible());
    CHECK(button(*window, QStringLiteral("Reopen…"))->isVisible());
    CHECK_FALSE(window->explanationPanel()->requestButton()->isEnabled());
    CHECK(document.undoStack()->count() == 0); // nothing before the decision can be undone behind it
    CHECK_FALSE(rowFor(document.overview(), QStringLiteral("STP")).provisional());

    dialogs.texts.push_back(QStringLiteral("Sai sót khi nhập điểm tiêu chí 2.1"));
    button(*window, QStringLiteral("Reopen…"))->click();
    CHECK(agency(document, province.stp).info.status == AssessmentStatus::InAppraisal);
    CHECK(window->isEditable());
    auto log = AssessmentStore(document.file()).log();
    REQUIRE(log);
    CHECK(log.value().constLast().item == QStringLiteral("Sai sót khi nhập điểm tiêu chí 2.1"));

    // The group: STP complete again, SNV lacks the appraisers' item: STP final, SNV named with why.
    activate(workspace);
    dialogs.confirmations.push_back(true);
    dialogs.choices.push_back(0); // the one group, "so"
    actionNamed(&workspace, QStringLiteral("Finalize every complete result of a group…"))->trigger();
    CHECK(agency(document, province.stp).info.status == AssessmentStatus::Final);
    CHECK(agency(document, province.snv).info.status == AssessmentStatus::Submitted);
    REQUIRE(dialogs.errors.size() == 1);
    CHECK(dialogs.errors.constFirst().contains(QStringLiteral("1 agency was not finalized")));

    // Finalizing SNV by itself is refused with the reason, and nothing changes.
    AppraisalWindow *snv = workspace.openAppraisal(province.snv.uuid);
    dialogs.confirmations.push_back(true);
    button(*snv, QStringLiteral("Finalize…"))->click();
    REQUIRE(dialogs.errors.size() == 2);
    CHECK(dialogs.errors.constLast().contains(QStringLiteral("not complete")));
    CHECK(agency(document, province.snv).info.status == AssessmentStatus::Submitted);
}

TEST_CASE("The workspace's menu finalizes and reopens the agency selected in the overview and says which")
{
    ManualClock clock;
    SubmittedProvince province;
    RoundDialogs dialogs;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    ProvinceDocument &document = *workspace.document();
    appraiseRoundOne(document, province.stp);
    clock.advance();
    activate(workspace);
    const auto select = [&](const QString &code) {
        const QAbstractItemModel *model = workspace.table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(OverviewModel::AgencyRole).toString() == code) {
                workspace.table()->setCurrentIndex(index);
                return;
            }
        }
        FAIL("no row " << code.toStdString());
    };

    // Nothing selected: said, nothing asked.
    workspace.table()->setCurrentIndex({});
    actionNamed(&workspace, QStringLiteral("Finalize the selected agency's result…"))->trigger();
    CHECK(workspace.statusBar()->currentMessage().contains(QStringLiteral("Select an agency")));

    select(QStringLiteral("STP"));
    dialogs.confirmations.push_back(true);
    actionNamed(&workspace, QStringLiteral("Finalize the selected agency's result…"))->trigger();
    CHECK(agency(document, province.stp).info.status == AssessmentStatus::Final);
    // The row was replaced (and the group ranked again) by the step: the message still names STP.
    const QString name = agency(document, province.stp).info.agencyName;
    CHECK(workspace.statusBar()->currentMessage().startsWith(QStringLiteral("The result of %1 is final. Signed with").arg(name)));

    select(QStringLiteral("STP"));
    dialogs.texts.push_back(QStringLiteral("Khiếu nại của cơ quan"));
    actionNamed(&workspace, QStringLiteral("Reopen the selected agency's result…"))->trigger();
    CHECK(agency(document, province.stp).info.status == AssessmentStatus::InAppraisal);
    CHECK(workspace.statusBar()->currentMessage().contains(name));
    CHECK(dialogs.errors.isEmpty());
}
