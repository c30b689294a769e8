// The overview's over-claim (the final answers scored as the agency minus the self score),
// the expected agencies that have not submitted, and one row reloaded after an edit.
#include "fixtures.h"
#include "overviewfixtures.h"
#include "overviewjson.h"
#include "storagefixtures.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QString full =
    QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 10, "denominator": 10})");
const QString ninety =
    QStringLiteral(R"("1.1": {"yes": true}, "1.2": {"numerator": 9, "denominator": 10})");

// smallSet() is for "so" only; twoGroupSet() for "so" and "xa".
NewProvince ninhBinh()
{
    return {QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"),
            2026,
            {smallSet(), twoGroupSet()},
            {{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")},
             {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so")},
             {QStringLiteral("SYT"), QStringLiteral("Sở Y tế"), QStringLiteral("so")},
             {QStringLiteral("XGH"), QStringLiteral("UBND xã Gia Hưng"), QStringLiteral("xa")},
             {QStringLiteral("XTY"), QStringLiteral("UBND xã Trường Yên"), QStringLiteral("xa")}}};
}

// Every assessment of the file submitted (the fixture adds drafts).
void submitAll(Province &province)
{
    REQUIRE(province.file().write([](QSqlDatabase &db) -> Result<bool> {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("UPDATE assessments SET status = 'submitted'"))
                   ? Result<bool>(true)
                   : Error::invalid(query.lastError().text());
    }));
}

QStringList missingCodes(const Overview &overview)
{
    QStringList result;
    for (const ExpectedAgency &agency : overview.missing)
        result.append(agency.code);
    return result;
}

} // namespace

TEST_CASE("over-claim: the final answers scored as the agency minus the self score, negative when "
          "the agency claimed more")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    province.answer(set, a, Layer::Self, full); // 3 of 3
    // The appraisers give 9 of 10 for 1.2 (1.8 of 2) and score the survey (outside the
    // agency's ground: it must not enter the comparison).
    province.answer(
        set, a, Layer::Appraisal1,
        QStringLiteral(R"("1.2": {"numerator": 9, "denominator": 10}, "2.1": {"percent": 100})"));
    const OverviewRow row = rowFor(loaded(province.file()), QStringLiteral("A"));
    REQUIRE(row.finalAsAgency);
    CHECK(row.finalAsAgency->total == 280);
    CHECK(row.finalAsAgency->maxPoints == 300); // the agency's ground, not the final's 400
    REQUIRE(row.final);
    CHECK(row.final->maxPoints == 400);
    REQUIRE(row.overclaim);
    CHECK(row.overclaim->points == -20);
    CHECK(row.overclaim->percentPoints == -667); // 93.33… − 100 = −6.67 percentage points

    // The second round re-scores it higher than the agency itself: a positive figure.
    province.answer(set, a, Layer::Appraisal2,
                    QStringLiteral(R"("1.2": {"numerator": 10, "denominator": 10})"),
                    QStringLiteral(R"("bonus": {"B1": 1})"));
    const OverviewRow again = rowFor(loaded(province.file()), QStringLiteral("A"));
    REQUIRE(again.overclaim);
    CHECK(again.overclaim->points == 50); // the bonus the agency did not claim
    CHECK(again.overclaim->percentPoints == 1667);
}

TEST_CASE("over-claim: the percentage points are the exact difference rounded once")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    province.answer(set, a, Layer::Self, ninety); // 2.8 / 3 = 93.333… % (shown 93.33)
    province.answer(set, a, Layer::Appraisal1,
                    QStringLiteral(R"("1.2": {"numerator": 8, "denominator": 10})"));
    // 2.6 / 3 = 86.666… % (shown 86.67): the shown percents differ by 6.66, the exact ones
    // by 6.666….
    const OverviewRow row = rowFor(loaded(province.file()), QStringLiteral("A"));
    REQUIRE(row.overclaim);
    CHECK(row.overclaim->points == -20);
    CHECK(row.overclaim->percentPoints == -667);
    CHECK(*row.finalAsAgency->percent - *row.self->percent == -666);
}

