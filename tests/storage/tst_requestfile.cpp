// The request file at the core level: export (one agency, its seal intact), respond, the
// response's own seal, import by merge with its refusals and the idempotent re-import, and a
// schema-3 province file migrated with its requests.
#include "fixtures.h"
#include "merge.h"
#include "parxvalidator.h"
#include "provincefile.h"
#include "requestfile.h"
#include "requeststore.h"
#include "responseseal.h"
#include "seal.h"
#include "statusflow.h"
#include "storagefixtures.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString selfAnswers = QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");

// An inspectors' file holding STP's sealed submission and one request on 1.2.
std::unique_ptr<ParxFile> province(const QString &path)
{
    auto file = newAgencyFile(path, QStringLiteral("STP"), 2025, QStringLiteral("inspector"));
    applyAnswers(*file, Layer::Self, selfAnswers);
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A")).ok());
    REQUIRE(RequestStore(*file).add(onlyAssessment(*file), smallSet(), QStringLiteral("1.2"),
                                    QStringLiteral("Bổ sung"), QStringLiteral("Thanh tra"))
                .ok());
    return file;
}

// Exports and answers the request with one document, sealed when asked.
QString answered(ParxFile &from, const QTemporaryDir &dir, const QString &name, const QString &text, bool seal = true,
                 const QString &effectiveDate = QStringLiteral("2025-03-01"))
{
    const QString path = dir.filePath(name);
    auto request = RequestFile::exportFor(from, onlyAssessment(from), path, true, QStringLiteral("Thanh tra"));
    REQUIRE(request.ok());
    const QString document = writeFile(dir, name + QStringLiteral(".pdf"), "%PDF-1.4\n% bo sung\n");
    REQUIRE(RequestFile::respond(*request.value(), QStringLiteral("1.2"), text, {document},
                                 effectiveDate, QStringLiteral("Cán bộ A"))
                .ok());
    if (seal)
        REQUIRE(ResponseSeal::seal(*request.value(), QStringLiteral("Cán bộ A")).ok());
    return path;
}

MergeReport mergeInto(ParxFile &target, const QString &source)
{
    MergeOptions options;
    options.acceptCriteria = {smallSet()};
    const auto report = Merger(target, QStringLiteral("Thanh tra")).merge({source}, options);
    REQUIRE(report.ok());
    return report.value();
}

QList<ExplanationRequest> requests(ParxFile &file)
{
    auto listed = RequestStore(file).list(onlyAssessment(file));
    REQUIRE(listed.ok());
    return listed.value();
}

} // namespace

TEST_CASE("A request file is neither an inspectors' nor an agency's file and keeps the submission's seal")
{
    QTemporaryDir dir;
    auto source = province(dir.filePath(QStringLiteral("p.parx")));
    const QString path = dir.filePath(QStringLiteral("r.parx"));
    auto request = RequestFile::exportFor(*source, onlyAssessment(*source), path, false, QStringLiteral("Thanh tra"));
    REQUIRE(request.ok());
    ParxFile &file = *request.value();
    CHECK(file.info(QStringLiteral("role")) == QStringLiteral("request"));
    CHECK(file.info(QStringLiteral("province")) == source->info(QStringLiteral("uuid")));
    CHECK(file.info(QStringLiteral("uuid")) != source->info(QStringLiteral("uuid")));
    CHECK(onlyAssessment(file).status == AssessmentStatus::ExplanationRequested);
    CHECK(Seal::verify(file, onlyAssessment(file)).value() == SealState::Intact);
    CHECK(ResponseSeal::verify(file).value() == SealState::NotSealed);
    CHECK(requests(file).size() == 1);
    CHECK_FALSE(ProvinceFile::isAt(path).value());
    CHECK_FALSE(RequestStore(file).add(onlyAssessment(file), smallSet(), QStringLiteral("1.1"), QStringLiteral("x"),
                                       QStringLiteral("y"))
                    .ok());
    // A file that names no request, or an assessment with none open, gives nothing to send.
    CHECK_FALSE(RequestFile::exportFor(file, onlyAssessment(file), dir.filePath(QStringLiteral("x.parx")), true, {}).ok());
}

