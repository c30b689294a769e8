// The request file through the CLI: export-request, respond, seal, verify and merge back, with
// every refusal of a response (another province, a final result, a second different response,
// unsealed, tampered) and the idempotent re-import; then round 2, finalize and reopen.
#include "clirunner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ParScore::Test;

namespace {

const QString resources = QStringLiteral(PARSCORE_RESOURCES_DIR);

QString submittedFile(const QTemporaryDir &dir, const QString &code)
{
    return submittedAgencyFile(dir.path(), code);
}

// STP and SNV submitted and merged, STP appraised (round 1, with a note) and asked to explain 1.1.2.
QString provinceWithRequest(const QTemporaryDir &dir, const QString &name = QStringLiteral("province.parx"))
{
    const QString province = dir.filePath(name);
    const QString stp = QFile::exists(dir.filePath(QStringLiteral("STP.parx"))) ? dir.filePath(QStringLiteral("STP.parx"))
                                                                                 : submittedFile(dir, QStringLiteral("STP"));
    const QString snv = QFile::exists(dir.filePath(QStringLiteral("SNV.parx"))) ? dir.filePath(QStringLiteral("SNV.parx"))
                                                                                 : submittedFile(dir, QStringLiteral("SNV"));
    REQUIRE(runCli({QStringLiteral("merge"), QStringLiteral("-o"), province, stp, snv}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("answer"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                    QStringLiteral("--layer"), QStringLiteral("appraisal1"), QStringLiteral("--answers"),
                    resources + QStringLiteral("/demo/so-2026-appraisal.json")})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("request-explanation"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                    QStringLiteral("--node"), QStringLiteral("1.1.2"), QStringLiteral("--text"),
                    QStringLiteral("Bổ sung kế hoạch")})
                .exitCode
            == 0);
    return province;
}

CliRun exportRequest(const QString &province, const QString &output, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("export-request"), province, QStringLiteral("--agency"),
                              QStringLiteral("STP"), QStringLiteral("-o"), output}
                  + more);
}

CliRun respond(const QString &request, const QString &node, const QString &text, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("respond"), request, QStringLiteral("--node"), node,
                              QStringLiteral("--text"), text}
                  + more);
}

CliRun merge(const QString &province, const QString &request)
{
    return runCli({QStringLiteral("merge"), QStringLiteral("-o"), province, request});
}

QJsonObject shown(const QString &file, const QString &code)
{
    return shownAssessment(file, code);
}

// A request file of STP answered on 1.1.2 with one document, sealed.
QString answeredRequest(const QTemporaryDir &dir, const QString &province, const QString &name,
                        const QString &text = QStringLiteral("Đã bổ sung kế hoạch số 12"))
{
    const QString request = dir.filePath(name);
    REQUIRE(exportRequest(province, request).exitCode == 0);
    const QString document = dir.filePath(name + QStringLiteral(".pdf"));
    QFile pdf(document);
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n% ke hoach bo sung\n");
    pdf.close();
    REQUIRE(respond(request, QStringLiteral("1.1.2"), text,
                    {QStringLiteral("--effective-date"), QStringLiteral("2026-02-01"), document})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("seal"), request}).exitCode == 0);
    return request;
}

// Runs SQL on a file behind the program's back.
void alter(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("alter"));
}

} // namespace

