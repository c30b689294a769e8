// Merging as a dishonest agency would have it: forged roles and appraisals, an easier
// criteria set, moved dates; and a merge that fails or is cancelled midway.
#include "blobstream.h"
#include "criteriaparser.h"
#include "evidencestore.h"
#include "fixtures.h"
#include "merge.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

Result<MergeReport> mergeWith(const QString &target, const QStringList &sources, MergeOptions options)
{
    if (!QFile::exists(target))
        REQUIRE(ParxFile::create(target).ok());
    auto file = ParxFile::open(target, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    if (options.acceptCriteria.isEmpty())
        options.acceptCriteria = {smallSet()};
    return Merger(*file.value(), QStringLiteral("Thanh tra")).merge(sources, options);
}

MergeReport merged(const QString &target, const QStringList &sources, bool acceptAppraisals = false)
{
    const auto report = mergeWith(target, sources, {false, acceptAppraisals, {}, {}});
    REQUIRE(report.ok());
    return report.value();
}

QString layerText(const QString &path, Layer layer)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    return QString::fromUtf8(layerJson(*file.value(), layer));
}

AssessmentStatus statusIn(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    return onlyAssessment(*file.value()).status;
}

QString writeDocument(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("An agency cannot bring its own appraisal by making an inspector's file of its submission")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.parx"));
    applyAnswers(*newAgencyFile(own, QStringLiteral("A")), Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"));
    // What the CLI lets anyone do: merge the own file into a new file (an "inspector" file)
    // and enter an appraisal there.
    const QString forged = dir.filePath(QStringLiteral("forged.parx"));
    merged(forged, {own});
    clock.advance();
    applyAnswers(*ParxFile::open(forged, ParxFile::Mode::ReadWrite).value(), Layer::Appraisal1,
                 QStringLiteral(R"("1.1": {"yes": true}, "2.1": {"percent": 100})"));
    REQUIRE(ParxFile::open(forged, ParxFile::Mode::ReadWrite)
                .value()
                ->write([](QSqlDatabase &db) {
                    return execSql(db, QStringLiteral("UPDATE assessments SET status = 'final'"));
                })
                .ok());

    SECTION("an agency not seen before: only its own content, at most submitted")
    {
        const QString province = dir.filePath(QStringLiteral("province.parx"));
        const MergeReport report = merged(province, {forged});
        CHECK(report.added.size() == 1);
        REQUIRE(report.appraisalsIgnored.size() == 1);
        CHECK(report.appraisalsIgnored[0].agencyCode == QStringLiteral("A"));
        CHECK(layerText(province, Layer::Appraisal1).contains(QStringLiteral(R"("answers":{})")));
        CHECK(layerText(province, Layer::Self).contains(QStringLiteral(R"("1.1":{"yes":true})")));
        CHECK(statusIn(province) == AssessmentStatus::Draft); // it never submitted: it has no seal
    }
    SECTION("an agency appraised already: the real appraisal stays, however new the forgery")
    {
        const QString province = dir.filePath(QStringLiteral("province.parx"));
        merged(province, {own});
        applyAnswers(*ParxFile::open(province, ParxFile::Mode::ReadWrite).value(), Layer::Appraisal1,
                     QStringLiteral(R"("1.1": {"yes": false})"));
        const AssessmentStatus status = statusIn(province);
        clock.advance(60000);
        const MergeReport report = merged(province, {forged});
        CHECK(report.updated.isEmpty());
        CHECK(report.conflicts.isEmpty());
        CHECK(layerText(province, Layer::Appraisal1).contains(QStringLiteral(R"("1.1":{"yes":false})")));
        CHECK(statusIn(province) == status); // "final" was only the file's claim
    }
    SECTION("taken for a colleague's appraisal file: its appraisal is not signed by a trusted inspector key")
    {
        const QString province = dir.filePath(QStringLiteral("province.parx"));
        const MergeReport report = merged(province, {forged}, true);
        REQUIRE(report.untrustedAppraisals.size() == 1);
        CHECK(report.untrustedAppraisals[0].reason == QStringLiteral("unsigned"));
        CHECK(layerText(province, Layer::Appraisal1).contains(QStringLiteral(R"("answers":{})")));
        CHECK(statusIn(province) == AssessmentStatus::Draft);
    }
}

TEST_CASE("A file whose role is missing or unknown is refused")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.parx"));
    newAgencyFile(own, QStringLiteral("A"));
    const QString noRole = copyFile(own, dir.filePath(QStringLiteral("no-role.parx")));
    tamper(noRole, QStringLiteral("DELETE FROM file_info WHERE key = 'role'"));
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    const MergeReport report = merged(province, {noRole});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("role")));
    CHECK(report.added.isEmpty());
}

