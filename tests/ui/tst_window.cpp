// The window as an officer uses it: by keyboard alone, switching the language in the
// middle of the work, and with the file held by another program.
#include "assessmentstore.h"
#include "criteriatreemodel.h"
#include "editlock.h"
#include "evidencestore.h"
#include "detailpanel.h"
#include "fixtures.h"
#include "language.h"
#include "officerwindow.h"
#include "messages.h"
#include "newassessmentdialog.h"
#include "uifixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QSysInfo>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <QUndoStack>

using namespace ParScore;
using namespace ParScore::Test;


TEST_CASE("An officer scores items of several rule kinds with the keyboard alone")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    window.tree()->setFocus();
    window.selectNode(QStringLiteral("1.1.2"));
    press(Qt::Key_Tab); // from the tree to the item's first input
    INFO("focus on " << QApplication::focusWidget()->metaObject()->className());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("numeratorSpinBox"));
    window.selectNode(QStringLiteral("1"));
    window.tree()->setFocus();

    press(Qt::Key_J, Qt::ControlModifier); // next item to score: 1.1.1, a choice
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.1"));
    REQUIRE(qobject_cast<QComboBox *>(QApplication::focusWidget()));
    press(Qt::Key_Down); // the first option
    CHECK(storedAnswer(path, QStringLiteral("1.1.1")) != QStringLiteral("none"));

    press(Qt::Key_J, Qt::ControlModifier); // 1.1.2, done out of total
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.2"));
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("numeratorSpinBox"));
    type(QStringLiteral("9"));
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("denominatorSpinBox"));
    type(QStringLiteral("10"));
    press(Qt::Key_Tab); // leaving the box enters the value
    CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
    CHECK(window.detailPanel()->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(
        QStringLiteral("9/10 = 90 %")));

    // Tab goes on, top to bottom, to the note; what is typed there is kept.
    while (QApplication::focusWidget()->objectName() != QStringLiteral("notePlainTextEdit")) {
        QWidget *before = QApplication::focusWidget();
        press(Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() != before);
        INFO("focus went to " << QApplication::focusWidget()->metaObject()->className() << " "
                               << QApplication::focusWidget()->objectName().toStdString());
        REQUIRE(window.detailPanel()->isAncestorOf(QApplication::focusWidget()));
    }
    type(QStringLiteral("Kế hoạch số 12/KH-STP"));
    press(Qt::Key_F6); // back to the tree: the note is written as the focus leaves
    CHECK(window.tree()->hasFocus());
    press(Qt::Key_Down);
    CHECK(readDocument(path)->note(QStringLiteral("1.1.2")) == QStringLiteral("Kế hoạch số 12/KH-STP"));

    SECTION("a checklist is ticked with the space bar")
    {
        window.selectNode(QStringLiteral("1.2"));
        press(Qt::Key_Return); // Enter on an item goes to its input
        auto *list = qobject_cast<QListWidget *>(QApplication::focusWidget());
        REQUIRE(list);
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        CHECK(readDocument(path)->answers().answers.value(QStringLiteral("1.2")).checked.size() == 1);
    }
    SECTION("0 typed into an unscored box scores the item")
    {
        window.selectNode(QStringLiteral("2.3")); // violations, showing 0 while unscored
        press(Qt::Key_Return);
        REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("countSpinBox"));
        type(QStringLiteral("0"));
        press(Qt::Key_Return);
        CHECK(storedAnswer(path, QStringLiteral("2.3")) == QStringLiteral(R"({"count":0})"));
    }
    SECTION("Ctrl+Z in a number box undoes the last edit, not just the typing")
    {
        window.selectNode(QStringLiteral("1.1.2"));
        press(Qt::Key_Return);
        REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("numeratorSpinBox"));
        press(Qt::Key_Z, Qt::ControlModifier); // the note
        CHECK(readDocument(path)->note(QStringLiteral("1.1.2")).isEmpty());
    }
    SECTION("undo and redo by keyboard take back and restore the edits, in the file too")
    {
        press(Qt::Key_Z, Qt::ControlModifier); // the note
        CHECK(readDocument(path)->note(QStringLiteral("1.1.2")).isEmpty());
        press(Qt::Key_Z, Qt::ControlModifier); // 9 of 10
        CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral("none"));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral(R"({"denominator":10,"numerator":9})"));
    }
}

