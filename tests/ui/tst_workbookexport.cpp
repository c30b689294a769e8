// File → Export the results to Excel in the inspectors' workspace: written on its own
// thread behind a progress dialog, said in the status bar, refused in a dialog.
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "uifixtures.h"

#include <QAction>
#include <QFile>
#include <QStatusBar>
#include <QTest>

using namespace ParScore;
using namespace ParScore::Test;

TEST_CASE("Export to Excel writes the workbook where the inspector chose and says so")
{
    SubmittedProvince province;
    CollectedErrors errors;
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    activate(workspace);
    const QString path = province.dir.filePath(QStringLiteral("ket-qua.xlsx"));
    {
        ChosenExport chosen(path);
        actionNamed(&workspace, QStringLiteral("Export the results to Excel…"))->trigger();
        REQUIRE(QTest::qWaitFor([&] { return workspace.statusBar()->currentMessage().contains(QStringLiteral("ket-qua.xlsx")); },
                                30000));
    }
    CHECK(errors.messages.isEmpty());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == QByteArray("PK")); // a zip, as every XLSX is

    // A folder that does not exist: a dialog says why, and nothing is written.
    const QString nowhere = province.dir.filePath(QStringLiteral("khong-co/ket-qua.xlsx"));
    {
        ChosenExport chosen(nowhere);
        actionNamed(&workspace, QStringLiteral("Export the results to Excel…"))->trigger();
        REQUIRE(QTest::qWaitFor([&] { return !errors.messages.isEmpty(); }, 30000));
    }
    CHECK(errors.messages.constFirst().contains(QStringLiteral("khong-co")));
    CHECK_FALSE(QFile::exists(nowhere));
}