TEST_CASE("A submission on a criteria set the province does not accept is rejected - a doctored set as a forgery")
{
    ManualClock clock;
    QTemporaryDir dir;
    // The agency exports the set, halves a maximum... and keeps its id and version.
    QByteArray easier = smallSet().bytes();
    easier.replace("\"minPercent\": 90", "\"minPercent\": 10");
    const auto doctored = CriteriaParser::parse(easier);
    REQUIRE(doctored.ok());
    const QString forged = dir.filePath(QStringLiteral("forged.parx"));
    {
        auto file = ParxFile::create(forged);
        REQUIRE(file.ok());
        REQUIRE(AssessmentStore(*file.value())
                    .create(doctored.value(), {QStringLiteral("A"), QStringLiteral("Sở A"), QStringLiteral("so"), 2025}, {})
                    .ok());
        REQUIRE(file.value()
                    ->write([](QSqlDatabase &db) {
                        return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
                    })
                    .ok());
    }
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    MergeReport report = merged(province, {forged});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.startsWith(QStringLiteral("FORGED criteria set")));
    CHECK(report.added.isEmpty());

    // Another edition, not a forgery, is merged once the province accepts it.
    QByteArray next = smallSet().bytes();
    next.replace("\"version\": \"1\"", "\"version\": \"2\"");
    const auto edition = CriteriaParser::parse(next);
    const QString other = dir.filePath(QStringLiteral("other.parx"));
    {
        auto file = ParxFile::create(other);
        REQUIRE(AssessmentStore(*file.value())
                    .create(edition.value(), {QStringLiteral("B"), QStringLiteral("Sở B"), QStringLiteral("so"), 2025}, {})
                    .ok());
        REQUIRE(file.value()
                    ->write([](QSqlDatabase &db) {
                        return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("agency"));
                    })
                    .ok());
    }
    report = merged(province, {other});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("does not accept")));
    const auto accepted = mergeWith(province, {other}, {false, false, {edition.value()}, {}});
    REQUIRE(accepted.ok());
    CHECK(accepted.value().added.size() == 1);
}

TEST_CASE("A province file made before the accepted list accepts the sets it already holds")
{
    QTemporaryDir dir;
    // The version 2 fixture holds one set: migrated, it accepts that one and no other.
    const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v2.parx"),
                                  dir.filePath(QStringLiteral("old.parx")));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    QSqlQuery query(file.value()->db());
    REQUIRE(query.exec(QStringLiteral("SELECT sha256 FROM accepted_criteria")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == smallSet().sha256());
    CHECK_FALSE(query.next());
}

TEST_CASE("A later submission replaces a sealed one as one record with both seal times")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.parx"));
    {
        auto file = newAgencyFile(first, QStringLiteral("A"));
        applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": false}, "1.2": {"numerator": 1, "denominator": 2})"));
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());
    }
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    merged(province, {first});
    // Withdrawn, corrected and submitted again a day later: a copy whose seal is redone
    // (as the agency's ParScore would after a withdrawal).
    clock.advance(86400000);
    const QString second = copyFile(first, dir.filePath(QStringLiteral("second.parx")));
    tamper(second, QStringLiteral("UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, sealed_by = NULL, "
                                  "seal_version = NULL, status = 'draft'; DELETE FROM answers WHERE item = '1.2'"));
    {
        auto file = ParxFile::open(second, ParxFile::Mode::ReadWrite);
        applyAnswers(*file.value(), Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"));
        REQUIRE(Seal::seal(*file.value(), onlyAssessment(*file.value()), QString()).ok());
    }
    const MergeReport report = merged(province, {second});
    REQUIRE(report.resubmitted.size() == 1);
    CHECK(report.resubmitted[0].agencyCode == QStringLiteral("A"));
    CHECK(report.resubmitted[0].sealedAt - report.resubmitted[0].previousSealedAt == 86400000);
    CHECK(report.updated.isEmpty()); // not a few ordinary updates
    CHECK(layerText(province, Layer::Self).contains(QStringLiteral(R"("1.1":{"yes":true})")));
    CHECK_FALSE(layerText(province, Layer::Self).contains(QStringLiteral("1.2")));
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    CHECK(Seal::verify(*file.value(), onlyAssessment(*file.value())).value() == SealState::Intact);
}