TEST_CASE("Switching the language keeps the document, the selected item and the undo history")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    struct BackToEnglish
    {
        ~BackToEnglish() { setLanguage(Language::English); }
    } backToEnglish;
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    AssessmentDocument *document = window.document();
    window.selectNode(QStringLiteral("1.1.2"));
    input<QSpinBox>(window, "denominatorSpinBox")->setValue(4);
    input<QSpinBox>(window, "numeratorSpinBox")->setValue(4);
    REQUIRE(document->undoStack()->count() == 1);
    CHECK(summary(window).startsWith(QStringLiteral("Self-assessed:")));

    actionNamed(&window, QStringLiteral("Tiếng Việt"))->trigger();
    QApplication::processEvents(); // the window is made again once the menu has returned
    CHECK(currentLanguage() == Language::Vietnamese);
    CHECK(window.document() == document);
    CHECK(document->undoStack()->count() == 1);
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.1.2"));
    CHECK(summary(window).startsWith(QStringLiteral("Tự đánh giá:")));
    CHECK(summary(window).startsWith(QStringLiteral("Tự đánh giá: 3,00/70,00 điểm"))); // Vietnamese numbers
    CHECK(window.menuBar()->actions().constFirst()->text() == QStringLiteral("&Tệp"));
    CHECK(input<QSpinBox>(window, "numeratorSpinBox")->value() == 4);

    actionNamed(&window, QStringLiteral("Hoàn tác chấm điểm mục 1.1.2"))->trigger(); // undo, in Vietnamese
    CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral("none"));
    actionNamed(&window, QStringLiteral("English"))->trigger();
    QApplication::processEvents();
    CHECK(currentLanguage() == Language::English);
    CHECK(summary(window).contains(QStringLiteral("scored 0 of")));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
}

TEST_CASE("An edit refused because another program is writing the file is reported and changes nothing")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    QList<Error> errors;
    Messages::setTestHooks({[&errors](const Error &e) { errors.append(e); }, {}, {}});
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.1.2"));
    auto *numerator = input<QSpinBox>(window, "numeratorSpinBox");
    auto *note = noteBox(window);

    // Another program (here a second connection) holds a write transaction open while the
    // officer edits: the edit waits for it a moment, then is refused with a message.
    auto other = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(other.ok());
    const auto held = other.value()->write([&](QSqlDatabase &db) -> Result<bool> {
        auto written = ParxFile::setInfo(db, QStringLiteral("note"), QStringLiteral("the other program"));
        if (!written)
            return written;
        numerator->setValue(0);
        input<QSpinBox>(window, "denominatorSpinBox")->setValue(2);
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().message.contains(QStringLiteral("is being changed by another program")));
        CHECK(errors.constFirst().message.contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(window.document()->answers().answers.contains(QStringLiteral("1.1.2")));
        CHECK(window.document()->undoStack()->count() == 0);
        CHECK(window.document()->scorecard().answeredLeaves == 0);
        return Result<bool>(true);
    });
    REQUIRE(held.ok());
    other.value().reset();
    CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral("none"));

    // The inputs show what the file holds (nothing), and once the other program is done
    // the same edit goes through.
    CHECK(numerator->text() == QStringLiteral("—"));
    numerator->setValue(0);
    input<QSpinBox>(window, "denominatorSpinBox")->setValue(3);
    CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral(R"({"denominator":3,"numerator":0})"));
    CHECK(errors.size() == 1);
    note->setPlainText(QStringLiteral("Không phát sinh"));
    window.selectNode(QStringLiteral("1.1.1")); // leaving the item writes its note
    CHECK(readDocument(path)->note(QStringLiteral("1.1.2")) == QStringLiteral("Không phát sinh"));
    Messages::setTestHooks({});
}

