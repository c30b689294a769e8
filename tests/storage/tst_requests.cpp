// Explanation requests and the end of the cycle: requesting, finalizing, reopening, all in
// the inspectors' file and logged; the submission's seal untouched; merging colleagues'
// files follows the latest logged transition.
#include "fixtures.h"
#include "merge.h"
#include "parxvalidator.h"
#include "provincefile.h"
#include "requestfile.h"
#include "requeststore.h"
#include "seal.h"
#include "statusflow.h"
#include "storagefixtures.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString selfAnswers = QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");
const QString survey = QStringLiteral(R"("2.1": {"percent": 90})");

// An inspectors' file holding STP's sealed submission (status submitted).
std::unique_ptr<ParxFile> submitted(const QString &path)
{
    auto file = newAgencyFile(path, QStringLiteral("STP"), 2025, QStringLiteral("inspector"));
    applyAnswers(*file, Layer::Self, selfAnswers);
    REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A")).ok());
    return file;
}

// An inspectors' file at `path` holding STP's result, appraised and final.
void finalized(const QString &path, ManualClock &clock)
{
    auto file = submitted(path);
    applyAnswers(*file, Layer::Appraisal1, survey);
    clock.advance();
    REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), {}).ok());
}

ExplanationRequest request(ParxFile &file, const QString &node, const QString &text)
{
    const auto added = RequestStore(file).add(onlyAssessment(file), smallSet(), node, text, QStringLiteral("Thanh tra"));
    REQUIRE(added.ok());
    return added.value();
}

QList<LogEntry> entries(ParxFile &file, const QString &action)
{
    auto log = AssessmentStore(file).log();
    REQUIRE(log.ok());
    QList<LogEntry> found;
    for (const LogEntry &entry : log.value())
        if (entry.action == action)
            found.append(entry);
    return found;
}

AssessmentStatus statusOf(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    return onlyAssessment(*file.value()).status;
}

MergeReport mergeInto(const QString &target, const QString &source, bool colleagues)
{
    if (colleagues)
        trustAsColleague(target, source);
    auto file = ParxFile::open(target, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    MergeOptions options;
    options.acceptAppraisals = colleagues;
    options.acceptCriteria = {smallSet()};
    const auto report = Merger(*file.value(), QStringLiteral("Thanh tra")).merge({source}, options);
    REQUIRE(report.ok());
    return report.value();
}

} // namespace

TEST_CASE("A request on any item of a submitted assessment is stored trimmed, logged, and asks for an explanation")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    clock.advance();
    const ExplanationRequest made = request(*file, QStringLiteral("1"), QStringLiteral("  Bổ sung kế hoạch  "));
    CHECK(AssessmentStore::isValidUuid(made.uuid));
    CHECK(onlyAssessment(*file).status == AssessmentStatus::ExplanationRequested);
    clock.advance();
    request(*file, QStringLiteral("1.2"), QStringLiteral("Tỷ lệ hoàn thành?"));

    const auto listed = RequestStore(*file).list(onlyAssessment(*file));
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 2);
    CHECK(listed.value()[0].node == QStringLiteral("1"));
    CHECK(listed.value()[0].text == QStringLiteral("Bổ sung kế hoạch"));
    CHECK(listed.value()[0].createdBy == QStringLiteral("Thanh tra"));
    CHECK(listed.value()[0].isOpen());
    CHECK(RequestStore(*file).openCounts().value().value(onlyAssessment(*file).uuid) == 2);

    const auto requests = entries(*file, QStringLiteral("request"));
    REQUIRE(requests.size() == 2);
    CHECK(requests[0].item == QStringLiteral("1"));
    CHECK(requests[0].newValue == QStringLiteral("Bổ sung kế hoạch"));
    const auto statuses = entries(*file, QStringLiteral("status"));
    REQUIRE(statuses.size() == 1); // only the first request moves the status
    CHECK(statuses[0].oldValue == QStringLiteral("submitted"));
    CHECK(statuses[0].newValue == QStringLiteral("explanationRequested"));

    // Requests are the inspectors' data: the submission's seal still holds, the file is sound.
    const auto seal = Seal::verify(*file, onlyAssessment(*file), Seal::Depth::Documents);
    REQUIRE(seal.ok());
    CHECK(seal.value() == SealState::Intact);
    CHECK(ParxValidator::validate(*file, ParxValidator::Depth::Everything).ok());
}