TEST_CASE("CLI: the request file holds one agency with its sealed submission and round 1 and its open requests")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    const QString request = dir.filePath(QStringLiteral("request.parx"));
    REQUIRE(exportRequest(province, request).exitCode == 0);
    const CliRun listed = runCli({QStringLiteral("show"), request, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray assessments = listed.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(assessments.size() == 1); // never SNV's data
    const QJsonObject stp = assessments[0].toObject();
    CHECK(stp.value(QStringLiteral("agencyCode")).toString() == QStringLiteral("STP"));
    CHECK(stp.value(QStringLiteral("status")).toString() == QStringLiteral("explanationRequested"));
    CHECK(stp.value(QStringLiteral("sealIntact")).toBool());
    CHECK(stp.value(QStringLiteral("requests")).toArray().size() == 1);
    // Round-1 points travel (the same as in the province file).
    CHECK(stp.value(QStringLiteral("layers")).toObject().value(QStringLiteral("appraisal1"))
          == shown(province, QStringLiteral("STP")).value(QStringLiteral("layers")).toObject().value(QStringLiteral("appraisal1")));
    // The submission's seal verifies; the response is not sealed yet.
    const CliRun verified = runCli({QStringLiteral("verify"), request});
    CHECK(verified.exitCode == 1);
    CHECK(verified.out.contains(QStringLiteral("STP")));
    // Logged in the province file; an existing file is never replaced.
    CHECK(runCli({QStringLiteral("log"), province}).out.contains(QStringLiteral("request-export")));
    CHECK(exportRequest(province, request).exitCode == 2); // exists: not replaced
    // An agency with no open request has nothing to send.
    CHECK(runCli({QStringLiteral("export-request"), province, QStringLiteral("--agency"), QStringLiteral("SNV"),
                  QStringLiteral("-o"), dir.filePath(QStringLiteral("snv-request.parx"))})
              .exitCode
          == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("snv-request.parx"))));
    // A request file is not a province file: no requests, finalizing or appraisal in it.
    CHECK(runCli({QStringLiteral("request-explanation"), request, QStringLiteral("--agency"), QStringLiteral("STP"),
                  QStringLiteral("--node"), QStringLiteral("1.1.1"), QStringLiteral("--text"), QStringLiteral("x")})
              .exitCode
          == 1);
}

TEST_CASE("CLI: export-request --without-appraisal-notes leaves the appraisers' notes out")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    alter(province, QStringLiteral("INSERT INTO notes SELECT uuid, 'appraisal1', '1.1.2', 'Ghi chú thẩm định', "
                                   "created_at, 'x' FROM assessments WHERE agency_code = 'STP'"));
    const QString with = dir.filePath(QStringLiteral("with.parx"));
    const QString without = dir.filePath(QStringLiteral("without.parx"));
    REQUIRE(exportRequest(province, with).exitCode == 0);
    REQUIRE(exportRequest(province, without, {QStringLiteral("--without-appraisal-notes")}).exitCode == 0);
    const auto appraisalNotes = [](const QString &path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("notes"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        int count = -1;
        {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM notes WHERE layer = 'appraisal1'")));
            REQUIRE(query.next());
            count = query.value(0).toInt();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("notes"));
        return count;
    };
    CHECK(appraisalNotes(with) == 1);
    CHECK(appraisalNotes(without) == 0);
}

TEST_CASE("CLI: respond works only on a flagged item and replaces before sealing and is refused after")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    const QString request = dir.filePath(QStringLiteral("request.parx"));
    REQUIRE(exportRequest(province, request).exitCode == 0);
    CHECK(respond(request, QStringLiteral("1.1.1"), QStringLiteral("x")).exitCode == 1);  // not flagged
    CHECK(respond(request, QStringLiteral("99.9"), QStringLiteral("x")).exitCode == 1);   // no such item
    CHECK(respond(request, QStringLiteral("1.1.2"), QStringLiteral("  ")).exitCode == 1); // no text
    CHECK(respond(request, QStringLiteral("1.1.2"), QStringLiteral("x"),
                  {QStringLiteral("--effective-date"), QStringLiteral("2026-13-01")})
              .exitCode
          == 1);
    CHECK(respond(province, QStringLiteral("1.1.2"), QStringLiteral("x")).exitCode == 1); // not a request file
    CHECK(runCli({QStringLiteral("seal"), request}).exitCode == 1);                      // nothing to seal
    CHECK(respond(request, QStringLiteral("1.1.2"), QStringLiteral("Lần đầu")).exitCode == 0);
    CHECK(respond(request, QStringLiteral("1.1.2"), QStringLiteral("Lần hai")).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("seal"), request}).exitCode == 0);
    CHECK(respond(request, QStringLiteral("1.1.2"), QStringLiteral("Lần ba")).exitCode == 1);
    CHECK(runCli({QStringLiteral("seal"), request}).exitCode == 1); // sealed once
    const CliRun verified = runCli({QStringLiteral("verify"), request});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("Response")));
    REQUIRE(merge(province, request).exitCode == 0);
    const QJsonArray requests = shown(province, QStringLiteral("STP")).value(QStringLiteral("requests")).toArray();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].toObject().value(QStringLiteral("response")).toString() == QStringLiteral("Lần hai"));
}