TEST_CASE("A new assessment needs an agency code, a name and a group before it can be created")
{
    NewAssessmentDialog dialog;
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createPushButton"));
    REQUIRE(create);
    auto *group = dialog.findChild<QComboBox *>(QStringLiteral("groupComboBox"));
    CHECK(group->currentData().toString() == QStringLiteral("so"));
    CHECK(group->currentText() != QStringLiteral("so")); // a name a person reads, not the tag
    CHECK_FALSE(create->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyCodeLineEdit"))->setText(QStringLiteral("STP"));
    CHECK_FALSE(create->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameLineEdit"))->setText(QStringLiteral("   "));
    CHECK_FALSE(create->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameLineEdit"))->setText(QStringLiteral("Sở Tư pháp"));
    CHECK(create->isEnabled());
}

TEST_CASE("The language can be switched from its menu again and again while a note is being typed")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    window.selectNode(QStringLiteral("2.3"));
    // Typed, and the language switched before the note's pause-to-save has passed.
    noteBox(window)->setPlainText(QStringLiteral("Không có vi phạm"));
    for (int round = 0; round < 6; ++round) {
        // Chosen as a person does: the menu open, the other language picked with Enter.
        QMenu *menu = nullptr;
        for (QMenu *candidate : window.findChildren<QMenu *>()) {
            if (candidate->actions().size() == 2 && candidate->actions().constLast()->text() == QStringLiteral("English"))
                menu = candidate;
        }
        REQUIRE(menu);
        QAction *other = menu->actions()[currentLanguage() == Language::English ? 0 : 1];
        menu->popup(QPoint(0, 0));
        menu->setActiveAction(other);
        QTest::keyClick(menu, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(currentLanguage() == (round % 2 == 0 ? Language::Vietnamese : Language::English));
        CHECK(window.detailPanel()->nodeId() == QStringLiteral("2.3"));
    }
    CHECK(readDocument(path)->note(QStringLiteral("2.3")) == QStringLiteral("Không có vi phạm"));
    CHECK(noteBox(window)->toPlainText() == QStringLiteral("Không có vi phạm"));
}

TEST_CASE("Bonus and penalty items are entered in their own rows - undone - and locked by the seal")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    auto *model = qobject_cast<QSortFilterProxyModel *>(window.tree()->model());
    REQUIRE(model);
    const QModelIndex bonusRow = model->index(8, 0);
    REQUIRE(bonusRow.data(CriteriaTreeModel::SectionRole).toInt() == int(ExtraKind::Bonus));
    window.tree()->setFocus();
    window.tree()->setCurrentIndex(bonusRow);
    press(Qt::Key_Return); // to the first count
    auto *count = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    REQUIRE(count);
    CHECK(count->accessibleName().contains(QStringLiteral("B1")));
    type(QStringLiteral("2"));
    press(Qt::Key_Tab);
    auto stored = [&path] {
        auto document = readDocument(path);
        return document->answers().bonus.value(QStringLiteral("B1"), 0);
    };
    CHECK(stored() == 2);
    CHECK(window.findChild<QLabel *>(QStringLiteral("extrasResultLabel"))->text().contains(QStringLiteral("+2.00")));
    CHECK(summary(window).startsWith(QStringLiteral("Self-assessed: 2.00 of 70.00")));
    count->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier); // in the box: the window's undo
    CHECK(stored() == 0);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(stored() == 2);

    window.selectNode(QStringLiteral("1.1.1"));
    window.document()->undoStack()->undo();
    CHECK(stored() == 0);
    window.document()->undoStack()->redo();
    CHECK(stored() == 2);

    // Sealed, the counts are shown and cannot be changed.
    REQUIRE(window.document()->seal(KeyPair::generate().value()));
    window.tree()->setCurrentIndex(model->index(8, 0));
    CHECK_FALSE(window.findChild<QSpinBox *>(QStringLiteral("extraCountSpinBox"))->isEnabled());
}

TEST_CASE("A damaged or vanished file is explained in words - not in SQLite's")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    QList<Error> errors;
    Messages::setTestHooks({[&errors](const Error &e) { errors.append(e); }, {}, {}});
    const auto plain = [&errors] {
        REQUIRE_FALSE(errors.isEmpty());
        const QString text = errors.constLast().message + errors.constLast().details.join(u' ');
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("malformed")));
        CHECK_FALSE(text.contains(QStringLiteral("Unable to")));
        CHECK_FALSE(text.contains(QStringLiteral("readonly database")));
        return text;
    };
    SECTION("a truncated copy is refused as damaged")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(50000);
        const QString cut = dir.filePath(QStringLiteral("cut.parx"));
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(head);
        out.close();
        OfficerWindow window;
        CHECK_FALSE(window.openFile(cut));
        plain();
    }
    SECTION("a file deleted while open is reported as moved or deleted when the next edit is refused")
    {
        OfficerWindow window;
        REQUIRE(window.openFile(path));
        window.selectNode(QStringLiteral("2.3"));
        REQUIRE(QFile::remove(path));
        input<QSpinBox>(window, "countSpinBox")->setValue(1);
        CHECK(plain().contains(QStringLiteral("moved or deleted")));
        CHECK(window.document()->undoStack()->count() == 0);
        // The input shows what the document holds (not scored), not the refused value.
        CHECK(input<QSpinBox>(window, "countSpinBox")->text() == QStringLiteral("—"));
    }
    Messages::setTestHooks({});
}