TEST_CASE("A response is one per request and its seal covers its text and documents")
{
    QTemporaryDir dir;
    auto source = province(dir.filePath(QStringLiteral("p.parx")));
    const QString path = answered(*source, dir, QStringLiteral("r.parx"), QStringLiteral("Lần đầu"), false);
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    CHECK_FALSE(RequestFile::respond(*file.value(), QStringLiteral("1.1"), QStringLiteral("x"), {}, {}, {}).ok());
    REQUIRE(RequestFile::respond(*file.value(), QStringLiteral("1.2"), QStringLiteral("Lần hai"), {}, {}, {}).ok());
    auto held = RequestFile::responses(file.value()->db());
    REQUIRE(held.ok());
    REQUIRE(held.value().size() == 1);
    CHECK(held.value()[0].text == QStringLiteral("Lần hai"));
    CHECK(held.value()[0].documents.size() == 1); // kept from the first
    CHECK(held.value()[0].documents[0].effectiveDate == QStringLiteral("2025-03-01"));
    REQUIRE(ResponseSeal::seal(*file.value(), QStringLiteral("Cán bộ A")).ok());
    CHECK(ResponseSeal::verify(*file.value()).value() == SealState::Intact);
    CHECK_FALSE(RequestFile::respond(*file.value(), QStringLiteral("1.2"), QStringLiteral("Lần ba"), {}, {}, {}).ok());
    file.value().reset();
    tamper(path, QStringLiteral("UPDATE response_evidence SET name = 'khac.pdf'"));
    auto reopened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(ResponseSeal::verify(*reopened.value()).value() == SealState::Tampered);
    CHECK(Seal::verify(*reopened.value(), onlyAssessment(*reopened.value())).value() == SealState::Intact);
}

TEST_CASE("Merging a sealed response takes only the response once and refuses what does not fit")
{
    QTemporaryDir dir;
    auto target = province(dir.filePath(QStringLiteral("p.parx")));
    // A document without an effective date: NULL in both files.
    const QString response = answered(*target, dir, QStringLiteral("r.parx"), QStringLiteral("Đã bổ sung"), true, {});
    const QString late = answered(*target, dir, QStringLiteral("late.parx"), QStringLiteral("Khác"));
    const QString unsealed = answered(*target, dir, QStringLiteral("u.parx"), QStringLiteral("Đã bổ sung"), false);
    const QByteArray selfBefore = layerJson(*target, Layer::Self);

    CHECK(mergeInto(*target, unsealed).rejected.size() == 1);
    CHECK(requests(*target)[0].isOpen());

    MergeReport report = mergeInto(*target, response);
    CHECK(report.rejected.isEmpty());
    REQUIRE(report.responses.size() == 1);
    CHECK(report.responses[0].node == QStringLiteral("1.2"));
    const ExplanationRequest answeredRequest = requests(*target)[0];
    CHECK(answeredRequest.responded);
    CHECK(answeredRequest.response == QStringLiteral("Đã bổ sung"));
    CHECK(layerJson(*target, Layer::Self) == selfBefore);
    CHECK(onlyAssessment(*target).status == AssessmentStatus::ExplanationRequested);
    CHECK(RequestStore(*target).openCounts().value().isEmpty());

    report = mergeInto(*target, response);
    CHECK(report.rejected.isEmpty());
    CHECK(report.responses.isEmpty());
    CHECK(report.unchanged == 1);

    report = mergeInto(*target, late);
    REQUIRE(report.rejected.size() == 1);
    CHECK(requests(*target)[0].response == QStringLiteral("Đã bổ sung"));

    auto other = province(dir.filePath(QStringLiteral("other.parx")));
    report = mergeInto(*other, response);
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("another province")));
}

