// Files made before the current schema, end to end through parscore-cli: each fixture of
// tests/data (how each was made: tests/data/README.md) is checked whole, shown with its
// scores, verified and listed in the overview, and the reading commands leave it as it was.
#include "clirunner.h"
#include "fixtures.h"
#include "storagefixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

struct OldFile
{
    const char *name;
    const char *agency;
    int verifyExit; // 0 sealed and intact, 1 not sealed
    double selfPercent;
    double finalPercent;
};

const OldFile oldFiles[] = {
    {"schema-v1.parx", "SNV", 1, 110, 99.5},
    {"schema-v2.parx", "STP", 0, 93.33, 70},
    {"schema-v3.parx", "STP", 0, 92.39, 63.96},
    {"schema-v4.parx", "STP", 0, 92.39, 86.31},
};

double layerPercent(const QJsonObject &assessment, const QString &layer)
{
    return assessment.value(QStringLiteral("layers"))
        .toObject()
        .value(layer)
        .toObject()
        .value(QStringLiteral("total"))
        .toObject()
        .value(QStringLiteral("percent"))
        .toDouble(-1);
}

} // namespace

TEST_CASE("cli old files: every older schema passes check --deep - show - verify and overview - untouched")
{
    QTemporaryDir dir;
    for (const OldFile &old : oldFiles) {
        INFO(old.name);
        const QString path = copyFile(QStringLiteral(PARSCORE_TEST_DATA_DIR "/") + QString::fromLatin1(old.name),
                                      dir.filePath(QString::fromLatin1(old.name)));
        const QByteArray before = fileHash(path);

        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--deep"), path});
        INFO(check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(QStringLiteral("sound — every row, every document and every seal")));

        const QJsonObject shown = shownAssessment(path, QString::fromLatin1(old.agency));
        CHECK(layerPercent(shown, QStringLiteral("self")) == old.selfPercent);
        CHECK(layerPercent(shown, QStringLiteral("final")) == old.finalPercent);
        CHECK(shown.value(QStringLiteral("sealed")).toBool() == (old.verifyExit == 0));
        CHECK(shown.value(QStringLiteral("sealIntact")).toBool() == (old.verifyExit == 0));

        const CliRun verify = runCli({QStringLiteral("verify"), path});
        CHECK(verify.exitCode == old.verifyExit);
        CHECK(QString(verify.out + verify.err)
                  .contains(QString::fromLatin1(old.agency)
                            + (old.verifyExit == 0 ? QStringLiteral(": sealed, intact") : QStringLiteral(": not sealed"))));

        const CliRun overview = runCli({QStringLiteral("overview"), path, QStringLiteral("--json")});
        CHECK(overview.exitCode == 0);
        const QJsonArray rows = overview.json.value(QStringLiteral("assessments")).toArray();
        REQUIRE(rows.size() == 1);
        CHECK(rows.at(0).toObject().value(QStringLiteral("agencyCode")).toString() == QString::fromLatin1(old.agency));

        CHECK(fileHash(path) == before);
    }
}
