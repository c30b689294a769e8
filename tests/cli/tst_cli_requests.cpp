// parscore-cli request-explanation, finalize and reopen on a province file made with the CLI
// itself: exit statuses, what show --json and overview --json say, the seal untouched.
#include "clirunner.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ParScore::Test;

namespace {

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

QString submittedFile(const QTemporaryDir &dir, const QString &code)
{
    return submittedAgencyFile(dir.path(), code);
}

// STP and SNV submitted, merged into a new province file.
QString provinceFile(const QTemporaryDir &dir)
{
    const QString province = dir.filePath(QStringLiteral("province.parx"));
    REQUIRE(runCli({QStringLiteral("merge"), QStringLiteral("-o"), province, submittedFile(dir, QStringLiteral("STP")),
                    submittedFile(dir, QStringLiteral("SNV"))})
                .exitCode
            == 0);
    return province;
}

QJsonObject shown(const QString &file, const QString &code)
{
    return shownAssessment(file, code);
}

int openRequests(const QString &province, const QString &code)
{
    const CliRun run = runCli({QStringLiteral("overview"), province, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    for (const QJsonValue &value : run.json.value(QStringLiteral("assessments")).toArray())
        if (value.toObject().value(QStringLiteral("agencyCode")).toString() == code)
            return value.toObject().value(QStringLiteral("openRequests")).toInt(-1);
    return -1;
}

CliRun request(const QString &province, const QString &code, const QString &node, const QString &text)
{
    return runCli({QStringLiteral("request-explanation"), province, QStringLiteral("--agency"), code,
                   QStringLiteral("--node"), node, QStringLiteral("--text"), text});
}

CliRun appraise(const QString &province, const QString &code)
{
    return runCli({QStringLiteral("answer"), province, QStringLiteral("--agency"), code, QStringLiteral("--layer"),
                   QStringLiteral("appraisal1"), QStringLiteral("--answers"),
                   resources + QStringLiteral("/demo/so-2026-appraisal.json")});
}

} // namespace

TEST_CASE("CLI: a request shows in show --json and overview --json and moves the status")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    CHECK(openRequests(province, QStringLiteral("STP")) == 0);
    const CliRun made = request(province, QStringLiteral("STP"), QStringLiteral("1.1"), QStringLiteral(" Gửi kế hoạch "));
    CHECK(made.exitCode == 0);
    const QJsonObject stp = shown(province, QStringLiteral("STP"));
    CHECK(stp.value(QStringLiteral("status")).toString() == QStringLiteral("explanationRequested"));
    const QJsonArray requests = stp.value(QStringLiteral("requests")).toArray();
    REQUIRE(requests.size() == 1);
    const QJsonObject first = requests[0].toObject();
    CHECK(first.value(QStringLiteral("node")).toString() == QStringLiteral("1.1"));
    CHECK(first.value(QStringLiteral("text")).toString() == QStringLiteral("Gửi kế hoạch"));
    CHECK(first.value(QStringLiteral("response")).isNull());
    CHECK(first.value(QStringLiteral("responded")) == QJsonValue(false));
    CHECK(shown(province, QStringLiteral("SNV")).value(QStringLiteral("requests")).toArray().isEmpty());
    CHECK(openRequests(province, QStringLiteral("STP")) == 1);
    CHECK(openRequests(province, QStringLiteral("SNV")) == 0);
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("sealIntact")).toBool());
    CHECK(runCli({QStringLiteral("verify"), province}).exitCode == 0);
}

TEST_CASE("CLI: a request is refused with exit 1 on bad input, and in an agency's file")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    CHECK(request(province, QStringLiteral("STP"), QStringLiteral("99.9"), QStringLiteral("x")).exitCode == 1);
    CHECK(request(province, QStringLiteral("STP"), QStringLiteral("1.1"), QStringLiteral("  ")).exitCode == 1);
    CHECK(request(province, QStringLiteral("XYZ"), QStringLiteral("1.1"), QStringLiteral("x")).exitCode == 1);
    CHECK(runCli({QStringLiteral("request-explanation"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                  QStringLiteral("--node"), QStringLiteral("1.1")})
              .exitCode
          == 1); // no --text
    const CliRun own = request(dir.filePath(QStringLiteral("STP.parx")), QStringLiteral("STP"), QStringLiteral("1.1"),
                               QStringLiteral("x"));
    CHECK(own.exitCode == 1);
    CHECK(own.err.contains(QStringLiteral("province file")));
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("status")).toString()
          == QStringLiteral("submitted"));
    CHECK(request(dir.filePath(QStringLiteral("none.parx")), QStringLiteral("STP"), QStringLiteral("1.1"),
                  QStringLiteral("x"))
              .exitCode
          == 2);
}

