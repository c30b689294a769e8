// What a new officer tripped over in the window (issue 8): a reason typed and left with
// Ctrl+J, search by keyboard, a file read-only on disk, the window and its dialogs
// remembering where they were.
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "criteriafiltermodel.h"
#include "detailpanel.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "officerwindow.h"
#include "messages.h"
#include "uifixtures.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QStringList redTexts(const OfficerWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.detailPanel()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window.detailPanel()) && label->styleSheet().contains(QStringLiteral("#b00000"))
            && !label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

} // namespace

TEST_CASE("A reason typed for 'not applicable' and left with Ctrl+J stays with its item - no error elsewhere")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    activate(window);
    window.selectNode(QStringLiteral("1.3.2")); // may be not applicable; the next one, 1.4, may not
    input<QCheckBox>(window, "notApplicableCheckBox")->click();
    REQUIRE(QApplication::focusWidget() == input<QLineEdit>(window, "reasonLineEdit"));
    type(QStringLiteral("Không phát sinh trong năm"));
    press(Qt::Key_J, Qt::ControlModifier);
    CHECK(window.detailPanel()->nodeId() == QStringLiteral("1.4"));
    CHECK(redTexts(window).isEmpty());
    CHECK(storedAnswer(path, QStringLiteral("1.3.2"))
          == QStringLiteral(R"({"notApplicable":true,"reason":"Không phát sinh trong năm"})"));
    CHECK(storedAnswer(path, QStringLiteral("1.4")) == QStringLiteral("none"));
}

TEST_CASE("Enter or Down in the search box goes to the first match")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Down}) {
        OfficerWindow window;
        REQUIRE(window.openFile(path));
        activate(window);
        window.selectNode(QStringLiteral("1"));
        press(Qt::Key_F, Qt::ControlModifier);
        type(QStringLiteral("2.3"));
        press(key);
        CHECK(window.detailPanel()->nodeId() == QStringLiteral("2.3"));
        CHECK(QApplication::focusWidget() == window.tree());
    }
}

TEST_CASE("A file that is read-only on disk opens read-only - saying why and how to get an editable copy")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QStringList errors;
    Messages::setTestHooks({[&errors](const Error &error) { errors.append(error.message); }, {}, {}});
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    CHECK(window.document()->isReadOnly());
    const QString banner = window.findChild<QLabel *>(QStringLiteral("bannerLabel"))->text();
    CHECK(banner.contains(QStringLiteral("marked read-only")));
    CHECK(banner.contains(QStringLiteral("Save an editable copy")));
    window.selectNode(QStringLiteral("1.3.2"));
    CHECK_FALSE(input<QCheckBox>(window, "notApplicableCheckBox")->isEnabled());
    CHECK(errors.isEmpty()); // nothing was tried and refused

    const QString copy = dir.filePath(QStringLiteral("stp-copy.parx"));
    FileDialogs::setTestHook([&copy](FileDialogs::Purpose, const QString &) { return QStringList{copy}; });
    QAction *save = actionNamed(&window, QStringLiteral("Save an editable copy…"));
    REQUIRE(save->isEnabled());
    save->trigger();
    QCoreApplication::processEvents(); // the action runs once its menu has returned
    FileDialogs::setTestHook({});
    CHECK(window.document()->path() == QFileInfo(copy).absoluteFilePath());
    CHECK_FALSE(window.document()->isReadOnly());
    window.selectNode(QStringLiteral("1.3.2"));
    CHECK(input<QCheckBox>(window, "notApplicableCheckBox")->isEnabled());
    CHECK(errors.isEmpty());
    Messages::setTestHooks({});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("The window remembers its size and splitter, the file dialogs their folder per purpose")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    QList<int> sizes;
    {
        OfficerWindow window;
        REQUIRE(window.openFile(path));
        activate(window);
        window.resize(1100, 700);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter);
        splitter->setSizes({300, 700});
        sizes = splitter->sizes();
        emit splitter->splitterMoved(300, 1); // what dragging the handle does
        window.close();
    }
    {
        OfficerWindow window;
        REQUIRE(window.openFile(path));
        window.show();
        CHECK(window.size() == QSize(1100, 700));
        CHECK(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes() == sizes);
    }

    QTemporaryDir evidence;
    QTemporaryDir exports;
    QString started;
    FileDialogs::setTestHook([&](FileDialogs::Purpose purpose, const QString &start) {
        started = start;
        return purpose == FileDialogs::Purpose::Evidence ? QStringList{evidence.filePath(QStringLiteral("a.pdf"))}
                                                         : QStringList{exports.filePath(QStringLiteral("b.pdf"))};
    });
    FileDialogs::openFiles(nullptr, FileDialogs::Purpose::Evidence, {}, {});
    FileDialogs::saveFile(nullptr, FileDialogs::Purpose::Exports, {}, QStringLiteral("card.pdf"), {});
    FileDialogs::openFiles(nullptr, FileDialogs::Purpose::Evidence, {}, {});
    CHECK(started == evidence.path());
    FileDialogs::saveFile(nullptr, FileDialogs::Purpose::Exports, {}, QStringLiteral("card.pdf"), {});
    CHECK(started == QDir(exports.path()).filePath(QStringLiteral("card.pdf")));
    FileDialogs::setTestHook({});
    // From one run to the next: the settings hold them.
    CHECK(QSettings().value(QStringLiteral("folders/evidence")).toString() == evidence.path());
}

