#include "frontdoor.h"

#include "inspectorwindow.h"
#include "messages.h"
#include "newprovincedialog.h"
#include "officerwindow.h"
#include "provincefile.h"

namespace ParScore {

namespace {

InspectorWindow *newInspectorWindow();

OfficerWindow *newOfficerWindow()
{
    auto *window = new OfficerWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &OfficerWindow::provinceFileChosen, window, [window](const QString &path) {
        if (FrontDoor::open(path, window) && !window->document())
            window->close(); // the empty window the inspector started from
    });
    QObject::connect(window, &OfficerWindow::newAppraisalFileRequested, window,
                     [window] { FrontDoor::newAppraisalFile(window); });
    return window;
}

InspectorWindow *newInspectorWindow()
{
    auto *window = new InspectorWindow;
    QObject::connect(window, &InspectorWindow::agencyFileChosen, window,
                     [window](const QString &path) { FrontDoor::open(path, window); });
    QObject::connect(window, &InspectorWindow::newAppraisalFileRequested, window,
                     [window] { FrontDoor::newAppraisalFile(window); });
    QObject::connect(window, &InspectorWindow::newSelfAssessmentRequested, window, [] {
        auto *officer = newOfficerWindow();
        officer->show();
        officer->newAssessment();
    });
    return window;
}

} // namespace

bool FrontDoor::open(const QString &path, QWidget *from)
{
    auto isProvince = ProvinceFile::isAt(path);
    if (!isProvince) {
        Messages::showError(from, isProvince.error());
        return false;
    }
    if (isProvince.value()) {
        auto *window = newInspectorWindow();
        if (!window->openFile(path)) {
            delete window;
            return false;
        }
        window->show();
        return true;
    }
    auto *window = newOfficerWindow();
    if (!window->openFile(path)) {
        delete window;
        return false;
    }
    window->show();
    return true;
}

QWidget *FrontDoor::officerWindow(const QString &path)
{
    auto *window = newOfficerWindow();
    window->show();
    if (!path.isEmpty())
        window->openFile(path);
    return window;
}

void FrontDoor::newAppraisalFile(QWidget *from)
{
    NewProvinceDialog dialog(from);
    if (dialog.exec() != QDialog::Accepted)
        return;
    open(dialog.createdPath(), from);
}

} // namespace ParScore
