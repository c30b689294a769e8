// Assessments, layers, the change log, evidence and the seal, through the core API.
#include "evidencestore.h"
#include "fixtures.h"
#include "parxvalidator.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QByteArrayList>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

QString writeDocument(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("Everything stored reads back the same after reopening")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    {
        auto file = newAgencyFile(path, QStringLiteral("SNV"), 2026, QStringLiteral("inspector"));
        applyAnswers(
            *file, Layer::Self,
            QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 29, "denominator": 200})"),
            QStringLiteral(R"("bonus": {"B1": 2})"));
        applyAnswers(
            *file, Layer::Appraisal1,
            QStringLiteral(
                R"("1.2": {"numerator": 0, "denominator": 5}, "2.1": {"percent": 87.55})"));
        applyAnswers(*file, Layer::Appraisal2, QStringLiteral(R"("2.1": {"percent": 90})"));
    }
    auto reopened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(reopened.ok());
    ParxFile &file = *reopened.value();
    const AssessmentInfo info = onlyAssessment(file);
    CHECK(info.agencyCode == QStringLiteral("SNV"));
    CHECK(info.agencyName == QStringLiteral("Sở Nội vụ"));
    CHECK(info.group == QStringLiteral("so"));
    CHECK(info.year == 2026);
    CHECK(info.status == AssessmentStatus::Draft);
    CHECK(info.createdAt == 1767225600000);
    CHECK(info.criteriaSha256 == smallSet().sha256());
    CHECK(layerJson(file, Layer::Self)
          == QByteArray(
              R"({"answers":{"1.1":{"yes":true},"1.2":{"denominator":200,"numerator":29}},)"
              R"("bonus":{"B1":2},"format":"parscore.answers","formatVersion":1,"penalty":{}})"));
    CHECK(layerJson(file, Layer::Appraisal1).contains(R"("2.1":{"percent":87.55})"));
    CHECK(layerJson(file, Layer::Appraisal2).contains(R"("2.1":{"percent":90})"));
    const auto set = AssessmentStore(file).criteria(info.criteriaSha256);
    REQUIRE(set.ok());
    CHECK(set.value().bytes() == smallSet().bytes()); // embedded byte for byte
}

TEST_CASE("Only real changes are written - each with a log entry naming who - when - old and new")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    clock.advance();
    applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"));
    clock.advance();
    applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": true})")); // the same again
    clock.advance();
    applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": false})"));
    const auto log = AssessmentStore(*file).log();
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 3); // create + two real changes
    CHECK(log.value()[0].action == QStringLiteral("create"));
    const LogEntry &last = log.value()[2];
    CHECK(last.action == QStringLiteral("answer"));
    CHECK(last.layer == QStringLiteral("self"));
    CHECK(last.item == QStringLiteral("1.1"));
    CHECK(last.oldValue == QStringLiteral(R"({"yes":true})"));
    CHECK(last.newValue == QStringLiteral(R"({"yes":false})"));
    CHECK(last.author == QStringLiteral("Cán bộ A"));
    CHECK(last.at == 1767225603000);
}

TEST_CASE("A bonus or penalty count is set - cleared with 0 - and logged like any answer")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    AssessmentStore store(*file);
    const AssessmentInfo info = onlyAssessment(*file);
    REQUIRE(store.setExtraCount(info, smallSet(), Layer::Self, ExtraKind::Bonus, QStringLiteral("B1"), 2,
                                QStringLiteral("Cán bộ A"))
                .ok());
    CHECK(layerJson(*file, Layer::Self).contains(R"("bonus":{"B1":2})"));
    clock.advance();
    REQUIRE(store.setExtraCount(info, smallSet(), Layer::Self, ExtraKind::Bonus, QStringLiteral("B1"), 0,
                                QStringLiteral("Cán bộ A"))
                .ok());
    CHECK(layerJson(*file, Layer::Self).contains(R"("bonus":{})"));
    const auto log = store.log();
    REQUIRE(log.ok());
    CHECK(log.value().constLast().item == QStringLiteral("bonus:B1"));
    CHECK(log.value().constLast().oldValue == QStringLiteral("2"));
    CHECK(log.value().constLast().newValue.isEmpty());

    const auto unknown = store.setExtraCount(info, smallSet(), Layer::Self, ExtraKind::Penalty,
                                             QStringLiteral("B1"), 1, QStringLiteral("Cán bộ A"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("B1")));
    CHECK_FALSE(store.setExtraCount(info, smallSet(), Layer::Self, ExtraKind::Bonus, QStringLiteral("B1"), -1,
                                    QStringLiteral("Cán bộ A"))
                    .ok());
    CHECK(store.log().value().size() == log.value().size()); // refused changes are not logged
}