TEST_CASE("Closing the window writes a note still being typed and a number not yet entered")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    {
        OfficerWindow window;
        REQUIRE(window.openFile(path));
        activate(window);
        window.selectNode(QStringLiteral("2.3"));
        noteBox(window)->setPlainText(QStringLiteral("Đã rà soát 45 văn bản"));
        window.detailPanel()->focusInput(); // the violations box
        type(QStringLiteral("1")); // typed, neither Enter nor Tab yet
        CHECK(window.close());
    }
    CHECK(readDocument(path)->note(QStringLiteral("2.3")) == QStringLiteral("Đã rà soát 45 văn bản"));
    CHECK(storedAnswer(path, QStringLiteral("2.3")) == QStringLiteral(R"({"count":1})"));
}

TEST_CASE("Files dropped on an item become its evidence - a .parx dropped on the window opens")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    const QString scan = dir.filePath(QStringLiteral("biên bản kiểm tra.pdf"));
    QFile file(scan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 scan");
    file.close();
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.3.1"));
    const QString other = dir.filePath(QStringLiteral("other.parx"));
    REQUIRE(QFile::copy(path, other));
    REQUIRE(dropFiles(window.detailPanel(), {scan, other})); // the .parx is not evidence
    const QList<EvidenceInfo> attached = readDocument(path)->evidenceFor(QStringLiteral("1.3.1"));
    REQUIRE(attached.size() == 1);
    CHECK(attached.constFirst().name == QStringLiteral("biên bản kiểm tra.pdf"));
    CHECK(window.document()->undoStack()->count() == 1); // attaching can be undone

    REQUIRE(dropFiles(&window, {other}));
    CHECK(window.document()->path() == QFileInfo(other).absoluteFilePath());
}

TEST_CASE("A file being edited elsewhere opens read-only or - when the officer knows better - for editing")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    QStringList questions;
    int answer = 0; // 0 read-only, 1 edit here, -1 cancel
    Messages::setTestHooks({{}, {}, [&](const QString &question, const QStringList &) {
                                questions.append(question);
                                return answer;
                            }});
    const auto foreignMark = [&path](const QByteArray &host) {
        QFile mark(QFileInfo(path).absolutePath() + QStringLiteral("/.stp.parx.lock"));
        REQUIRE(mark.open(QIODevice::WriteOnly));
        mark.write(QByteArray::number(0x7ffffff0) + "\nparscore\n" + host + '\n');
    };
    {
        OfficerWindow editing;
        REQUIRE(editing.openFile(path));
        CHECK_FALSE(editing.document()->isReadOnly());

        OfficerWindow second;
        answer = -1;
        CHECK_FALSE(second.openFile(path)); // cancelled: nothing opened
        REQUIRE(questions.size() == 1);
        CHECK(questions.constFirst().contains(QStringLiteral("being edited in another window or program")));
        answer = 0;
        REQUIRE(second.openFile(path));
        CHECK(second.document()->isReadOnlyCopy());
        second.selectNode(QStringLiteral("1.1.2"));
        CHECK_FALSE(input<QSpinBox>(second, "numeratorSpinBox")->isEnabled());
        CHECK(noteBox(second)->isReadOnly());
        CHECK(actionNamed(&second, QStringLiteral("Submit (seal)…"))->isEnabled() == false);
    }
    // The windows are closed: the file opens for editing without a question.
    questions.clear();
    {
        OfficerWindow again;
        REQUIRE(again.openFile(path));
        CHECK_FALSE(again.document()->isReadOnly());
        CHECK(questions.isEmpty());
    }
    // A mark whose program died on this computer is taken over without asking.
    foreignMark(QSysInfo::machineHostName().toUtf8());
    {
        OfficerWindow taken;
        REQUIRE(taken.openFile(path));
        CHECK_FALSE(taken.document()->isReadOnly());
        CHECK(questions.isEmpty());
    }
    // One from another computer (copied along with the file) is asked about; the officer
    // may edit here.
    foreignMark("another-computer.invalid");
    answer = 1;
    OfficerWindow here;
    REQUIRE(here.openFile(path));
    CHECK(questions.size() == 1);
    CHECK_FALSE(here.document()->isReadOnly());
    CHECK(EditLock::holder(path).isEmpty() == false); // this window's own mark now
    Messages::setTestHooks({});
}