TEST_CASE("over-claim: none when the self layer is empty or the appraisers did not touch the "
          "agency's items")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo surveyOnly = province.add(set, QStringLiteral("A"));
    const AssessmentInfo noSelf = province.add(set, QStringLiteral("B"));
    const AssessmentInfo untouched = province.add(set, QStringLiteral("C"));
    const AssessmentInfo agreed = province.add(set, QStringLiteral("D"));
    province.answer(set, surveyOnly, Layer::Self, full);
    province.answer(set, surveyOnly, Layer::Appraisal1,
                    QStringLiteral(R"("2.1": {"percent": 50})"));
    province.answer(set, noSelf, Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": true})"));
    province.answer(set, untouched, Layer::Self, full);
    province.answer(set, agreed, Layer::Self, full);
    province.answer(set, agreed, Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": true})"));
    const Overview overview = loaded(province.file());
    CHECK_FALSE(rowFor(overview, QStringLiteral("A")).overclaim);
    CHECK_FALSE(rowFor(overview, QStringLiteral("A")).finalAsAgency);
    CHECK_FALSE(rowFor(overview, QStringLiteral("B")).overclaim);
    CHECK_FALSE(rowFor(overview, QStringLiteral("C")).overclaim);
    // The appraisers agreed with the agency: compared, and nothing over-claimed.
    REQUIRE(rowFor(overview, QStringLiteral("D")).overclaim);
    CHECK(rowFor(overview, QStringLiteral("D")).overclaim->points == 0);
    CHECK(rowFor(overview, QStringLiteral("D")).overclaim->percentPoints == 0);

    const QJsonArray rows = overviewJson(overview).value(QStringLiteral("assessments")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject json = value.toObject();
        REQUIRE(json.contains(QStringLiteral("overclaim")));
        const bool compared =
            json.value(QStringLiteral("agencyCode")).toString() == QStringLiteral("D");
        CHECK(json.value(QStringLiteral("overclaim")).isNull() == !compared);
    }
}

TEST_CASE("over-claim in JSON: points and percentage points as the contract prints points")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("province.parx")));
    const CriteriaSet set = smallSet();
    const AssessmentInfo a = province.add(set, QStringLiteral("A"));
    province.answer(set, a, Layer::Self, full);
    province.answer(set, a, Layer::Appraisal1, QStringLiteral(R"("1.1": {"yes": false})"));
    const QJsonObject row = overviewJson(loaded(province.file()))
                                .value(QStringLiteral("assessments"))
                                .toArray()
                                .at(0)
                                .toObject();
    const QJsonObject overclaim = row.value(QStringLiteral("overclaim")).toObject();
    CHECK(overclaim.value(QStringLiteral("points")).toDouble() == -1);
    CHECK(overclaim.value(QStringLiteral("percentPoints")).toDouble() == -33.33);
}

TEST_CASE("missing agencies: expected, with no assessment for the province's year, by group")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("tinh.parx")), ninhBinh());
    province.add(smallSet(), QStringLiteral("STP"));
    province.add(smallSet(), QStringLiteral("SNV"), QStringLiteral("so"), 2025); // last year's only
    province.add(twoGroupSet(), QStringLiteral("XGH"), QStringLiteral("xa"));
    province.add(smallSet(), QStringLiteral("ZZZ")); // not on the list: a row, never "missing"
    submitAll(province);

    const Overview all = loaded(province.file());
    CHECK(all.provinceYear == 2026);
    CHECK(missingCodes(all)
          == QStringList{QStringLiteral("SNV"), QStringLiteral("SYT"), QStringLiteral("XTY")});
    CHECK(all.missing[1].name == QStringLiteral("Sở Y tế"));
    CHECK(missingCodes(loaded(province.file(), OverviewLayer::Final, QStringLiteral("xa")))
          == QStringList{QStringLiteral("XTY")});
    CHECK(missingCodes(loaded(province.file(), OverviewLayer::Final, QStringLiteral("so")))
          == QStringList{QStringLiteral("SNV"), QStringLiteral("SYT")});

    const QJsonArray missing = overviewJson(all).value(QStringLiteral("missing")).toArray();
    REQUIRE(missing.size() == 3);
    CHECK(missing.at(2).toObject()
          == QJsonObject{{QStringLiteral("agencyCode"), QStringLiteral("XTY")},
                         {QStringLiteral("agencyName"), QStringLiteral("UBND xã Trường Yên")},
                         {QStringLiteral("group"), QStringLiteral("xa")}});

    // An unsealed draft merged in is not a submission: its agency is still missing.
    tamper(dir.filePath(QStringLiteral("tinh.parx")),
           QStringLiteral("UPDATE assessments SET status = 'draft' WHERE agency_code = 'STP'"));
    CHECK(missingCodes(loaded(province.file())).contains(QStringLiteral("STP")));
}

TEST_CASE("missing agencies: none in a file without a list, any year counts in a file without one")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province plain(dir.filePath(QStringLiteral("merged.parx")));
    plain.add(smallSet(), QStringLiteral("STP"));
    submitAll(plain);
    const Overview overview = loaded(plain.file());
    CHECK(overview.missing.isEmpty());
    CHECK(overviewJson(overview).value(QStringLiteral("missing")).toArray().isEmpty());

    // A list with no year (as a file may come from elsewhere): last year's submission counts.
    Province listed(dir.filePath(QStringLiteral("tinh.parx")), ninhBinh());
    listed.add(smallSet(), QStringLiteral("SNV"), QStringLiteral("so"), 2025);
    submitAll(listed);
    tamper(dir.filePath(QStringLiteral("tinh.parx")),
           QStringLiteral("DELETE FROM file_info WHERE key = 'year'"));
    const Overview anyYear = loaded(listed.file());
    CHECK(anyYear.provinceYear == 0);
    CHECK_FALSE(missingCodes(anyYear).contains(QStringLiteral("SNV")));
    CHECK(missingCodes(anyYear).contains(QStringLiteral("STP")));
}