TEST_CASE("CLI: finalize needs a complete final layer, closes requests, locks - reopen needs a reason")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    REQUIRE(request(province, QStringLiteral("STP"), QStringLiteral("1.1"), QStringLiteral("Gửi kế hoạch")).exitCode
            == 0);
    const QStringList finalizeStp = {QStringLiteral("finalize"), province, QStringLiteral("--agency"),
                                     QStringLiteral("STP")};
    const CliRun incomplete = runCli(finalizeStp);
    CHECK(incomplete.exitCode == 1);
    CHECK(incomplete.err.contains(QStringLiteral("not complete")));
    REQUIRE(appraise(province, QStringLiteral("STP")).exitCode == 0);
    const CliRun done = runCli(finalizeStp);
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Finalized STP")));
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("status")).toString() == QStringLiteral("final"));
    CHECK(openRequests(province, QStringLiteral("STP")) == 0);
    CHECK(appraise(province, QStringLiteral("STP")).exitCode == 1); // locked
    CHECK(runCli(finalizeStp).exitCode == 1);                      // already final

    const QStringList reopen = {QStringLiteral("reopen"), province, QStringLiteral("--agency"), QStringLiteral("STP")};
    CHECK(runCli(reopen).exitCode == 1); // no --reason
    CHECK(runCli(reopen + QStringList{QStringLiteral("--reason"), QStringLiteral(" ")}).exitCode == 1);
    CHECK(runCli(reopen + QStringList{QStringLiteral("--reason"), QStringLiteral("Khiếu nại")}).exitCode == 0);
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("status")).toString()
          == QStringLiteral("inAppraisal"));
    const CliRun log = runCli({QStringLiteral("log"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                               QStringLiteral("--json")});
    REQUIRE(log.exitCode == 0);
    const QJsonArray entries = log.json.value(QStringLiteral("log")).toArray();
    const QJsonObject last = entries.last().toObject();
    CHECK(last.value(QStringLiteral("action")).toString() == QStringLiteral("status"));
    CHECK(last.value(QStringLiteral("item")).toString() == QStringLiteral("Khiếu nại"));
    CHECK(runCli(reopen + QStringList{QStringLiteral("--reason"), QStringLiteral("x")}).exitCode == 1); // not final
    CHECK(runCli({QStringLiteral("verify"), province}).exitCode == 0);
}

TEST_CASE("CLI: finalize --group finalizes every complete agency and says why not for the others")
{
    QTemporaryDir dir;
    const QString province = provinceFile(dir);
    REQUIRE(appraise(province, QStringLiteral("STP")).exitCode == 0);
    const CliRun run = runCli({QStringLiteral("finalize"), province, QStringLiteral("--group"), QStringLiteral("so")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("FINALIZED STP (2026)")));
    CHECK(run.out.contains(QStringLiteral("NOT FINALIZED SNV (2026): the final layer is not complete")));
    CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("status")).toString() == QStringLiteral("final"));
    CHECK(shown(province, QStringLiteral("SNV")).value(QStringLiteral("status")).toString()
          == QStringLiteral("submitted"));
    CHECK(runCli({QStringLiteral("finalize"), province, QStringLiteral("--group"), QStringLiteral("xa")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("finalize"), province}).exitCode == 1); // neither --agency nor --group
    CHECK(runCli({QStringLiteral("finalize"), province, QStringLiteral("--group"), QStringLiteral("so"),
                  QStringLiteral("--agency"), QStringLiteral("STP")})
              .exitCode
          == 1);
}