TEST_CASE("A note the file refused is written to its own item once the file is free - and before closing")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    QList<Error> errors;
    QStringList questions;
    Messages::setTestHooks({[&errors](const Error &e) { errors.append(e); },
                            [&questions](const QString &q) {
                                questions.append(q);
                                return false; // keep the window open
                            },
                            {}});
    auto window = std::make_unique<OfficerWindow>();
    REQUIRE(window->openFile(path));
    window->selectNode(QStringLiteral("1.1.1"));
    auto other = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(other.ok());
    REQUIRE(other.value()
                ->write([&](QSqlDatabase &) -> Result<bool> {
                    noteBox(*window)->setPlainText(QStringLiteral("Ghi chú khi tệp bị khóa"));
                    window->selectNode(QStringLiteral("1.1.2")); // leaving writes it: refused
                    REQUIRE(errors.size() == 1);
                    return Result<bool>(true);
                })
                .ok());
    SECTION("closing while the file is still busy asks first")
    {
        REQUIRE(other.value()
                    ->write([&](QSqlDatabase &) -> Result<bool> {
                        CHECK_FALSE(window->close());
                        REQUIRE(questions.size() == 1);
                        CHECK(questions.constFirst().contains(QStringLiteral("could not be written")));
                        return Result<bool>(true);
                    })
                    .ok());
    }
    other.value().reset();
    SECTION("moving on through other items")
    {
        window->selectNode(QStringLiteral("1.2"));
        window->selectNode(QStringLiteral("1.1.1"));
        window->selectNode(QStringLiteral("1.3.1"));
    }
    SECTION("closing the window")
    {
        CHECK(window->close());
    }
    window.reset();
    const auto document = readDocument(path);
    CHECK(document->note(QStringLiteral("1.1.1")) == QStringLiteral("Ghi chú khi tệp bị khóa"));
    CHECK(document->notes().size() == 1); // and on no other item
    Messages::setTestHooks({});
}

namespace {

// Stands in for the system viewer: remembers what it was asked to open.
class ViewerStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;
    Q_INVOKABLE void open(const QUrl &url) { opened.append(url); }
};

} // namespace

