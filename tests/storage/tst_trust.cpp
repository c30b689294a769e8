// The keys a province file trusts (TrustedKeys) and what the merge does with them: a key
// learnt at an agency's first signed submission, a submission signed by another key or with
// its signature stripped not applied, a colleague's appraisal taken only when signed by a
// trusted inspector key (docs/signatures.md, "Trust").
#include "fixtures.h"
#include "keypair.h"
#include "merge.h"
#include "resultseal.h"
#include "seal.h"
#include "storagefixtures.h"
#include "trustedkeys.h"
#include "verification.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

KeyPair newKey()
{
    auto pair = KeyPair::generate();
    REQUIRE(pair.ok());
    return std::move(pair).value();
}

std::unique_ptr<ParxFile> openRw(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    return std::move(file).value();
}

// An empty province file (role "inspector").
QString emptyProvince(const QTemporaryDir &dir, const QString &name = QStringLiteral("province.parx"))
{
    const QString path = dir.filePath(name);
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    REQUIRE(file.value()
                ->write([](QSqlDatabase &db) { return ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("inspector")); })
                .ok());
    return path;
}

// An agency's file of `code` with its self-assessment answered and sealed, signed by `signer`
// (unsigned when null).
QString submission(const QTemporaryDir &dir, const QString &name, const QString &code, const KeyPair *signer,
                   const QString &answers = QStringLiteral(R"("1.1": {"yes": true})"))
{
    const QString path = dir.filePath(name);
    auto file = newAgencyFile(path, code);
    applyAnswers(*file, Layer::Self, answers);
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A"), signer).ok());
    return path;
}

Result<MergeReport> mergeInto(const QString &target, const QStringList &sources, bool acceptAppraisals = false,
                              bool dryRun = false)
{
    MergeOptions options;
    options.dryRun = dryRun;
    options.acceptAppraisals = acceptAppraisals;
    options.acceptCriteria = {smallSet()};
    return Merger(*openRw(target), QStringLiteral("Thanh tra")).merge(sources, options);
}

MergeReport merged(const QString &target, const QStringList &sources, bool acceptAppraisals = false,
                   bool dryRun = false)
{
    const auto report = mergeInto(target, sources, acceptAppraisals, dryRun);
    REQUIRE(report.ok());
    return report.value();
}

QList<KnownKey> keysOf(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    auto keys = TrustedKeys::list(*file.value());
    REQUIRE(keys.ok());
    return keys.value();
}

// What verify says of the only assessment of the file.
Verification verifiedIn(const QString &path)
{
    auto file = openRw(path);
    auto verification = Verification::of(*file, onlyAssessment(*file));
    REQUIRE(verification.ok());
    return verification.value();
}

int assessmentsIn(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    auto all = AssessmentStore(*file.value()).list();
    REQUIRE(all.ok());
    return int(all.value().size());
}

} // namespace