TEST_CASE("A request is refused without a text, on an unknown item, on a draft, in an agency's file")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    RequestStore store(*file);
    const AssessmentInfo info = onlyAssessment(*file);
    CHECK_FALSE(store.add(info, smallSet(), QStringLiteral("1.1"), QStringLiteral("   "), {}).ok());
    CHECK_FALSE(store.add(info, smallSet(), QStringLiteral("1.1"), QString(2001, u'x'), {}).ok());
    CHECK(store.add(info, smallSet(), QStringLiteral("1.1"), QString(2000, u'x'), {}).ok());
    const auto unknown = store.add(info, smallSet(), QStringLiteral("9.9"), QStringLiteral("?"), {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("9.9")));
    CHECK(store.list(info).value().size() == 1);

    auto draft = newAgencyFile(dir.filePath(QStringLiteral("draft.parx")), QStringLiteral("SNV"), 2025,
                               QStringLiteral("inspector"));
    CHECK_FALSE(RequestStore(*draft).add(onlyAssessment(*draft), smallSet(), QStringLiteral("1.1"),
                                         QStringLiteral("?"), {}).ok());
    CHECK(onlyAssessment(*draft).status == AssessmentStatus::Draft);

    auto agency = newAgencyFile(dir.filePath(QStringLiteral("agency.parx")));
    applyAnswers(*agency, Layer::Self, selfAnswers);
    REQUIRE(Seal::seal(*agency, onlyAssessment(*agency), {}).ok());
    const auto own = RequestStore(*agency).add(onlyAssessment(*agency), smallSet(), QStringLiteral("1.1"),
                                               QStringLiteral("?"), {});
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message.contains(QStringLiteral("province file")));
    CHECK_FALSE(StatusFlow::finalize(*agency, onlyAssessment(*agency), {}).ok());
}

TEST_CASE("Withdrawing a request (its undo) removes it, logged, and gives back the status its first request set")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    auto file = submitted(path);
    RequestStore store(*file);
    const ExplanationRequest first = request(*file, QStringLiteral("1.1"), QStringLiteral("Bổ sung văn bản"));
    clock.advance();
    const ExplanationRequest second = request(*file, QStringLiteral("1.2"), QStringLiteral("Giải trình tỉ lệ"));
    clock.advance();
    CHECK(onlyAssessment(*file).status == AssessmentStatus::ExplanationRequested);

    // One of two: the status stays, the other request is untouched.
    REQUIRE(store.withdraw(onlyAssessment(*file), second.uuid, QStringLiteral("Thanh tra")).ok());
    clock.advance();
    REQUIRE(store.list(onlyAssessment(*file)).value().size() == 1);
    CHECK(store.list(onlyAssessment(*file)).value().constFirst().uuid == first.uuid);
    CHECK(onlyAssessment(*file).status == AssessmentStatus::ExplanationRequested);
    const auto withdrawn = entries(*file, QStringLiteral("request-withdrawn"));
    REQUIRE(withdrawn.size() == 1);
    CHECK(withdrawn.constFirst().item == QStringLiteral("1.2"));
    CHECK(withdrawn.constFirst().author == QStringLiteral("Thanh tra"));

    // The last one: back to submitted, as a logged transition the merge will follow.
    REQUIRE(store.withdraw(onlyAssessment(*file), first.uuid, QStringLiteral("Thanh tra")).ok());
    CHECK(store.list(onlyAssessment(*file)).value().isEmpty());
    CHECK(statusOf(path) == AssessmentStatus::Submitted);
    const auto transitions = entries(*file, QStringLiteral("status"));
    REQUIRE_FALSE(transitions.isEmpty());
    CHECK(transitions.constLast().oldValue == QStringLiteral("explanationRequested"));
    CHECK(transitions.constLast().newValue == QStringLiteral("submitted"));
    CHECK_FALSE(store.withdraw(onlyAssessment(*file), first.uuid, {}).ok()); // already gone
}