TEST_CASE("The agency cannot answer appraiser items in its own layer")
{
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    const auto parsed = AnswersParser::parse(
        smallSet(), answersJson(QStringLiteral(R"("2.1": {"percent": 50})")), roleOf(Layer::Self));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().details.join(u' ').contains(QStringLiteral("node 2.1")));
}

TEST_CASE("Evidence is stored once - read lazily and linked to items")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    const AssessmentInfo info = onlyAssessment(*file);
    EvidenceStore evidence(*file);
    const QByteArray pdf = QByteArray("%PDF-1.4 Kế hoạch\n").repeated(1000);
    const QString first = writeDocument(dir, QStringLiteral("ke-hoach.pdf"), pdf);
    const QString sameContent = writeDocument(dir, QStringLiteral("ban-sao.pdf"), pdf);
    REQUIRE(evidence
                .add(info, smallSet(), {QStringLiteral("1.1")}, {first},
                     QStringLiteral("2026-01-15"), QStringLiteral("Cán bộ A"))
                .ok());
    REQUIRE(evidence
                .add(info, smallSet(), {QStringLiteral("1.2")}, {sameContent}, QString(),
                     QStringLiteral("Cán bộ A"))
                .ok());

    const auto listed = evidence.list();
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1); // one document, however many items and names
    const EvidenceInfo &item = listed.value()[0];
    CHECK(item.name == QStringLiteral("ke-hoach.pdf"));
    CHECK(item.size == pdf.size());
    CHECK(item.mimeType == QStringLiteral("application/pdf"));
    CHECK(item.effectiveDate == QStringLiteral("2026-01-15"));
    CHECK(item.nodes == (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")}));
    CHECK(evidence.content(item.sha256).value() == pdf);
    // The date can be corrected later, and is logged like every change.
    REQUIRE(evidence.setEffectiveDate(info, item.sha256, QStringLiteral("2026-02-01"), QStringLiteral("Cán bộ A"))
                .ok());
    CHECK(evidence.list().value().constFirst().effectiveDate == QStringLiteral("2026-02-01"));
    CHECK(AssessmentStore(*file).log().value().constLast().oldValue == QStringLiteral("2026-01-15"));
    REQUIRE(evidence.setEffectiveDate(info, item.sha256, QString(), QStringLiteral("Cán bộ A")).ok());
    CHECK(evidence.list().value().constFirst().effectiveDate.isEmpty());
    CHECK_FALSE(evidence.setEffectiveDate(info, item.sha256, QStringLiteral("2026-02-30"), QString()).ok());
    CHECK_FALSE(evidence.setEffectiveDate(info, QString(64, u'0'), QStringLiteral("2026-02-01"), QString()).ok());
    REQUIRE(ParxValidator::validate(*file, ParxValidator::Depth::Everything).ok());
    // Linking what is linked already changes nothing and logs nothing.
    const qsizetype logged = AssessmentStore(*file).log().value().size();
    REQUIRE(evidence.setLink(info, item.sha256, QStringLiteral("1.1"), item.name, QStringLiteral("Cán bộ A")).ok());
    CHECK(AssessmentStore(*file).log().value().size() == logged);

    CHECK_FALSE(
        evidence.add(info, smallSet(), {QStringLiteral("9.9")}, {first}, QString(), QString())
            .ok());
    CHECK_FALSE(evidence
                    .add(info, smallSet(), {QStringLiteral("1.1")}, {first},
                         QStringLiteral("2026-13-40"), QString())
                    .ok());
    CHECK(evidence
              .add(info, smallSet(), {QStringLiteral("1.1")},
                   {dir.filePath(QStringLiteral("missing.pdf"))}, QString(), QString())
              .error()
              .kind
          == ErrorKind::Unreadable);
}

TEST_CASE("Extraction never writes outside the chosen folder - whatever the stored names")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    {
        auto file = newAgencyFile(path);
        const AssessmentInfo info = onlyAssessment(*file);
        const QString document = writeDocument(dir, QStringLiteral("doc.pdf"), "x");
        REQUIRE(
            EvidenceStore(*file)
                .add(info, smallSet(), {QStringLiteral("1.1")}, {document}, QString(), QString())
                .ok());
    }
    const QStringList hostile = {QStringLiteral("../../evil.txt"),
                                 QStringLiteral("/etc/cron.d/evil"),
                                 QStringLiteral("C:\\\\Windows\\\\evil.dll"),
                                 QStringLiteral("nul"),
                                 QStringLiteral("CON.txt"),
                                 QStringLiteral(".."),
                                 QStringLiteral(""),
                                 QStringLiteral("a\u0001b?.pdf"),
                                 QStringLiteral("...")};
    for (int i = 0; i < hostile.size(); ++i) {
        const QString name = QString(hostile[i]).replace(u'\'', QStringLiteral("''"));
        tamper(path,
               QStringLiteral("INSERT INTO blobs VALUES ('%1', 1, x'41');"
                              "INSERT INTO evidence SELECT uuid, '%1', '%2', 'text/plain', 0, 'x', "
                              "NULL, NULL FROM assessments")
                   .arg(QString(QStringLiteral("%1")).arg(i, 64, 10, QLatin1Char('0')), name));
    }
    const QString target = dir.filePath(QStringLiteral("out/inner"));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const QList<AssessmentInfo> all{onlyAssessment(*file.value())};
    // Blobs whose bytes do not match their hash are refused, so make them match first.
    const auto refused = EvidenceStore(*file.value()).extract(all, target);
    CHECK_FALSE(refused.ok());

    CHECK(EvidenceStore::safeFileName(QStringLiteral("../../evil.txt"))
          == QStringLiteral("evil.txt"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("/etc/cron.d/evil"))
          == QStringLiteral("evil"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("C:\\Windows\\evil.dll"))
          == QStringLiteral("evil.dll"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("nul")) == QStringLiteral("_nul"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("CON.txt")) == QStringLiteral("_CON.txt"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("..")) == QStringLiteral("evidence"));
    CHECK(EvidenceStore::safeFileName(QString()) == QStringLiteral("evidence"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("a\u0001b?.pdf"))
          == QStringLiteral("a_b_.pdf"));
    CHECK(EvidenceStore::safeFileName(QStringLiteral("Kế hoạch 2026.pdf"))
          == QStringLiteral("Kế hoạch 2026.pdf"));
    CHECK(EvidenceStore::safeFileName(QString(300, u'a') + QStringLiteral(".pdf")).size() <= 150);
}

