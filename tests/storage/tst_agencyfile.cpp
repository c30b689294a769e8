// A new agency's file appears in one step: with its role and its assessment, or not at all.
#include "agencyfile.h"
#include "fixtures.h"
#include "parxvalidator.h"
#include "storagefixtures.h"

#include <QDir>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const NewAssessment department{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"),
                               QStringLiteral("so"), 2025};

QStringList parxFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.parx")}, QDir::Files);
}

} // namespace

TEST_CASE("A new agency file has its role and its assessment from the start")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    {
        auto created = createAgencyFile(path, smallSet(), department, QStringLiteral("Ann"));
        REQUIRE(created.ok());
        CHECK(created.value().file->info(QStringLiteral("role")) == QStringLiteral("agency"));
        CHECK(created.value().assessment.agencyCode == QStringLiteral("STP"));
    }
    auto opened = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(ParxValidator::validate(*opened.value()).ok());
    CHECK(opened.value()->info(QStringLiteral("role")) == QStringLiteral("agency"));
    const AssessmentInfo info = onlyAssessment(*opened.value());
    CHECK(info.agencyName == QStringLiteral("Sở Tư pháp"));
    AssessmentStore store(*opened.value());
    CHECK(store.criteria(info.criteriaSha256).ok());
    const auto log = store.log();
    REQUIRE(log.ok());
    REQUIRE(log.value().size() == 1);
    CHECK(log.value().constFirst().action == QStringLiteral("create"));
    CHECK(log.value().constFirst().author == QStringLiteral("Ann"));
    // Only the file itself: no journal or temporary side files.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("stp.parx")});
}

TEST_CASE("A failure while the agency file is built leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));

    SECTION("the assessment is refused after the role was written")
    {
        const NewAssessment wrongGroup{QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"),
                                       QStringLiteral("xa"), 2025}; // the set is for "so"
        const auto created = createAgencyFile(path, smallSet(), wrongGroup, QStringLiteral("Ann"));
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().kind == ErrorKind::Invalid);
    }
    SECTION("a later step fails after the role and the assessment were written")
    {
        const auto created = createAgencyFile(
            path, smallSet(), department, QStringLiteral("Ann"),
            [](AssessmentStore &, const AssessmentInfo &) -> Result<bool> {
                return Error::unreadable(QStringLiteral("disk full"));
            });
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().message == QStringLiteral("disk full"));
    }
    SECTION("ParxFile::create's own step fails")
    {
        const auto created = ParxFile::create(
            path, [](ParxFile &) -> Result<bool> { return Error::invalid(QStringLiteral("no")); });
        REQUIRE_FALSE(created.ok());
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

#ifdef Q_OS_UNIX
TEST_CASE("A crash while the agency file is built leaves no file under its name")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stp.parx"));
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The process dies after the role and the assessment are written, as a power cut
        // would: no destructor, no clean-up.
        createAgencyFile(path, smallSet(), department, QStringLiteral("Ann"),
                         [](AssessmentStore &, const AssessmentInfo &) -> Result<bool> {
                             _exit(3);
                         });
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 3);
    CHECK(parxFiles(dir).isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
}
#endif