TEST_CASE("One request awaits the agency per item: a second question on it waits for the first's answer")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    RequestStore store(*file);
    const ExplanationRequest first = request(*file, QStringLiteral("1.1"), QStringLiteral("Bổ sung"));
    clock.advance();
    const auto second = store.add(onlyAssessment(*file), smallSet(), QStringLiteral("1.1"), QStringLiteral("Thêm nữa"), {});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("1.1")));
    CHECK(store.add(onlyAssessment(*file), smallSet(), QStringLiteral("1.2"), QStringLiteral("Khác"), {}).ok());
    CHECK(store.list(onlyAssessment(*file)).value().size() == 2);
    // Taken back, the item may be asked again.
    clock.advance();
    REQUIRE(store.withdraw(onlyAssessment(*file), first.uuid, {}).ok());
    CHECK(store.add(onlyAssessment(*file), smallSet(), QStringLiteral("1.1"), QStringLiteral("Thêm nữa"), {}).ok());
}

TEST_CASE("A request already sent to the agency, answered or closed cannot be withdrawn")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    RequestStore store(*file);
    const ExplanationRequest sent = request(*file, QStringLiteral("1.1"), QStringLiteral("Bổ sung"));
    clock.advance();
    REQUIRE(RequestFile::exportFor(*file, onlyAssessment(*file), dir.filePath(QStringLiteral("r.parx")), false,
                                   QStringLiteral("Thanh tra"))
                .ok());
    clock.advance();
    const auto refused = store.withdraw(onlyAssessment(*file), sent.uuid, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("sent")));
    // A request made after the export has not travelled: it can be taken back.
    const ExplanationRequest later = request(*file, QStringLiteral("1.2"), QStringLiteral("Thêm"));
    clock.advance();
    CHECK(store.withdraw(onlyAssessment(*file), later.uuid, {}).ok());

    applyAnswers(*file, Layer::Appraisal1, selfAnswers + QStringLiteral(", ") + survey);
    REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), {}).ok()); // closes `sent` as unanswered
    CHECK_FALSE(store.withdraw(onlyAssessment(*file), sent.uuid, {}).ok());
    CHECK(store.list(onlyAssessment(*file)).value().size() == 1);
}

TEST_CASE("An agency's file holding a request is not a ParScore file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.parx"));
    const QString uuid = onlyAssessment(*newAgencyFile(path)).uuid;
    tamper(path, QStringLiteral("INSERT INTO requests VALUES ('11111111-2222-3333-4444-555555555555', '%1', '1.1', "
                                "'x', 1767225600000, 'a', NULL, NULL)")
                     .arg(uuid));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK_FALSE(ParxValidator::validate(*file.value()).ok());
}

