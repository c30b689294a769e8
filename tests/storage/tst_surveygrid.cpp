// The survey grid against a province file: rows read against each agency's own set, every
// problem placed, all or nothing, the status raised, undo.
#include "fixtures.h"
#include "seal.h"
#include "storagefixtures.h"
#include "surveygrid.h"

#include <QSqlDatabase>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString inspector = QStringLiteral("Thanh tra A");

// Another set than smallSet(): 2.1 is a manual item of 2 points here (a percent there),
// 2.2 a choice that may be not applicable, 2.3 a deduction; 1.1 is the agency's.
CriteriaSet otherSet()
{
    return makeSet(QStringLiteral(R"([
        {"id": "1", "title": "Tự đánh giá", "maxPoints": 1, "children": [
            {"id": "1.1", "title": "Kế hoạch", "maxPoints": 1, "rule": {"kind": "boolean"}}]},
        {"id": "2", "title": "Khảo sát", "maxPoints": 6, "children": [
            {"id": "2.1", "title": "Chấm tay", "maxPoints": 2, "rule": {"kind": "manual", "step": 0.5},
             "scoredBy": "appraiser"},
            {"id": "2.2", "title": "Mức", "maxPoints": 2, "scoredBy": "appraiser", "notApplicable": "exclude",
             "rule": {"kind": "choice", "options": [{"id": "a", "label": "A", "points": 2},
                                                    {"id": "b", "label": "B", "points": 1}]}},
            {"id": "2.3", "title": "Vi phạm", "maxPoints": 2, "scoredBy": "appraiser",
             "rule": {"kind": "deduction", "perItem": 0.5}}]}])"));
}

// An inspectors' file with STP and SNV on smallSet() and SYT on otherSet(), all of 2025.
std::unique_ptr<ParxFile> provinceFile(const QString &path)
{
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(file.value()
                ->write([](QSqlDatabase &db) {
                    return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("inspector"));
                })
                .ok());
    AssessmentStore store(*file.value());
    for (const auto &[code, set] : {std::pair{QStringLiteral("STP"), smallSet()},
                                    std::pair{QStringLiteral("SNV"), smallSet()},
                                    std::pair{QStringLiteral("SYT"), otherSet()}})
        REQUIRE(store.create(set, {code, QStringLiteral("Sở ") + code, QStringLiteral("so"), 2025}, inspector).ok());
    return std::move(file).value();
}

AssessmentInfo assessmentOf(ParxFile &file, const QString &code)
{
    const auto info = AssessmentStore(file).find(code);
    REQUIRE(info.ok());
    return info.value();
}

// The stored answer of one item of one agency's layer.
std::optional<Answer> storedAnswer(ParxFile &file, const QString &code, Layer layer, const QString &node)
{
    AssessmentStore store(file);
    const AssessmentInfo info = assessmentOf(file, code);
    const auto set = store.criteria(info.criteriaSha256);
    REQUIRE(set.ok());
    const auto answers = store.answers(info, set.value(), layer);
    REQUIRE(answers.ok());
    if (!answers.value().answers.contains(node))
        return std::nullopt;
    return answers.value().answers.value(node);
}

std::optional<Fraction> storedPercent(ParxFile &file, const QString &code, Layer layer, const QString &node)
{
    const auto answer = storedAnswer(file, code, layer, node);
    return answer ? std::optional(answer->number) : std::nullopt;
}

// A grid that must be read without a problem.
SurveyGrid goodGrid(ParxFile &file, const QString &text, std::optional<int> year = std::nullopt)
{
    QList<SurveyProblem> problems;
    const auto grid = SurveyGrid::read(file, text, year, problems);
    REQUIRE(grid.ok());
    if (!problems.isEmpty())
        FAIL(SurveyGrid::refusal(problems).details.join(u'\n').toStdString());
    return grid.value();
}