TEST_CASE("TrustedKeys: an agency has one key, a new one replaces it — inspectors have several — every change logged")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = emptyProvince(dir);
    const KeyPair first = newKey(), second = newKey(), colleague = newKey(), other = newKey();
    auto file = openRw(province);

    auto recorded = TrustedKeys::recordAgency(*file, QStringLiteral("STP"), first.publicKey(),
                                              QStringLiteral("Sở Tư pháp"), QStringLiteral("Thanh tra"));
    REQUIRE(recorded.ok());
    CHECK(recorded.value().changed);
    CHECK(recorded.value().key.confirmed());
    CHECK(recorded.value().key.source == KeySource::Imported);
    CHECK_FALSE(TrustedKeys::recordAgency(*file, QStringLiteral("STP"), first.publicKey(), QStringLiteral("Sở Tư pháp"),
                                          QStringLiteral("Thanh tra"))
                    .value()
                    .changed);
    clock.advance();
    auto replaced = TrustedKeys::recordAgency(*file, QStringLiteral("STP"), second.publicKey(),
                                              QStringLiteral("Sở Tư pháp"), QStringLiteral("Thanh tra"));
    REQUIRE(replaced.ok());
    REQUIRE(replaced.value().replaced);
    CHECK(replaced.value().replaced->key == first.publicKey());
    REQUIRE(TrustedKeys::recordInspector(*file, colleague.publicKey(), QStringLiteral("Thanh tra B"),
                                         QStringLiteral("Thanh tra"))
                .ok());
    REQUIRE(TrustedKeys::recordInspector(*file, other.publicKey(), QStringLiteral("Thanh tra C"),
                                         QStringLiteral("Thanh tra"))
                .ok());

    const QList<KnownKey> keys = keysOf(province);
    REQUIRE(keys.size() == 3);
    CHECK(keys[0].holderKind == KeyHolderKind::Agency);
    CHECK(keys[0].key == second.publicKey()); // the old key of STP is gone
    CHECK(keys[1].holderKind == KeyHolderKind::Inspector);
    CHECK(keys[1].holder == QStringLiteral("Thanh tra B"));
    CHECK(keys[2].holder == QStringLiteral("Thanh tra C"));

    REQUIRE(TrustedKeys::removeInspector(*file, other.publicKey(), QStringLiteral("Thanh tra")).ok());
    CHECK(TrustedKeys::removeInspector(*file, other.publicKey(), QStringLiteral("Thanh tra")).error().kind
          == ErrorKind::Invalid);
    REQUIRE(TrustedKeys::removeAgency(*file, QStringLiteral("STP"), QStringLiteral("Thanh tra")).ok());
    CHECK(keysOf(province).size() == 1);

    auto log = AssessmentStore(*file).log();
    REQUIRE(log.ok());
    int trustEntries = 0;
    for (const LogEntry &entry : log.value())
        trustEntries += entry.action == QLatin1String("trust") ? 1 : 0;
    CHECK(trustEntries == 6); // two records of STP, two inspectors, two removals
    CHECK(log.value().constLast().item == QStringLiteral("agency:STP"));
    CHECK(log.value().constLast().oldValue == QStringLiteral("imported ") + second.publicKey().fingerprint());
}

TEST_CASE("TrustedKeys: refused outside a province file, and for an agency code that is blank")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString agency = dir.filePath(QStringLiteral("agency.parx"));
    newAgencyFile(agency, QStringLiteral("STP"));
    const KeyPair key = newKey();
    auto refused = TrustedKeys::recordAgency(*openRw(agency), QStringLiteral("STP"), key.publicKey(),
                                             QStringLiteral("Sở Tư pháp"), QStringLiteral("Thanh tra"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("province file")));
    auto blank = TrustedKeys::recordAgency(*openRw(emptyProvince(dir)), QStringLiteral(" "), key.publicKey(),
                                           QStringLiteral("Sở Tư pháp"), QStringLiteral("Thanh tra"));
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().kind == ErrorKind::Invalid);
}