TEST_CASE("Finalizing needs a complete final layer, closes open requests as unanswered and locks the result")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    clock.advance();
    request(*file, QStringLiteral("1.1"), QStringLiteral("Gửi kế hoạch"));
    const auto incomplete = StatusFlow::finalize(*file, onlyAssessment(*file), QStringLiteral("Trưởng đoàn"));
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().message.contains(QStringLiteral("not complete")));
    CHECK(onlyAssessment(*file).status == AssessmentStatus::ExplanationRequested);

    clock.advance();
    applyAnswers(*file, Layer::Appraisal1, survey); // 2.1, the appraisers' item: now complete
    clock.advance();
    const auto closed = StatusFlow::finalize(*file, onlyAssessment(*file), QStringLiteral("Trưởng đoàn"));
    REQUIRE(closed.ok());
    CHECK(closed.value() == 1);
    CHECK(onlyAssessment(*file).status == AssessmentStatus::Final);
    const auto requests = RequestStore(*file).list(onlyAssessment(*file)).value();
    CHECK(requests[0].closedAs == QStringLiteral("unanswered"));
    CHECK(RequestStore(*file).openCounts().value().isEmpty());
    const auto closings = entries(*file, QStringLiteral("request-closed"));
    REQUIRE(closings.size() == 1);
    CHECK(closings[0].newValue == QStringLiteral("unanswered"));
    const auto last = entries(*file, QStringLiteral("status")).constLast();
    CHECK(last.oldValue == QStringLiteral("explanationRequested"));
    CHECK(last.newValue == QStringLiteral("final"));
    CHECK(last.author == QStringLiteral("Trưởng đoàn"));
    CHECK(last.at == clock.now().toMSecsSinceEpoch());

    // Locked: no answer, no note, no request, no second finalizing.
    AssessmentStore store(*file);
    CHECK_FALSE(store.setAnswer(onlyAssessment(*file), smallSet(), Layer::Appraisal2, QStringLiteral("1.1"),
                                Answer{}, {}).ok());
    CHECK_FALSE(store.setNote(onlyAssessment(*file), Layer::Appraisal1, smallSet(), QStringLiteral("1.1"),
                              QStringLiteral("x"), {}).ok());
    CHECK_FALSE(RequestStore(*file).add(onlyAssessment(*file), smallSet(), QStringLiteral("1.1"),
                                        QStringLiteral("?"), {}).ok());
    CHECK_FALSE(StatusFlow::finalize(*file, onlyAssessment(*file), {}).ok());
    CHECK(Seal::verify(*file, onlyAssessment(*file)).value() == SealState::Intact);
}

TEST_CASE("Reopening needs a reason, logs it and moves a final result back to in appraisal")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    applyAnswers(*file, Layer::Appraisal1, survey);
    CHECK_FALSE(StatusFlow::reopen(*file, onlyAssessment(*file), QStringLiteral("x"), {}).ok()); // not final
    REQUIRE(StatusFlow::finalize(*file, onlyAssessment(*file), {}).ok());
    clock.advance();
    CHECK_FALSE(StatusFlow::reopen(*file, onlyAssessment(*file), QStringLiteral("  "), {}).ok());
    CHECK(onlyAssessment(*file).status == AssessmentStatus::Final);
    REQUIRE(StatusFlow::reopen(*file, onlyAssessment(*file), QStringLiteral(" Khiếu nại của đơn vị "),
                               QStringLiteral("Giám đốc"))
                .ok());
    CHECK(onlyAssessment(*file).status == AssessmentStatus::InAppraisal);
    const auto last = entries(*file, QStringLiteral("status")).constLast();
    CHECK(last.oldValue == QStringLiteral("final"));
    CHECK(last.newValue == QStringLiteral("inAppraisal"));
    CHECK(last.item == QStringLiteral("Khiếu nại của đơn vị"));
    CHECK(last.author == QStringLiteral("Giám đốc"));
    // Writable again.
    CHECK(AssessmentStore(*file).setNote(onlyAssessment(*file), Layer::Appraisal2, smallSet(), QStringLiteral("1.1"),
                                         QStringLiteral("Xem lại"), {}).ok());
}

TEST_CASE("Finalizing a group finalizes the complete ones in one step and says why not for the others")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = submitted(dir.filePath(QStringLiteral("tinh.parx")));
    applyAnswers(*file, Layer::Appraisal1, survey);
    const auto other = AssessmentStore(*file).create(
        smallSet(), {QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), QStringLiteral("so"), 2025}, {});
    REQUIRE(other.ok());
    REQUIRE(Seal::seal(*file, other.value(), {}).ok());
    const auto outcomes = StatusFlow::finalizeGroup(*file, QStringLiteral("so"), std::nullopt, {});
    REQUIRE(outcomes.ok());
    REQUIRE(outcomes.value().size() == 2);
    CHECK(outcomes.value()[0].assessment.agencyCode == QStringLiteral("STP"));
    CHECK(outcomes.value()[0].finalized);
    CHECK(outcomes.value()[1].assessment.agencyCode == QStringLiteral("SXD"));
    CHECK_FALSE(outcomes.value()[1].finalized);
    CHECK(outcomes.value()[1].reason.contains(QStringLiteral("not complete")));
    CHECK(AssessmentStore(*file).find(QStringLiteral("STP")).value().status == AssessmentStatus::Final);
    CHECK(AssessmentStore(*file).find(QStringLiteral("SXD")).value().status == AssessmentStatus::Submitted);
    const auto again = StatusFlow::finalizeGroup(*file, QStringLiteral("so"), std::nullopt, {});
    CHECK(again.value()[0].reason == QStringLiteral("already final"));
    CHECK_FALSE(StatusFlow::finalizeGroup(*file, QStringLiteral("xa"), std::nullopt, {}).ok());
    CHECK(StatusFlow::finalizeGroup(*file, QStringLiteral("so"), 2024, {}).error().kind == ErrorKind::Invalid);
}

