// Signatures in the core: the seal signed at submitting, the final result at finalizing, an
// appraisal by `sign`; each checked against the content as it is now (Verification), so that
// a change made behind ParScore's back — even with the plain seal recomputed — is found, and
// a signature never moves to another assessment, kind or key.
#include "fixtures.h"
#include "keypair.h"
#include "parxvalidator.h"
#include "requeststore.h"
#include "resultseal.h"
#include "seal.h"
#include "statusflow.h"
#include "storagefixtures.h"
#include "verification.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString selfAnswers = QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");
const QString survey = QStringLiteral(R"("2.1": {"percent": 90})");

KeyPair keyFrom(char fill)
{
    auto pair = KeyPair::fromSeed(QByteArray(KeyPair::SeedSize, fill));
    REQUIRE(pair.ok());
    return std::move(pair).value();
}

// A file of `role` holding STP's submission, sealed and signed by `signer`.
std::unique_ptr<ParxFile> signedSubmission(const QString &path, const KeyPair &signer,
                                           const QString &role = QStringLiteral("agency"))
{
    auto file = newAgencyFile(path, QStringLiteral("STP"), 2025, role);
    applyAnswers(*file, Layer::Self, selfAnswers);
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A"), &signer).ok());
    return file;
}

Verification verified(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    auto result = Verification::of(*file.value(), onlyAssessment(*file.value()));
    REQUIRE(result.ok());
    return result.value();
}

// What an attacker with the source does after changing the self layer: recompute the plain seal.
void recomputeSeal(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    const AssessmentInfo info = onlyAssessment(*file.value());
    const auto print = Seal::fingerprint(*file.value(), info, info.sealVersion);
    REQUIRE(print.ok());
    file.value().reset();
    tamper(path, QStringLiteral("UPDATE assessments SET seal_sha256 = '%1'").arg(print.value()));
}

} // namespace

TEST_CASE("A signed seal names its key and holds - a change with the seal recomputed breaks the signature")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    const KeyPair agency = keyFrom('a');
    signedSubmission(path, agency).reset();

    const Verification fresh = verified(path);
    CHECK(fresh.seal == SealState::Intact);
    CHECK(fresh.sealSignature.isSigned);
    CHECK(fresh.sealSignature.valid);
    CHECK(fresh.sealSignature.signer == agency.publicKey());
    CHECK(fresh.holds());
    CHECK(ParxValidator::validate(*ParxFile::open(path, ParxFile::Mode::ReadOnly).value(),
                                  ParxValidator::Depth::Everything)
              .ok());

    tamper(path, QStringLiteral("UPDATE answers SET answer = '{\"yes\":false}' WHERE item = '1.1'"));
    CHECK(verified(path).seal == SealState::Tampered);
    recomputeSeal(path);
    const Verification forged = verified(path);
    CHECK(forged.seal == SealState::Intact); // the plain hash alone is fooled
    CHECK(forged.sealSignature.isSigned);
    CHECK_FALSE(forged.sealSignature.valid);
    CHECK_FALSE(forged.holds());
}

