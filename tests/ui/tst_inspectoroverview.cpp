// The overview (bảng tổng hợp) as inspectors read it: sorted by numbers, narrowed by group,
// status and a search typed without marks, who has not submitted standing out; and the
// front door that opens each file in the window its role calls for.
#include "answersparser.h"
#include "assessmentdocument.h"
#include "assessmentstore.h"
#include "criteriaparser.h"
#include "fixtures.h"
#include "merge.h"
#include "frontdoor.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "language.h"
#include "messages.h"
#include "officerwindow.h"
#include "overviewfilter.h"
#include "overviewmodel.h"
#include "parxfile.h"
#include "provincedocument.h"
#include "requeststore.h"
#include "storagefixtures.h"

#include <QBrush>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTest>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// One leaf the agency scores, worth 20 points (a percent of it), and one the council scores.
CriteriaSet twentyPointSet()
{
    QByteArray json = criteriaJson(QStringLiteral(
        R"([{"id": "1", "title": "Area", "maxPoints": 21, "children": [
              {"id": "1.1", "title": "Leaf", "maxPoints": 20, "rule": {"kind": "percent"}},
              {"id": "1.2", "title": "Survey", "maxPoints": 1, "rule": {"kind": "percent"}, "scoredBy": "appraiser"}]}])"));
    json.replace(R"("unitKinds": ["so"])", R"("unitKinds": ["so", "xa"])");
    auto set = CriteriaParser::parse(json);
    REQUIRE(set.ok());
    return std::move(set).value();
}

// A province of 2026 expecting five agencies: Sở Tư pháp (10,00 points, final, its survey
// scored), Sở Nội vụ
// (9,50, appraised at 8,00), a commune that has not sealed (20,00), and a department and a
// commune that have not submitted at all.
struct Province2026
{
    QTemporaryDir dir;
    QString path;

    Province2026()
    {
        const CriteriaSet set = twentyPointSet();
        const auto so = QStringLiteral("so");
        const auto xa = QStringLiteral("xa");
        path = provinceFile(dir, {set},
                            {{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), so},
                             {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), so},
                             {QStringLiteral("SYT"), QStringLiteral("Sở Y tế"), so},
                             {QStringLiteral("XGH"), QStringLiteral("UBND xã Gia Hưng"), xa},
                             {QStringLiteral("XTY"), QStringLiteral("UBND xã Trường Yên"), xa}},
                            2026);
        const auto submitted = [&](const QString &code, const QString &name, const QString &group,
                                   const QString &percent, bool seal) {
            Submission s;
            s.code = code;
            s.name = name;
            s.group = group;
            s.year = 2026;
            s.selfAnswers = QStringLiteral(R"("1.1": {"percent": %1})").arg(percent);
            s.seal = seal;
            return submissionFile(dir.filePath(code + QStringLiteral(".parx")), set, s);
        };
        const QStringList sources = {
            submitted(QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), so, QStringLiteral("50"), true),
            submitted(QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), so, QStringLiteral("47.5"), true),
            submitted(QStringLiteral("XGH"), QStringLiteral("UBND xã Gia Hưng"), xa, QStringLiteral("100"), false)};
        auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        REQUIRE(Merger(*file.value(), QStringLiteral("Thanh tra")).merge(sources, {}).ok());
        AssessmentStore store(*file.value());
        const auto appraise = [&](const QString &code, const QString &answers) {
            const auto info = store.find(code);
            REQUIRE(info.ok());
            const auto parsed = AnswersParser::parse(set, answersJson(answers), Role::Appraiser);
            REQUIRE(parsed.ok());
            REQUIRE(store.applyAnswers(info.value(), set, Layer::Appraisal1, parsed.value(), QStringLiteral("Thanh tra"))
                        .ok());
        };
        appraise(QStringLiteral("SNV"), QStringLiteral(R"("1.1": {"percent": 40}, "1.2": {"percent": 100})"));
        appraise(QStringLiteral("STP"), QStringLiteral(R"("1.2": {"percent": 100})")); // the survey only
        file.value().reset();
        setStatus(path, QStringLiteral("STP"), QStringLiteral("final"));
    }
};

// What the table shows in a column, top to bottom.
QStringList column(const InspectorWindow &window, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data(role).toString());
    return texts;
}

QString cell(const InspectorWindow &window, const QString &code, int column)
{
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OverviewModel::CodeColumn).data().toString() == code)
            return model->index(row, column).data().toString();
    }
    FAIL("no row for " << code.toStdString());
    return {};
}

QVariant cellData(const InspectorWindow &window, const QString &code, int column, int role)
{
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OverviewModel::CodeColumn).data().toString() == code)
            return model->index(row, column).data(role);
    }
    FAIL("no row for " << code.toStdString());
    return {};
}