TEST_CASE("A colleague's stale copy does not undo a reopening, and a colleague's reopening is followed")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    finalized(province, clock);
    const QString stale = copyFile(province, dir.filePath(QStringLiteral("dong-nghiep.parx")));
    clock.advance();
    REQUIRE(StatusFlow::reopen(*ParxFile::open(province, ParxFile::Mode::ReadWrite).value(),
                               onlyAssessment(*ParxFile::open(province, ParxFile::Mode::ReadOnly).value()),
                               QStringLiteral("Khiếu nại"), {})
                .ok());
    REQUIRE(statusOf(stale) == AssessmentStatus::Final);

    mergeInto(province, stale, true);
    CHECK(statusOf(province) == AssessmentStatus::InAppraisal);
    const MergeReport back = mergeInto(stale, province, true); // the other way: the stale copy learns of it
    CHECK(back.rejected.isEmpty());
    CHECK(back.held.isEmpty());
    CHECK(back.merged.size() == 1);
    CHECK(statusOf(stale) == AssessmentStatus::InAppraisal);
    // Finalized again later by the colleague: followed.
    clock.advance();
    REQUIRE(StatusFlow::finalize(*ParxFile::open(stale, ParxFile::Mode::ReadWrite).value(),
                                 onlyAssessment(*ParxFile::open(stale, ParxFile::Mode::ReadOnly).value()), {})
                .ok());
    mergeInto(province, stale, true);
    CHECK(statusOf(province) == AssessmentStatus::Final);
}

