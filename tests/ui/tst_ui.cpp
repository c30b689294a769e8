// The officer's window, driven offscreen: the tree model, undo and redo of every kind of
// edit, the input of every rule kind, writing through to the file, readiness and sealing.
#include "answerjson.h"
#include "assessmentstore.h"
#include "assessmentdocument.h"
#include "builtincriteria.h"
#include "criteriafiltermodel.h"
#include "demofile.h"
#include "language.h"
#include "criteriatreemodel.h"
#include "detailpanel.h"
#include "evidencedatedialog.h"
#include "fixtures.h"
#include "uifixtures.h"
#include "officerwindow.h"
#include "messages.h"
#include "readinessdialog.h"
#include "storagefixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPixmap>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>

using namespace ParScore;
using namespace ParScore::Test;


TEST_CASE("The criteria tree model passes the model tester, filtered and not")
{
    QTemporaryDir dir;
    auto document = openDocument(newFile(dir));
    CriteriaTreeModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CriteriaFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model.rowCount() == 10); // 8 areas, then bonus and penalty as on the printed scorecard
    // Area 8 has agency items; the survey leaves are the appraisers' and are not shown.
    int leaves = 0;
    const std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (model.rowCount(index) == 0 && !index.data(CriteriaTreeModel::SectionRole).isValid())
                ++leaves;
            count(index);
        }
    };
    count({});
    CHECK(leaves == document->scorecard().leaves);
    const QModelIndex bonus = model.indexOfSection(ExtraKind::Bonus);
    const QModelIndex penalty = model.indexOfSection(ExtraKind::Penalty);
    CHECK(bonus.row() == 8);
    CHECK(penalty.row() == 9);
    CHECK(model.index(bonus.row(), CriteriaTreeModel::TitleColumn).data().toString() == QStringLiteral("Bonus points"));
    CHECK(model.index(bonus.row(), CriteriaTreeModel::MaxColumn).data().toString() == QStringLiteral("3.00"));
    REQUIRE(document->setExtraCount(ExtraKind::Bonus, QStringLiteral("B1"), 5));
    REQUIRE(document->setExtraCount(ExtraKind::Penalty, QStringLiteral("P1"), 1));
    CHECK(model.index(bonus.row(), CriteriaTreeModel::PointsColumn).data().toString() == QStringLiteral("+3.00"));
    CHECK(model.index(penalty.row(), CriteriaTreeModel::PointsColumn).data().toString() == QStringLiteral("−1.00"));
    CHECK(document->scorecard().total == 200); // capped bonus 3 − penalty 1, nothing else scored
    proxy.setShow(CriteriaFilterModel::Show::Unanswered);
    CHECK(proxy.rowCount() == 8); // a filter on item states leaves the sections out
    proxy.setShow(CriteriaFilterModel::Show::All);
    const QModelIndex first = model.indexOf(QStringLiteral("1.1.1"));
    CHECK(first.data().toString() == QStringLiteral("1.1.1"));
    CHECK(model.index(first.row(), CriteriaTreeModel::StateColumn, first.parent()).data().toString()
          == QStringLiteral("Not scored"));

    document->setAnswer(QStringLiteral("1.1.1"), AnswersParser::parseAnswer(document->set(), QStringLiteral("1.1.1"),
                                                                            QJsonObject{{QStringLiteral("option"), QStringLiteral("on_time")}},
                                                                            Role::Agency)
                                                     .value());
    CHECK(model.index(first.row(), CriteriaTreeModel::PointsColumn, first.parent()).data().toString() == QStringLiteral("1.00"));
    CHECK(model.index(first.row(), CriteriaTreeModel::StateColumn, first.parent()).data().toString()
          == QStringLiteral("No evidence or explanation"));
    proxy.setShow(CriteriaFilterModel::Show::NoEvidence);
    CHECK(proxy.rowCount() == 1); // area 1, holding 1.1.1
    // Explained in a note, the item no longer blocks submitting but still has no document.
    REQUIRE(document->setNote(QStringLiteral("1.1.1"), QStringLiteral("Bản gốc lưu tại văn thư")));
    CHECK(model.index(first.row(), CriteriaTreeModel::StateColumn, first.parent()).data().toString()
          == QStringLiteral("Explained, no evidence"));
    CHECK(proxy.rowCount() == 1);
    proxy.setShow(CriteriaFilterModel::Show::All);
    proxy.setText(QStringLiteral("một cửa"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("Every kind of edit is written at once and can be undone and redone")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    const QString leaf = QStringLiteral("1.1.2");
    const auto answer = [&](int a, int b) {
        return AnswersParser::parseAnswer(document->set(), leaf,
                                          QJsonObject{{QStringLiteral("numerator"), a}, {QStringLiteral("denominator"), b}},
                                          Role::Agency)
            .value();
    };
    REQUIRE(document->setAnswer(leaf, answer(9, 10)));
    CHECK(storedAnswer(path, leaf) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
    REQUIRE(document->setAnswer(leaf, answer(10, 10)));
    CHECK(document->undoStack()->count() == 1); // repeated edits of one item merge into one step
    REQUIRE(document->setNote(leaf, QStringLiteral("Một nhiệm vụ chuyển năm sau")));
    const QString pdf = dir.filePath(QStringLiteral("ke-hoach.pdf"));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4");
    file.close();
    REQUIRE(document->attachEvidence(leaf, {pdf}, QString()));
    CHECK(document->hasEvidence(leaf));
    const QString sha256 = document->evidenceFor(leaf).constFirst().sha256;
    REQUIRE(document->setEvidenceDate(leaf, sha256, QStringLiteral("2026-01-10")));
    CHECK(readDocument(path)->evidenceFor(leaf).constFirst().effectiveDate == QStringLiteral("2026-01-10"));
    CHECK(document->undoStack()->count() == 4);

    document->undoStack()->undo(); // effective date
    CHECK(readDocument(path)->evidenceFor(leaf).constFirst().effectiveDate.isEmpty());
    document->undoStack()->undo(); // evidence link
    CHECK_FALSE(document->hasEvidence(leaf));
    CHECK_FALSE(readDocument(path)->hasEvidence(leaf));
    document->undoStack()->undo(); // note
    CHECK(readDocument(path)->note(leaf).isEmpty());
    document->undoStack()->undo(); // answer
    CHECK(storedAnswer(path, leaf) == QStringLiteral("none"));
    CHECK(document->scorecard().answeredLeaves == 0);

    document->undoStack()->redo();
    CHECK(storedAnswer(path, leaf) == QStringLiteral(R"({"denominator":10,"numerator":10})"));
    document->undoStack()->redo();
    CHECK(readDocument(path)->note(leaf) == QStringLiteral("Một nhiệm vụ chuyển năm sau"));
    document->undoStack()->redo();
    CHECK(readDocument(path)->hasEvidence(leaf));
    document->undoStack()->redo();
    CHECK(readDocument(path)->evidenceFor(leaf).constFirst().effectiveDate == QStringLiteral("2026-01-10"));
}

TEST_CASE("The effective-date dialog gives the date chosen, or none")
{
    EvidenceDateDialog dated(QStringLiteral("ke-hoach.pdf"), QStringLiteral("2026-01-10"));
    CHECK(dated.isoDate() == QStringLiteral("2026-01-10"));
    dated.findChild<QCheckBox *>()->setChecked(false);
    CHECK(dated.isoDate().isEmpty());
    EvidenceDateDialog undated(QStringLiteral("<b>bản scan</b>.pdf"), QString());
    CHECK(undated.isoDate().isEmpty());
    CHECK(undated.findChild<QLabel *>()->textFormat() == Qt::PlainText);
    undated.findChild<QCheckBox *>()->setChecked(true);
    undated.findChild<QDateEdit *>()->setDate(QDate(2026, 3, 31));
    CHECK(undated.isoDate() == QStringLiteral("2026-03-31"));
}

TEST_CASE("The detail panel has an input for every rule kind that scores through the document")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const CriteriaSet &set = document->set();
    const auto result = [&panel] { return panel.findChild<QLabel *>(QStringLiteral("resultLabel"))->text(); };

    SECTION("manual points on the step")
    {
        const QString id = leafOfKind(set, RuleKind::Manual);
        panel.showNode(id);
        auto *box = panel.findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpinBox"));
        REQUIRE(box);
        box->setValue(box->singleStep() * 2);
        CHECK(document->answers().answers.contains(id));
        CHECK(result().contains(QStringLiteral("Points entered")));
    }
    SECTION("boolean")
    {
        const QString id = leafOfKind(set, RuleKind::Boolean);
        panel.showNode(id);
        panel.findChild<QRadioButton *>(QStringLiteral("yesRadioButton"))->click();
        CHECK(document->answers().answers.value(id).yes);
        CHECK(document->scorecard().nodes[set.indexOf(id)].points == set.node(id)->maxPoints);
    }
    SECTION("choice")
    {
        const QString id = leafOfKind(set, RuleKind::Choice);
        panel.showNode(id);
        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("optionComboBox"));
        combo->setCurrentIndex(1);
        emit combo->activated(1);
        CHECK(document->answers().answers.value(id).option == set.node(id)->rule->options[0].id);
        combo->setCurrentIndex(0); // "(not scored)" takes the score back
        emit combo->activated(0);
        CHECK_FALSE(document->answers().answers.contains(id));
    }
    SECTION("checklist")
    {
        const QString id = leafOfKind(set, RuleKind::Checklist);
        panel.showNode(id);
        auto *items = panel.findChild<QListWidget *>(QStringLiteral("checklistListWidget"));
        REQUIRE(items);
        REQUIRE(items->count() > 0);
        items->item(0)->setCheckState(Qt::Checked);
        CHECK(document->answers().answers.value(id).checked.size() == 1);
    }
    SECTION("ratio: numerator and denominator")
    {
        const QString id = leafOfKind(set, RuleKind::Ratio);
        panel.showNode(id);
        // Unscored: no 0 that reads like a score.
        CHECK(panel.findChild<QSpinBox *>(QStringLiteral("numeratorSpinBox"))->text() == QStringLiteral("—"));
        CHECK(result().startsWith(QStringLiteral("Not scored yet")));
        panel.findChild<QSpinBox *>(QStringLiteral("numeratorSpinBox"))->setValue(9);
        CHECK_FALSE(document->answers().answers.contains(id)); // waits for the total, without an error
        panel.findChild<QSpinBox *>(QStringLiteral("denominatorSpinBox"))->setValue(10);
        const Answer stored = document->answers().answers.value(id);
        CHECK(stored.numerator == 9);
        CHECK(stored.denominator == 10);
        CHECK(result().contains(QStringLiteral("9/10 = 90 %")));
        CHECK(storedAnswer(path, id) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
    }
    SECTION("deduction: a count of violations")
    {
        const QString id = leafOfKind(set, RuleKind::Deduction);
        panel.showNode(id);
        panel.findChild<QSpinBox *>(QStringLiteral("countSpinBox"))->setValue(1);
        CHECK(document->answers().answers.value(id).count == 1);
    }
    SECTION("tiers on a number")
    {
        const QString id = leafOfKind(set, RuleKind::Tiers, TierInput::Number);
        panel.showNode(id);
        panel.findChild<QDoubleSpinBox *>(QStringLiteral("valueSpinBox"))->setValue(12);
        CHECK(document->answers().answers.value(id).value == 12);
    }
    SECTION("not applicable needs a reason")
    {
        const CriteriaNode *leaf = nullptr;
        for (const CriteriaNode &node : set.nodes()) {
            if (node.isLeaf() && node.scoredBy == ScoredBy::Agency && node.notApplicable != NotApplicablePolicy::Forbidden) {
                leaf = &node;
                break;
            }
        }
        REQUIRE(leaf);
        panel.showNode(leaf->id);
        auto *na = panel.findChild<QCheckBox *>(QStringLiteral("notApplicableCheckBox"));
        na->click();
        CHECK_FALSE(document->answers().answers.contains(leaf->id)); // no reason yet
        panel.findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("Không phát sinh"));
        emit panel.findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"))->editingFinished();
        CHECK(document->answers().answers.value(leaf->id).notApplicable);
        CHECK(document->answers().answers.value(leaf->id).reason == QStringLiteral("Không phát sinh"));
    }
}