TEST_CASE("CLI: the seals of the submission and of the response are verified independently")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    const QString response = answeredRequest(dir, province, QStringLiteral("a.parx"));
    CHECK(runCli({QStringLiteral("verify"), response}).exitCode == 0);
    const QString changedResponse = dir.filePath(QStringLiteral("b.parx"));
    REQUIRE(QFile::copy(response, changedResponse));
    alter(changedResponse, QStringLiteral("UPDATE responses SET text = 'Sửa sau khi niêm phong'"));
    const CliRun broken = runCli({QStringLiteral("verify"), changedResponse});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("STP"))); // the submission still verifies
    CHECK(broken.err.contains(QStringLiteral("Response")));
    const QString changedSubmission = dir.filePath(QStringLiteral("c.parx"));
    REQUIRE(QFile::copy(response, changedSubmission));
    alter(changedSubmission, QStringLiteral("UPDATE answers SET answer = '{\"yes\":false}' WHERE layer = 'self' "
                                            "AND item = '1.3.1'"));
    const CliRun submission = runCli({QStringLiteral("verify"), changedSubmission});
    CHECK(submission.exitCode == 1);
    CHECK(submission.out.contains(QStringLiteral("Response"))); // the response still verifies
}

TEST_CASE("CLI: merging a response fills the request once and refusals are rejected with exit 2")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    const QString response = answeredRequest(dir, province, QStringLiteral("a.parx"));

    SECTION("an unsealed or tampered response")
    {
        const QString unsealed = dir.filePath(QStringLiteral("u.parx"));
        REQUIRE(exportRequest(province, unsealed).exitCode == 0);
        REQUIRE(respond(unsealed, QStringLiteral("1.1.2"), QStringLiteral("x")).exitCode == 0);
        const CliRun refused = merge(province, unsealed);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.contains(QStringLiteral("REJECTED")));
        const QString tampered = dir.filePath(QStringLiteral("t.parx"));
        REQUIRE(QFile::copy(response, tampered));
        alter(tampered, QStringLiteral("UPDATE responses SET text = 'khác'"));
        CHECK(merge(province, tampered).exitCode == 2);
        CHECK(shown(province, QStringLiteral("STP")).value(QStringLiteral("requests")).toArray()[0].toObject()
                  .value(QStringLiteral("responded"))
              == QJsonValue(false));
    }
    SECTION("a response for another province file")
    {
        const QString other = provinceWithRequest(dir, QStringLiteral("other.parx"));
        const CliRun refused = merge(other, response);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.contains(QStringLiteral("another province")));
    }
    SECTION("imported, then the same again unchanged, then a different second response rejected")
    {
        const CliRun merged = merge(province, response);
        CHECK(merged.exitCode == 0);
        CHECK(merged.out.contains(QStringLiteral("RESPONSE STP")));
        QJsonObject stp = shown(province, QStringLiteral("STP"));
        QJsonObject first = stp.value(QStringLiteral("requests")).toArray()[0].toObject();
        CHECK(first.value(QStringLiteral("responded")) == QJsonValue(true));
        CHECK(first.value(QStringLiteral("response")).toString() == QStringLiteral("Đã bổ sung kế hoạch số 12"));
        // A request file brings no appraisal points, statuses or self-layer changes.
        CHECK(stp.value(QStringLiteral("status")).toString() == QStringLiteral("explanationRequested"));
        CHECK(stp.value(QStringLiteral("sealIntact")).toBool());
        const CliRun again = merge(province, response);
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("unchanged: 1")));
        CHECK_FALSE(again.out.contains(QStringLiteral("RESPONSE")));
        // A late second response, made from a request file exported before the first came back.
        const QString late = dir.filePath(QStringLiteral("late.parx"));
        REQUIRE(QFile::copy(response, late));
        alter(late, QStringLiteral("UPDATE responses SET text = 'Một câu trả lời khác'"));
        alter(late, QStringLiteral("DELETE FROM file_info WHERE key LIKE 'response_seal%'"));
        REQUIRE(runCli({QStringLiteral("seal"), late}).exitCode == 0);
        const CliRun second = merge(province, late);
        CHECK(second.exitCode == 2);
        CHECK(second.out.contains(QStringLiteral("REJECTED")));
        first = shown(province, QStringLiteral("STP")).value(QStringLiteral("requests")).toArray()[0].toObject();
        CHECK(first.value(QStringLiteral("response")).toString() == QStringLiteral("Đã bổ sung kế hoạch số 12"));
    }
    SECTION("a response for an agency whose result is final")
    {
        REQUIRE(runCli({QStringLiteral("finalize"), province, QStringLiteral("--agency"), QStringLiteral("STP")})
                    .exitCode
                == 0);
        const CliRun refused = merge(province, response);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.contains(QStringLiteral("final")));
    }
}

