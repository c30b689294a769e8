#pragma once

#include "assessment.h"
#include "criteriaset.h"
#include "provincefile.h"

#include <QApplication>
#include <QDialog>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

// Province files, submissions and modal dialogs for the tests of the inspectors' workspace.
namespace ParScore {
class ImportDialog;
}

namespace ParScore::Test {

// A province file `name` in `dir` for `year`, accepting `sets`, expecting `agencies`.
QString provinceFile(const QTemporaryDir &dir, const QList<CriteriaSet> &sets, const QList<ExpectedAgency> &agencies,
                     int year = 2025, const QString &name = QStringLiteral("province.parx"));

// An agency's file at `path` on `set`, its self answers (members of "answers") stored, and
// sealed (submitted) when `seal`. Role "agency", or "inspector" for a colleague's file.
struct Submission
{
    QString code;
    QString name = QStringLiteral("Sở Nội vụ");
    QString group = QStringLiteral("so");
    int year = 2025;
    QString selfAnswers;       // none when empty
    QString appraisal1Answers; // none when empty (a colleague's file)
    bool seal = true;
    QString role = QStringLiteral("agency");
};
QString submissionFile(const QString &path, const CriteriaSet &set, const Submission &submission);

// A province file with two submitted departments, STP and SNV, each of which answered 1.1
// and 1.2 of the small set itself (not sealed).
struct SubmittedProvince
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("province.parx"));
    AssessmentInfo stp;
    AssessmentInfo snv;
    SubmittedProvince();
};

// A province file of four submitted agencies of the small set for two groups: A, B and C
// departments ("so"), X a commune ("xa"); A and B answered alike (tied), C less; every one
// with its survey scored in appraisal 1, so all are ranked, none final yet.
struct RankedProvince
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tinh.parx"));
    QMap<QString, AssessmentInfo> agencies; // by code
    RankedProvince();
};

// Waits until the import dialog's dry run has shown its preview.
void waitForPreview(ImportDialog &dialog);
// The preview's sections as the inspector reads them: "New agencies (3)" → its lines
// ("code — name | details").
QMap<QString, QStringList> sections(const ImportDialog &dialog);

// Sets an assessment's status behind the program's back (as an appraisal made final would).
void setStatus(const QString &path, const QString &code, const QString &status);

// For as long as it lives, the file dialogs "choose" `path`, for exports only.
struct ChosenExport
{
    explicit ChosenExport(const QString &path);
    ~ChosenExport();
};

// Error dialogs collected instead of shown, for as long as it lives.
struct CollectedErrors
{
    CollectedErrors();
    ~CollectedErrors();
    QStringList messages;
};

// Runs `drive` on the modal dialog of type Dialog as soon as one is open (exec() runs its
// own event loop, so the test drives it from a timer of that loop). A failed REQUIRE in
// `drive` closes the dialog: its exception must not cross Qt's event loop.
template<typename Dialog>
void whenModal(std::function<void(Dialog *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive = std::move(drive)] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            try {
                drive(dialog);
            } catch (...) {
                dialog->done(QDialog::Rejected); // the failure is recorded already
            }
        }
    });
    timer->start();
}

} // namespace ParScore::Test
