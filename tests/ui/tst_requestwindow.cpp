// A request file in the officer's window: the council's request stands out, the officer
// explains a flagged item and attaches a document, undoes and redoes, checks readiness and
// sends — the response sealed, the submission's seal still intact.
#include "assessmentstore.h"
#include "criteriatreemodel.h"
#include "evidencedatedialog.h"
#include "filedialogs.h"
#include "inspectorfixtures.h"
#include "language.h"
#include "messages.h"
#include "readinessdialog.h"
#include "requestpart.h"
#include "requestfile.h"
#include "requeststore.h"
#include "responseseal.h"
#include "seal.h"
#include "storagefixtures.h"
#include "uifixtures.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeView>
#include <QUndoStack>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// STP's sealed submission in an inspectors' file, appraised in round 1 (1.2 at 5/10, with a
// note), with a request on 1.2 (and on `alsoFlagged`), exported as the request file the officer receives.
struct RequestFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("stp-request.parx"));
    QString scan = writeFile(dir, QStringLiteral("ke-hoach-bo-sung.pdf"), "%PDF-1.4\n% ke hoach bo sung\n");

    explicit RequestFixture(const QString &alsoFlagged = {})
    {
        auto province = newAgencyFile(dir.filePath(QStringLiteral("province.parx")), QStringLiteral("STP"), 2025,
                                      QStringLiteral("inspector"));
        applyAnswers(*province, Layer::Self,
                     QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})"));
        REQUIRE(Seal::seal(*province, onlyAssessment(*province), QStringLiteral("Thủ trưởng")).ok());
        applyAnswers(*province, Layer::Appraisal1, QStringLiteral(R"("1.2": {"numerator": 5, "denominator": 10})"));
        REQUIRE(AssessmentStore(*province)
                    .setNote(onlyAssessment(*province), Layer::Appraisal1, smallSet(), QStringLiteral("1.2"),
                             QStringLiteral("Thiếu kế hoạch quý IV"), QStringLiteral("Thanh tra"))
                    .ok());
        REQUIRE(RequestStore(*province)
                    .add(onlyAssessment(*province), smallSet(), QStringLiteral("1.2"),
                         QStringLiteral("Đề nghị bổ sung kế hoạch năm"), QStringLiteral("Thanh tra"))
                    .ok());
        if (!alsoFlagged.isEmpty())
            REQUIRE(RequestStore(*province)
                        .add(onlyAssessment(*province), smallSet(), alsoFlagged,
                             QStringLiteral("Đề nghị giải trình thêm"), QStringLiteral("Thanh tra"))
                        .ok());
        REQUIRE(RequestFile::exportFor(*province, onlyAssessment(*province), path, true, QStringLiteral("Thanh tra"))
                    .ok());
    }
};

QList<ExplanationResponse> responsesIn(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    auto held = RequestFile::responses(file.value()->db());
    REQUIRE(held.ok());
    return held.value();
}