TEST_CASE("Merge: the first signed submission teaches the agency's key — another key or a stripped signature is "
          "not applied")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = emptyProvince(dir);
    const KeyPair agencyKey = newKey(), impostor = newKey();
    const QString first = submission(dir, QStringLiteral("a1.parx"), QStringLiteral("A"), &agencyKey);

    const MergeReport learnt = merged(province, {first});
    CHECK(learnt.added.size() == 1);
    REQUIRE(learnt.learnedKeys.size() == 1);
    CHECK(learnt.learnedKeys[0].agencyCode == QStringLiteral("A"));
    CHECK(learnt.learnedKeys[0].key == agencyKey.publicKey().fingerprint());
    QList<KnownKey> keys = keysOf(province);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].source == KeySource::Learned);
    CHECK_FALSE(keys[0].confirmed());
    // The seal's signature came with the submission: verify in the province file holds.
    CHECK(verifiedIn(province).sealSignature.isSigned);
    CHECK(verifiedIn(province).holds());

    SECTION("a second submission of the agency signed by another key")
    {
        clock.advance();
        const QString forged = submission(dir, QStringLiteral("a2.parx"), QStringLiteral("A"), &impostor,
                                          QStringLiteral(R"("1.1": {"yes": false})"));
        const MergeReport report = merged(province, {forged});
        REQUIRE(report.keyMismatches.size() == 1);
        CHECK(report.keyMismatches[0].agencyCode == QStringLiteral("A"));
        CHECK(report.keyMismatches[0].known == agencyKey.publicKey().fingerprint());
        CHECK(report.keyMismatches[0].incoming == impostor.publicKey().fingerprint());
        CHECK(report.merged.isEmpty());
        CHECK(report.added.isEmpty());
        CHECK(assessmentsIn(province) == 1);
        CHECK(keysOf(province).size() == 1);
    }
    SECTION("the same submission with its signature stripped")
    {
        const QString stripped = copyFile(first, dir.filePath(QStringLiteral("stripped.parx")));
        tamper(stripped, QStringLiteral("DELETE FROM signatures"));
        const MergeReport report = merged(province, {stripped});
        REQUIRE(report.keyMismatches.size() == 1);
        CHECK_FALSE(report.keyMismatches[0].incoming.has_value());
        CHECK(report.merged.isEmpty());
    }
    SECTION("the same assessment submitted again, signed by the known key: its new seal and signature replace the old")
    {
        clock.advance(86400000);
        const QString again = copyFile(first, dir.filePath(QStringLiteral("again.parx")));
        tamper(again, QStringLiteral("DELETE FROM signatures; UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, "
                                     "sealed_by = NULL, seal_version = NULL, status = 'draft'"));
        {
            auto file = openRw(again);
            applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
            REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A"), &agencyKey).ok());
        }
        const MergeReport report = merged(province, {again});
        CHECK(report.keyMismatches.isEmpty());
        CHECK(report.resubmitted.size() == 1);
        CHECK(verifiedIn(province).sealSignature.valid);
        CHECK(verifiedIn(province).holds());
    }
    SECTION("a later submission signed by the known key is applied")
    {
        clock.advance();
        const QString again = submission(dir, QStringLiteral("a3.parx"), QStringLiteral("A"), &agencyKey);
        const MergeReport report = merged(province, {again});
        CHECK(report.keyMismatches.isEmpty());
        CHECK(report.learnedKeys.isEmpty());
        CHECK(report.merged.size() == 1);
        CHECK(assessmentsIn(province) == 2);
    }
}

TEST_CASE("Merge: a signature that does not hold is rejected like a broken seal")
{
    ManualClock clock;
    QTemporaryDir dir;
    const KeyPair agencyKey = newKey(), other = newKey();
    const QString signedFile = submission(dir, QStringLiteral("a.parx"), QStringLiteral("A"), &agencyKey);
    const QString swapped = copyFile(signedFile, dir.filePath(QStringLiteral("swapped.parx")));
    tamper(swapped, QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(other.publicKey().base64()));
    const QString province = emptyProvince(dir);
    const MergeReport report = merged(province, {swapped});
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("signature does not hold")));
    CHECK(report.learnedKeys.isEmpty());
    CHECK(keysOf(province).isEmpty());
}

TEST_CASE("Merge: an imported key is matched — an unsigned submission of an unknown agency is merged as unsigned — "
          "a dry run learns nothing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = emptyProvince(dir);
    const KeyPair agencyKey = newKey();
    REQUIRE(TrustedKeys::recordAgency(*openRw(province), QStringLiteral("A"), agencyKey.publicKey(),
                                      QStringLiteral("Sở A"), QStringLiteral("Thanh tra"))
                .ok());
    const QString a = submission(dir, QStringLiteral("a.parx"), QStringLiteral("A"), &agencyKey);
    const QString b = submission(dir, QStringLiteral("b.parx"), QStringLiteral("B"), nullptr);
    const KeyPair cKey = newKey();
    const QString c = submission(dir, QStringLiteral("c.parx"), QStringLiteral("C"), &cKey);

    const MergeReport dry = merged(province, {a, b, c}, false, true);
    CHECK(dry.merged.size() == 3);
    REQUIRE(dry.learnedKeys.size() == 1);
    CHECK(dry.learnedKeys[0].agencyCode == QStringLiteral("C"));
    CHECK(keysOf(province).size() == 1); // nothing learnt for real
    CHECK(assessmentsIn(province) == 0);

    const MergeReport report = merged(province, {a, b, c});
    CHECK(report.keyMismatches.isEmpty());
    CHECK(report.merged.size() == 3);
    REQUIRE(report.unsignedSubmissions.size() == 1);
    CHECK(report.unsignedSubmissions[0].agencyCode == QStringLiteral("B"));
    REQUIRE(report.learnedKeys.size() == 1);
    CHECK(report.learnedKeys[0].agencyCode == QStringLiteral("C"));
    CHECK(keysOf(province).size() == 2);
}

