// The province file: made in one step with its title, year, accepted sets and expected
// agencies; read back; an agency list with problems refused with every problem named.
#include "acceptedcriteria.h"
#include "fixtures.h"
#include "parxvalidator.h"
#include "provincefile.h"
#include "storagefixtures.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

NewProvince ninhBinh()
{
    return {QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"),
            2026,
            {smallSet()},
            {{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")},
             {QStringLiteral("SNV"), QStringLiteral("Sở Nội vụ"), QStringLiteral("so")}}};
}

} // namespace

TEST_CASE("A province file is made with its title, year, accepted sets and expected agencies")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    auto created = ProvinceFile::create(path, ninhBinh());
    REQUIRE(created.ok());
    CHECK(created.value()->info(QStringLiteral("role")) == QStringLiteral("inspector"));
    created.value().reset();

    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    REQUIRE(ParxValidator::validate(*file.value()).ok());
    auto info = ProvinceFile::read(*file.value());
    REQUIRE(info.ok());
    CHECK(info.value().title == QStringLiteral("Thẩm định Chỉ số CCHC năm 2026"));
    CHECK(info.value().year == 2026);
    REQUIRE(info.value().agencies.size() == 2);
    CHECK(info.value().agencies[0].code == QStringLiteral("SNV")); // by group, then code
    CHECK(info.value().expected(QStringLiteral("STP"))->name == QStringLiteral("Sở Tư pháp"));
    CHECK_FALSE(info.value().expected(QStringLiteral("XYZ")));
    auto accepted = AcceptedCriteria::list(file.value()->db());
    REQUIRE(accepted.ok());
    REQUIRE(accepted.value().size() == 1);
    CHECK(accepted.value()[0].sha256 == smallSet().sha256());
}

TEST_CASE("A province file is refused whole when its list of agencies has problems")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    NewProvince province = ninhBinh();
    province.agencies.append({QStringLiteral("STP"), QStringLiteral("Sở Tư pháp (lần 2)"), QStringLiteral("so")});
    province.agencies.append({QStringLiteral("X1"), QString(), QStringLiteral("so")});
    province.agencies.append({QStringLiteral("X2"), QStringLiteral("Xã Một"), QStringLiteral("xa")});
    const auto created = ProvinceFile::create(path, province);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().kind == ErrorKind::Invalid);
    const QString problems = created.error().details.join(u'\n');
    CHECK(problems.contains(QStringLiteral("STP: the code is listed twice")));
    CHECK(problems.contains(QStringLiteral("X1: the name is empty")));
    CHECK(problems.contains(QStringLiteral("X2: no accepted criteria set is for the group “xa”")));
    CHECK_FALSE(QFile::exists(path)); // nothing half made

    province = ninhBinh();
    province.title = QStringLiteral("  ");
    CHECK_FALSE(ProvinceFile::create(path, province).ok());
    province = ninhBinh();
    province.criteria.clear();
    CHECK_FALSE(ProvinceFile::create(path, province).ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The expected agencies are replaced in one step, checked against the accepted sets")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    auto file = ProvinceFile::create(path, ninhBinh());
    REQUIRE(file.ok());
    REQUIRE(ProvinceFile::setExpectedAgencies(*file.value(), {{QStringLiteral("SCT"), QStringLiteral("Sở Công Thương"),
                                                              QStringLiteral("so")}})
                .ok());
    const auto refused = ProvinceFile::setExpectedAgencies(
        *file.value(), {{QStringLiteral("X1"), QStringLiteral("Xã Một"), QStringLiteral("xa")}});
    CHECK_FALSE(refused.ok());
    auto info = ProvinceFile::read(*file.value());
    REQUIRE(info.value().agencies.size() == 1);
    CHECK(info.value().agencies[0].code == QStringLiteral("SCT"));
}

TEST_CASE("A province file whose year or expected agencies were written by another program is refused")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("tinh.parx"));
    REQUIRE(ProvinceFile::create(good, ninhBinh()).ok());
    const auto refused = [&](const QString &name, const QString &sql) {
        const QString path = copyFile(good, dir.filePath(name));
        tamper(path, sql);
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        return !file || !ParxValidator::validate(*file.value()).ok();
    };
    CHECK(refused(QStringLiteral("year.parx"), QStringLiteral("UPDATE file_info SET value = '20x6' WHERE key = 'year'")));
    CHECK(refused(QStringLiteral("name.parx"), QStringLiteral("UPDATE expected_agencies SET agency_name = ' '")));
    CHECK(refused(QStringLiteral("group.parx"), QStringLiteral("UPDATE expected_agencies SET unit_group = x'00'")));
}