TEST_CASE("A response for a final result is refused and answered requests are not closed unanswered")
{
    QTemporaryDir dir;
    auto target = province(dir.filePath(QStringLiteral("p.parx")));
    const QString response = answered(*target, dir, QStringLiteral("r.parx"), QStringLiteral("Đã bổ sung"));
    applyAnswers(*target, Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10}, "2.1": {"percent": 90})"));
    SECTION("final before the response")
    {
        REQUIRE(StatusFlow::finalize(*target, onlyAssessment(*target), QStringLiteral("Thanh tra")).ok());
        const MergeReport report = mergeInto(*target, response);
        REQUIRE(report.rejected.size() == 1);
        CHECK(report.rejected[0].reason.contains(QStringLiteral("final")));
    }
    SECTION("final after the response")
    {
        REQUIRE(mergeInto(*target, response).rejected.isEmpty());
        const auto closed = StatusFlow::finalize(*target, onlyAssessment(*target), QStringLiteral("Thanh tra"));
        REQUIRE(closed.ok());
        CHECK(closed.value() == 0);
        CHECK(requests(*target)[0].closedAs.isEmpty());
    }
}

TEST_CASE("A schema-3 province file is migrated with its requests and an empty responses table")
{
    QTemporaryDir dir;
    const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v3.parx"),
                                  dir.filePath(QStringLiteral("v3.parx")));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    CHECK(requests(*file.value()).size() == 1);
    CHECK(requests(*file.value())[0].isOpen());
    auto held = RequestFile::responses(file.value()->db());
    REQUIRE(held.ok());
    CHECK(held.value().isEmpty());
    CHECK(Seal::verify(*file.value(), onlyAssessment(*file.value())).value() == SealState::Intact);
}

