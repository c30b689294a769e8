// Merging a province's worth of agency files (design.md "Merge"): 150 submissions from
// parscore_makeparx go into one file whole, a second merge changes nothing, and the
// order of merging does not matter.
#include "answerjson.h"
#include "assessmentstore.h"
#include "evidencestore.h"
#include "fixtures.h"
#include "builtincriteria.h"
#include "merge.h"
#include "parxfile.h"
#include "seal.h"
#include "storagefixtures.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>
#include <sys/resource.h>
#include <map>

using namespace ParScore;

namespace {

// Runs the generator; returns the files it wrote, sorted.
QStringList makeFiles(const QString &folder, int count, int seed)
{
    QProcess process;
    process.start(QStringLiteral(PARSCORE_MAKEPARX_PATH),
                  {QStringLiteral("--out"), folder, QStringLiteral("--count"),
                   QString::number(count), QStringLiteral("--seed"), QString::number(seed)});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    QStringList paths =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(paths.size() == count);
    std::sort(paths.begin(), paths.end());
    REQUIRE(QDir(folder).entryList({QStringLiteral("*.parx")}, QDir::Files).size() == count);
    return paths;
}

// What the merged file must hold of each assessment.
struct Facts
{
    QString agencyCode;
    QString group;
    QByteArray self; // the self layer as compact JSON
    QByteArray rows; // the stored self-layer rows, times and authors included
    QString sealSha256;
    qint64 sealedAt = 0;
    int evidence = 0;
    QString criteriaId;

    friend bool operator==(const Facts &, const Facts &) = default;
};

} // namespace

namespace Catch {
template<> struct StringMaker<Facts>
{
    static std::string convert(const Facts &facts)
    {
        const QString head = QStringLiteral("%1 (%2, %3 document(s), seal %4 at %5): ")
                                 .arg(facts.agencyCode, facts.criteriaId)
                                 .arg(facts.evidence)
                                 .arg(facts.sealSha256.left(12))
                                 .arg(facts.sealedAt);
        return head.toStdString() + facts.self.toStdString();
    }
};
} // namespace Catch

namespace {

QByteArray storedRows(ParxFile &file, const QString &uuid)
{
    QSqlQuery query(file.db());
    query.prepare(QStringLiteral("SELECT kind, item, answer, modified_at, modified_by FROM answers "
                                 "WHERE assessment = ? AND layer = 'self' ORDER BY kind, item"));
    query.addBindValue(uuid);
    REQUIRE(query.exec());
    QByteArray rows;
    while (query.next()) {
        for (int column = 0; column < 5; ++column)
            rows += query.value(column).toString().toUtf8() + '\t';
        rows += '\n';
    }
    return rows;
}

// The facts of every assessment of `file`, by UUID.
std::map<QString, Facts> factsOf(ParxFile &file)
{
    AssessmentStore store(file);
    const auto assessments = store.list();
    REQUIRE(assessments.ok());
    const auto evidence = EvidenceStore(file).list();
    REQUIRE(evidence.ok());
    std::map<QString, CriteriaSet> sets;
    std::map<QString, Facts> facts;
    for (const AssessmentInfo &info : assessments.value()) {
        if (!sets.contains(info.criteriaSha256)) {
            auto set = store.criteria(info.criteriaSha256);
            REQUIRE(set.ok());
            sets.emplace(info.criteriaSha256, std::move(set).value());
        }
        const CriteriaSet &set = sets.at(info.criteriaSha256);
        const auto answers = store.answers(info, set, Layer::Self);
        if (!answers)
            FAIL(info.agencyCode.toStdString() << ": " << answers.error().message.toStdString());
        REQUIRE_FALSE(answers.value().isEmpty());
        Facts fact;
        fact.agencyCode = info.agencyCode;
        fact.group = info.group;
        fact.self =
            QJsonDocument(answerSetToJson(set, answers.value())).toJson(QJsonDocument::Compact);
        fact.rows = storedRows(file, info.uuid);
        fact.sealSha256 = info.sealSha256;
        fact.sealedAt = info.sealedAt;
        fact.evidence = int(
            std::count_if(evidence.value().cbegin(), evidence.value().cend(),
                          [&](const EvidenceInfo &item) { return item.assessment == info.uuid; }));
        fact.criteriaId = set.id();
        REQUIRE(facts.emplace(info.uuid, fact).second);
    }
    return facts;
}

std::map<QString, Facts> factsOfFiles(const QStringList &paths)
{
    std::map<QString, Facts> facts;
    for (const QString &path : paths) {
        auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        const auto one = factsOf(*file.value());
        REQUIRE(one.size() == 1);
        REQUIRE(facts.insert(*one.begin()).second);
    }
    return facts;
}

QString integrity(ParxFile &file)
{
    QSqlQuery query(file.db());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

// Whole tables, for comparing two merged files row by row (minus what is per file).
QByteArray dump(ParxFile &file)
{
    QByteArray text;
    for (const QString &sql :
         {QStringLiteral("SELECT * FROM criteria_sets ORDER BY sha256"),
          QStringLiteral("SELECT * FROM assessments ORDER BY uuid"),
          QStringLiteral("SELECT * FROM answers ORDER BY assessment, layer, kind, item"),
          QStringLiteral("SELECT * FROM notes ORDER BY assessment, layer, node"),
          QStringLiteral("SELECT sha256, size FROM blobs ORDER BY sha256"),
          QStringLiteral("SELECT * FROM evidence ORDER BY assessment, sha256"),
          QStringLiteral("SELECT * FROM evidence_links ORDER BY assessment, sha256, node"),
          QStringLiteral("SELECT * FROM comments ORDER BY uuid"),
          QStringLiteral("SELECT * FROM change_log ORDER BY uuid")}) {
        QSqlQuery query(file.db());
        REQUIRE(query.exec(sql));
        text += sql.toUtf8() + '\n';
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                text += query.value(column).toString().toUtf8() + '\t';
            text += '\n';
        }
    }
    return text;
}

std::unique_ptr<ParxFile> newTarget(const QString &path)
{
    auto file = ParxFile::create(path);
    REQUIRE(file.ok());
    return std::move(file).value();
}

} // namespace

