// Importing submissions into the province file as an inspector does it: a folder of a
// week's email with new, resubmitted, duplicated, broken and foreign files in it, previewed
// before anything is written, then imported or cancelled; files dropped on the window.
#include "fixtures.h"
#include "importdialog.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "merge.h"
#include "messages.h"
#include "overviewfixtures.h"
#include "overviewmodel.h"
#include "provincedocument.h"
#include "seal.h"
#include "storagefixtures.h"
#include "uifixtures.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString selfAnswers = QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");

ExpectedAgency listed(const QString &code)
{
    return {code, QStringLiteral("Sở ") + code, QStringLiteral("so")};
}

Submission submission(const QString &code)
{
    Submission s;
    s.code = code;
    s.name = QStringLiteral("Sở ") + code;
    s.selfAnswers = selfAnswers;
    return s;
}

// A province expecting A, B, C, D and M, into which C and D have submitted already; and an
// inbox holding what a week brings: new agencies A and B (B's file a colleague's, with
// appraisal points), C's resubmission a day later, D's second file (a duplicate), a file
// that is no .parx at all, a truncated one, and one on a criteria set the province does
// not accept.
struct Week
{
    ManualClock clock;
    QTemporaryDir dir;
    QString province;
    QString inbox;

    Week()
    {
        province = provinceFile(dir, {smallSet()},
                                {listed(QStringLiteral("A")), listed(QStringLiteral("B")), listed(QStringLiteral("C")),
                                 listed(QStringLiteral("D")), listed(QStringLiteral("M"))});
        const QString firstC = submissionFile(dir.filePath(QStringLiteral("c.parx")), smallSet(),
                                              submission(QStringLiteral("C")));
        const QString d = submissionFile(dir.filePath(QStringLiteral("d.parx")), smallSet(),
                                         submission(QStringLiteral("D")));
        {
            auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
            REQUIRE(file.ok());
            const auto report = Merger(*file.value(), QStringLiteral("Thanh tra")).merge({firstC, d}, {});
            REQUIRE(report.ok());
            REQUIRE(report.value().added.size() == 2);
        }
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("inbox")));
        inbox = dir.filePath(QStringLiteral("inbox"));
        submissionFile(inbox + QStringLiteral("/a.parx"), smallSet(), submission(QStringLiteral("A")));
        Submission colleague = submission(QStringLiteral("B"));
        colleague.role = QStringLiteral("inspector");
        colleague.appraisal1Answers = QStringLiteral(R"("2.1": {"percent": 80})");
        submissionFile(inbox + QStringLiteral("/b.parx"), smallSet(), colleague);
        // C withdrew, corrected and submitted again a day later.
        clock.advance(86400000);
        const QString againC = copyFile(firstC, inbox + QStringLiteral("/c-again.parx"));
        tamper(againC, QStringLiteral("UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, sealed_by = NULL, "
                                      "seal_version = NULL, status = 'draft'; DELETE FROM answers WHERE item = '1.2'"));
        {
            auto file = ParxFile::open(againC, ParxFile::Mode::ReadWrite);
            REQUIRE(Seal::seal(*file.value(), onlyAssessment(*file.value()), QString()).ok());
        }
        submissionFile(inbox + QStringLiteral("/d-twice.parx"), smallSet(), submission(QStringLiteral("D")));
        writeFile(dir, QStringLiteral("inbox/broken.parx"), "this is an email signature, not a ParScore file");
        QFile whole(inbox + QStringLiteral("/a.parx"));
        REQUIRE(whole.open(QIODevice::ReadOnly));
        writeFile(dir, QStringLiteral("inbox/truncated.parx"), whole.read(whole.size() / 2));
        submissionFile(inbox + QStringLiteral("/other-set.parx"), twoGroupSet(), submission(QStringLiteral("M")));
    }
};