namespace {

std::optional<ExplanationResponse> heldResponse(ParxFile &file)
{
    auto held = RequestFile::responses(file.db());
    REQUIRE(held.ok());
    REQUIRE(held.value().size() <= 1);
    return held.value().isEmpty() ? std::nullopt : std::optional(held.value().constFirst());
}

int blobCount(ParxFile &file)
{
    QSqlQuery query(file.db());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A response is restored exactly as it was, documents and their bytes with it, until it is sealed")
{
    QTemporaryDir dir;
    auto source = province(dir.filePath(QStringLiteral("p.parx")));
    const QString path = dir.filePath(QStringLiteral("r.parx"));
    auto exported = RequestFile::exportFor(*source, onlyAssessment(*source), path, true, QStringLiteral("Thanh tra"));
    REQUIRE(exported.ok());
    ParxFile &file = *exported.value();
    const QString requestUuid = requests(file)[0].uuid;
    const int submissionBlobs = blobCount(file);
    const QString scan = writeFile(dir, QStringLiteral("ke-hoach.pdf"), "%PDF-1.4\n% ke hoach\n");
    const QString table = writeFile(dir, QStringLiteral("bang.xlsx"), "PK bang so lieu");

    REQUIRE(RequestFile::respond(file, QStringLiteral("1.2"), QStringLiteral("Đã bổ sung kế hoạch"), {},
                                 {}, QStringLiteral("Cán bộ A"))
                .ok());
    const auto textOnly = heldResponse(file);
    REQUIRE(RequestFile::respond(file, QStringLiteral("1.2"), QStringLiteral("Đã bổ sung kế hoạch và số liệu"),
                                 {scan, table}, QStringLiteral("2025-02-01"), QStringLiteral("Cán bộ A"))
                .ok());
    const auto withDocuments = heldResponse(file);
    REQUIRE(withDocuments->documents.size() == 2);
    CHECK(blobCount(file) == submissionBlobs + 2);

    // Back to the text alone: the documents and their bytes are gone.
    REQUIRE(RequestFile::restoreResponse(file, requestUuid, textOnly, QStringLiteral("Cán bộ A")).ok());
    CHECK(heldResponse(file) == textOnly);
    CHECK(blobCount(file) == submissionBlobs);
    // Forward again: the bytes come from the files they were attached from.
    CHECK_FALSE(RequestFile::restoreResponse(file, requestUuid, withDocuments, QStringLiteral("Cán bộ A")).ok());
    CHECK(heldResponse(file) == textOnly);
    REQUIRE(RequestFile::restoreResponse(file, requestUuid, withDocuments, QStringLiteral("Cán bộ A"), {scan, table})
                .ok());
    CHECK(heldResponse(file) == withDocuments);
    // No response at all: the row and its documents removed.
    REQUIRE(RequestFile::restoreResponse(file, requestUuid, std::nullopt, QStringLiteral("Cán bộ A")).ok());
    CHECK_FALSE(heldResponse(file));
    CHECK(blobCount(file) == submissionBlobs);
    CHECK(ParxValidator::validate(file, ParxValidator::Depth::Rows).ok());
    // A state that is not a response to this request is refused.
    ExplanationResponse foreign = *textOnly;
    foreign.request = QStringLiteral("00000000-0000-0000-0000-000000000000");
    CHECK_FALSE(RequestFile::restoreResponse(file, requestUuid, foreign, {}).ok());
    ExplanationResponse blank = *textOnly;
    blank.text = QStringLiteral("  ");
    CHECK_FALSE(RequestFile::restoreResponse(file, requestUuid, blank, {}).ok());
    CHECK_FALSE(heldResponse(file));

    REQUIRE(RequestFile::restoreResponse(file, requestUuid, withDocuments, QStringLiteral("Cán bộ A"), {scan, table})
                .ok());
    REQUIRE(ResponseSeal::seal(file, QStringLiteral("Cán bộ A")).ok());
    CHECK_FALSE(RequestFile::restoreResponse(file, requestUuid, textOnly, QStringLiteral("Cán bộ A")).ok());
    CHECK(heldResponse(file) == withDocuments);
    CHECK(ResponseSeal::verify(file).value() == SealState::Intact);
    CHECK(Seal::verify(file, onlyAssessment(file)).value() == SealState::Intact);
}

TEST_CASE("A document is restored from a kept copy when the file it was attached from has moved")
{
    QTemporaryDir dir;
    auto source = province(dir.filePath(QStringLiteral("p.parx")));
    const QString path = dir.filePath(QStringLiteral("r.parx"));
    auto exported = RequestFile::exportFor(*source, onlyAssessment(*source), path, true, QStringLiteral("Thanh tra"));
    REQUIRE(exported.ok());
    ParxFile &file = *exported.value();
    const QString requestUuid = requests(file)[0].uuid;
    const QString scan = writeFile(dir, QStringLiteral("ke-hoach.pdf"), "%PDF-1.4\n% ke hoach\n");
    const QString unrelated = writeFile(dir, QStringLiteral("khac.pdf"), "%PDF-1.4\n% khac\n");
    REQUIRE(RequestFile::respond(file, QStringLiteral("1.2"), QStringLiteral("Đã bổ sung"), {scan}, {},
                                 QStringLiteral("Cán bộ A"))
                .ok());
    const auto withDocument = heldResponse(file);
    ExplanationResponse textOnly = *withDocument;
    textOnly.documents.clear();
    REQUIRE(RequestFile::restoreResponse(file, requestUuid, textOnly, QStringLiteral("Cán bộ A")).ok());

    // The copy kept of the bytes, under another name; the original moved away.
    const QString kept = dir.filePath(QStringLiteral("kept-copy"));
    REQUIRE(QFile::copy(scan, kept));
    REQUIRE(QFile::rename(scan, dir.filePath(QStringLiteral("moved.pdf"))));
    REQUIRE(RequestFile::restoreResponse(file, requestUuid, withDocument, QStringLiteral("Cán bộ A"),
                                         {scan, unrelated, kept})
                .ok());
    CHECK(heldResponse(file) == withDocument);
    CHECK(ResponseSeal::seal(file, QStringLiteral("Cán bộ A")).ok()); // the bytes are the document's
    CHECK(ResponseSeal::verify(file).value() == SealState::Intact);
}