TEST_CASE("The generator writes the same agency files for the same seed", "[merge-scale]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList one = makeFiles(dir.filePath(QStringLiteral("one")), 8, 7);
    const QStringList two = makeFiles(dir.filePath(QStringLiteral("two")), 8, 7);
    const QStringList other = makeFiles(dir.filePath(QStringLiteral("other")), 8, 8);

    // By agency code, without the seal fingerprint: it covers the (random) UUID.
    auto byCode = [](const std::map<QString, Facts> &facts) {
        std::map<QString, Facts> result;
        for (const auto &[uuid, fact] : facts) {
            Facts comparable = fact;
            comparable.sealSha256 =
                comparable.sealSha256.isEmpty() ? QString() : QStringLiteral("sealed");
            result.emplace(fact.agencyCode, comparable);
        }
        return result;
    };
    const auto first = byCode(factsOfFiles(one));
    const auto second = byCode(factsOfFiles(two));
    const auto third = byCode(factsOfFiles(other));
    REQUIRE(first.size() == 8);
    CHECK(first == second); // UUIDs aside, the same content
    CHECK_FALSE(first == third);

    QStringList groups;
    for (const auto &[code, fact] : first)
        groups.append(fact.group);
    groups.removeDuplicates();
    groups.sort();
    CHECK(groups
          == QStringList{QStringLiteral("phuong"), QStringLiteral("so"), QStringLiteral("xa")});
}