TEST_CASE("reloading one row after an edit: the same numbers, ranks and order as a full load")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("tinh.parx")), ninhBinh());
    const CriteriaSet so = smallSet();
    const CriteriaSet both = twoGroupSet();
    const AssessmentInfo stp = province.add(so, QStringLiteral("STP"));
    const AssessmentInfo snv = province.add(so, QStringLiteral("SNV"));
    const AssessmentInfo xgh = province.add(both, QStringLiteral("XGH"), QStringLiteral("xa"));
    submitAll(province);
    for (const AssessmentInfo &info : {stp, snv})
        province.answer(so, info, Layer::Self,
                        info.agencyCode == QStringLiteral("STP") ? full : ninety);
    province.answer(both, xgh, Layer::Self, full);
    Overview live = loaded(province.file(), OverviewLayer::Self);
    CHECK(codes(live.rows)
          == QStringList({QStringLiteral("STP"), QStringLiteral("SNV"), QStringLiteral("XGH")}));
    const OverviewRow xghBefore = live.rows[2];

    // The inspector lowers STP's 1.2: SNV now ranks first among the departments.
    province.answer(so, stp, Layer::Appraisal1,
                    QStringLiteral(R"("1.2": {"numerator": 0, "denominator": 10})"));
    province.answer(so, stp, Layer::Self,
                    QStringLiteral(R"("1.2": {"numerator": 8, "denominator": 10})"));
    const auto span = live.reloadRow(province.file(), stp.uuid);
    REQUIRE(span.ok());
    CHECK(span.value().first == 0);
    CHECK(span.value().count == 2); // the departments' rows, not the communes'
    const Overview fresh = loaded(province.file(), OverviewLayer::Self);
    CHECK(codes(live.rows) == codes(fresh.rows));
    CHECK(ranks(live.rows) == ranks(fresh.rows));
    const OverviewRow &reloaded = rowFor(live, QStringLiteral("STP"));
    CHECK(reloaded.self->total == rowFor(fresh, QStringLiteral("STP")).self->total);
    CHECK(reloaded.final->total == rowFor(fresh, QStringLiteral("STP")).final->total);
    REQUIRE(reloaded.overclaim);
    CHECK(reloaded.overclaim->points == rowFor(fresh, QStringLiteral("STP")).overclaim->points);
    CHECK(live.rows[2].self->total == xghBefore.self->total);

    // A submission arrives for SYT: its row appears, and it is no longer missing.
    CHECK(missingCodes(live) == QStringList({QStringLiteral("SYT"), QStringLiteral("XTY")}));
    const AssessmentInfo syt = province.add(so, QStringLiteral("SYT"));
    province.answer(so, syt, Layer::Self, full);
    submitAll(province);
    const auto added = live.reloadRow(province.file(), syt.uuid);
    REQUIRE(added.ok());
    CHECK(added.value().first == 0);
    CHECK(added.value().count == 4); // a row more: every row from the first moved
    CHECK(codes(live.rows) == codes(loaded(province.file(), OverviewLayer::Self).rows));
    CHECK(ranks(live.rows) == ranks(loaded(province.file(), OverviewLayer::Self).rows));
    CHECK(missingCodes(live) == QStringList{QStringLiteral("XTY")});
}

TEST_CASE("reloading one row: another group's row stays out of a one-group overview, a bad id is "
          "refused")
{
    ManualClock clock;
    QTemporaryDir dir;
    Province province(dir.filePath(QStringLiteral("tinh.parx")), ninhBinh());
    const AssessmentInfo stp = province.add(smallSet(), QStringLiteral("STP"));
    const AssessmentInfo xgh =
        province.add(twoGroupSet(), QStringLiteral("XGH"), QStringLiteral("xa"));
    province.answer(smallSet(), stp, Layer::Self, full);
    Overview communes = loaded(province.file(), OverviewLayer::Final, QStringLiteral("xa"));
    REQUIRE(communes.rows.size() == 1);
    const auto other = communes.reloadRow(province.file(), stp.uuid);
    REQUIRE(other.ok());
    CHECK(other.value().count == 0);
    CHECK(codes(communes.rows) == QStringList{QStringLiteral("XGH")});
    CHECK(communes.reloadRow(province.file(), xgh.uuid).value().count == 1);

    const auto bad = communes.reloadRow(province.file(), QStringLiteral("STP"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Invalid);
    CHECK(codes(communes.rows) == QStringList{QStringLiteral("XGH")});
}