int blobsIn(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    QSqlQuery query(file.value()->db());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QModelIndex row(const OfficerWindow &window, const QString &nodeId)
{
    const QAbstractItemModel *model = window.tree()->model();
    const auto found = model->match(model->index(0, 0), CriteriaTreeModel::NodeIdRole, nodeId, 1,
                                    Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

QString labelText(const OfficerWindow &window, const char *name)
{
    return input<QLabel>(window, name)->text();
}

struct ChosenFiles
{
    explicit ChosenFiles(const QStringList &files)
    {
        FileDialogs::setTestHook([files](FileDialogs::Purpose, const QString &) { return files; });
    }
    ~ChosenFiles() { FileDialogs::setTestHook({}); }
};

} // namespace

TEST_CASE("The officer explains a flagged item of a request file, undoes, redoes and sends the explanation")
{
    RequestFixture fixture;
    const int blobsBefore = blobsIn(fixture.path);
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    activate(window);

    // The request stands out: the banner, the flagged item marked, the others not.
    CHECK(window.findChild<QLabel *>(QStringLiteral("bannerLabel"))->text().contains(QStringLiteral("1 item")));
    const QModelIndex flagged = row(window, QStringLiteral("1.2"));
    REQUIRE(flagged.isValid());
    CHECK(flagged.data(CriteriaTreeModel::RequestedRole).toBool());
    CHECK(flagged.data(Qt::FontRole).value<QFont>().bold());
    CHECK(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Đề nghị bổ sung kế hoạch năm")));
    const QModelIndex other = row(window, QStringLiteral("1.1"));
    REQUIRE(other.isValid());
    CHECK_FALSE(other.data(CriteriaTreeModel::RequestedRole).toBool());
    CHECK_FALSE(other.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Đề nghị")));
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("filterComboBox"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Items to explain")));
    CHECK(row(window, QStringLiteral("1.2")).isValid());
    CHECK_FALSE(row(window, QStringLiteral("1.1")).isValid());
    filter->setCurrentIndex(0);

    // The panel of the flagged item: the council's text and round-1 points beside the agency's own.
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.2")); // opened on it
    CHECK(labelText(window, "requestTextLabel").contains(QStringLiteral("Đề nghị bổ sung kế hoạch năm")));
    const QString round1 = labelText(window, "round1Label");
    INFO(round1.toStdString());
    CHECK(round1.contains(formatPoints(0) + QStringLiteral(" of ") + formatPoints(200))); // 5/10: below the threshold
    CHECK(round1.contains(formatPoints(180)));                                              // the agency's 9/10
    CHECK(round1.contains(QStringLiteral("Thiếu kế hoạch quý IV")));
    CHECK_FALSE(input<QAbstractSpinBox>(window, "numeratorSpinBox")->isEnabled()); // the agency's answer, read-only
    CHECK(noteBox(window)->isReadOnly());
    auto *explanation = input<QPlainTextEdit>(window, "explanationPlainTextEdit");
    CHECK_FALSE(explanation->isReadOnly());

    // Readiness covers the flagged item only, and lists it while it has no explanation.
    {
        ReadinessDialog check(window.document());
        CHECK(check.problemCount() == 1);
        CHECK(check.findChild<QListWidget *>(QStringLiteral("problemListWidget"))->item(0)->text().startsWith(
            QStringLiteral("1.2")));
    }

    // Documents need their explanation first.
    {
        ChosenFiles chosen({fixture.scan});
        input<QPushButton>(window, "attachResponsePushButton")->click();
        CHECK(input<QLabel>(window, "explanationProblemLabel")->isVisibleTo(&window));
        CHECK(labelText(window, "explanationProblemLabel").contains(QStringLiteral("explanation first")));
        CHECK(responsesIn(fixture.path).isEmpty());
    }

    explanation->setFocus();
    type(QStringLiteral("Đã ban hành kế hoạch bổ sung"));
    window.tree()->setFocus(); // leaving the box writes it
    REQUIRE(responsesIn(fixture.path).size() == 1);
    CHECK(responsesIn(fixture.path)[0].text == QStringLiteral("Đã ban hành kế hoạch bổ sung"));
    window.document()->visit(); // the document is a step of its own
    {
        ChosenFiles chosen({fixture.scan});
        whenModal<EvidenceDateDialog>([](EvidenceDateDialog *dialog) {
            dialog->findChild<QCheckBox *>()->setChecked(true);
            dialog->findChild<QDateEdit *>()->setDate(QDate(2025, 12, 15));
            dialog->accept();
        });
        input<QPushButton>(window, "attachResponsePushButton")->click();
    }
    QList<ExplanationResponse> held = responsesIn(fixture.path);
    REQUIRE(held.size() == 1);
    REQUIRE(held[0].documents.size() == 1);
    CHECK(held[0].documents[0].name == QStringLiteral("ke-hoach-bo-sung.pdf"));
    CHECK(held[0].documents[0].effectiveDate == QStringLiteral("2025-12-15"));
    CHECK(input<QListWidget>(window, "responseDocumentsListWidget")->count() == 1);
    CHECK(row(window, QStringLiteral("1.2")).siblingAtColumn(CriteriaTreeModel::StateColumn).data().toString()
          == QStringLiteral("Explained"));

    // Ctrl+Z: the document, then the explanation; the file is as it came.
    activate(window); // again, after the date dialog
    window.tree()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(responsesIn(fixture.path)[0].documents.isEmpty());
    CHECK(blobsIn(fixture.path) == blobsBefore);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(responsesIn(fixture.path).isEmpty());
    CHECK(explanation->toPlainText().isEmpty());
    // The document's bytes come back from the copy kept at undo: the file attached has moved.
    REQUIRE(QFile::rename(fixture.scan, fixture.dir.filePath(QStringLiteral("moved.pdf"))));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(responsesIn(fixture.path) == held);
    CHECK(explanation->toPlainText() == QStringLiteral("Đã ban hành kế hoạch bổ sung"));

    // Send: checked, confirmed, sealed; the file says where it is; nothing can change any more.
    QStringList asked;
    Messages::setTestHooks({{}, [&asked](const QString &question) {
                                asked.append(question);
                                return true;
                            },
                            {}});
    actionNamed(&window, QStringLiteral("Send the explanation…"))->trigger();
    QApplication::processEvents();
    Messages::setTestHooks({});
    CHECK(asked.size() == 1);
    auto file = ParxFile::open(fixture.path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK(ResponseSeal::verify(*file.value()).value() == SealState::Intact);
    CHECK(Seal::verify(*file.value(), onlyAssessment(*file.value())).value() == SealState::Intact);
    CHECK(window.findChild<QLabel *>(QStringLiteral("bannerLabel"))->text().contains(QStringLiteral("sealed")));
    CHECK(input<QPlainTextEdit>(window, "explanationPlainTextEdit")->isReadOnly());
    CHECK_FALSE(input<QPushButton>(window, "attachResponsePushButton")->isEnabled());
    CHECK_FALSE(actionNamed(&window, QStringLiteral("Send the explanation…"))->isEnabled());
    CHECK(window.document()->undoStack()->count() == 0);
}

TEST_CASE("Sending an explanation with a flagged item unexplained shows what is missing and seals nothing")
{
    RequestFixture fixture;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    activate(window);
    window.selectNode(QStringLiteral("1.1")); // not flagged: no explanation box
    CHECK_FALSE(input<QPlainTextEdit>(window, "explanationPlainTextEdit")->isVisibleTo(&window));
    int listed = -1;
    whenModal<ReadinessDialog>([&listed](ReadinessDialog *dialog) {
        listed = dialog->problemCount();
        dialog->reject();
    });
    actionNamed(&window, QStringLiteral("Send the explanation…"))->trigger();
    QApplication::processEvents();
    CHECK(listed == 1);
    auto file = ParxFile::open(fixture.path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK(ResponseSeal::verify(*file.value()).value() == SealState::NotSealed);
}

namespace {

// Holds the file's write lock on a connection of its own, as another program would: every
// write of the window is refused (busy) until release().
struct BusyFile
{
    std::unique_ptr<ParxFile> other;

    explicit BusyFile(const QString &path)
    {
        auto opened = ParxFile::open(path, ParxFile::Mode::ReadWrite);
        REQUIRE(opened.ok());
        other = std::move(opened).value();
        REQUIRE(execSql(other->db(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    }
    ~BusyFile() { release(); }
    void release()
    {
        if (other)
            REQUIRE(execSql(other->db(), QStringLiteral("ROLLBACK")).ok());
        other.reset();
    }
};

// The text of the one response held in the file.
QString heldText(const QString &path)
{
    const QList<ExplanationResponse> held = responsesIn(path);
    REQUIRE(held.size() == 1);
    return held[0].text;
}

// The node each response held in the file answers.
QStringList respondedNodes(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    auto requests = RequestStore(*file.value()).list(onlyAssessment(*file.value()));
    REQUIRE(requests.ok());
    QStringList nodes;
    for (const ExplanationResponse &response : responsesIn(path)) {
        for (const ExplanationRequest &request : requests.value()) {
            if (request.uuid == response.request)
                nodes.append(request.node);
        }
    }
    return nodes;
}

} // namespace

TEST_CASE("An explanation the file refused stays with its own item and is written there once the file is free")
{
    RequestFixture fixture(QStringLiteral("1.1"));
    CollectedErrors errors;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    window.selectNode(QStringLiteral("1.2"));
    auto *explanation = input<QPlainTextEdit>(window, "explanationPlainTextEdit");
    {
        BusyFile busy(fixture.path);
        explanation->setPlainText(QStringLiteral("Giải trình mục 1.2"));
        window.selectNode(QStringLiteral("1.1")); // leaving writes it: refused
        CHECK(errors.messages.size() == 1);
        CHECK(explanation->isVisibleTo(&window));
        CHECK(explanation->toPlainText().isEmpty()); // 1.1's own explanation: none yet
    }
    window.selectNode(QStringLiteral("1.2")); // the file is free: written to 1.2, where it was typed
    CHECK(explanation->toPlainText() == QStringLiteral("Giải trình mục 1.2"));
    CHECK(respondedNodes(fixture.path) == QStringList{QStringLiteral("1.2")});
    CHECK(heldText(fixture.path) == QStringLiteral("Giải trình mục 1.2"));
    window.selectNode(QStringLiteral("1.1"));
    CHECK(explanation->toPlainText().isEmpty());
    CHECK(window.close());
    CHECK(respondedNodes(fixture.path) == QStringList{QStringLiteral("1.2")});
    CHECK(errors.messages.size() == 1);
}

TEST_CASE("The explanation box takes no more characters than the file holds")
{
    RequestFixture fixture;
    CollectedErrors errors;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    auto *explanation = input<QPlainTextEdit>(window, "explanationPlainTextEdit");
    explanation->setFocus();
    explanation->insertPlainText(QString(RequestFile::maxResponseLength - 2, u'a')); // pasted
    explanation->insertPlainText(QStringLiteral("bcde"));
    CHECK(explanation->toPlainText() == QString(RequestFile::maxResponseLength - 2, u'a') + QStringLiteral("bc"));
    CHECK(input<QLabel>(window, "explanationProblemLabel")->isVisibleTo(&window));
    window.selectNode(QStringLiteral("1.1"));
    CHECK(errors.messages.isEmpty());
    CHECK(heldText(fixture.path).size() == RequestFile::maxResponseLength);
}

TEST_CASE("An explanation edit the file refused is no undo step and leaves the one before it whole")
{
    RequestFixture fixture;
    CollectedErrors errors;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    RequestPart *part = window.document()->requestPart();
    REQUIRE(part->setExplanation(QStringLiteral("1.2"), QStringLiteral("Đã bổ sung")));
    // Typed on at once (one undo step with the text before), but more than the file takes.
    CHECK_FALSE(part->setExplanation(QStringLiteral("1.2"), QString(RequestFile::maxResponseLength + 1, u'x')));
    CHECK(errors.messages.size() == 1);
    QUndoStack *stack = window.document()->undoStack();
    CHECK(stack->count() == 1);
    stack->undo();
    CHECK(responsesIn(fixture.path).isEmpty());
    stack->redo();
    CHECK(heldText(fixture.path) == QStringLiteral("Đã bổ sung"));
}

TEST_CASE("Clearing an explanation sent with documents is refused and the box shows it again")
{
    RequestFixture fixture;
    CollectedErrors errors;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    activate(window);
    RequestPart *part = window.document()->requestPart();
    REQUIRE(part->setExplanation(QStringLiteral("1.2"), QStringLiteral("Đã bổ sung")));
    REQUIRE(part->attachDocuments(QStringLiteral("1.2"), {fixture.scan}, {}));
    auto *explanation = input<QPlainTextEdit>(window, "explanationPlainTextEdit");
    explanation->setFocus();
    explanation->selectAll();
    press(Qt::Key_Delete);
    window.tree()->setFocus(); // leaving the box writes it: refused
    CHECK(labelText(window, "explanationProblemLabel").contains(QStringLiteral("cannot be empty")));
    CHECK(explanation->toPlainText() == QStringLiteral("Đã bổ sung"));
    CHECK(heldText(fixture.path) == QStringLiteral("Đã bổ sung"));
}

TEST_CASE("Sending seals nothing while the explanation on screen cannot be written")
{
    RequestFixture fixture;
    QStringList errors;
    QStringList asked;
    OfficerWindow window;
    REQUIRE(window.openFile(fixture.path));
    REQUIRE(window.document()->requestPart()->setExplanation(QStringLiteral("1.2"), QStringLiteral("Bản cũ")));
    auto *explanation = input<QPlainTextEdit>(window, "explanationPlainTextEdit");
    auto busy = std::make_unique<BusyFile>(fixture.path);
    explanation->setPlainText(QStringLiteral("Bản mới"));
    // The file frees itself when the officer is asked to confirm: too late for what was typed.
    Messages::setTestHooks({[&errors](const Error &e) { errors.append(e.message); },
                            [&asked, &busy](const QString &question) {
                                asked.append(question);
                                busy.reset();
                                return true;
                            },
                            {}});
    actionNamed(&window, QStringLiteral("Send the explanation…"))->trigger();
    QApplication::processEvents();
    CHECK(errors.size() == 1);
    CHECK(asked.isEmpty());
    busy.reset();
    {
        auto file = ParxFile::open(fixture.path, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        CHECK(ResponseSeal::verify(*file.value()).value() == SealState::NotSealed);
    }
    // Once the file is free, what is sent is what is on screen.
    actionNamed(&window, QStringLiteral("Send the explanation…"))->trigger();
    QApplication::processEvents();
    CHECK(asked.size() == 1);
    CHECK(heldText(fixture.path) == QStringLiteral("Bản mới"));
    auto file = ParxFile::open(fixture.path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK(ResponseSeal::verify(*file.value()).value() == SealState::Intact);
    Messages::setTestHooks({});
}

TEST_CASE("A request file whose requests or response seal were altered is refused when it opens")
{
    RequestFixture fixture;
    CollectedErrors errors;
    QString expected;
    SECTION("a request on an item the criteria set does not have")
    {
        tamper(fixture.path, QStringLiteral("UPDATE requests SET node = '9.9'"));
        expected = QStringLiteral("item 9.9");
    }
    SECTION("a request whose identifier is not a UUID")
    {
        tamper(fixture.path, QStringLiteral("UPDATE requests SET uuid = 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'"));
        expected = QStringLiteral("request zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz on item 1.2");
    }
    SECTION("a response seal that does not match the response")
    {
        {
            auto file = ParxFile::open(fixture.path, ParxFile::Mode::ReadWrite);
            REQUIRE(file.ok());
            REQUIRE(RequestFile::respond(*file.value(), QStringLiteral("1.2"), QStringLiteral("Đã bổ sung"), {}, {},
                                         QStringLiteral("Cán bộ A"))
                        .ok());
        }
        tamper(fixture.path, QStringLiteral("INSERT INTO file_info (key, value) VALUES ('response_seal', 'giả mạo')"));
        expected = QStringLiteral("altered after it was sealed");
    }
    OfficerWindow window;
    CHECK_FALSE(window.openFile(fixture.path));
    REQUIRE(errors.messages.size() == 1);
    INFO(errors.messages[0].toStdString());
    CHECK(errors.messages[0].contains(expected));
    CHECK_FALSE(window.document());
}