TEST_CASE("Merge --accept-appraisals: a colleague's appraisal is taken only when signed by a trusted inspector key")
{
    ManualClock clock;
    QTemporaryDir dir;
    const KeyPair agencyKey = newKey(), colleagueKey = newKey();
    // The colleague's province file: A's submission merged and appraised in round 1.
    const QString colleague = emptyProvince(dir, QStringLiteral("colleague.parx"));
    merged(colleague, {submission(dir, QStringLiteral("a.parx"), QStringLiteral("A"), &agencyKey)});
    applyAnswers(*openRw(colleague), Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 80})"));
    const QString province = emptyProvince(dir);
    const auto appraisalIn = [&province] { return layerOf(province, QStringLiteral("A"), Layer::Appraisal1); };
    const auto signedAndTrusted = [&] {
        REQUIRE(ResultSeal::signAppraisals(*openRw(colleague), colleagueKey).ok());
        REQUIRE(TrustedKeys::recordInspector(*openRw(province), colleagueKey.publicKey(), QStringLiteral("Thanh tra B"),
                                             QStringLiteral("Thanh tra"))
                    .ok());
    };

    SECTION("unsigned")
    {
        const MergeReport report = merged(province, {colleague}, true);
        REQUIRE(report.untrustedAppraisals.size() == 1);
        CHECK(report.untrustedAppraisals[0].reason == QStringLiteral("unsigned"));
        CHECK(report.appraisalsIgnored.isEmpty());
        CHECK(report.added.size() == 1); // the submission itself still comes
        CHECK_FALSE(appraisalIn().contains("percent"));
    }
    SECTION("signed by a key the province file does not trust")
    {
        REQUIRE(ResultSeal::signAppraisals(*openRw(colleague), colleagueKey).ok());
        const MergeReport report = merged(province, {colleague}, true);
        REQUIRE(report.untrustedAppraisals.size() == 1);
        CHECK(report.untrustedAppraisals[0].reason == QStringLiteral("untrusted"));
        CHECK(report.untrustedAppraisals[0].signer == colleagueKey.publicKey().fingerprint());
        CHECK_FALSE(appraisalIn().contains("percent"));
    }
    SECTION("signed by a trusted key, then altered")
    {
        signedAndTrusted();
        tamper(colleague, QStringLiteral("UPDATE answers SET answer = '{\"percent\":100}' WHERE layer = 'appraisal1'"));
        const MergeReport report = merged(province, {colleague}, true);
        REQUIRE(report.untrustedAppraisals.size() == 1);
        CHECK(report.untrustedAppraisals[0].reason == QStringLiteral("invalid"));
        CHECK_FALSE(appraisalIn().contains("percent"));
    }
    SECTION("signed by a trusted key: taken, with its signature")
    {
        signedAndTrusted();
        const MergeReport report = merged(province, {colleague}, true);
        CHECK(report.untrustedAppraisals.isEmpty());
        CHECK(appraisalIn().contains(R"("2.1":{"percent":80})"));
        const Verification verification = verifiedIn(province);
        CHECK(verification.appraisalSignature.valid);
        CHECK(*verification.appraisalSignature.signer == colleagueKey.publicKey());
    }
}
