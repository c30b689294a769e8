// Merging into a province file that lists the agencies it expects and has a year: a
// submission that does not match the list or the year is held whole until the inspector
// accepts it; an agency the list does not name is merged and reported.
#include "agencyfile.h"
#include "builtincriteria.h"
#include "fixtures.h"
#include "merge.h"
#include "provincefile.h"
#include "storagefixtures.h"

#include <QDir>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

CriteriaSet communeSet()
{
    auto set = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.xa-phuong"));
    REQUIRE(set.ok());
    return std::move(set).value();
}

const QList<ExpectedAgency> listed = {
    {QStringLiteral("XA01"), QStringLiteral("Xã Gia Viễn"), QStringLiteral("xa")},
    {QStringLiteral("XA02"), QStringLiteral("Xã Gia Hưng"), QStringLiteral("xa")},
    {QStringLiteral("P01"), QStringLiteral("Phường Nam Thành"), QStringLiteral("phuong")},
    {QStringLiteral("P02"), QStringLiteral("Phường Tây Sơn"), QStringLiteral("phuong")}};

QString makeProvince(const QTemporaryDir &dir, const QList<ExpectedAgency> &agencies)
{
    const QString path = dir.filePath(QStringLiteral("tinh.parx"));
    REQUIRE(ProvinceFile::create(path, {QStringLiteral("Thẩm định 2026"), 2026, {communeSet()}, agencies}).ok());
    return path;
}

QString submission(const QTemporaryDir &dir, const QString &code, const QString &name, const QString &group,
                   int year = 2026)
{
    const QString path = dir.filePath(code + QStringLiteral("-") + QString::number(year) + QStringLiteral(".parx"));
    REQUIRE(createAgencyFile(path, communeSet(), {code, name, group, year}, QStringLiteral("Cán bộ")).ok());
    return path;
}

MergeReport mergeInto(const QString &target, const QStringList &sources, MergeOptions options = {})
{
    auto file = ParxFile::open(target, ParxFile::Mode::ReadWrite);
    REQUIRE(file.ok());
    auto report = Merger(*file.value(), QStringLiteral("Thanh tra")).merge(sources, options);
    REQUIRE(report.ok());
    return std::move(report).value();
}

QStringList agencyCodes(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file.ok());
    const auto list = AssessmentStore(*file.value()).list();
    REQUIRE(list.ok());
    QStringList codes;
    for (const AssessmentInfo &info : list.value())
        codes.append(info.agencyCode);
    codes.sort();
    return codes;
}

const MergeReport::Held &heldFor(const MergeReport &report, const QString &code)
{
    for (const MergeReport::Held &held : report.held) {
        if (held.agencyCode == code)
            return held;
    }
    FAIL("nothing held for " << code.toStdString());
    return report.held.constFirst();
}

} // namespace

