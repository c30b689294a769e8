// The province overview: every assessment of a file with its self and final totals, its
// seal state from the records, and its rank within its year and group (criteria-format.md §6).
#include "answersscan.h"
#include "evidencestore.h"
#include "fixtures.h"
#include "overview.h"
#include "overviewfixtures.h"
#include "overviewjson.h"
#include "storagefixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// ---------------------------------------------------------------- ranking alone

// A row as the ranking sees it: a complete (or not) layer with this percent.
OverviewRow rankRow(const QString &code, std::optional<qint64> percent, bool complete = true,
                    const QString &group = QStringLiteral("so"), int year = 2026)
{
    OverviewRow row;
    row.assessment.uuid = QStringLiteral("uuid-") + code;
    row.assessment.agencyCode = code;
    row.assessment.group = group;
    row.assessment.year = year;
    ScoreSummary total;
    total.percent = percent;
    total.complete = complete;
    row.final = total;
    row.self = total;
    return row;
}

using Ranks = QList<std::optional<int>>;

// "A B C" → {"A", "B", "C"}
QStringList list(const char *words)
{
    return QString::fromLatin1(words).split(u' ');
}
constexpr std::nullopt_t none = std::nullopt;

} // namespace

TEST_CASE("overview ranking: equal percents share a rank and the next rank skips")
{
    QList<OverviewRow> rows{rankRow(QStringLiteral("D"), 7000), rankRow(QStringLiteral("C"), 8786),
                            rankRow(QStringLiteral("B"), 8786), rankRow(QStringLiteral("A"), 9000),
                            rankRow(QStringLiteral("E"), 6999), rankRow(QStringLiteral("F"), 6999)};
    Overview::rankRows(rows, OverviewLayer::Final);
    CHECK(codes(rows) == list("A B C D E F")); // ties by agency code
    CHECK(ranks(rows) == Ranks{1, 2, 2, 4, 5, 5});
}

TEST_CASE("overview ranking: percents are compared in hundredths, exactly")
{
    // 87.86 and 87.85 differ by one hundredth of a percent: two ranks, no tie.
    QList<OverviewRow> rows{rankRow(QStringLiteral("A"), 8785), rankRow(QStringLiteral("B"), 8786)};
    Overview::rankRows(rows, OverviewLayer::Final);
    CHECK(codes(rows) == list("B A"));
    CHECK(ranks(rows) == Ranks{1, 2});
}

TEST_CASE("overview ranking: incomplete, empty or percent-less layers are unranked and last")
{
    OverviewRow empty = rankRow(QStringLiteral("A0"), 9900);
    empty.final.reset();
    QList<OverviewRow> rows{
        rankRow(QStringLiteral("A1"), 9999, false),         // higher but not complete
        empty, rankRow(QStringLiteral("A2"), std::nullopt), // maximum 0: no percent
        rankRow(QStringLiteral("Z9"), 1000), rankRow(QStringLiteral("M5"), 5000)};
    Overview::rankRows(rows, OverviewLayer::Final);
    CHECK(codes(rows) == list("M5 Z9 A0 A1 A2"));
    CHECK(ranks(rows) == Ranks{1, 2, none, none, none});
}

TEST_CASE("overview ranking: each year and group is ranked on its own, ordered by year then group")
{
    QList<OverviewRow> rows{
        rankRow(QStringLiteral("X1"), 8000, true, QStringLiteral("xa"), 2026),
        rankRow(QStringLiteral("S1"), 7000, true, QStringLiteral("so"), 2026),
        rankRow(QStringLiteral("X2"), 9000, true, QStringLiteral("xa"), 2026),
        rankRow(QStringLiteral("S2"), 6000, true, QStringLiteral("so"), 2025),
        rankRow(QStringLiteral("S3"), 9500, true, QStringLiteral("so"), 2026),
        rankRow(QStringLiteral("P1"), 9999, true, QStringLiteral("phuong"), 2026),
    };
    Overview::rankRows(rows, OverviewLayer::Final);
    CHECK(codes(rows) == list("S2 P1 S3 S1 X2 X1"));
    CHECK(ranks(rows) == Ranks{1, 1, 1, 2, 1, 2});
}