TEST_CASE("Open shows a fresh copy of the stored document from the user's cache")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = newFile(dir);
    const QString name = QStringLiteral("Quyết định số 12: phê duyệt?.pdf");
    const QString scan = dir.filePath(name);
    QFile file(scan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 quyet dinh");
    file.close();
    ViewerStandIn viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.3.1"));
    window.detailPanel()->attachFiles({scan});
    REQUIRE(QFile::remove(scan)); // the file holds its own copy
    window.detailPanel()->findChild<QPushButton *>(QStringLiteral("evidenceOpenPushButton"))->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(viewer.opened.size() == 1);
    const QString copy = viewer.opened.constFirst().toLocalFile();
    CHECK(copy.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    CHECK(QFileInfo(copy).fileName() == EvidenceStore::safeFileName(name)); // never the stored name as it is
    CHECK_FALSE(QFileInfo(copy).fileName().contains(u':'));
    QFile opened(copy);
    REQUIRE(opened.open(QIODevice::ReadOnly));
    CHECK(opened.readAll() == QByteArray("%PDF-1.4 quyet dinh"));
    QStandardPaths::setTestModeEnabled(false);
}

#include "tst_window.moc"

TEST_CASE("A number set back to its dash takes the score back - what is shown is what the file holds")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    const auto result = [&window] {
        return window.detailPanel()->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    };
    SECTION("a count arrowed down past 0")
    {
        window.selectNode(QStringLiteral("2.3"));
        window.tree()->setFocus();
        press(Qt::Key_Return); // to the count
        type(QStringLiteral("1"));
        press(Qt::Key_Return);
        REQUIRE(storedAnswer(path, QStringLiteral("2.3")) == QStringLiteral(R"({"count":1})"));
        press(Qt::Key_Down); // 0: no violations, full points
        CHECK(storedAnswer(path, QStringLiteral("2.3")) == QStringLiteral(R"({"count":0})"));
        press(Qt::Key_Down); // the dash: not scored
        CHECK(storedAnswer(path, QStringLiteral("2.3")) == QStringLiteral("none"));
        CHECK(result().startsWith(QStringLiteral("Not scored yet")));
    }
    SECTION("a total arrowed down to its dash")
    {
        window.selectNode(QStringLiteral("1.1.2"));
        auto *total = input<QSpinBox>(window, "denominatorSpinBox");
        input<QSpinBox>(window, "numeratorSpinBox")->setValue(1);
        CHECK(result().startsWith(QStringLiteral("Enter the other number too"))); // a hint, no error
        total->setValue(1);
        REQUIRE(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral(R"({"denominator":1,"numerator":1})"));
        total->setFocus();
        press(Qt::Key_Down); // 1/0: refused by the rules, said in red
        const auto said = [&window](const QString &text) {
            for (QLabel *label : window.detailPanel()->findChildren<QLabel *>()) {
                if (label->isVisibleTo(window.detailPanel()) && label->text().contains(text))
                    return true;
            }
            return false;
        };
        CHECK(said(QStringLiteral("“Done” (1) cannot be more than “Out of” (0).")));
        CHECK(total->text() == QStringLiteral("1")); // the box shows what the file holds
        // The red problem does not follow the officer to another item.
        window.selectNode(QStringLiteral("2.1"));
        CHECK_FALSE(said(QStringLiteral("cannot be more")));
        window.selectNode(QStringLiteral("1.1.2")); // still 1 of 1: 1 of 0 was refused
        CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral(R"({"denominator":1,"numerator":1})"));
        total = input<QSpinBox>(window, "denominatorSpinBox");
        total->setFocus();
        total->selectAll();
        press(Qt::Key_Delete); // an emptied box is the dash
        press(Qt::Key_Return);
        CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral("none"));
        CHECK(total->text() == QStringLiteral("—"));
    }
    SECTION("manual points stepped below the lowest value land on the dash")
    {
        window.selectNode(QStringLiteral("1.5"));
        auto *points = window.detailPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpinBox"));
        points->setValue(0.3);
        CHECK(window.detailPanel()->findChildren<QLabel *>().size() > 0);
        bool stepSaid = false;
        for (QLabel *label : window.detailPanel()->findChildren<QLabel *>())
            stepSaid = stepSaid || label->text().startsWith(QStringLiteral("“0.3”: points go in steps of 0.25"));
        CHECK(stepSaid);
        points->setValue(points->value() - points->singleStep()); // 0.05
        points->setValue(points->value() - points->singleStep()); // would be −0.20
        CHECK(points->text() == QStringLiteral("—"));
        CHECK(storedAnswer(path, QStringLiteral("1.5")) == QStringLiteral("none"));
    }
}

TEST_CASE("A total below zero reads with one minus sign in the window - a zero bonus without a sign")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    struct InVietnamese
    {
        InVietnamese() { setLanguage(Language::Vietnamese); }
        ~InVietnamese() { setLanguage(Language::English); }
    } vietnamese;
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    REQUIRE(window.document()->setExtraCount(ExtraKind::Penalty, QStringLiteral("P2"), 1)); // −2 on nothing scored
    const QString minus = QStringLiteral("\u2212");
    CHECK(summary(window).startsWith(QStringLiteral("Tự đánh giá: ") + minus + QStringLiteral("2,00/70,00 điểm")));
    CHECK_FALSE(summary(window).contains(u'-'));
    QAbstractItemModel *model = window.tree()->model();
    QStringList extras; // the points column of the bonus and penalty rows
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CriteriaTreeModel::SectionRole).isValid())
            extras.append(model->index(row, CriteriaTreeModel::PointsColumn).data().toString());
    }
    CHECK(extras == QStringList{QStringLiteral("0,00"), minus + QStringLiteral("2,00")});
}