TEST_CASE("Hostile names with sound contents are extracted inside the folder only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    const QString document = writeDocument(dir, QStringLiteral("doc.pdf"), "A");
    {
        auto file = newAgencyFile(path);
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document},
                         QString(), QString())
                    .ok());
    }
    tamper(path, QStringLiteral("UPDATE evidence SET name = '../../../evil.txt'"));
    const QString target = dir.filePath(QStringLiteral("out"));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto written =
        EvidenceStore(*file.value()).extract({onlyAssessment(*file.value())}, target);
    REQUIRE(written.ok());
    REQUIRE(written.value().size() == 1);
    CHECK(QFileInfo(written.value()[0]).canonicalPath() == QFileInfo(target).canonicalFilePath());
    CHECK(QFileInfo(written.value()[0]).fileName() == QStringLiteral("evil.txt"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("evil.txt"))));
}

TEST_CASE("Sealing locks the self layer - and any change behind the program's back is detected")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    const QString document = writeDocument(dir, QStringLiteral("doc.pdf"), "original");
    {
        auto file = newAgencyFile(path, QStringLiteral("SNV"), 2025, QStringLiteral("inspector"));
        applyAnswers(
            *file, Layer::Self,
            QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})"));
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document},
                         QString(), QString())
                    .ok());
        CHECK(Seal::verify(*file, onlyAssessment(*file)).value() == SealState::NotSealed);
        const auto sealed = Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Thủ trưởng"));
        REQUIRE(sealed.ok());
        CHECK(sealed.value().status == AssessmentStatus::Submitted);
        CHECK(sealed.value().sealSha256.size() == 64);
        CHECK_FALSE(Seal::seal(*file, onlyAssessment(*file), QString()).ok());

        const AssessmentInfo info = onlyAssessment(*file);
        CHECK(info.isSealed());
        CHECK(Seal::verify(*file, info).value() == SealState::Intact);
        const auto refused = AssessmentStore(*file).applyAnswers(info, smallSet(), Layer::Self,
                                                                 AnswerSet(), QString());
        CHECK_FALSE(refused.ok());
        CHECK_FALSE(
            EvidenceStore(*file)
                .add(info, smallSet(), {QStringLiteral("1.2")}, {document}, QString(), QString())
                .ok());
        applyAnswers(*file, Layer::Appraisal1,
                     QStringLiteral(R"("1.1": {"yes": false})")); // inspectors still work
        CHECK(onlyAssessment(*file).status == AssessmentStatus::InAppraisal);
        CHECK(Seal::verify(*file, onlyAssessment(*file)).value() == SealState::Intact);
    }
    const auto stateAfter = [&](const QString &name, const QString &sql) {
        const QString copy = copyFile(path, dir.filePath(name));
        tamper(copy, sql);
        auto file = ParxFile::open(copy, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        return Seal::verify(*file.value(), onlyAssessment(*file.value())).value();
    };
    CHECK(stateAfter(QStringLiteral("answer.parx"),
                     QStringLiteral("UPDATE answers SET answer = '{\"yes\":false}' WHERE layer = "
                                    "'self' AND item = '1.1'"))
          == SealState::Tampered);
    CHECK(stateAfter(QStringLiteral("added.parx"),
                     QStringLiteral("INSERT INTO answers SELECT uuid, 'self', 'bonus', 'B1', '1', "
                                    "0, 'x' FROM assessments"))
          == SealState::Tampered);
    CHECK(stateAfter(QStringLiteral("blob.parx"), QStringLiteral("UPDATE blobs SET data = x'00'"))
          == SealState::Tampered);
    CHECK(stateAfter(QStringLiteral("link.parx"), QStringLiteral("DELETE FROM evidence_links"))
          == SealState::Tampered);
    CHECK(stateAfter(QStringLiteral("name.parx"),
                     QStringLiteral("UPDATE evidence SET name = 'other.pdf'"))
          == SealState::Tampered);
    CHECK(stateAfter(QStringLiteral("appraisal.parx"),
                     QStringLiteral("UPDATE answers SET answer = '{\"yes\":true}' "
                                    "WHERE layer = 'appraisal1'"))
          == SealState::Intact);
}

