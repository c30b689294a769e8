// The fuzz targets' committed seeds (fuzz/corpus/, docs/fuzzing.md) are inputs the readers
// accept: a seed refused at its first check would leave the fuzzer only that check to explore.
#include "answersparser.h"
#include "assessmentstore.h"
#include "builtincriteria.h"
#include "criteriaparser.h"
#include "parxfile.h"
#include "parxvalidator.h"
#include "seal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace ParScore;

namespace {

QStringList seeds(const QString &target, const QString &pattern)
{
    const QDir dir(QStringLiteral(PARSCORE_RESOURCES_DIR "/../fuzz/corpus/") + target);
    QStringList paths;
    // regress-*: a finding kept as a seed (docs/fuzzing.md), checked by a test of its own.
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        if (!name.startsWith(QStringLiteral("regress-")))
            paths << dir.filePath(name);
    return paths;
}

} // namespace

TEST_CASE("every criteria seed of fuzz_criteria is a valid criteria set")
{
    const QStringList paths = seeds(QStringLiteral("criteria"), QStringLiteral("*.json"));
    REQUIRE(paths.size() >= 3);
    for (const QString &path : paths) {
        INFO(path.toStdString());
        CHECK(CriteriaParser::parseFile(path).ok());
    }
}

TEST_CASE("the answers seeds of fuzz_answers are accepted by the set and role it parses them with")
{
    // fuzz_answers parses every input against vn.ninhbinh.par.so as the agency and as the
    // appraiser; small-self.json (another set's answers) seeds the refusals.
    const auto set = BuiltinCriteria::find(QStringLiteral("vn.ninhbinh.par.so"));
    REQUIRE(set.ok());
    const auto parses = [&set](const char *name, Role role) {
        const QString dir = QStringLiteral(PARSCORE_RESOURCES_DIR "/../fuzz/corpus/answers/");
        return AnswersParser::parseFile(set.value(), dir + QLatin1String(name), role).ok();
    };
    CHECK(parses("so-2026-self.json", Role::Agency));
    CHECK(parses("so-2026-appraisal.json", Role::Appraiser));
    CHECK_FALSE(parses("small-self.json", Role::Agency));
}

TEST_CASE("every .parx seed of fuzz_parx opens, validates whole and has no broken seal")
{
    const QStringList paths = seeds(QStringLiteral("parx"), QStringLiteral("*.parx"));
    REQUIRE(paths.size() >= 4);
    QTemporaryDir dir;
    for (const QString &path : paths) {
        INFO(path.toStdString());
        // A copy: opening an old schema migrates, and the seed itself must stay as committed.
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        REQUIRE(QFile::copy(path, copy));
        auto file = ParxFile::open(copy, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        // schema-v1.parx (tests/data) is an agency's file holding appraisal1 answers, which
        // the validator refuses since roles were checked: it seeds the migration only.
        if (path.endsWith(QStringLiteral("/schema-v1.parx")))
            continue;
        CHECK(ParxValidator::validate(*file.value(), ParxValidator::Depth::Everything).ok());
        const auto assessments = AssessmentStore(*file.value()).list();
        REQUIRE(assessments.ok());
        CHECK_FALSE(assessments.value().isEmpty());
        for (const AssessmentInfo &info : assessments.value()) {
            const auto state = Seal::verify(*file.value(), info);
            REQUIRE(state.ok());
            CHECK(state.value() != SealState::Tampered);
        }
    }
}