TEST_CASE("Readiness blocks submitting, and a sealed assessment is read-only in the window")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    {
        auto document = openDocument(path);
        ReadinessDialog dialog(document.get());
        CHECK(dialog.problemCount() == document->scorecard().leaves);
        answerDemo(*document);
        CHECK(ReadinessDialog(document.get()).problemCount() == 0);
        REQUIRE(document->seal(KeyPair::generate().value()));
        CHECK(document->undoStack()->count() == 0);
        CHECK_FALSE(document->setNote(QStringLiteral("1.1.2"), QStringLiteral("x")));
    }
    QList<Error> errors;
    Messages::setTestHooks({[&errors](const Error &e) { errors.append(e); }, {}, {}});
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.1.2"));
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.2"));
    CHECK_FALSE(window.detailPanel()->findChild<QSpinBox *>(QStringLiteral("numeratorSpinBox"))->isEnabled());
    CHECK(window.detailPanel()->findChild<QPlainTextEdit *>(QStringLiteral("notePlainTextEdit"))->isReadOnly());
    CHECK_FALSE(window.openFile(dir.filePath(QStringLiteral("missing.parx"))));
    CHECK(errors.size() == 1);
    Messages::setTestHooks({});
}

TEST_CASE("The next-item shortcut walks the unscored items in order")
{
    QTemporaryDir dir;
    OfficerWindow window;
    REQUIRE(window.openFile(newFile(dir)));
    window.selectNode(QStringLiteral("1"));
    REQUIRE(window.selectNextUnanswered());
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.1"));
    REQUIRE(window.selectNextUnanswered());
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.2"));
}