TEST_CASE("Opening and listing a file does not read its evidence documents")
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly)) {
        WARN("not checked: needs /proc/self/io to count the bytes read");
        return;
    }
    io.close();
    const auto bytesRead = [] {
        QFile file(QStringLiteral("/proc/self/io"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("rchar:"))
                return line.mid(6).trimmed().toLongLong();
        }
        return qint64(-1);
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.parx"));
    constexpr qint64 documentSize = 48 * 1024 * 1024;
    {
        auto file = newAgencyFile(path);
        QByteArray bytes(documentSize, 'x');
        for (qint64 i = 0; i < documentSize; i += 4096)
            bytes[i] = char(i / 4096);
        const QString document = writeDocument(dir, QStringLiteral("scan.pdf"), bytes);
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {document},
                         QString(), QString())
                    .ok());
        QFile::remove(document);
    }
    const qint64 before = bytesRead();
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto listed = EvidenceStore(*file.value()).list();
    REQUIRE(listed.ok());
    CHECK(listed.value().constFirst().size == documentSize);
    CHECK(layerJson(*file.value(), Layer::Self).startsWith("{"));
    const qint64 read = bytesRead() - before;
    CHECK(read < documentSize / 16);
}

TEST_CASE("Notes and comments are stored per item and logged")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    {
        auto file = newAgencyFile(path);
        AssessmentStore store(*file);
        const AssessmentInfo info = onlyAssessment(*file);
        REQUIRE(store
                    .setNote(info, Layer::Self, smallSet(), QStringLiteral("1.2"),
                             QStringLiteral("Một nhiệm vụ chuyển năm sau"),
                             QStringLiteral("Cán bộ A"))
                    .ok());
        clock.advance();
        REQUIRE(store
                    .addComment(info, smallSet(), QStringLiteral("1.2"),
                                QStringLiteral("Đề nghị bổ sung báo cáo"),
                                QStringLiteral("Thẩm định viên"))
                    .ok());
        CHECK_FALSE(store
                        .setNote(info, Layer::Self, smallSet(), QStringLiteral("9.9"),
                                 QStringLiteral("x"), QString())
                        .ok());
        CHECK_FALSE(store
                        .addComment(info, smallSet(), QStringLiteral("1.2"), QStringLiteral("  "),
                                    QString())
                        .ok());
    }
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentStore store(*file.value());
    const AssessmentInfo info = onlyAssessment(*file.value());
    CHECK(store.notes(info, Layer::Self).value().value(QStringLiteral("1.2"))
          == QStringLiteral("Một nhiệm vụ chuyển năm sau"));
    const auto comments = store.comments(info);
    REQUIRE(comments.ok());
    REQUIRE(comments.value().size() == 1);
    CHECK(comments.value()[0].author == QStringLiteral("Thẩm định viên"));
    CHECK(comments.value()[0].createdAt == 1767225601000);
    CHECK(store.log().value().last().action == QStringLiteral("note"));
}