TEST_CASE("A signature does not move: another key beside it, another assessment, another kind")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    const KeyPair agency = keyFrom('a');
    const KeyPair other = keyFrom('b');
    signedSubmission(path, agency).reset();

    SECTION("the public key swapped for another")
    {
        tamper(path, QStringLiteral("UPDATE signatures SET public_key = '%1'").arg(other.publicKey().base64()));
        const Verification v = verified(path);
        CHECK(v.sealSignature.signer == other.publicKey());
        CHECK_FALSE(v.sealSignature.valid);
        CHECK_FALSE(v.holds());
    }
    SECTION("a signature of another file of the same agency, same key")
    {
        const QString second = dir.filePath(QStringLiteral("second.parx"));
        clock.advance();
        signedSubmission(second, agency).reset();
        const auto stolen = [&](const QString &column) {
            auto file = ParxFile::open(second, ParxFile::Mode::ReadOnly);
            QSqlQuery query(file.value()->db());
            REQUIRE(query.exec(QStringLiteral("SELECT %1 FROM signatures").arg(column)));
            REQUIRE(query.next());
            return query.value(0).toString();
        };
        tamper(path, QStringLiteral("UPDATE signatures SET signature = '%1'").arg(stolen(QStringLiteral("signature"))));
        CHECK_FALSE(verified(path).sealSignature.valid);
        // Also the fingerprint it signed, with the seal set to it: the seal then breaks.
        tamper(path, QStringLiteral("UPDATE signatures SET fingerprint = '%1'").arg(stolen(QStringLiteral("fingerprint"))));
        tamper(path, QStringLiteral("UPDATE assessments SET seal_sha256 = '%1'").arg(stolen(QStringLiteral("fingerprint"))));
        const Verification v = verified(path);
        CHECK(v.seal == SealState::Tampered);
        CHECK_FALSE(v.holds());
    }
    SECTION("the seal's signature relabelled as the final result's")
    {
        tamper(path, QStringLiteral("UPDATE assessments SET status = 'final'"));
        tamper(path, QStringLiteral("UPDATE signatures SET kind = 'final'"));
        const Verification v = verified(path);
        CHECK_FALSE(v.sealSignature.isSigned);
        CHECK(v.finalSignature.isSigned);
        CHECK_FALSE(v.finalSignature.valid);
    }
}

TEST_CASE("An unsigned seal and an old file verify as unsigned, and hold")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    auto file = newAgencyFile(path, QStringLiteral("STP"), 2025);
    applyAnswers(*file, Layer::Self, selfAnswers);
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("A")).ok());
    file.reset();
    const Verification v = verified(path);
    CHECK(v.seal == SealState::Intact);
    CHECK_FALSE(v.sealSignature.isSigned);
    CHECK_FALSE(v.sealSignature.signer.has_value());
    CHECK(v.holds());

    const QString old = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v3.parx"), dir.filePath(QStringLiteral("v3.parx")));
    const Verification fromV3 = verified(old);
    CHECK(fromV3.seal == SealState::Intact);
    CHECK_FALSE(fromV3.sealSignature.isSigned);
    CHECK(fromV3.holds());
}

TEST_CASE("Finalizing signs the whole result - any later change behind ParScore's back breaks it")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    const KeyPair inspector = keyFrom('i');
    {
        auto file = signedSubmission(path, keyFrom('a'), QStringLiteral("inspector"));
        applyAnswers(*file, Layer::Appraisal1, survey);
        REQUIRE(RequestStore(*file).add(onlyAssessment(*file), smallSet(), QStringLiteral("1.1"),
                                        QStringLiteral("Nêu rõ văn bản"), QStringLiteral("Thanh tra")).ok());
        clock.advance();
        REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), QStringLiteral("Trưởng đoàn"), &inspector).ok());
    }
    const Verification final = verified(path);
    REQUIRE(final.isFinal());
    CHECK(final.finalSignature.isSigned);
    CHECK(final.finalSignature.valid);
    CHECK(final.finalSignature.signer == inspector.publicKey());
    CHECK(final.holds());

    SECTION("an appraisal answer")
    {
        tamper(path, QStringLiteral("UPDATE answers SET answer = '{\"percent\":100}' WHERE layer = 'appraisal1'"));
    }
    SECTION("a note added to a layer")
    {
        tamper(path, QStringLiteral("INSERT INTO notes VALUES ((SELECT uuid FROM assessments), 'appraisal1', '1.1', "
                                    "'x', 1767225600000, 'X')"));
    }
    SECTION("a request's text")
    {
        tamper(path, QStringLiteral("UPDATE requests SET text = 'Khác'"));
    }
    SECTION("the status, and back")
    {
        tamper(path, QStringLiteral("UPDATE assessments SET status = 'inAppraisal'"));
        CHECK_FALSE(verified(path).isFinal());
        tamper(path, QStringLiteral("UPDATE requests SET closed_at = NULL, closed_as = NULL"));
        tamper(path, QStringLiteral("UPDATE assessments SET status = 'final'"));
    }
    const Verification altered = verified(path);
    CHECK(altered.seal == SealState::Intact); // the submission itself is untouched
    CHECK_FALSE(altered.finalSignature.valid);
    CHECK_FALSE(altered.holds());
}