TEST_CASE("One scan attached to two items under two names keeps each name - each undo step undoes its own")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    const auto write = [&dir](const QString &name) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 one scan");
        return file.fileName();
    };
    const QString plan = write(QStringLiteral("ke-hoach-2026.pdf"));
    const QString report = write(QStringLiteral("bao-cao-quy-1.pdf"));
    auto document = openDocument(path);
    DetailPanel panel(document.get());
    const auto shown = [&panel] {
        QStringList names;
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("evidenceListWidget"));
        for (int i = 0; i < list->count(); ++i)
            names.append(list->item(i)->text());
        return names;
    };
    panel.showNode(QStringLiteral("1.1.1"));
    panel.attachFiles({plan});
    panel.showNode(QStringLiteral("1.1.2"));
    panel.attachFiles({report});
    CHECK(shown() == QStringList{QStringLiteral("bao-cao-quy-1.pdf")});
    panel.showNode(QStringLiteral("1.1.1"));
    CHECK(shown() == QStringList{QStringLiteral("ke-hoach-2026.pdf")});
    // The printed scorecard names each item's document as it was attached there.
    const auto content = document->scorecardContent();
    REQUIRE(content.ok());
    CHECK(content.value().evidence.value(QStringLiteral("1.1.2")) == QStringList{QStringLiteral("bao-cao-quy-1.pdf")});
    CHECK(content.value().evidence.value(QStringLiteral("1.1.1")) == QStringList{QStringLiteral("ke-hoach-2026.pdf")});

    QUndoStack *stack = document->undoStack();
    REQUIRE(stack->count() == 2);
    CHECK(stack->undoText() == QStringLiteral("Attach evidence to item 1.1.2"));
    stack->undo(); // the second attach, and nothing of the first
    CHECK(document->evidenceFor(QStringLiteral("1.1.2")).isEmpty());
    CHECK(document->linkName(QStringLiteral("1.1.1"), document->evidenceFor(QStringLiteral("1.1.1")).value(0).sha256)
          == QStringLiteral("ke-hoach-2026.pdf"));
    stack->redo();
    CHECK(document->evidenceFor(QStringLiteral("1.1.2")).value(0).nameAt(QStringLiteral("1.1.2"))
          == QStringLiteral("bao-cao-quy-1.pdf"));
}

TEST_CASE("A ratio refused as a whole says so in the fields' words - no hint about a missing number")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.1.2"));
    input<QSpinBox>(window, "numeratorSpinBox")->setValue(12);
    const auto result = [&window] { return input<QLabel>(window, "resultLabel")->text(); };
    CHECK(result().startsWith(QStringLiteral("Enter the other number too")));
    input<QSpinBox>(window, "denominatorSpinBox")->setValue(10);
    CHECK(redTexts(window)
          == QStringList{QStringLiteral("“Done” (12) cannot be more than “Out of” (10). Not entered: correct the numbers.")});
    // Nothing was stored yet: what was typed stays, to be corrected rather than typed again.
    CHECK(input<QSpinBox>(window, "numeratorSpinBox")->value() == 12);
    CHECK_FALSE(result().contains(QStringLiteral("other number")));
    CHECK(storedAnswer(path, QStringLiteral("1.1.2")) == QStringLiteral("none"));
}

TEST_CASE("A consolidated file of many agencies is explained in words - no command-line flag")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        const auto set = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
        REQUIRE(AssessmentStore(*file.value())
                    .create(set.value(), {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so"), 2026},
                            QStringLiteral("test"))
                    .ok());
    }
    QStringList errors;
    Messages::setTestHooks({[&errors](const Error &error) { errors.append(error.message); }, {}, {}});
    OfficerWindow window;
    CHECK_FALSE(window.openFile(path));
    Messages::setTestHooks({});
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().contains(QStringLiteral("inspectors' consolidated file")));
    CHECK_FALSE(errors.constFirst().contains(QStringLiteral("--")));
}

TEST_CASE("A date chosen for one item's documents is not carried to the next item")
{
    QTemporaryDir dir;
    const QString path = newFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    window.selectNode(QStringLiteral("1.1.1"));
    auto *hasDate = window.detailPanel()->findChild<QCheckBox *>(QStringLiteral("effectiveDateCheckBox"));
    REQUIRE(hasDate);
    hasDate->setChecked(true);
    window.selectNode(QStringLiteral("1.1.2"));
    CHECK_FALSE(hasDate->isChecked());
}

TEST_CASE("The first window fits the screen it opens on")
{
    QSettings().remove(QStringLiteral("window"));
    OfficerWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
}