TEST_CASE("overview ranking: the chosen layer decides, the other is ignored")
{
    OverviewRow a = rankRow(QStringLiteral("A"), 9000);
    OverviewRow b = rankRow(QStringLiteral("B"), 8000);
    a.self->percent = 5000; // A ranks first on final, last on self
    b.final->complete = false;
    QList<OverviewRow> rows{a, b};
    Overview::rankRows(rows, OverviewLayer::Self);
    CHECK(codes(rows) == list("B A"));
    CHECK(ranks(rows) == Ranks{1, 2});
    Overview::rankRows(rows, OverviewLayer::Final);
    CHECK(codes(rows) == list("A B"));
    CHECK(ranks(rows) == Ranks{1, none});
}

TEST_CASE("overview ranking: equal agency codes are ordered by UUID, so the order never depends on "
          "the input")
{
    OverviewRow a = rankRow(QStringLiteral("A"), 9000);
    OverviewRow b = a;
    b.assessment.uuid = QStringLiteral("uuid-B");
    QList<OverviewRow> forward{a, b};
    QList<OverviewRow> backward{b, a};
    Overview::rankRows(forward, OverviewLayer::Final);
    Overview::rankRows(backward, OverviewLayer::Final);
    CHECK(forward[0].assessment.uuid == backward[0].assessment.uuid);
    CHECK(ranks(forward) == Ranks{1, 1});
}

// ---------------------------------------------------------------- from a file

namespace {

const QString full =
    QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 10, "denominator": 10})");
const QString ninety =
    QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");

} // namespace

TEST_CASE(
    "overview of a file: self scored as the agency, final as the appraisers, ranked on either")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    const AssessmentInfo b = province.add(set, QStringLiteral("B"));
    const AssessmentInfo c = province.add(set, QStringLiteral("C"));
    const AssessmentInfo d = province.add(set, QStringLiteral("D"));
    const AssessmentInfo e = province.add(set, QStringLiteral("E"));
    province.add(set, QStringLiteral("F"));       // nothing answered
    province.answer(set, a, Layer::Self, full);   // 3 / 3
    province.answer(set, b, Layer::Self, ninety); // 2.8 / 3 = 93.33 %
    province.answer(set, c, Layer::Self, ninety);
    province.answer(
        set, d, Layer::Self,
        QStringLiteral(R"("1.1": {"yes": false}, "1.2": {"numerator": 10, "denominator": 10})"));
    province.answer(set, e, Layer::Self, QStringLiteral(R"("1.1": {"yes": true})"),
                    QStringLiteral(R"("bonus": {"B1": 1})"));
    // The appraisers score the survey item 2.1 and re-score D's 1.1.
    province.answer(set, a, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 50})"));
    province.answer(set, b, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 100})"));
    province.answer(set, c, Layer::Appraisal1, QStringLiteral(R"("2.1": {"percent": 0})"));
    province.answer(set, d, Layer::Appraisal1,
                    QStringLiteral(R"("1.1": {"yes": true}, "2.1": {"percent": 100})"));
    province.answer(set, d, Layer::Appraisal2, QStringLiteral(R"("2.1": {"percent": 75})"));

    const Overview byFinal = loaded(province.file());
    CHECK(byFinal.layer == OverviewLayer::Final);
    CHECK(codes(byFinal.rows) == list("B D A C E F"));
    CHECK(ranks(byFinal.rows) == Ranks{1, 2, 3, 4, none, none});

    const OverviewRow &rowA = rowFor(byFinal, QStringLiteral("A"));
    REQUIRE(rowA.self);
    CHECK(rowA.self->total == 300);
    CHECK(rowA.self->maxPoints == 300); // the survey item is outside the agency's layer
    CHECK(rowA.self->percent == 10000);
    CHECK(rowA.self->grade == QStringLiteral("Tốt"));
    REQUIRE(rowA.final);
    CHECK(rowA.final->total == 350);
    CHECK(rowA.final->maxPoints == 400);
    CHECK(rowA.final->percent == 8750);
    CHECK(rowA.final->complete);

    // D: appraisal 1 re-scored 1.1, appraisal 2 the survey; the latest answer of each leaf counts.
    const OverviewRow &rowD = rowFor(byFinal, QStringLiteral("D"));
    CHECK(rowD.self->total == 200);
    CHECK(rowD.final->total == 375);
    CHECK(rowD.final->percent == 9375);

    // E: self incomplete with a bonus; F: nothing at all, both layers null.
    const OverviewRow &rowE = rowFor(byFinal, QStringLiteral("E"));
    CHECK(rowE.self->total == 150);
    CHECK(rowE.self->bonus == 50);
    CHECK_FALSE(rowE.self->complete);
    CHECK_FALSE(rowE.rank);
    const OverviewRow &rowF = rowFor(byFinal, QStringLiteral("F"));
    CHECK_FALSE(rowF.self);
    CHECK_FALSE(rowF.final);
    CHECK_FALSE(rowF.rank);

    const Overview bySelf = loaded(province.file(), OverviewLayer::Self);
    CHECK(codes(bySelf.rows) == list("A B C D E F"));
    CHECK(ranks(bySelf.rows) == Ranks{1, 2, 2, 4, none, none});
}