TEST_CASE("Reopening a final result removes its signature - finalizing again signs again")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    const KeyPair inspector = keyFrom('i');
    auto file = signedSubmission(path, keyFrom('a'), QStringLiteral("inspector"));
    applyAnswers(*file, Layer::Appraisal1, survey);
    REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), {}, &inspector).ok());
    clock.advance();
    REQUIRE(StatusFlow::reopen(*file, onlyAssessment(*file), QStringLiteral("Sai sót"), {}).ok());
    auto reopened = Verification::of(*file, onlyAssessment(*file));
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened.value().isFinal());
    CHECK_FALSE(reopened.value().finalSignature.isSigned);
    CHECK(reopened.value().holds());

    clock.advance();
    REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), {}, &inspector).ok());
    const auto again = Verification::of(*file, onlyAssessment(*file));
    REQUIRE(again.ok());
    CHECK(again.value().finalSignature.valid);
}

TEST_CASE("sign signs the appraisals - an appraisal changed through ParScore drops the signature, behind its back breaks it")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    const KeyPair inspector = keyFrom('i');
    auto file = signedSubmission(path, keyFrom('a'), QStringLiteral("inspector"));
    CHECK_FALSE(ResultSeal::signAppraisals(*file, inspector).ok()); // nothing to sign yet
    applyAnswers(*file, Layer::Appraisal1, survey);
    const auto count = ResultSeal::signAppraisals(*file, inspector);
    REQUIRE(count.ok());
    CHECK(count.value() == 1);
    auto signedNow = Verification::of(*file, onlyAssessment(*file));
    REQUIRE(signedNow.ok());
    CHECK(signedNow.value().appraisalSignature.valid);
    CHECK(signedNow.value().appraisalSignature.signer == inspector.publicKey());

    SECTION("through ParScore: the signature goes")
    {
        applyAnswers(*file, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 80})"));
        const auto after = Verification::of(*file, onlyAssessment(*file));
        REQUIRE(after.ok());
        CHECK_FALSE(after.value().appraisalSignature.isSigned);
        CHECK(after.value().holds());
    }
    SECTION("behind its back: the signature no longer holds")
    {
        file.reset();
        tamper(path, QStringLiteral("UPDATE answers SET answer = '{\"percent\":100}' WHERE layer = 'appraisal1'"));
        const Verification after = verified(path);
        CHECK(after.appraisalSignature.isSigned);
        CHECK_FALSE(after.appraisalSignature.valid);
        CHECK_FALSE(after.holds());
    }
}

TEST_CASE("Signature rows ParScore never writes make the file damaged")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    signedSubmission(path, keyFrom('a')).reset();
    const QString sql = GENERATE(QStringLiteral("UPDATE signatures SET signature = 'short'"),
                                 QStringLiteral("UPDATE signatures SET version = 2"),
                                 QStringLiteral("UPDATE signatures SET kind = 'final'"), // an agency's file signs its seal only
                                 QStringLiteral("UPDATE signatures SET fingerprint = upper(fingerprint)"),
                                 QStringLiteral("UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, sealed_by = NULL"));
    CAPTURE(sql);
    tamper(path, sql);
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    const bool refused = !file.ok()
                         || !ParxValidator::validate(*file.value(), ParxValidator::Depth::Rows).ok();
    CHECK(refused);
}