TEST_CASE("CLI: the whole cycle from request through response and round 2 to final and reopen")
{
    QTemporaryDir dir;
    const QString province = provinceWithRequest(dir);
    CHECK(runCli({QStringLiteral("overview"), province, QStringLiteral("--json")}).out.contains(QStringLiteral("\"openRequests\": 1")));
    const QString response = answeredRequest(dir, province, QStringLiteral("a.parx"));
    REQUIRE(merge(province, response).exitCode == 0);
    CHECK(runCli({QStringLiteral("overview"), province, QStringLiteral("--json")}).out.contains(QStringLiteral("\"openRequests\": 0")));
    const QString round2 = dir.filePath(QStringLiteral("round2.json"));
    QFile answers(round2);
    REQUIRE(answers.open(QIODevice::WriteOnly));
    answers.write(R"({"format": "parscore.answers", "formatVersion": 1,
                      "answers": {"1.1.2": {"numerator": 20, "denominator": 20}}})");
    answers.close();
    const double before = shown(province, QStringLiteral("STP")).value(QStringLiteral("layers")).toObject()
                              .value(QStringLiteral("final")).toObject().value(QStringLiteral("total")).toObject()
                              .value(QStringLiteral("points")).toDouble();
    REQUIRE(runCli({QStringLiteral("answer"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                    QStringLiteral("--layer"), QStringLiteral("appraisal2"), QStringLiteral("--answers"), round2})
                .exitCode
            == 0);
    const double after = shown(province, QStringLiteral("STP")).value(QStringLiteral("layers")).toObject()
                             .value(QStringLiteral("final")).toObject().value(QStringLiteral("total")).toObject()
                              .value(QStringLiteral("points")).toDouble();
    CHECK(after > before);
    const CliRun finalized = runCli({QStringLiteral("finalize"), province, QStringLiteral("--agency"), QStringLiteral("STP")});
    CHECK(finalized.exitCode == 0);
    const QJsonObject stp = shown(province, QStringLiteral("STP"));
    CHECK(stp.value(QStringLiteral("status")).toString() == QStringLiteral("final"));
    // The responded request is not closed as unanswered.
    CHECK(stp.value(QStringLiteral("requests")).toArray()[0].toObject().value(QStringLiteral("responded")) == QJsonValue(true));
    CHECK_FALSE(runCli({QStringLiteral("log"), province}).out.contains(QStringLiteral("request-closed")));
    CHECK(runCli({QStringLiteral("reopen"), province, QStringLiteral("--agency"), QStringLiteral("STP"),
                  QStringLiteral("--reason"), QStringLiteral("Khiếu nại")})
              .exitCode
          == 0);
    CHECK(runCli({QStringLiteral("verify"), province}).exitCode == 0);
}
