#include "answerjson.h"
#include "criteriaparser.h"
#include "fixtures.h"
#include "merge.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// Merges into a province file that accepts the small test set (and `alsoAccepted`).
MergeReport mergeInto(const QString &target, const QStringList &sources, bool dryRun = false,
                      bool acceptAppraisals = false, const QList<CriteriaSet> &alsoAccepted = {})
{
    if (!QFile::exists(target))
        REQUIRE(ParxFile::create(target).ok());
    if (acceptAppraisals) {
        for (const QString &source : sources)
            trustAsColleague(target, source);
    }
    auto file = ParxFile::open(target, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    const auto report =
        Merger(*file.value(), QStringLiteral("Thanh tra")).merge(sources, {dryRun, acceptAppraisals, QList<CriteriaSet>{smallSet()} + alsoAccepted, {}});
    REQUIRE(report.ok());
    return report.value();
}

std::unique_ptr<ParxFile> openRw(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    return std::move(file).value();
}

} // namespace

TEST_CASE("Merging adds new assessments and is idempotent")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    applyAnswers(*newAgencyFile(a, QStringLiteral("A")), Layer::Self,
                 QStringLiteral(R"("1.1": {"yes": true})"));
    const QString target = dir.filePath(QStringLiteral("province.parx"));

    const MergeReport first = mergeInto(target, {a});
    CHECK(first.added.size() == 1);
    CHECK(first.rejected.isEmpty());
    // The preview names who arrived, not only their assessments' UUIDs.
    REQUIRE(first.arrivals.size() == 1);
    CHECK(first.arrivals[0].assessment == first.added[0]);
    CHECK(first.arrivals[0].agencyCode == QStringLiteral("A"));
    CHECK(first.arrivals[0].file == a);
    const MergeReport again = mergeInto(target, {a, a});
    CHECK(again.arrivals.size() == 2); // both copies arrived, and changed nothing
    CHECK(again.added.isEmpty());
    CHECK(again.updated.isEmpty());
    CHECK(again.conflicts.isEmpty());
    CHECK(again.unchanged == 2);
    CHECK(layerOf(target, QStringLiteral("A"), Layer::Self)
          == layerOf(a, QStringLiteral("A"), Layer::Self));
    auto merged = ParxFile::open(target, ParxFile::Mode::ReadOnly);
    REQUIRE(merged.ok());
    CHECK(merged.value()->info(QStringLiteral("role")) == QStringLiteral("inspector"));
}

TEST_CASE("The order of merging does not matter for non-conflicting data")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    const QString b = dir.filePath(QStringLiteral("b.parx"));
    applyAnswers(*newAgencyFile(a, QStringLiteral("A")), Layer::Self,
                 QStringLiteral(R"("1.1": {"yes": true})"));
    clock.advance();
    applyAnswers(*newAgencyFile(b, QStringLiteral("B")), Layer::Self,
                 QStringLiteral(R"("1.2": {"numerator": 1, "denominator": 2})"));
    const QString ab = dir.filePath(QStringLiteral("ab.parx"));
    const QString ba = dir.filePath(QStringLiteral("ba.parx"));
    mergeInto(ab, {a, b});
    mergeInto(ba, {b, a});
    for (const QString &code : {QStringLiteral("A"), QStringLiteral("B")}) {
        for (const Layer layer : allLayers)
            CHECK(layerOf(ab, code, layer) == layerOf(ba, code, layer));
    }
}