TEST_CASE("Appraisal answers are entered in the inspectors' file only")
{
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    const auto parsed = AnswersParser::parse(
        smallSet(), answersJson(QStringLiteral(R"("2.1": {"percent": 50})")), Role::Appraiser);
    REQUIRE(parsed.ok());
    const auto refused = AssessmentStore(*file).applyAnswers(onlyAssessment(*file), smallSet(),
                                                             Layer::Appraisal1, parsed.value(), QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("merge")));
}

TEST_CASE("Extraction never follows a link or writes over a folder already in the target")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    const QString document = writeDocument(dir, QStringLiteral("doc.pdf"), "secret");
    const QString other = writeDocument(dir, QStringLiteral("same"), "other");
    {
        auto file = newAgencyFile(path);
        REQUIRE(EvidenceStore(*file)
                    .add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")},
                         {document, other}, QString(), QString())
                    .ok());
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out + QStringLiteral("/same")));
    const QString outside = dir.filePath(QStringLiteral("outside.txt"));
    REQUIRE(QFile::link(outside, out + QStringLiteral("/doc.pdf"))); // dangling link
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto written = EvidenceStore(*file.value()).extract({onlyAssessment(*file.value())}, out);
    REQUIRE(written.ok());
    CHECK(written.value().size() == 2);
    CHECK_FALSE(QFileInfo::exists(outside));
    CHECK(QFileInfo(out + QStringLiteral("/doc (2).pdf")).isFile());
    CHECK(QFileInfo(out + QStringLiteral("/same (2)")).isFile());
}