TEST_CASE("overview of a file: groups and years ranked apart - --group keeps its ranks - sets "
          "parsed apart")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet so = smallSet();
    const CriteriaSet both = twoGroupSet();
    const AssessmentInfo s1 = province.add(so, QStringLiteral("S1"));
    const AssessmentInfo s2 = province.add(both, QStringLiteral("S2"));
    const AssessmentInfo s3 = province.add(so, QStringLiteral("S3"), QStringLiteral("so"), 2025);
    const AssessmentInfo x1 = province.add(both, QStringLiteral("X1"), QStringLiteral("xa"));
    const AssessmentInfo x2 = province.add(both, QStringLiteral("X2"), QStringLiteral("xa"));
    province.answer(so, s1, Layer::Self, ninety);
    province.answer(both, s2, Layer::Self, full);
    province.answer(so, s3, Layer::Self, ninety);
    province.answer(both, x1, Layer::Self, ninety);
    province.answer(both, x2, Layer::Self, ninety);

    const Overview all = loaded(province.file(), OverviewLayer::Self);
    CHECK(codes(all.rows) == list("S3 S2 S1 X1 X2"));
    CHECK(ranks(all.rows) == Ranks{1, 1, 2, 1, 1});
    CHECK(rowFor(all, QStringLiteral("S2")).criteriaVersion == QStringLiteral("2"));
    CHECK(rowFor(all, QStringLiteral("S1")).criteriaVersion == QStringLiteral("1"));

    const Overview xa = loaded(province.file(), OverviewLayer::Self, QStringLiteral("xa"));
    CHECK(codes(xa.rows) == list("X1 X2"));
    CHECK(ranks(xa.rows) == Ranks{1, 1});
    const Overview so2026 = loaded(province.file(), OverviewLayer::Self, QStringLiteral("so"));
    CHECK(codes(so2026.rows) == list("S3 S2 S1"));
    CHECK(ranks(so2026.rows) == Ranks{1, 1, 2}); // S1 keeps rank 2 shown without the xa rows
    CHECK(loaded(province.file(), OverviewLayer::Self, QStringLiteral("phuong")).rows.isEmpty());
}

TEST_CASE(
    "overview of a file: the seal is checked from the records alone, never the documents' bytes")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    const CriteriaSet set = smallSet();
    {
        Province province(path);
        const AssessmentInfo a = province.add(set, QStringLiteral("A"));
        const AssessmentInfo b = province.add(set, QStringLiteral("B"));
        province.add(set, QStringLiteral("C"));
        province.answer(set, a, Layer::Self, full);
        province.answer(set, b, Layer::Self, full);
        const QString scan = dir.filePath(QStringLiteral("ke-hoach.pdf"));
        QFile document(scan);
        REQUIRE(document.open(QIODevice::WriteOnly));
        document.write("%PDF the plan, signed");
        document.close();
        REQUIRE(EvidenceStore(province.file())
                    .add(a, set, {QStringLiteral("1.1")}, {scan}, {}, QStringLiteral("A"))
                    .ok());
        clock.advance();
        REQUIRE(Seal::seal(province.file(), a, QStringLiteral("A")).ok());
        REQUIRE(Seal::seal(province.file(), b, QStringLiteral("B")).ok());
    }
    auto check = [&](bool aIntact, bool bIntact) {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        const Overview overview = loaded(*file.value());
        CHECK(rowFor(overview, QStringLiteral("A")).assessment.isSealed());
        CHECK(rowFor(overview, QStringLiteral("A")).sealIntact() == aIntact);
        CHECK(rowFor(overview, QStringLiteral("B")).sealIntact() == bIntact);
        CHECK_FALSE(rowFor(overview, QStringLiteral("C")).assessment.isSealed());
        CHECK(rowFor(overview, QStringLiteral("C")).seal == SealState::NotSealed);
    };
    check(true, true);

    // The document's bytes changed behind the program's back (same size): the overview reads
    // no document, so it cannot see it; `verify` and merge do.
    tamper(path, QStringLiteral("UPDATE blobs SET data = CAST('%PDF the plan, forged' AS BLOB)"));
    check(true, true);
    {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        const AssessmentInfo a = AssessmentStore(*file.value()).find(QStringLiteral("A")).value();
        CHECK(Seal::verify(*file.value(), a, Seal::Depth::Documents).value()
              == SealState::Tampered);
    }

    // A sealed record changed (the submission moved back a day): the overview sees it.
    tamper(path,
           QStringLiteral(
               "UPDATE assessments SET sealed_at = sealed_at - 86400000 WHERE agency_code = 'B'"));
    check(true, false);
}

