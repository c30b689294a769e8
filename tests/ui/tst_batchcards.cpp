// File → Export the scorecards to PDF in the inspectors' workspace: the choices, the place,
// the run on its own thread behind a progress dialog, and Cancel.
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "messages.h"
#include "scorecardsdialog.h"
#include "scorecardsexport.h"
#include "uifixtures.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// Answers the choice dialog: `group` (empty: every group), the final card or not, a folder or not.
void choose(const QString &group, bool finalCard, bool folder)
{
    whenModal<ScorecardsDialog>([=](ScorecardsDialog *dialog) {
        const int index = group.isEmpty() ? 0 : dialog->groupBox()->findData(group);
        REQUIRE(index >= 0);
        dialog->groupBox()->setCurrentIndex(index);
        dialog->finalButton()->setChecked(finalCard);
        dialog->folderButton()->setChecked(folder);
        dialog->accept();
    });
}

// Runs the menu's export and waits for what the status bar says at its end.
QString exportCards(InspectorWindow &workspace)
{
    workspace.statusBar()->clearMessage();
    actionNamed(&workspace, QStringLiteral("Export the scorecards to PDF…"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !workspace.statusBar()->currentMessage().isEmpty(); }, 60000));
    return workspace.statusBar()->currentMessage();
}

// The workspace on a RankedProvince, shown and active.
struct OpenWorkspace
{
    RankedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    OpenWorkspace()
    {
        REQUIRE(workspace.openFile(province.path));
        activate(workspace);
    }
};

} // namespace

TEST_CASE("The scorecards of a group go one PDF per agency into a folder, named by year, group and code")
{
    OpenWorkspace open;
    RankedProvince &province = open.province;
    CollectedErrors &errors = open.errors;
    InspectorWindow &workspace = open.workspace;
    const QString folder = province.dir.filePath(QStringLiteral("phieu"));
    {
        ChosenExport chosen(folder);
        choose(QStringLiteral("so"), true, true);
        CHECK(exportCards(workspace).contains(QStringLiteral("phieu")));
    }
    CHECK(errors.messages.isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files)
          == QStringList{QStringLiteral("2026-so-A.pdf"), QStringLiteral("2026-so-B.pdf"), QStringLiteral("2026-so-C.pdf")});
    const QString text = pdfText(QDir(folder).filePath(QStringLiteral("2026-so-C.pdf")));
    CHECK(text.contains(QStringLiteral("Đơn vị C")));
    CHECK(text.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM"))); // the official card

    // Again: the files there are replaced only when the inspector agrees.
    QStringList asked;
    const auto collect = [&](const Error &error) { errors.messages.append(error.message); };
    Messages::setTestHooks({collect, [&](const QString &question) { asked.append(question); return false; }, {}});
    {
        ChosenExport chosen(folder);
        choose(QStringLiteral("so"), false, true);
        workspace.statusBar()->clearMessage();
        actionNamed(&workspace, QStringLiteral("Export the scorecards to PDF…"))->trigger();
        REQUIRE(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 10000));
    }
    Messages::setTestHooks({collect, {}, {}});
    CHECK(asked.constFirst().contains(QStringLiteral("2026-so-A.pdf")));
    CHECK(pdfText(QDir(folder).filePath(QStringLiteral("2026-so-A.pdf"))).contains(QStringLiteral("SOCIALIST REPUBLIC")));
}

TEST_CASE("The scorecards of every group go into one PDF, a card of its own pages each")
{
    OpenWorkspace open;
    RankedProvince &province = open.province;
    CollectedErrors &errors = open.errors;
    InspectorWindow &workspace = open.workspace;
    const QString pdf = province.dir.filePath(QStringLiteral("tat-ca.pdf"));
    {
        ChosenExport chosen(pdf);
        choose(QString(), false, false);
        CHECK(exportCards(workspace).contains(QStringLiteral("tat-ca.pdf")));
    }
    CHECK(errors.messages.isEmpty());
    CHECK(pdfPages(pdf) >= 4);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("PAR INDEX SCORECARD")) == 4);
    // The overview's order: the departments A, B (tied), C, then the commune X.
    qsizetype previous = -1;
    for (const QString &name : {QStringLiteral("Đơn vị A"), QStringLiteral("Đơn vị B"), QStringLiteral("Đơn vị C"),
                                QStringLiteral("Đơn vị X")}) {
        const qsizetype at = text.indexOf(name);
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("Cancel after the first card leaves no PDF, and what was there before stays")
{
    OpenWorkspace open;
    RankedProvince &province = open.province;
    CollectedErrors &errors = open.errors;
    InspectorWindow &workspace = open.workspace;
    const QString pdf = province.dir.filePath(QStringLiteral("tat-ca.pdf"));
    {
        QFile before(pdf);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("old");
    }
    int cards = 0;
    // The inspector presses Cancel while the second card is about to be written.
    ScorecardsExport::setTestHook([&](qsizetype done) {
        ++cards;
        if (done != 1)
            return;
        QMetaObject::invokeMethod(
            &workspace,
            [&] {
                // Not REQUIRE: no exception may cross the event loop.
                auto *progress = workspace.findChild<QProgressDialog *>();
                auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
                CHECK(cancel);
                if (cancel)
                    cancel->click();
            },
            Qt::BlockingQueuedConnection);
    });
    {
        ChosenExport chosen(pdf);
        choose(QString(), false, false);
        CHECK(exportCards(workspace).contains(QStringLiteral("Cancelled")));
    }
    ScorecardsExport::setTestHook({});
    CHECK(cards == 2); // it stopped before the second card
    CHECK(errors.messages.isEmpty());
    QFile after(pdf);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == QByteArray("old"));
}
