// Measures the design.md targets of the desktop front end and prints one line each:
// starting the window on a file until it is usable, one edit written through and shown,
// the scorecard PDF of one agency, and with a province file as argument the inspectors'
// workspace opened on it. Exit status 1 when a target is missed.
#include "assessmentdocument.h"
#include "benchreport.h"
#include "demofile.h"
#include "detailpanel.h"
#include "inspectorwindow.h"
#include "messages.h"
#include "officerwindow.h"
#include "scorecardhtml.h"
#include "scorecardpdf.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSpinBox>
#include <QTemporaryDir>

#include <cstdio>

using namespace ParScore;

namespace {

// The most memory the process has held (Linux); 0 where it cannot be read.
long peakKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // A measurement never waits for someone to close a dialog: an error is printed instead.
    Messages::setTestHooks({[](const Error &error) { std::fprintf(stderr, "%s\n", qPrintable(error.message)); },
                            [](const QString &) { return false; }, [](const QString &, const QStringList &) { return -1; }});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.parx"));
    if (!DemoFile::create(path)) {
        std::fprintf(stderr, "cannot create the demo file\n");
        return 2;
    }
    bool allMet = true;
    QElapsedTimer timer;

    // GUI start to usable window: under 0.5 s (the file opened, validated, tree and panel shown).
    timer.start();
    auto window = std::make_unique<OfficerWindow>();
    if (!window->openFile(path))
        return 2;
    window->resize(1280, 800);
    window->show();
    QApplication::processEvents();
    allMet &= report("start the window on a demo file until it is shown", double(timer.nsecsElapsed()) / 1e6, 500);

    // One edit: written to the file in its own transaction, rescored, the tree repainted.
    // (Not a design.md figure: 50 ms keeps typing fluid.)
    window->selectNode(QStringLiteral("2.3"));
    auto *count = window->detailPanel()->findChild<QSpinBox *>(QStringLiteral("countSpinBox"));
    constexpr int edits = 50;
    timer.restart();
    for (int i = 1; i <= edits; ++i) {
        count->setValue(i % 4);
        QApplication::processEvents();
    }
    allMet &= report("one edit written through, rescored and shown", double(timer.nsecsElapsed()) / 1e6 / edits,
                     50);

    // Scorecard PDF for one agency: under 300 ms.
    const auto content = window->document()->scorecardContent();
    if (!content)
        return 2;
    timer.restart();
    const auto written = ScorecardPdf::write(ScorecardHtml::pieces(content.value()), QStringLiteral("bench"),
                                             dir.filePath(QStringLiteral("card.pdf")));
    allMet &= report("scorecard PDF of one agency", double(timer.nsecsElapsed()) / 1e6, 300);
    if (!written)
        return 2;
    window.reset();

    // The inspectors' workspace on a province file given as the first argument (e.g. one
    // made by `province new` and `merge` of 150 or 3,321 agencies): open until shown, under
    // 1 s (issue 10), and the memory it holds (design.md: under 150 MB with 150 agencies).
    if (argc > 1) {
        timer.restart();
        auto *inspector = new InspectorWindow;
        if (!inspector->openFile(QString::fromLocal8Bit(argv[1])))
            return 2;
        inspector->show();
        QApplication::processEvents();
        allMet &= report("open the inspectors' workspace on the province file", double(timer.nsecsElapsed()) / 1e6,
                         1000);
        std::printf("%-58s %9ld kB\n", "peak memory of the process (VmHWM)", peakKib());
        delete inspector;
    }
    return allMet ? 0 : 1;
}