QStringList numbers(int count)
{
    QStringList result;
    for (int i = 1; i <= count; ++i)
        result.append(QString::number(i));
    return result;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The overview sorts numbers as numbers and numbers its rows as shown")
{
    Province2026 province;
    // In Vietnamese, where points read 9,50 and 10,00.
    struct BackToEnglish
    {
        ~BackToEnglish() { setLanguage(Language::English); }
    } backToEnglish;
    setLanguage(Language::Vietnamese);
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    REQUIRE(window.table()->model()->rowCount() == 5);
    window.table()->sortByColumn(OverviewModel::SelfPointsColumn, Qt::AscendingOrder);
    // Agencies without points sort below every number; then 9,50 < 10,00 < 20,00 (as text
    // "10,00" would come first).
    CHECK(column(window, OverviewModel::SelfPointsColumn)
          == QStringList({QString(), QString(), QStringLiteral("9,50"), QStringLiteral("10,00"), QStringLiteral("20,00")}));
    CHECK(column(window, OverviewModel::CodeColumn).mid(2)
          == QStringList({QStringLiteral("SNV"), QStringLiteral("STP"), QStringLiteral("XGH")}));
    CHECK(column(window, OverviewModel::NumberColumn) == numbers(5)); // STT follows the order shown
    window.table()->sortByColumn(OverviewModel::SelfPointsColumn, Qt::DescendingOrder);
    CHECK(column(window, OverviewModel::CodeColumn).mid(0, 3)
          == QStringList({QStringLiteral("XGH"), QStringLiteral("STP"), QStringLiteral("SNV")}));
    CHECK(column(window, OverviewModel::NumberColumn) == numbers(5));
}

TEST_CASE("The overview narrows to a group, a status and a search typed without marks")
{
    Province2026 province;
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    window.table()->sortByColumn(OverviewModel::CodeColumn, Qt::AscendingOrder);

    choose(window.groupBox(), QStringLiteral("xa"));
    CHECK(column(window, OverviewModel::CodeColumn) == QStringList({QStringLiteral("XGH"), QStringLiteral("XTY")}));
    CHECK(column(window, OverviewModel::NumberColumn) == numbers(2));
    window.groupBox()->setCurrentIndex(0); // every group

    choose(window.stateBox(), OverviewModel::NotSubmitted); // never sealed, or nothing at all
    CHECK(column(window, OverviewModel::CodeColumn)
          == QStringList({QStringLiteral("SYT"), QStringLiteral("XGH"), QStringLiteral("XTY")}));
    choose(window.stateBox(), int(AssessmentStatus::Final));
    CHECK(column(window, OverviewModel::CodeColumn) == QStringList({QStringLiteral("STP")}));
    choose(window.stateBox(), int(AssessmentStatus::InAppraisal));
    CHECK(column(window, OverviewModel::CodeColumn) == QStringList({QStringLiteral("SNV")}));
    window.stateBox()->setCurrentIndex(0); // every status

    QTest::keyClicks(window.searchBox(), QStringLiteral("so tu phap"));
    CHECK(column(window, OverviewModel::NameColumn) == QStringList({QStringLiteral("Sở Tư pháp")}));
    window.searchBox()->clear();
    QTest::keyClicks(window.searchBox(), QStringLiteral("TRUONG YEN"));
    CHECK(column(window, OverviewModel::NameColumn) == QStringList({QStringLiteral("UBND xã Trường Yên")}));
    CHECK(column(window, OverviewModel::NumberColumn) == numbers(1));
    window.searchBox()->clear();
    CHECK(window.table()->model()->rowCount() == 5);
}

TEST_CASE("Agencies that have not submitted appear as such and stand out")
{
    Province2026 province;
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    for (const QString &code : {QStringLiteral("SYT"), QStringLiteral("XTY")}) {
        CHECK(cell(window, code, OverviewModel::StatusColumn) == QStringLiteral("not submitted"));
        for (int c = 0; c < OverviewModel::ColumnCount; ++c)
            CHECK(cellData(window, code, c, Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    }
    CHECK(cell(window, QStringLiteral("XGH"), OverviewModel::StatusColumn) == QStringLiteral("draft, not submitted"));
    CHECK(cellData(window, QStringLiteral("STP"), OverviewModel::CodeColumn, Qt::BackgroundRole).isNull());
    // XGH's draft is a row of its own, not a submission: three have not submitted, two have,
    // and XGH is not listed twice.
    CHECK(window.overviewModel()->missingCount() == 3);
    CHECK(window.overviewModel()->submittedCount() == 2);
    int xgh = 0;
    for (int row = 0; row < window.overviewModel()->rowCount(); ++row)
        xgh += window.overviewModel()->index(row, 0).data(OverviewModel::AgencyRole) == QStringLiteral("XGH") ? 1 : 0;
    CHECK(xgh == 1);
}

TEST_CASE("Final points, grades and ranks are marked provisional until the agency's result is final")
{
    Province2026 province;
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    for (const int c : {int(OverviewModel::FinalPointsColumn), int(OverviewModel::FinalPercentColumn),
                        int(OverviewModel::GradeColumn), int(OverviewModel::RankColumn)}) {
        INFO("column " << c);
        CHECK_FALSE(cell(window, QStringLiteral("STP"), c).isEmpty());
        CHECK_FALSE(cell(window, QStringLiteral("STP"), c).endsWith(u'*'));
        CHECK(cell(window, QStringLiteral("SNV"), c).endsWith(u'*'));
    }
    // The agency's own figures are never provisional.
    CHECK(cell(window, QStringLiteral("SNV"), OverviewModel::SelfPointsColumn) == formatPoints(950));
}

TEST_CASE("The overview shows the appraised points and the over-claim on the agency's own items")
{
    Province2026 province;
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    // Sở Nội vụ claimed 47.5 % of 20 points (9,50); the council gives 40 % (8,00): 1,50 points
    // and 8/20 − 9,5/20 = 7,50 percentage points over-claimed, provisional until final.
    CHECK(cell(window, QStringLiteral("SNV"), OverviewModel::AppraisedPointsColumn) == formatPoints(800) + u'*');
    CHECK(cell(window, QStringLiteral("SNV"), OverviewModel::OverclaimPointsColumn)
          == formatSignedPoints(150, true) + u'*');
    CHECK(cell(window, QStringLiteral("SNV"), OverviewModel::OverclaimPercentColumn)
          == formatSignedPoints(750, true) + u'*');
    CHECK(cell(window, QStringLiteral("STP"), OverviewModel::OverclaimPointsColumn).isEmpty()); // nothing appraised
    window.table()->sortByColumn(OverviewModel::OverclaimPointsColumn, Qt::AscendingOrder);
    CHECK(column(window, OverviewModel::CodeColumn).last() == QStringLiteral("SNV"));
}

TEST_CASE("A province file opens the inspectors' workspace - an agency's file the officer's window")
{
    Province2026 province;
    CollectedErrors errors;
    const auto windowsOf = [](const char *className) {
        QList<QWidget *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && widget->inherits(className))
                found.append(widget);
        }
        return found;
    };
    const auto closeAll = [] {
        QApplication::closeAllWindows();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };

    REQUIRE(FrontDoor::open(province.path));
    auto inspectors = windowsOf("ParScore::InspectorWindow");
    REQUIRE(inspectors.size() == 1);
    CHECK(qobject_cast<InspectorWindow *>(inspectors[0])->document()->path()
          == QFileInfo(province.path).absoluteFilePath());
    CHECK(windowsOf("ParScore::OfficerWindow").isEmpty());
    closeAll();

    const QString agency = province.dir.filePath(QStringLiteral("SNV.parx"));
    REQUIRE(FrontDoor::open(agency));
    auto officers = windowsOf("ParScore::OfficerWindow");
    REQUIRE(officers.size() == 1);
    CHECK(qobject_cast<OfficerWindow *>(officers[0])->document()->path() == QFileInfo(agency).absoluteFilePath());
    CHECK(windowsOf("ParScore::InspectorWindow").isEmpty());
    closeAll();

    // The officer's window, asked to open the province file, hands it to the workspace and
    // closes when it was empty.
    QPointer<QWidget> officer = FrontDoor::officerWindow();
    REQUIRE(officer);
    CHECK_FALSE(qobject_cast<OfficerWindow *>(officer.data())->openFile(province.path));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(officer.isNull());
    inspectors = windowsOf("ParScore::InspectorWindow");
    REQUIRE(inspectors.size() == 1);
    CHECK(qobject_cast<InspectorWindow *>(inspectors[0])->document()->path()
          == QFileInfo(province.path).absoluteFilePath());

    // And the workspace, asked to open an agency's file, hands it to the officer's window.
    CHECK_FALSE(qobject_cast<InspectorWindow *>(inspectors[0])->openFile(agency));
    officers = windowsOf("ParScore::OfficerWindow");
    REQUIRE(officers.size() == 1);
    CHECK(qobject_cast<OfficerWindow *>(officers[0])->document()->path() == QFileInfo(agency).absoluteFilePath());
    closeAll();
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("The overview counts each agency's items still to explain")
{
    Province2026 province;
    {
        auto file = ParxFile::open(province.path, ParxFile::Mode::ReadWrite);
        REQUIRE(file);
        AssessmentStore store(*file.value());
        auto snv = store.find(QStringLiteral("SNV"));
        REQUIRE(snv);
        auto set = store.criteria(snv.value().criteriaSha256);
        REQUIRE(set);
        REQUIRE(RequestStore(*file.value()).add(snv.value(), set.value(), QStringLiteral("1.1"),
                                                QStringLiteral("Bổ sung quyết định ban hành kế hoạch"),
                                                QStringLiteral("Thanh tra A")));
    }
    InspectorWindow window;
    REQUIRE(window.openFile(province.path));
    CHECK(cell(window, QStringLiteral("SNV"), OverviewModel::RequestsColumn) == QStringLiteral("1"));
    CHECK(cell(window, QStringLiteral("STP"), OverviewModel::RequestsColumn).isEmpty());
}
