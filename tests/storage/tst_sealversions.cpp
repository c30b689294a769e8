// Evidence names per item, and seals of two definitions side by side: the third covers
// when, by whom and under which names; a file sealed by the second still verifies by it.
#include "evidencestore.h"
#include "fixtures.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QFile>
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

SealState stateOf(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto state = Seal::verify(*file.value(), onlyAssessment(*file.value()));
    REQUIRE(state.ok());
    return state.value();
}

} // namespace

TEST_CASE("One document attached to two items keeps the name given on each")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    const AssessmentInfo info = onlyAssessment(*file);
    EvidenceStore evidence(*file);
    const QString plan = writeDocument(dir, QStringLiteral("ke-hoach.pdf"), "%PDF scan");
    const QString report = writeDocument(dir, QStringLiteral("bao-cao-quy-1.pdf"), "%PDF scan");
    const auto first = evidence.add(info, smallSet(), {QStringLiteral("1.1")}, {plan}, {}, QStringLiteral("A"));
    const auto second = evidence.add(info, smallSet(), {QStringLiteral("1.2")}, {report}, {}, QStringLiteral("A"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value() == second.value()); // the same bytes, stored once

    const EvidenceInfo stored = evidence.list().value().constFirst();
    CHECK(stored.name == QStringLiteral("ke-hoach.pdf")); // the document's first name
    CHECK(stored.nameAt(QStringLiteral("1.1")) == QStringLiteral("ke-hoach.pdf"));
    CHECK(stored.nameAt(QStringLiteral("1.2")) == QStringLiteral("bao-cao-quy-1.pdf"));

    // Renaming or removing a link touches that item only, and is logged old → new.
    REQUIRE(evidence.setLink(info, stored.sha256, QStringLiteral("1.2"), QStringLiteral("bc.pdf"), QStringLiteral("A")).ok());
    CHECK(AssessmentStore(*file).log().value().constLast().newValue.startsWith(QStringLiteral("bc.pdf (")));
    REQUIRE(evidence.setLink(info, stored.sha256, QStringLiteral("1.1"), std::nullopt, QStringLiteral("A")).ok());
    const EvidenceInfo after = evidence.list().value().constFirst();
    CHECK(after.nodes == QStringList{QStringLiteral("1.2")});
    CHECK(after.nameAt(QStringLiteral("1.2")) == QStringLiteral("bc.pdf"));
    CHECK_FALSE(evidence.setLink(info, stored.sha256, QStringLiteral("1.1"), QStringLiteral(" "), {}).ok());
}

TEST_CASE("A seal covers when and by whom it was made, and each link's name")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.parx"));
    {
        auto file = newAgencyFile(path);
        applyAnswers(*file, Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"));
        const QString scan = writeDocument(dir, QStringLiteral("scan.pdf"), "%PDF scan");
        REQUIRE(EvidenceStore(*file).add(onlyAssessment(*file), smallSet(), {QStringLiteral("1.1")}, {scan}, {}, {}).ok());
        const auto sealed = Seal::seal(*file, onlyAssessment(*file), QStringLiteral("Thủ trưởng"));
        REQUIRE(sealed.ok());
        CHECK(onlyAssessment(*file).sealVersion == Seal::currentVersion);
    }
    CHECK(stateOf(path) == SealState::Intact);
    const auto after = [&](const QString &name, const QString &sql) {
        const QString copy = copyFile(path, dir.filePath(name));
        tamper(copy, sql);
        return stateOf(copy);
    };
    // The submission date decides lateness and which submission wins a merge.
    CHECK(after(QStringLiteral("date.parx"), QStringLiteral("UPDATE assessments SET sealed_at = sealed_at - 2592000000"))
          == SealState::Tampered);
    CHECK(after(QStringLiteral("by.parx"), QStringLiteral("UPDATE assessments SET sealed_by = 'Người khác'"))
          == SealState::Tampered);
    CHECK(after(QStringLiteral("link.parx"), QStringLiteral("UPDATE evidence_links SET name = 'khac.pdf'"))
          == SealState::Tampered);
    CHECK(after(QStringLiteral("blob.parx"), QStringLiteral("UPDATE blobs SET data = x'00'")) == SealState::Tampered);
    // Claiming the older definition, whose scope is smaller, does not pass either.
    CHECK(after(QStringLiteral("older.parx"), QStringLiteral("UPDATE assessments SET seal_version = 2"))
          == SealState::Tampered);
}

TEST_CASE("A file sealed by the second definition is migrated and still verifies by it")
{
    QTemporaryDir dir;
    const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/schema-v2.parx"),
                                  dir.filePath(QStringLiteral("v2.parx")));
    {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadWrite); // migrated to the current version
        REQUIRE(file.ok());
        const AssessmentInfo info = onlyAssessment(*file.value());
        CHECK(info.sealVersion == 2);
        CHECK(Seal::verify(*file.value(), info).value() == SealState::Intact);
        const EvidenceInfo document = EvidenceStore(*file.value()).list().value().constFirst();
        CHECK(document.nameAt(QStringLiteral("1.1")) == QStringLiteral("bao-cao-cchc-2025.pdf"));
    }
    tamper(path, QStringLiteral("UPDATE notes SET text = 'Đã hoàn thành'"));
    CHECK(stateOf(path) == SealState::Tampered);
}

TEST_CASE("A document attached again with a date takes that date - logged like any change")
{
    ManualClock clock;
    QTemporaryDir dir;
    auto file = newAgencyFile(dir.filePath(QStringLiteral("a.parx")));
    const AssessmentInfo info = onlyAssessment(*file);
    EvidenceStore evidence(*file);
    const QString scan = writeDocument(dir, QStringLiteral("qd.pdf"), "%PDF decision");
    REQUIRE(evidence.add(info, smallSet(), {QStringLiteral("1.1")}, {scan}, QStringLiteral("2026-01-10"), {}).ok());
    clock.advance();
    REQUIRE(evidence.add(info, smallSet(), {QStringLiteral("1.2")}, {scan}, QStringLiteral("2026-02-10"), {}).ok());
    CHECK(evidence.list().value().constFirst().effectiveDate == QStringLiteral("2026-02-10"));
    CHECK(AssessmentStore(*file).log().value().constLast().newValue.endsWith(QStringLiteral("2026-02-10")));
    // Without a date, attaching again leaves the date as it is.
    REQUIRE(evidence.add(info, smallSet(), {QStringLiteral("1.1")}, {scan}, {}, {}).ok());
    CHECK(evidence.list().value().constFirst().effectiveDate == QStringLiteral("2026-02-10"));
}