TEST_CASE("150 agency files merge whole, idempotently and independently of order", "[merge-scale]")
{
    constexpr int count = 150;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList paths = makeFiles(dir.filePath(QStringLiteral("agencies")), count, 2026);
    const std::map<QString, Facts> sources = factsOfFiles(paths);
    REQUIRE(sources.size() == count);
    const auto sealedSources =
        std::count_if(sources.cbegin(), sources.cend(),
                      [](const auto &entry) { return !entry.second.sealSha256.isEmpty(); });
    const auto withEvidence =
        std::count_if(sources.cbegin(), sources.cend(),
                      [](const auto &entry) { return entry.second.evidence > 0; });
    CHECK(sealedSources > count / 4);
    CHECK(sealedSources < count * 3 / 4);
    CHECK(withEvidence > 0);

    // After every time the generator stamped (its files may not be "from the future").
    ParScore::Test::ManualClock clock(1798761600000); // 2027-01-01
    const QString forwardPath = dir.filePath(QStringLiteral("province.parx"));
    auto forward = newTarget(forwardPath);
    {
        int calls = 0;
        const auto merged =
            Merger(*forward, QStringLiteral("test")).merge(paths, {false, false, BuiltinCriteria::all(), [&](int done, int total) {
                CHECK(done == calls);
                CHECK(total == count);
                ++calls;
                return true;
            }});
        if (!merged)
            FAIL(merged.error().message.toStdString());
        const MergeReport &report = merged.value();
        CHECK(calls == count + 1); // before each file, and once when all are done
        CHECK(report.added.size() == count);
        CHECK(QSet<QString>(report.added.cbegin(), report.added.cend()).size() == count);
        CHECK(report.rejected.isEmpty());
        CHECK(report.conflicts.isEmpty());
        CHECK(report.duplicates.isEmpty());
        CHECK(report.editions.isEmpty());
        CHECK(report.updated.isEmpty());
        CHECK(report.unchanged == 0);
        for (const QString &uuid : report.added)
            CHECK(sources.contains(uuid));
    }
    CHECK(integrity(*forward) == QStringLiteral("ok"));
    CHECK(forward->info(QStringLiteral("role")) == QStringLiteral("inspector"));

    const std::map<QString, Facts> merged = factsOf(*forward);
    REQUIRE(merged.size() == count);
    for (const auto &[uuid, source] : sources) {
        INFO(source.agencyCode.toStdString());
        REQUIRE(merged.contains(uuid));
        CHECK(merged.at(uuid) == source);
    }
    {
        AssessmentStore store(*forward);
        const auto assessments = store.list();
        REQUIRE(assessments.ok());
        for (const AssessmentInfo &info : assessments.value()) {
            const auto state = Seal::verify(*forward, info);
            REQUIRE(state.ok());
            CHECK(state.value() == (info.isSealed() ? SealState::Intact : SealState::NotSealed));
        }
    }

    // The same 150 again: nothing to add, nothing to change.
    {
        clock.advance(3600000);
        const auto again = Merger(*forward, QStringLiteral("test")).merge(paths, {});
        REQUIRE(again.ok());
        CHECK(again.value().added.isEmpty());
        CHECK(again.value().updated.isEmpty());
        CHECK(again.value().conflicts.isEmpty());
        CHECK(again.value().rejected.isEmpty());
        CHECK(again.value().duplicates.isEmpty());
        CHECK(again.value().unchanged == count);
    }
    CHECK(integrity(*forward) == QStringLiteral("ok"));
    CHECK(factsOf(*forward) == merged);

    // The other way round, into a new file: the same content, row for row.
    QStringList reversed = paths;
    std::reverse(reversed.begin(), reversed.end());
    auto backward = newTarget(dir.filePath(QStringLiteral("reversed.parx")));
    {
        const auto merged2 = Merger(*backward, QStringLiteral("test")).merge(reversed, {false, false, BuiltinCriteria::all(), {}});
        REQUIRE(merged2.ok());
        CHECK(merged2.value().added.size() == count);
        CHECK(merged2.value().rejected.isEmpty());
        CHECK(merged2.value().conflicts.isEmpty());
    }
    CHECK(integrity(*backward) == QStringLiteral("ok"));
    const std::map<QString, Facts> reversedFacts = factsOf(*backward);
    REQUIRE(reversedFacts.size() == count);
    for (const auto &[uuid, fact] : merged) {
        INFO(fact.agencyCode.toStdString());
        REQUIRE(reversedFacts.contains(uuid));
        CHECK(reversedFacts.at(uuid).self == fact.self);
        CHECK(reversedFacts.at(uuid) == fact);
    }
    CHECK(dump(*backward) == dump(*forward));
}

TEST_CASE("More files than the process may open at once merge whole", "[merge-scale]")
{
    constexpr int count = 120;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList paths = makeFiles(dir.filePath(QStringLiteral("agencies")), count, 11);
    ParScore::Test::ManualClock clock(1798761600000); // after every time the generator stamped
    auto target = newTarget(dir.filePath(QStringLiteral("province.parx")));
    // As with 1,100 files under Linux's default of 1,024: far fewer handles than files.
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    const rlimit lowered{64, limit.rlim_max};
    REQUIRE(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    const auto merged = Merger(*target, QStringLiteral("test")).merge(paths, {false, false, BuiltinCriteria::all(), {}});
    setrlimit(RLIMIT_NOFILE, &limit);
    if (!merged)
        FAIL(merged.error().message.toStdString());
    CHECK(merged.value().added.size() == count);
    CHECK(merged.value().rejected.isEmpty());
    CHECK(merged.value().merged.size() == count);
}