TEST_CASE("overview of a file: answers read in one pass are those read one assessment at a time")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    QList<AssessmentInfo> assessments;
    for (int i = 0; i < 12; ++i) {
        const AssessmentInfo info = province.add(set, QStringLiteral("A%1").arg(i));
        assessments.append(info);
        if (i % 3 != 0)
            province.answer(set, info, Layer::Self, i % 2 ? full : ninety,
                            QStringLiteral(R"("bonus": {"B1": %1})").arg(i));
        if (i % 4 == 1)
            province.answer(set, info, Layer::Appraisal1,
                            QStringLiteral(R"("2.1": {"percent": %1})").arg(i * 5));
        if (i == 5)
            province.answer(set, info, Layer::Appraisal2,
                            QStringLiteral(R"("1.1": {"yes": false})"));
    }
    AnswersScan::sortForScan(assessments);
    AnswersScan scan(province.file());
    AssessmentStore store(province.file());
    for (const AssessmentInfo &info : std::as_const(assessments)) {
        const auto layers = scan.next(info, set);
        REQUIRE(layers.ok());
        for (const Layer layer : allLayers) {
            const auto one = store.answers(info, set, layer);
            REQUIRE(one.ok());
            CHECK(layers.value()[int(layer)].answers == one.value().answers);
            CHECK(layers.value()[int(layer)].bonus == one.value().bonus);
        }
    }
    // Asking out of order is the caller's mistake, reported, never rows silently missed.
    CHECK_FALSE(scan.next(assessments.constFirst(), set).ok());
}

TEST_CASE("overview of a file: a stored answer that breaks its rule makes the file unreadable")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.parx"));
    {
        Province province(path);
        const AssessmentInfo a = province.add(smallSet(), QStringLiteral("A"));
        province.answer(smallSet(), a, Layer::Self, full);
    }
    tamper(
        path,
        QStringLiteral(
            R"(UPDATE answers SET answer = '{"numerator":11,"denominator":10}' WHERE item = '1.2')"));
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto overview = Overview::load(*file.value());
    REQUIRE_FALSE(overview.ok());
    CHECK(overview.error().kind == ErrorKind::Unreadable);
    CHECK(overview.error().message.contains(QStringLiteral("1.2")));
}

TEST_CASE("overview JSON: the contract's keys, null layers and ranks, provisional until final")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    province.add(set, QStringLiteral("B"));
    province.answer(set, a, Layer::Self, full);
    const QJsonObject json = overviewJson(loaded(province.file(), OverviewLayer::Self));
    CHECK(json.value(QStringLiteral("layer")).toString() == QStringLiteral("self"));
    const QJsonArray rows = json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(rows.size() == 2);
    const QJsonObject first = rows.at(0).toObject();
    for (const char *key : {"uuid", "agencyCode", "agencyName", "group", "year", "status", "sealed",
                            "sealIntact", "criteria", "self", "final", "rank"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("test.small"));
    const QJsonObject self = first.value(QStringLiteral("self")).toObject();
    CHECK(self.value(QStringLiteral("points")).toDouble() == 3);
    CHECK(self.value(QStringLiteral("maxPoints")).toDouble() == 3);
    CHECK(self.value(QStringLiteral("percent")).toDouble() == 100);
    CHECK(self.value(QStringLiteral("grade")).toString() == QStringLiteral("Tốt"));
    CHECK(self.value(QStringLiteral("complete")).toBool());
    CHECK(first.value(QStringLiteral("rank")).toInt() == 1);
    CHECK(first.value(QStringLiteral("provisional")).toBool());
    // The final layer holds the self answers; scored as the appraisers it lacks the survey.
    CHECK_FALSE(
        first.value(QStringLiteral("final")).toObject().value(QStringLiteral("complete")).toBool());
    const QJsonObject second = rows.at(1).toObject();
    CHECK(second.value(QStringLiteral("self")).isNull());
    CHECK(second.value(QStringLiteral("final")).isNull());
    CHECK(second.value(QStringLiteral("rank")).isNull());
}