std::unique_ptr<ProvinceDocument> openProvince(const QString &path)
{
    auto document = ProvinceDocument::open(path, QStringLiteral("Thanh tra"));
    if (!document)
        FAIL(document.error().message.toStdString());
    return std::move(document).value();
}

QStringList overviewCodes(const InspectorWindow &window)
{
    QStringList codes;
    for (int row = 0; row < window.overviewModel()->rowCount(); ++row) {
        const QModelIndex index = window.overviewModel()->index(row, OverviewModel::StatusColumn);
        codes.append(index.data(OverviewModel::AgencyRole).toString() + u'/' + index.data().toString());
    }
    return codes;
}

} // namespace

TEST_CASE("The import preview lists every kind of submission in a folder and writes nothing")
{
    Week week;
    CollectedErrors errors;
    auto document = openProvince(week.province);
    const QByteArray before = fileHash(week.province);
    ImportDialog dialog(document.get(), Merger::sourcesIn({week.inbox}));
    waitForPreview(dialog);
    const auto shown = sections(dialog);
    INFO(QStringList(shown.keys()).join(u'\n').toStdString());
    CHECK(shown.keys()
          == QStringList({QStringLiteral("Appraisals not taken (1)"), QStringLiteral("Duplicates (1)"),
                          QStringLiteral("New agencies (3)"), QStringLiteral("Rejected files (3)"),
                          QStringLiteral("Resubmissions (1)")}));
    // New agencies by their code and name, as the inspector knows them.
    const QStringList added = shown.value(QStringLiteral("New agencies (3)"));
    CHECK(added.filter(QStringLiteral("A — Sở A")).size() == 1);
    CHECK(added.filter(QStringLiteral("B — Sở B")).size() == 1);
    CHECK(added.filter(QStringLiteral("D — Sở D")).size() == 1);
    const QStringList resubmitted = shown.value(QStringLiteral("Resubmissions (1)"));
    REQUIRE(resubmitted.size() == 1);
    CHECK(resubmitted[0].startsWith(QStringLiteral("C | the submission sealed ")));
    CHECK(shown.value(QStringLiteral("Duplicates (1)")).constFirst().startsWith(QStringLiteral("D | 2 assessment")));
    // Each rejected file with its reason.
    QStringList rejected = shown.value(QStringLiteral("Rejected files (3)"));
    rejected.sort();
    REQUIRE(rejected.size() == 3);
    CHECK(rejected[0].startsWith(QStringLiteral("broken.parx | ")));
    CHECK(rejected[1].startsWith(QStringLiteral("other-set.parx | ")));
    CHECK(rejected[1].contains(QStringLiteral("does not accept")));
    CHECK(rejected[2].startsWith(QStringLiteral("truncated.parx | ")));
    for (const QString &line : rejected)
        CHECK(line.section(QStringLiteral(" | "), 1).size() > 10);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(fileHash(week.province) == before); // a preview, nothing more
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("Import applies what the preview showed and the overview shows the new agencies")
{
    Week week;
    CollectedErrors errors;
    InspectorWindow window;
    REQUIRE(window.openFile(week.province));
    CHECK(overviewCodes(window).contains(QStringLiteral("A/not submitted")));
    bool previewed = false;
    whenModal<ImportDialog>([&](ImportDialog *dialog) {
        waitForPreview(*dialog);
        previewed = true;
        dialog->importButton()->click();
    });
    window.importFiles({week.inbox});
    CHECK(previewed);
    CHECK(errors.messages.isEmpty());
    const QStringList codes = overviewCodes(window);
    INFO(codes.join(u' ').toStdString());
    CHECK(codes.contains(QStringLiteral("A/submitted")));
    CHECK(codes.contains(QStringLiteral("B/submitted")));
    CHECK_FALSE(codes.contains(QStringLiteral("A/not submitted")));
    CHECK(codes.filter(QStringLiteral("D/")).size() == 2); // the duplicate is kept, to resolve by hand
    CHECK(codes.contains(QStringLiteral("M/not submitted")));
    CHECK(window.overviewModel()->missingCount() == 1);
    // B's file was not said to be a colleague's: its appraisal points stayed out.
    CHECK(
        layerOf(week.province, QStringLiteral("B"), Layer::Appraisal1).contains(R"("answers":{})"));
}

TEST_CASE("A colleague's appraisal file brings its appraisal points only when the inspector ticks it")
{
    Week week;
    CollectedErrors errors;
    const QString colleague = week.inbox + QStringLiteral("/b.parx");
    trustAsColleague(week.province, colleague); // signed by a colleague whose key the province file trusts
    auto document = openProvince(week.province);
    ImportDialog dialog(document.get(), {colleague});
    waitForPreview(dialog);
    CHECK(sections(dialog).contains(QStringLiteral("Appraisals not taken (1)")));
    dialog.colleagueAppraisals()->setChecked(true); // the preview is made again
    waitForPreview(dialog);
    CHECK(sections(dialog).keys() == QStringList({QStringLiteral("New agencies (1)")}));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.importButton()->click();
    REQUIRE(imported.wait(20000));
    CHECK(layerOf(week.province, QStringLiteral("B"), Layer::Appraisal1)
              .contains(R"("2.1":{"percent":80})"));
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("A colleague's appraisal file not signed by a trusted key: the preview says its appraisal is not trusted")
{
    Week week;
    CollectedErrors errors;
    auto document = openProvince(week.province);
    ImportDialog dialog(document.get(), {week.inbox + QStringLiteral("/b.parx")});
    waitForPreview(dialog);
    dialog.colleagueAppraisals()->setChecked(true);
    waitForPreview(dialog);
    const auto shown = sections(dialog);
    REQUIRE(shown.contains(QStringLiteral("Appraisals not trusted (1)")));
    CHECK(shown.value(QStringLiteral("Appraisals not trusted (1)")).constFirst().contains(QStringLiteral("not signed")));
    CHECK_FALSE(shown.contains(QStringLiteral("Appraisals not taken (1)")));
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("A submission unlike the province's list is held until the inspector decides")
{
    Week week;
    CollectedErrors errors;
    Submission renamed = submission(QStringLiteral("A"));
    renamed.name = QStringLiteral("Sở A (tên cũ)");
    const QString file = submissionFile(week.dir.filePath(QStringLiteral("a-renamed.parx")), smallSet(), renamed);
    auto document = openProvince(week.province);
    const QByteArray before = fileHash(week.province);
    ImportDialog dialog(document.get(), {file});
    waitForPreview(dialog);
    const auto shown = sections(dialog);
    REQUIRE(shown.keys() == QStringList({QStringLiteral("Held until you decide (1)")}));
    CHECK(shown.first().constFirst()
          == QStringLiteral("A | a-renamed.parx: named “Sở A (tên cũ)”, the list says “Sở A” — not imported unless "
                            "you tick it"));
    CHECK_FALSE(dialog.importButton()->isEnabled()); // nothing would go in
    // The inspector decides for this file: its line ticked, the preview is made again.
    QTreeWidgetItem *line = dialog.preview()->topLevelItem(0)->child(0);
    REQUIRE(line->flags().testFlag(Qt::ItemIsUserCheckable));
    line->setCheckState(0, Qt::Checked);
    QCoreApplication::processEvents(); // the new preview starts once the tick's signal returns
    waitForPreview(dialog);
    CHECK(sections(dialog).keys()
          == QStringList({QStringLiteral("New agencies (1)"), QStringLiteral("Taken as they are, though unlike the list (1)")}));
    CHECK(fileHash(week.province) == before);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.importButton()->click();
    REQUIRE(imported.wait(20000));
    CHECK(
        layerOf(week.province, QStringLiteral("A"), Layer::Self).contains(R"("1.1":{"yes":true})"));
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("Cancel while the import runs leaves the province file as it was and closes the dialog")
{
    Week week;
    CollectedErrors errors;
    // Enough files that the work takes a while: the window must keep answering meanwhile.
    for (int i = 0; i < 40; ++i) {
        Submission s = submission(QStringLiteral("N%1").arg(i, 2, 10, QLatin1Char('0')));
        submissionFile(week.inbox + QStringLiteral("/n%1.parx").arg(i, 2, 10, QLatin1Char('0')), smallSet(), s);
    }
    auto document = openProvince(week.province);
    const QByteArray before = fileHash(week.province);
    ImportDialog dialog(document.get(), Merger::sourcesIn({week.inbox}));
    dialog.show();
    auto *progress = dialog.findChild<QProgressBar *>();
    REQUIRE(progress);
    // The progress bar moves while the preview runs: the GUI thread is not waiting for it.
    int movedWhileWorking = 0;
    QObject::connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value > 0 && dialog.isWorking())
            ++movedWhileWorking;
    });
    waitForPreview(dialog);
    CHECK(movedWhileWorking > 0);
    CHECK(progress->maximum() == 47);

    QSignalSpy finished(&dialog, &QDialog::finished);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.importButton()->click();
    REQUIRE(dialog.isWorking());
    dialog.reject(); // Cancel, before the job reaches its next file
    CHECK(dialog.isVisible()); // until the work has stopped
    REQUIRE(finished.wait(20000));
    CHECK(finished.constFirst().constFirst().toInt() == QDialog::Rejected);
    CHECK_FALSE(dialog.isVisible());
    CHECK(imported.isEmpty());
    CHECK(fileHash(week.province) == before);
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("Cancel during the preview closes the dialog")
{
    Week week;
    auto document = openProvince(week.province);
    const QByteArray before = fileHash(week.province);
    ImportDialog dialog(document.get(), Merger::sourcesIn({week.inbox}));
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.reject();
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(dialog.isVisible());
    CHECK(fileHash(week.province) == before);
}

TEST_CASE("A Cancel that comes once the import is written still shows the imported agencies")
{
    Week week;
    CollectedErrors errors;
    InspectorWindow window;
    REQUIRE(window.openFile(week.province));
    const QByteArray before = fileHash(week.province);
    whenModal<ImportDialog>([&](ImportDialog *dialog) {
        waitForPreview(*dialog);
        dialog->importButton()->click();
        // The inspector presses Cancel just as the import ends: the work is done and written
        // before the window has heard of it (no events are handled while waiting here).
        while (dialog->isWorking())
            QThread::yieldCurrentThread();
        dialog->reject();
    });
    window.importFiles({week.inbox});
    CHECK(fileHash(week.province) != before);
    // What is in the file is what the window shows.
    const QStringList codes = overviewCodes(window);
    INFO(codes.join(u' ').toStdString());
    CHECK(codes.contains(QStringLiteral("A/submitted")));
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("Submissions dropped on the workspace open the import preview")
{
    Week week;
    InspectorWindow window;
    REQUIRE(window.openFile(week.province));
    const QString scan = writeFile(week.dir, QStringLiteral("scan.pdf"), "%PDF-1.4");
    CHECK_FALSE(dropFiles(&window, {scan})); // not a submission

    QStringList previewed;
    whenModal<ImportDialog>([&](ImportDialog *dialog) {
        waitForPreview(*dialog);
        for (const auto &[title, lines] : sections(*dialog).asKeyValueRange())
            previewed.append(title);
        dialog->reject();
    });
    REQUIRE(dropFiles(&window, {week.inbox + QStringLiteral("/a.parx"),
                                week.inbox + QStringLiteral("/broken.parx"), scan}));
    REQUIRE(QTest::qWaitFor([&previewed] { return !previewed.isEmpty(); }, 20000));
    CHECK(previewed == QStringList({QStringLiteral("New agencies (1)"), QStringLiteral("Rejected files (1)")}));
    CHECK(overviewCodes(window).contains(QStringLiteral("A/not submitted"))); // cancelled: nothing imported
}