// The problems of a grid that must have some, as the CLI prints them.
QStringList gridProblems(ParxFile &file, const QString &text, std::optional<int> year = std::nullopt)
{
    QList<SurveyProblem> problems;
    const auto grid = SurveyGrid::read(file, text, year, problems);
    REQUIRE(grid.ok());
    REQUIRE_FALSE(problems.isEmpty());
    return SurveyGrid::refusal(problems).details;
}

void setStatus(const QString &path, const QString &code, const QString &status)
{
    tamper(path, QStringLiteral("UPDATE assessments SET status = '%1' WHERE agency_code = '%2'").arg(status, code));
}

} // namespace

TEST_CASE("survey grid: each row is read against its own agency's criteria set")
{
    QTemporaryDir dir;
    auto file = provinceFile(dir.filePath(QStringLiteral("p.parx")));
    const SurveyGrid grid = goodGrid(*file, QStringLiteral("agency\t2.1\t2.2\t2.3\n"
                                                           "STP\t87,5\t\t\n"
                                                           "SYT\t1.5\tNA: không áp dụng\t2\n"
                                                           "SNV\t\t\t\n"));
    CHECK(grid.columns == QStringList{QStringLiteral("2.1"), QStringLiteral("2.2"), QStringLiteral("2.3")});
    REQUIRE(grid.rows.size() == 3);
    CHECK(grid.cellCount() == 4);
    CHECK(grid.rows[0].assessment.agencyCode == QStringLiteral("STP"));
    CHECK(grid.rows[0].answers.value(0).second.number == Fraction(875, 10)); // a percent in smallSet
    CHECK(grid.rows[1].set.id() == QStringLiteral("test.set"));
    CHECK(grid.rows[1].answers.value(0).second.number == Fraction(3, 2)); // points in the other set
    CHECK(grid.rows[1].answers.value(1).second.notApplicable);
    CHECK(grid.rows[1].answers.value(2).second.count == 2);
    CHECK(grid.rows[2].answers.isEmpty());
}

TEST_CASE("survey grid: every bad cell, row and column is named by line, agency and column")
{
    QTemporaryDir dir;
    auto file = provinceFile(dir.filePath(QStringLiteral("p.parx")));
    const QStringList problems = gridProblems(*file, QStringLiteral("agency\t2.1\t2.2\t9.9\t1.1\n"
                                                                    "STP\t87,5\ta\t\t\n"
                                                                    "SYT\t87,5\tc\t\t\n"
                                                                    "SNV\t101\t\t5\t1\n"));
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.size() == 6);
    CHECK(problems.contains(QStringLiteral("line 1, column 9.9: this agency's criteria set (test.small @ 1) has "
                                           "no such item")));
    CHECK(anyContains(problems, QStringLiteral("line 1, column 1.1: this item is scored by the agency itself")));
    CHECK(problems.contains(QStringLiteral("line 2, agency STP, column 2.2: this agency's criteria set (test.small "
                                           "@ 1) has no such item")));
    CHECK(problems.contains(
        QStringLiteral("line 3, agency SYT, column 2.1: “87,5” is more than 2, the most this item takes.")));
    CHECK(anyContains(problems, QStringLiteral("line 3, agency SYT, column 2.2: “c” is not an option")));
    CHECK(problems.contains(
        QStringLiteral("line 4, agency SNV, column 2.1: “101” is more than 100, the most this item takes.")));
}