TEST_CASE("Drafts merged twice carry a corrected effective date and a renamed link")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("draft.parx"));
    const QString scan = writeDocument(dir, QStringLiteral("ke-hoach.pdf"), "%PDF plan");
    {
        auto file = newAgencyFile(draft, QStringLiteral("A"));
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {scan},
                         QStringLiteral("2026-01-10"), {})
                    .ok());
    }
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    merged(province, {draft});
    clock.advance();
    {
        auto file = ParxFile::open(draft, ParxFile::Mode::ReadWrite);
        EvidenceStore evidence(*file.value());
        const EvidenceInfo stored = evidence.list().value().constFirst();
        const AssessmentInfo info = onlyAssessment(*file.value());
        REQUIRE(evidence.setEffectiveDate(info, stored.sha256, QStringLiteral("2026-03-01"), {}).ok());
        REQUIRE(evidence.setLink(info, stored.sha256, QStringLiteral("1.1"), QStringLiteral("kh-2026.pdf"), {}).ok());
    }
    const MergeReport report = merged(province, {draft});
    CHECK(report.unchanged == 0);
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    const EvidenceInfo there = EvidenceStore(*file.value()).list().value().constFirst();
    CHECK(there.effectiveDate == QStringLiteral("2026-03-01"));
    CHECK(there.nameAt(QStringLiteral("1.1")) == QStringLiteral("kh-2026.pdf"));
}

TEST_CASE("A merge that fails midway or is cancelled leaves the province file exactly as it was")
{
    ManualClock clock;
    QTemporaryDir dir;
    QStringList sources;
    for (int i = 0; i < 6; ++i) {
        const QString path = dir.filePath(QStringLiteral("a%1.parx").arg(i));
        auto file = newAgencyFile(path, QStringLiteral("A%1").arg(i));
        const QString scan = writeDocument(dir, QStringLiteral("s%1.pdf").arg(i), QByteArray(200000, char('a' + i)));
        REQUIRE(EvidenceStore(*file).add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {scan}, {}, {}).ok());
        sources.append(path);
    }
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    merged(province, {sources[0]});
    const QByteArray before = fileHash(province);

    SECTION("cancelled after three files")
    {
        const auto report = mergeWith(province, sources, {false, false, {}, [](int done, int) { return done < 3; }});
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
    }
    SECTION("the disk fills up part-way")
    {
        auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        // What a full disk does to SQLite: writes past this size fail with SQLITE_FULL.
        QSqlQuery pages(file.value()->db());
        REQUIRE(pages.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(pages.next());
        REQUIRE(pages.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toLongLong() + 120)));
        MergeOptions options;
        options.acceptCriteria = {smallSet()};
        const auto report = Merger(*file.value(), QStringLiteral("Thanh tra")).merge(sources, options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(QStringLiteral("full")));
    }
    CHECK(fileHash(province) == before);
}

TEST_CASE("A source replaced while the merge runs is merged as it was checked, or checked again")
{
    // The file is read once, in the transaction it was checked in: swapping it for a doctored
    // one under the same name (a shared folder, a resend) cannot slip past the checks.
    ManualClock clock;
    QTemporaryDir dir;
    QStringList sources;
    for (int i = 0; i < 4; ++i) {
        const QString path = dir.filePath(QStringLiteral("a%1.parx").arg(i));
        auto file = newAgencyFile(path, QStringLiteral("A%1").arg(i));
        applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());
        sources.append(path);
    }
    const QString doctored = copyFile(sources[2], dir.filePath(QStringLiteral("doctored.parx")));
    tamper(doctored, QStringLiteral("UPDATE answers SET answer = '{\"yes\":true}' WHERE item = '1.1'"));
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    MergeOptions options{false, false, {}, [&](int done, int) {
                             if (done == 1) // the files after the first are being checked or are checked
                                 REQUIRE(std::rename(qPrintable(doctored), qPrintable(sources[2])) == 0);
                             return true;
                         }};
    const auto report = mergeWith(province, sources, options);
    REQUIRE(report.ok());
    CHECK(report.value().merged.size() + report.value().rejected.size() == 4);
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    QSqlQuery answers(file.value()->db());
    REQUIRE(answers.exec(QStringLiteral("SELECT COUNT(*) FROM answers WHERE answer LIKE '%true%'")));
    REQUIRE(answers.next());
    CHECK(answers.value(0).toInt() == 0);
    if (!report.value().rejected.isEmpty()) // the swap came before its checks
        CHECK(report.value().rejected[0].reason.contains(QStringLiteral("sealed")));
}