TEST_CASE("A later edit from the agency updates the merged file - independent edits conflict and "
          "keep both")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    applyAnswers(
        *newAgencyFile(a, QStringLiteral("A")), Layer::Self,
        QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 5, "denominator": 10})"));
    const QString target = dir.filePath(QStringLiteral("province.parx"));
    mergeInto(target, {a});

    // The agency moves on from the merged value: a plain update.
    clock.advance();
    applyAnswers(*openRw(a), Layer::Self,
                 QStringLiteral(R"("1.2": {"numerator": 9, "denominator": 10})"));
    const MergeReport update = mergeInto(target, {a});
    REQUIRE(update.updated.size() == 1);
    CHECK(update.conflicts.isEmpty());
    CHECK(update.updated[0].node == QStringLiteral("1.2"));
    CHECK(update.updated[0].before.toObject().value(QStringLiteral("numerator")).toInt() == 5);
    CHECK(update.updated[0].after.toObject().value(QStringLiteral("numerator")).toInt() == 9);

    // Each side changes a different item: both changes survive, no conflict.
    clock.advance();
    applyAnswers(*openRw(target), Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
    clock.advance();
    applyAnswers(*openRw(a), Layer::Self,
                 QStringLiteral(R"("1.2": {"numerator": 8, "denominator": 10})"));
    const MergeReport separate = mergeInto(target, {a});
    CHECK(separate.conflicts.isEmpty());
    CHECK(layerOf(target, QStringLiteral("A"), Layer::Self).contains(R"("1.1":{"yes":false})"));
    CHECK(layerOf(target, QStringLiteral("A"), Layer::Self)
              .contains(R"("1.2":{"denominator":10,"numerator":8})"));

    // Both sides change 1.2 independently: a conflict; the newer edit wins, both are reported.
    clock.advance();
    applyAnswers(*openRw(target), Layer::Self,
                 QStringLiteral(R"("1.2": {"numerator": 7, "denominator": 10})"));
    clock.advance();
    applyAnswers(*openRw(a), Layer::Self,
                 QStringLiteral(R"("1.2": {"numerator": 6, "denominator": 10})"));
    const MergeReport real = mergeInto(target, {a});
    REQUIRE(real.conflicts.size() == 1);
    CHECK(real.conflicts[0].node == QStringLiteral("1.2"));
    CHECK(real.conflicts[0].kept.toObject().value(QStringLiteral("numerator")).toInt()
          == 6); // newer
    CHECK(real.conflicts[0].other.toObject().value(QStringLiteral("numerator")).toInt() == 7);
    auto merged = ParxFile::open(target, ParxFile::Mode::ReadOnly);
    REQUIRE(merged.ok());
    const auto log = AssessmentStore(*merged.value()).log();
    REQUIRE(log.ok());
    const bool loserKept =
        std::any_of(log.value().cbegin(), log.value().cend(), [](const LogEntry &e) {
            return e.action == QStringLiteral("merge-conflict")
                   && e.oldValue.contains(QStringLiteral("\"numerator\":7"));
        });
    CHECK(loserKept);
}

TEST_CASE("Layers keep their owner")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    applyAnswers(*newAgencyFile(a, QStringLiteral("A")), Layer::Self,
                 QStringLiteral(R"("1.1": {"yes": true})"));
    const QString target = dir.filePath(QStringLiteral("province.parx"));
    mergeInto(target, {a});
    clock.advance();
    applyAnswers(*openRw(target), Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": false})"));

    SECTION("a file carrying an older appraisal never overwrites the inspectors' newer one")
    {
        // The agency got the inspectors' file back (e.g. for explanations) and resubmits it.
        const QString returned = copyFile(target, dir.filePath(QStringLiteral("returned.parx")));
        clock.advance();
        applyAnswers(*openRw(target), Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": true})"));
        const MergeReport report = mergeInto(target, {returned});
        CHECK(report.updated.isEmpty());
        CHECK(report.conflicts.isEmpty());
        CHECK(layerOf(target, QStringLiteral("A"), Layer::Appraisal1)
                  .contains(R"("answers":{"1.1":{"yes":true}})"));
    }
    SECTION("a sealed self layer is never overwritten by an unsealed one")
    {
        {
            auto agency = openRw(a);
            REQUIRE(
                Seal::seal(*agency, onlyAssessment(*agency), QStringLiteral("Thủ trưởng")).ok());
        }
        const MergeReport submitted = mergeInto(target, {a});
        CHECK(submitted.updated.isEmpty()); // same answers, now sealed
        auto merged = openRw(target);
        const AssessmentInfo info = AssessmentStore(*merged).find(QStringLiteral("A")).value();
        CHECK(info.isSealed());
        CHECK(Seal::verify(*merged, info).value() == SealState::Intact);
        CHECK(layerOf(target, QStringLiteral("A"), Layer::Appraisal1)
                  .contains(R"("1.1":{"yes":false})"));
        merged.reset();

        // An inspector's file with an older, unsealed copy of the self layer changes nothing.
        const QString old = dir.filePath(QStringLiteral("old-inspector.parx"));
        const QString draft = dir.filePath(QStringLiteral("draft.parx"));
        mergeInto(old, {});
        copyFile(target, draft);
        tamper(draft,
               QStringLiteral(
                   "UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, status = 'draft';"
                   "UPDATE answers SET answer = '{\"yes\":false}', modified_at = 9999999999999 "
                   "WHERE layer = 'self'"));
        const MergeReport ignored = mergeInto(target, {draft});
        CHECK(ignored.updated.isEmpty());
        CHECK(layerOf(target, QStringLiteral("A"), Layer::Self).contains(R"("1.1":{"yes":true})"));
    }
}