TEST_CASE("A submission arriving for a final result is rejected whole - the same submission again changes nothing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString agency = dir.filePath(QStringLiteral("stp.parx"));
    {
        auto file = newAgencyFile(agency, QStringLiteral("STP"));
        applyAnswers(*file, Layer::Self, selfAnswers);
        REQUIRE(Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Cán bộ A")).ok());
    }
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    REQUIRE(ProvinceFile::create(province, {QStringLiteral("Thẩm định"), 2025, {smallSet()}, {}}).ok());
    REQUIRE(mergeInto(province, agency, false).added.size() == 1);
    QByteArray selfBefore;
    {
        auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        applyAnswers(*file.value(), Layer::Appraisal1, survey);
        clock.advance();
        REQUIRE(StatusFlow::finalize(*file.value(), onlyAssessment(*file.value()), {}).ok());
        selfBefore = layerJson(*file.value(), Layer::Self);
    }
    const MergeReport same = mergeInto(province, agency, false);
    CHECK(same.rejected.isEmpty());
    CHECK(same.unchanged == 1);

    // Withdrawn and submitted again with another answer, after the result was final.
    clock.advance(86400000);
    tamper(agency, QStringLiteral("UPDATE assessments SET seal_sha256 = NULL, sealed_at = NULL, sealed_by = NULL, "
                                  "seal_version = NULL, status = 'draft'"));
    {
        auto file = ParxFile::open(agency, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        applyAnswers(*file.value(), Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
        REQUIRE(Seal::seal(*file.value(), onlyAssessment(*file.value()), QStringLiteral("Cán bộ A")).ok());
    }
    const MergeReport later = mergeInto(province, agency, false);
    REQUIRE(later.rejected.size() == 1);
    CHECK(later.rejected.constFirst().reason.contains(QStringLiteral("final")));
    CHECK(later.resubmitted.isEmpty());
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK(layerJson(*file.value(), Layer::Self) == selfBefore);
    CHECK(onlyAssessment(*file.value()).status == AssessmentStatus::Final);
}

TEST_CASE("A colleague's file changes a final result only with the reopening logged after its finalizing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    finalized(province, clock);
    // A colleague's copy made before: a later note, but no reopening: rejected, nothing taken.
    const QString stale = copyFile(province, dir.filePath(QStringLiteral("cu.parx")));
    clock.advance();
    tamper(stale, QStringLiteral("UPDATE assessments SET status = 'inAppraisal'"));
    {
        auto file = ParxFile::open(stale, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        REQUIRE(AssessmentStore(*file.value())
                    .setNote(onlyAssessment(*file.value()), Layer::Appraisal1, smallSet(), QStringLiteral("1.1"),
                             QStringLiteral("Ghi chú muộn"), QStringLiteral("Đồng nghiệp"))
                    .ok());
    }
    const MergeReport refused = mergeInto(province, stale, true);
    REQUIRE(refused.rejected.size() == 1);
    CHECK(refused.rejected.constFirst().reason.contains(QStringLiteral("final")));
    {
        auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        CHECK(AssessmentStore(*file.value()).notes(onlyAssessment(*file.value()), Layer::Appraisal1).value().isEmpty());
    }

    // Reopened by the colleague, corrected and finalized again: followed, the correction taken.
    const QString colleague = copyFile(province, dir.filePath(QStringLiteral("dong-nghiep.parx")));
    {
        auto file = ParxFile::open(colleague, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        clock.advance();
        REQUIRE(StatusFlow::reopen(*file.value(), onlyAssessment(*file.value()), QStringLiteral("Khiếu nại"), {}).ok());
        clock.advance();
        applyAnswers(*file.value(), Layer::Appraisal2, QStringLiteral(R"("2.1": {"percent": 50})"));
        clock.advance();
        REQUIRE(StatusFlow::finalize(*file.value(), onlyAssessment(*file.value()), {}).ok());
    }
    const MergeReport followed = mergeInto(province, colleague, true);
    CHECK(followed.rejected.isEmpty());
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    CHECK(QString::fromUtf8(layerJson(*file.value(), Layer::Appraisal2)).contains(QStringLiteral("50")));
    CHECK(onlyAssessment(*file.value()).status == AssessmentStatus::Final);
    // The same file again changes nothing and is not refused.
    file.value().reset();
    const MergeReport again = mergeInto(province, colleague, true);
    CHECK(again.rejected.isEmpty());
    CHECK(again.unchanged == 1);
}

TEST_CASE("Requests come from a colleague's file by UUID, never from a file merged as an agency's")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = dir.filePath(QStringLiteral("tinh.parx"));
    submitted(province);
    const QString colleague = copyFile(province, dir.filePath(QStringLiteral("dong-nghiep.parx")));
    clock.advance();
    ExplanationRequest made;
    {
        auto file = ParxFile::open(colleague, ParxFile::Mode::ReadWrite);
        made = request(*file.value(), QStringLiteral("1.2"), QStringLiteral("Giải trình tỷ lệ"));
    }
    mergeInto(province, colleague, false); // not trusted: neither the request nor its status
    {
        auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
        CHECK(RequestStore(*file.value()).list(onlyAssessment(*file.value())).value().isEmpty());
        CHECK(onlyAssessment(*file.value()).status == AssessmentStatus::Submitted);
        CHECK(entries(*file.value(), QStringLiteral("request")).isEmpty());
        CHECK(entries(*file.value(), QStringLiteral("status")).isEmpty());
    }
    mergeInto(province, colleague, true);
    mergeInto(province, colleague, true); // again: nothing twice
    auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
    const auto requests = RequestStore(*file.value()).list(onlyAssessment(*file.value())).value();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].uuid == made.uuid);
    CHECK(requests[0].text == QStringLiteral("Giải trình tỷ lệ"));
    CHECK(onlyAssessment(*file.value()).status == AssessmentStatus::ExplanationRequested);
    CHECK(ParxValidator::validate(*file.value()).ok());
    CHECK(Seal::verify(*file.value(), onlyAssessment(*file.value())).value() == SealState::Intact);
}
