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
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeView>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// STP's sealed submission in an inspectors' file, appraised in round 1 (1.2 at 5/10, with a
// note), with a request on 1.2 only, exported as the request file the officer receives.
struct RequestFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("stp-request.parx"));
    QString scan = writeFile(dir, QStringLiteral("ke-hoach-bo-sung.pdf"), "%PDF-1.4\n% ke hoach bo sung\n");

    RequestFixture()
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