TEST_CASE("survey grid: the text's shape — BOM, CRLF, blank and trailing lines, cells, codes, duplicates")
{
    QTemporaryDir dir;
    auto file = provinceFile(dir.filePath(QStringLiteral("p.parx")));
    // A BOM, CRLF line ends, a blank spreadsheet row and trailing empty lines are taken as
    // they come.
    const SurveyGrid grid = goodGrid(
        *file, QStringLiteral("\uFEFFAgency\t2.1\r\nSTP\t50\r\n\t\r\n SNV \t 60 \r\n\r\n\r\n"));
    REQUIRE(grid.rows.size() == 2);
    CHECK(grid.rows[1].assessment.agencyCode == QStringLiteral("SNV"));
    CHECK(grid.rows[1].line == 4);

    const QStringList problems = gridProblems(*file, QStringLiteral("agency\t2.1\t2.1\t\n"
                                                                    "STP\t1\t2\n"
                                                                    "SNV\t1\t\t\t\n"
                                                                    "\t5\t\t\n"
                                                                    "XYZ\t5\t\t\n"
                                                                    "SYT\t1\t\t\n"
                                                                    "SYT\t2\t\t\n"));
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems == QStringList{
                          QStringLiteral("line 1, column 2.1: the column appears twice in the header"),
                          QStringLiteral("line 1: column 4 of the header has no item id"),
                          QStringLiteral("line 2, agency STP: the row has 3 cells; the header has 4 columns"),
                          QStringLiteral("line 3, agency SNV: the row has 5 cells; the header has 4 columns"),
                          QStringLiteral("line 4: the row has no agency code in its first cell"),
                          QStringLiteral("line 5, agency XYZ: the file holds no assessment of this agency"),
                          QStringLiteral("line 7, agency SYT: the agency already has a row, on line 6"),
                      });
    CHECK(gridProblems(*file, QStringLiteral("code\t2.1\nSTP\t5\n")).constFirst().startsWith(QStringLiteral(
        "line 1: the header must begin with “agency”")));
    CHECK(gridProblems(*file, QStringLiteral("\n\n")).constFirst().startsWith(QStringLiteral("the first line must be the header")));
    CHECK(gridProblems(*file, QStringLiteral("agency\t2.1\n")) == QStringList{QStringLiteral("the grid has no row of an agency under its header")});
}