TEST_CASE("A submission unlike the province's list or year is held whole - the rest merges - a dry run says the same")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = makeProvince(dir, listed);
    const QStringList sources = {
        // The listed name typed decomposed (NFD) and with a trailing space: the same name.
        submission(dir, QStringLiteral("XA01"), QStringLiteral("Xa\u0303 Gia Vie\u0302\u0303n "), QStringLiteral("xa")),
        submission(dir, QStringLiteral("XA02"), QStringLiteral("Xã Gia Hung"), QStringLiteral("xa")),
        submission(dir, QStringLiteral("P01"), QStringLiteral("Phường Nam Thành"), QStringLiteral("xa")),
        submission(dir, QStringLiteral("P02"), QStringLiteral("phường Tây Sơn"), QStringLiteral("xa"), 2025),
        submission(dir, QStringLiteral("X99"), QStringLiteral("Xã Mới"), QStringLiteral("xa")),
    };

    const QByteArray before = fileHash(province);
    MergeOptions dryRun;
    dryRun.dryRun = true;
    const MergeReport dry = mergeInto(province, sources, dryRun);
    CHECK(fileHash(province) == before);

    const MergeReport report = mergeInto(province, sources);
    for (const MergeReport *run : {&dry, &report}) {
        CHECK(run->added.size() == 2);
        CHECK(run->merged == QStringList{sources[0], sources[4]});
        REQUIRE(run->held.size() == 3);
        REQUIRE(run->notListed.size() == 1);
        CHECK(run->notListed[0].agencyCode == QStringLiteral("X99"));
        CHECK(run->notListed[0].agencyName == QStringLiteral("Xã Mới"));
        CHECK(run->notListed[0].file == sources[4]);
        CHECK(run->rejected.isEmpty());
    }
    CHECK(agencyCodes(province) == QStringList{QStringLiteral("X99"), QStringLiteral("XA01")});

    const auto &name = heldFor(report, QStringLiteral("XA02"));
    CHECK(name.file == sources[1]);
    CHECK(name.differs == QStringList{QStringLiteral("name")});
    CHECK(name.listedName == QStringLiteral("Xã Gia Hưng"));
    CHECK(name.submittedName == QStringLiteral("Xã Gia Hung"));
    const auto &group = heldFor(report, QStringLiteral("P01"));
    CHECK(group.differs == QStringList{QStringLiteral("group")});
    CHECK(group.listedGroup == QStringLiteral("phuong"));
    CHECK(group.submittedGroup == QStringLiteral("xa"));
    const auto &all = heldFor(report, QStringLiteral("P02"));
    CHECK(all.differs == QStringList{QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("year")});
    CHECK(all.listedYear == 2026);
    CHECK(all.submittedYear == 2025);
}

TEST_CASE("The inspector accepts held submissions file by file, or all at once")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = makeProvince(dir, listed);
    const QString renamed = submission(dir, QStringLiteral("XA02"), QStringLiteral("Xã Gia Hung"), QStringLiteral("xa"));
    const QString regrouped = submission(dir, QStringLiteral("P01"), QStringLiteral("Phường Nam Thành"), QStringLiteral("xa"));

    MergeOptions oneFile;
    oneFile.acceptMismatchedFiles = {QDir(QDir::currentPath()).absoluteFilePath(renamed)};
    const MergeReport first = mergeInto(province, {renamed, regrouped}, oneFile);
    CHECK(first.merged == QStringList{renamed});
    REQUIRE(first.held.size() == 1);
    CHECK(first.held[0].agencyCode == QStringLiteral("P01"));
    CHECK(first.notListed.isEmpty()); // listed, under another name: not "not listed"
    CHECK(agencyCodes(province) == QStringList{QStringLiteral("XA02")});

    MergeOptions everything;
    everything.acceptMismatched = true;
    const MergeReport second = mergeInto(province, {regrouped}, everything);
    CHECK(second.held.isEmpty());
    CHECK(second.added.size() == 1);
    CHECK(agencyCodes(province) == QStringList{QStringLiteral("P01"), QStringLiteral("XA02")});
}

TEST_CASE("A province file without a list holds only other years - one made by merge holds nothing")
{
    ManualClock clock;
    QTemporaryDir dir;
    const QString province = makeProvince(dir, {});
    const QString lastYear = submission(dir, QStringLiteral("X1"), QStringLiteral("Xã Một"), QStringLiteral("xa"), 2025);
    const QString thisYear = submission(dir, QStringLiteral("X2"), QStringLiteral("Xã Hai"), QStringLiteral("xa"));
    const MergeReport report = mergeInto(province, {lastYear, thisYear});
    CHECK(report.merged == QStringList{thisYear});
    CHECK(report.notListed.isEmpty());
    REQUIRE(report.held.size() == 1);
    CHECK(report.held[0].differs == QStringList{QStringLiteral("year")});
    CHECK(report.held[0].listedName.isEmpty());

    const QString plain = dir.filePath(QStringLiteral("plain.parx"));
    REQUIRE(ParxFile::create(plain).ok());
    MergeOptions options;
    options.acceptCriteria = {communeSet()};
    const MergeReport any = mergeInto(plain, {lastYear, thisYear}, options);
    CHECK(any.held.isEmpty());
    CHECK(any.added.size() == 2);
}