TEST_CASE("The window renders the demo - and saves screenshots when PARSCORE_SCREENSHOT_DIR is set")
{
    // Looking at the window is part of the work: set PARSCORE_SCREENSHOT_DIR (and
    // PARSCORE_LANG=vi for Vietnamese) to write main window, three inputs, readiness.
    const QString out = qEnvironmentVariable("PARSCORE_SCREENSHOT_DIR");
    if (qEnvironmentVariable("PARSCORE_LANG") == QLatin1String("vi"))
        setLanguage(Language::Vietnamese);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.parx"));
    REQUIRE(DemoFile::create(path).ok());
    OfficerWindow window;
    window.resize(1280, 800);
    REQUIRE(window.openFile(path));
    window.show();
    const auto shot = [&out](QWidget *widget, const QString &name) {
        const QPixmap pixmap = widget->grab();
        CHECK_FALSE(pixmap.isNull());
        if (!out.isEmpty())
            pixmap.save(out + u'/' + name + QStringLiteral(".png"));
    };
    for (const auto &[node, name] : {std::pair{QStringLiteral("1.1.2"), QStringLiteral("main-ratio")},
                                     std::pair{QStringLiteral("1.2"), QStringLiteral("main-checklist")},
                                     std::pair{QStringLiteral("1.1.1"), QStringLiteral("main-choice")}}) {
        window.selectNode(node);
        QApplication::processEvents();
        shot(&window, name);
    }
    window.tree()->setCurrentIndex(window.tree()->model()->index(8, 0)); // the bonus row
    QApplication::processEvents();
    shot(&window, QStringLiteral("main-bonus"));
    ReadinessDialog readiness(window.document(), &window);
    readiness.show();
    QApplication::processEvents();
    shot(&readiness, QStringLiteral("readiness"));
    setLanguage(Language::English);
}

TEST_CASE("Quick changes to one item are one step to undo - a later change or a new visit is another")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = newFile(dir);
    auto document = openDocument(path);
    const auto count = [&](int violations) {
        return AnswersParser::parseAnswer(document->set(), QStringLiteral("2.3"),
                                          QJsonObject{{QStringLiteral("count"), violations}}, Role::Agency)
            .value();
    };
    REQUIRE(document->setAnswer(QStringLiteral("2.3"), count(1)));
    clock.advance(500);
    REQUIRE(document->setAnswer(QStringLiteral("2.3"), count(2))); // the spin box's arrow again
    CHECK(document->undoStack()->count() == 1);
    clock.advance(5000);
    REQUIRE(document->setAnswer(QStringLiteral("2.3"), count(3))); // a while later
    CHECK(document->undoStack()->count() == 2);
    document->visit(); // the officer went elsewhere and came back
    REQUIRE(document->setAnswer(QStringLiteral("2.3"), count(4)));
    CHECK(document->undoStack()->count() == 3);
    document->undoStack()->undo();
    CHECK(document->answers().answers.value(QStringLiteral("2.3")).count == 3);
    document->undoStack()->undo();
    CHECK(document->answers().answers.value(QStringLiteral("2.3")).count == 2);
}