TEST_CASE("survey grid: an agency assessed in several years is named by the year")
{
    QTemporaryDir dir;
    auto file = provinceFile(dir.filePath(QStringLiteral("p.parx")));
    REQUIRE(AssessmentStore(*file)
                .create(smallSet(), {QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so"), 2026},
                        inspector)
                .ok());
    CHECK(gridProblems(*file, QStringLiteral("agency\t2.1\nSTP\t50\n"))
          == QStringList{QStringLiteral(
              "line 2, agency STP: the file holds assessments of this agency for several years (2025, 2026); give the year")});
    CHECK(goodGrid(*file, QStringLiteral("agency\t2.1\nSTP\t50\n"), 2026).rows.constFirst().assessment.year == 2026);
    CHECK(gridProblems(*file, QStringLiteral("agency\t2.1\nSTP\t50\nSYT\t1\n"), 2026)
          == QStringList{QStringLiteral("line 3, agency SYT: the file holds no assessment of this agency for 2026")});
}

TEST_CASE("survey grid: applied whole into the layer, each change logged with its author and undoable")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.parx"));
    auto file = provinceFile(path);
    // STP has submitted its self-assessment; SNV has not.
    AssessmentStore store(*file);
    REQUIRE(store.applyAnswers(assessmentOf(*file, QStringLiteral("STP")), smallSet(), Layer::Self,
                               makeAnswers(smallSet(), QStringLiteral(R"("1.1": {"yes": true})"), Role::Agency),
                               QStringLiteral("Cán bộ B"))
                .ok());
    REQUIRE(Seal::seal(*file, assessmentOf(*file, QStringLiteral("STP")), QStringLiteral("Thủ trưởng")).ok());

    const SurveyGrid grid = goodGrid(*file, QStringLiteral("agency\t2.1\t2.3\nSTP\t87,5\t\nSYT\t1,5\t2\nSNV\t\t\n"));
    const auto applied = grid.apply(*file, Layer::Appraisal1, inspector);
    REQUIRE(applied.ok());
    const QList<AnswerChange> &changes = applied.value();
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].assessment.agencyCode == QStringLiteral("STP"));
    CHECK(changes[0].nodeId == QStringLiteral("2.1"));
    CHECK_FALSE(changes[0].before.has_value());
    CHECK(changes[0].after->number == Fraction(875, 10));
    CHECK(storedPercent(*file, QStringLiteral("STP"), Layer::Appraisal1, QStringLiteral("2.1")) == Fraction(875, 10));
    CHECK(storedAnswer(*file, QStringLiteral("SYT"), Layer::Appraisal1, QStringLiteral("2.3"))->count == 2);
    // The first appraisal write starts the appraisal of a submitted assessment, only.
    CHECK(assessmentOf(*file, QStringLiteral("STP")).status == AssessmentStatus::InAppraisal);
    CHECK(assessmentOf(*file, QStringLiteral("SYT")).status == AssessmentStatus::Draft);

    const auto log = store.log();
    REQUIRE(log.ok());
    int answerEntries = 0;
    for (const LogEntry &entry : log.value()) {
        if (entry.action == QLatin1String("answer") && entry.layer == QLatin1String("appraisal1")) {
            ++answerEntries;
            CHECK(entry.author == inspector);
        }
    }
    CHECK(answerEntries == 3);
    CHECK(std::any_of(log.value().cbegin(), log.value().cend(), [](const LogEntry &entry) {
        return entry.action == QLatin1String("status") && entry.newValue == QLatin1String("inAppraisal");
    }));

    // A second grid: the change says what it replaced; the same value again changes nothing.
    clock.advance();
    const auto second =
        goodGrid(*file, QStringLiteral("agency\t2.1\t2.3\nSTP\t90\t\nSYT\t1,5\t\n")).apply(*file, Layer::Appraisal1, inspector);
    REQUIRE(second.ok());
    REQUIRE(second.value().size() == 1);
    CHECK(second.value()[0].before->number == Fraction(875, 10));
    CHECK(second.value()[0].after->number == Fraction(90, 1));

    // Undo writes back what was there before, in one go: 87.5, then nothing at all.
    clock.advance();
    REQUIRE(SurveyGrid::undo(*file, Layer::Appraisal1, second.value(), inspector).ok());
    CHECK(storedPercent(*file, QStringLiteral("STP"), Layer::Appraisal1, QStringLiteral("2.1")) == Fraction(875, 10));
    const auto undone = SurveyGrid::undo(*file, Layer::Appraisal1, changes, inspector);
    REQUIRE(undone.ok());
    CHECK(undone.value().size() == 3);
    CHECK_FALSE(storedAnswer(*file, QStringLiteral("STP"), Layer::Appraisal1, QStringLiteral("2.1")));
    CHECK_FALSE(storedAnswer(*file, QStringLiteral("SYT"), Layer::Appraisal1, QStringLiteral("2.3")));
    // The redo data of an undo redoes it.
    REQUIRE(SurveyGrid::undo(*file, Layer::Appraisal1, undone.value(), inspector).ok());
    CHECK(storedAnswer(*file, QStringLiteral("SYT"), Layer::Appraisal1, QStringLiteral("2.3"))->count == 2);
}