TEST_CASE("Duplicates - other editions and unreadable files are reported while the rest merges")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a1 = dir.filePath(QStringLiteral("a1.parx"));
    const QString a2 = dir.filePath(QStringLiteral("a2.parx"));
    const QString other = dir.filePath(QStringLiteral("b.parx"));
    newAgencyFile(a1, QStringLiteral("A"));
    newAgencyFile(a2, QStringLiteral("A")); // same agency and year, another UUID
    newAgencyFile(other, QStringLiteral("B"));
    const QString garbage = dir.filePath(QStringLiteral("garbage.parx"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a parx file");
    file.close();

    const QString target = dir.filePath(QStringLiteral("province.parx"));
    const MergeReport report = mergeInto(target, {a1, garbage, a2, other});
    CHECK(report.added.size() == 3);
    REQUIRE(report.duplicates.size() == 1);
    CHECK(report.duplicates[0].agencyCode == QStringLiteral("A"));
    CHECK(report.duplicates[0].year == 2025);
    CHECK(report.duplicates[0].assessments.size() == 2);
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].file == garbage);
    CHECK_FALSE(report.rejected[0].reason.isEmpty());

    // The same assessment scored against another edition of its criteria set.
    const QString edition = copyFile(other, dir.filePath(QStringLiteral("b-edition.parx")));
    QByteArray json = smallSet().bytes();
    json.replace("\"version\": \"1\"", "\"version\": \"2\"");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    tamper(edition,
           QStringLiteral(
               "INSERT INTO criteria_sets VALUES ('%1', 'test.small', '2', CAST(x'%2' AS BLOB));"
               "UPDATE assessments SET criteria_sha256 = '%1'")
               .arg(sha, QString::fromLatin1(json.toHex())));
    const MergeReport editions = mergeInto(target, {edition}, false, false, {CriteriaParser::parse(json).value()});
    REQUIRE(editions.editions.size() == 1);
    CHECK(editions.editions[0].keptVersion == QStringLiteral("1"));
    CHECK(editions.editions[0].otherVersion == QStringLiteral("2"));
}

TEST_CASE("A dry run reports without writing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    newAgencyFile(a, QStringLiteral("A"));
    const QString target = dir.filePath(QStringLiteral("province.parx"));
    REQUIRE(ParxFile::create(target).ok());
    const QByteArray before = fileHash(target);
    const MergeReport report = mergeInto(target, {a}, true);
    CHECK(report.added.size() == 1);
    CHECK(fileHash(target) == before);
}

TEST_CASE("A submission whose seal is broken is rejected and changes nothing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.parx"));
    {
        auto agency = newAgencyFile(a, QStringLiteral("A"));
        applyAnswers(*agency, Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
        REQUIRE(Seal::seal(*agency, onlyAssessment(*agency), QString()).ok());
    }
    const QString target = dir.filePath(QStringLiteral("province.parx"));
    mergeInto(target, {a});
    const QString forged = copyFile(a, dir.filePath(QStringLiteral("forged.parx")));
    tamper(forged, QStringLiteral("UPDATE answers SET answer = '{\"yes\":true}' WHERE item = '1.1';"
                                  "UPDATE assessments SET sealed_at = sealed_at + 1000"));
    const MergeReport report = mergeInto(target, {forged});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("changed after it was sealed")));
    CHECK(report.updated.isEmpty());
    CHECK(layerOf(target, QStringLiteral("A"), Layer::Self).contains(R"("1.1":{"yes":false})"));
}