TEST_CASE("survey grid: nothing is written when any part is refused — the file stays byte for byte")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.parx"));
    auto file = provinceFile(path);
    const SurveyGrid grid = goodGrid(*file, QStringLiteral("agency\t2.1\nSTP\t50\nSYT\t1\nSNV\t60\n"));

    // A dry run runs every check and says what would change, writing nothing.
    QByteArray before = fileHash(path);
    const auto dry = grid.apply(*file, Layer::Appraisal2, inspector, false);
    REQUIRE(dry.ok());
    CHECK(dry.value().size() == 3);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(storedAnswer(*file, QStringLiteral("STP"), Layer::Appraisal2, QStringLiteral("2.1")));

    // SNV's assessment became final after the grid was read: the write refuses all of it.
    setStatus(path, QStringLiteral("SNV"), QStringLiteral("final"));
    before = fileHash(path);
    const auto refused = grid.apply(*file, Layer::Appraisal1, inspector);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("SNV for 2025 is final")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(storedAnswer(*file, QStringLiteral("STP"), Layer::Appraisal1, QStringLiteral("2.1")));
    // Read again, the grid names the row.
    CHECK(gridProblems(*file, QStringLiteral("agency\t2.1\nSTP\t50\nSNV\t60\n"))
          == QStringList{QStringLiteral("line 3, agency SNV: the assessment is final and can no longer be changed")});

    // An undo whose item was changed since refuses the whole undo.
    setStatus(path, QStringLiteral("SNV"), QStringLiteral("draft"));
    const auto applied = grid.apply(*file, Layer::Appraisal1, inspector);
    REQUIRE(applied.ok());
    REQUIRE(AssessmentStore(*file)
                .setAnswer(assessmentOf(*file, QStringLiteral("SNV")), smallSet(), Layer::Appraisal1,
                           QStringLiteral("2.1"), makeAnswers(smallSet(), QStringLiteral(R"("2.1": {"percent": 10})"))
                                                      .answers.value(QStringLiteral("2.1")),
                           QStringLiteral("Thanh tra B"))
                .ok());
    before = fileHash(path);
    const auto undo = SurveyGrid::undo(*file, Layer::Appraisal1, applied.value(), inspector);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().message.contains(QStringLiteral("2.1 of SNV was changed since")));
    CHECK(fileHash(path) == before);
    CHECK(storedPercent(*file, QStringLiteral("STP"), Layer::Appraisal1, QStringLiteral("2.1")) == Fraction(50, 1));
}

TEST_CASE("survey grid: only into an appraisal layer of the inspectors' file")
{
    QTemporaryDir dir;
    auto agencyFile = newAgencyFile(dir.filePath(QStringLiteral("a.parx")), QStringLiteral("SNV"), 2025,
                                    QStringLiteral("agency"));
    const SurveyGrid grid = goodGrid(*agencyFile, QStringLiteral("agency\t2.1\nSNV\t50\n"));
    const auto refused = grid.apply(*agencyFile, Layer::Appraisal1, inspector);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not the inspectors' province file")));

    auto province = provinceFile(dir.filePath(QStringLiteral("p.parx")));
    const auto self = goodGrid(*province, QStringLiteral("agency\t2.1\nSNV\t50\n")).apply(*province, Layer::Self, inspector);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("never into the agency's self-assessment")));
}

TEST_CASE("single appraisal answers: a submitted assessment starts its appraisal, a final one refuses")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.parx"));
    auto file = provinceFile(path);
    const Answer half = makeAnswers(smallSet(), QStringLiteral(R"("2.1": {"percent": 50})")).answers.value(QStringLiteral("2.1"));
    AssessmentStore store(*file);
    setStatus(path, QStringLiteral("STP"), QStringLiteral("submitted"));
    REQUIRE(store.setAnswer(assessmentOf(*file, QStringLiteral("STP")), smallSet(), Layer::Appraisal2,
                            QStringLiteral("2.1"), half, inspector)
                .ok());
    CHECK(assessmentOf(*file, QStringLiteral("STP")).status == AssessmentStatus::InAppraisal);

    setStatus(path, QStringLiteral("SNV"), QStringLiteral("final"));
    const QByteArray before = fileHash(path);
    const auto refused = store.setAnswer(assessmentOf(*file, QStringLiteral("SNV")), smallSet(), Layer::Appraisal1,
                                         QStringLiteral("2.1"), half, inspector);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("is final and can no longer be changed")));
    CHECK_FALSE(store.setAnswer(assessmentOf(*file, QStringLiteral("SNV")), smallSet(), Layer::Appraisal1,
                                QStringLiteral("2.1"), std::nullopt, inspector)
                    .ok());
    CHECK(fileHash(path) == before);
}