TEST_CASE("The same agency and year on another edition of the criteria set is reported with both versions")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.parx"));
    newAgencyFile(first, QStringLiteral("A"));
    QByteArray json = smallSet().bytes();
    json.replace("\"version\": \"1\"", "\"version\": \"2\"");
    const auto edition2 = CriteriaParser::parse(json);
    REQUIRE(edition2.ok());
    const QString second = dir.filePath(QStringLiteral("second.parx"));
    {
        auto file = ParxFile::create(second);
        REQUIRE(file.ok());
        REQUIRE(AssessmentStore(*file.value())
                    .create(edition2.value(), {QStringLiteral("A"), QStringLiteral("Sở Nội vụ"),
                                               QStringLiteral("so"), 2025},
                            QString())
                    .ok());
        REQUIRE(file.value()
                    ->write([](QSqlDatabase &db) {
                        return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
                    })
                    .ok());
    }
    const MergeReport report =
        mergeInto(dir.filePath(QStringLiteral("province.parx")), {first, second}, false, false, {edition2.value()});
    CHECK(report.rejected.isEmpty());
    CHECK(report.added.size() == 2);
    CHECK(report.duplicates.isEmpty());
    REQUIRE(report.editions.size() == 1);
    CHECK(report.editions[0].agencyCode == QStringLiteral("A"));
    CHECK(report.editions[0].keptVersion == QStringLiteral("1"));
    CHECK(report.editions[0].otherVersion == QStringLiteral("2"));
}

TEST_CASE("A forged change log cannot make an older edit win silently")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("province.parx"));
    {
        // Submitted: a colleague signs the appraisals of sealed assessments only.
        auto file = newAgencyFile(target, QStringLiteral("A"), 2025, QStringLiteral("inspector"));
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A")).ok());
    }
    const QString older = copyFile(target, dir.filePath(QStringLiteral("older.parx")));
    clock.advance();
    applyAnswers(*openRw(target), Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 80})"));
    // The older copy claims (by a forged log line) to have moved on from 80 to 10.
    const QString uuid = onlyAssessment(*openRw(older)).uuid;
    tamper(older, QStringLiteral("INSERT INTO answers VALUES ('%1', 'appraisal1', 'node', '2.1', "
                                 "'{\"percent\":10}', 1767225600000, 'x');"
                                 "INSERT INTO change_log VALUES ('11111111-1111-4111-8111-111111111111', "
                                 "'%1', 1767225600000, 'x', 'answer', 'appraisal1', '2.1', "
                                 "'{\"percent\":80}', '{\"percent\":10}')")
                      .arg(uuid));
    const MergeReport report = mergeInto(target, {older}, false, true); // a colleague's appraisal file
    CHECK(report.updated.isEmpty());
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].kept.toObject().value(QStringLiteral("percent")).toInt() == 80);
    CHECK(layerOf(target, QStringLiteral("A"), Layer::Appraisal1).contains(R"("2.1":{"percent":80})"));
}

TEST_CASE("A submission replaces the self notes with its own so its seal stays intact in any order")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("draft.parx"));
    applyAnswers(*newAgencyFile(draft, QStringLiteral("A")), Layer::Self,
                 QStringLiteral(R"("1.1": {"yes": true})"));
    const QString submitted = copyFile(draft, dir.filePath(QStringLiteral("submitted.parx")));
    {
        auto file = openRw(submitted);
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());
    }
    {
        clock.advance();
        auto file = openRw(draft);
        REQUIRE(AssessmentStore(*file)
                    .setNote(onlyAssessment(*file), Layer::Self, smallSet(), QStringLiteral("1.2"),
                             QStringLiteral("a later draft note"), QString())
                    .ok());
    }
    for (const QStringList &order : {QStringList{draft, submitted}, QStringList{submitted, draft}}) {
        const QString target = dir.filePath(QStringLiteral("t%1.parx").arg(order.first().size()));
        QFile::remove(target);
        mergeInto(target, order);
        auto merged = openRw(target);
        const AssessmentInfo info = AssessmentStore(*merged).find(QStringLiteral("A")).value();
        CHECK(Seal::verify(*merged, info).value() == SealState::Intact);
        CHECK(info.status == AssessmentStatus::Submitted);
    }
}
