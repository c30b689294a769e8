// parscore-cli trust and what merge reports of signatures (keyMismatch, learnedKeys,
// untrustedAppraisals), end to end; every person has a key folder (XDG_CONFIG_HOME) of their own.
#include "clirunner.h"
#include "fixtures.h"
#include "storagefixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// One person with a key of their own.
struct Person
{
    QTemporaryDir home;
    CliRun run(const QStringList &arguments) const
    {
        return runCli(arguments, QStringLiteral("en"),
                      {{QStringLiteral("XDG_CONFIG_HOME"), home.path()}, {QStringLiteral("PARSCORE_KEY_PASSPHRASE"), {}}});
    }
    QString fingerprint() const
    {
        const CliRun shown = run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--json")});
        REQUIRE(shown.exitCode == 0);
        return shown.json.value(QStringLiteral("fingerprint")).toString();
    }
    QString exportKey(const QString &name) const
    {
        const QString path = home.filePath(name);
        REQUIRE(run({QStringLiteral("key"), QStringLiteral("export"), QStringLiteral("-o"), path}).exitCode == 0);
        return path;
    }
};

// `dir`/NAME: agency CODE's submission of 2026, sealed (and signed) by `agency`.
QString submission(const Person &agency, const QTemporaryDir &dir, const QString &name, const QString &code)
{
    const QString path = dir.filePath(name);
    REQUIRE(agency.run({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                        QStringLiteral("--agency-code"), code, QStringLiteral("--agency-name"), QStringLiteral("Sở ") + code,
                        QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"), QStringLiteral("2026"),
                        QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(agency.run({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                        QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json")})
                .exitCode
            == 0);
    REQUIRE(agency.run({QStringLiteral("seal"), path}).exitCode == 0);
    return path;
}

QString province(const Person &inspector, const QTemporaryDir &dir, const QString &name = QStringLiteral("tinh.parx"))
{
    const QString path = dir.filePath(name);
    REQUIRE(inspector.run({QStringLiteral("province"), QStringLiteral("new"), QStringLiteral("-o"), path,
                           QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--title"),
                           QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")})
                .exitCode
            == 0);
    return path;
}

QJsonArray keysOf(const Person &inspector, const QString &file)
{
    const CliRun listed = inspector.run({QStringLiteral("trust"), file, QStringLiteral("--list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    return listed.json.value(QStringLiteral("keys")).toArray();
}

} // namespace

TEST_CASE("cli trust: a key learnt at the first signed submission, confirmed — another key or a stripped signature "
          "is a keyMismatch, exit 2, the province file unchanged")
{
    QTemporaryDir dir;
    Person agency, impostor, inspector;
    const QString tinh = province(inspector, dir);
    const QString first = submission(agency, dir, QStringLiteral("a.parx"), QStringLiteral("STP"));

    const CliRun learnt = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, first, QStringLiteral("--json")});
    REQUIRE(learnt.exitCode == 0);
    const QJsonArray learnedKeys = learnt.json.value(QStringLiteral("learnedKeys")).toArray();
    REQUIRE(learnedKeys.size() == 1);
    CHECK(learnedKeys[0].toObject().value(QStringLiteral("agencyCode")).toString() == QStringLiteral("STP"));
    CHECK(learnedKeys[0].toObject().value(QStringLiteral("key")).toString() == agency.fingerprint());
    CHECK(learnt.json.value(QStringLiteral("keyMismatch")).toArray().isEmpty());
    QJsonArray keys = keysOf(inspector, tinh);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].toObject().value(QStringLiteral("source")).toString() == QStringLiteral("learned"));
    CHECK(keys[0].toObject().value(QStringLiteral("confirmed")).toBool() == false);
    const CliRun listed = inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--list")});
    CHECK(listed.out.contains(QStringLiteral("NOT CONFIRMED")));

    const CliRun confirmed = inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--confirm"),
                                            QStringLiteral("--agency"), QStringLiteral("STP")});
    REQUIRE(confirmed.exitCode == 0);
    keys = keysOf(inspector, tinh);
    CHECK(keys[0].toObject().value(QStringLiteral("confirmed")).toBool());
    CHECK(inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--confirm"), QStringLiteral("--agency"),
                         QStringLiteral("XYZ")})
              .exitCode
          == 1);

    const QString forged = submission(impostor, dir, QStringLiteral("forged.parx"), QStringLiteral("STP"));
    const CliRun mismatch = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, forged, QStringLiteral("--json")});
    CHECK(mismatch.exitCode == 2);
    QJsonArray mismatches = mismatch.json.value(QStringLiteral("keyMismatch")).toArray();
    REQUIRE(mismatches.size() == 1);
    CHECK(mismatches[0].toObject().value(QStringLiteral("agencyCode")).toString() == QStringLiteral("STP"));
    CHECK(mismatches[0].toObject().value(QStringLiteral("known")).toString() == agency.fingerprint());
    CHECK(mismatches[0].toObject().value(QStringLiteral("incoming")).toString() == impostor.fingerprint());
    CHECK(mismatch.json.value(QStringLiteral("merged")).toArray().isEmpty());

    const QString stripped = copyFile(first, dir.filePath(QStringLiteral("stripped.parx")));
    tamper(stripped, QStringLiteral("DELETE FROM signatures"));
    const CliRun unsignedRun = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, stripped});
    CHECK(unsignedRun.exitCode == 2);
    CHECK(unsignedRun.out.contains(QStringLiteral("KEY MISMATCH STP")));
    const CliRun unsignedJson = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, stripped,
                                               QStringLiteral("--json"), QStringLiteral("--dry-run")});
    mismatches = unsignedJson.json.value(QStringLiteral("keyMismatch")).toArray();
    REQUIRE(mismatches.size() == 1);
    CHECK(mismatches[0].toObject().value(QStringLiteral("incoming")).isNull());
    // Only the first submission is in the province file.
    const CliRun shown = inspector.run({QStringLiteral("show"), tinh, QStringLiteral("--json")});
    const QJsonArray assessments = shown.json.value(QStringLiteral("assessments")).toArray();
    REQUIRE(assessments.size() == 1);
    CHECK(assessments[0].toObject().value(QStringLiteral("uuid")).toString()
          == shownAssessment(first, QStringLiteral("STP")).value(QStringLiteral("uuid")).toString());
}

TEST_CASE("cli trust: an agency's key imported with trust --agency — a matching submission is applied and nothing "
          "learnt — a dry run learns nothing")
{
    QTemporaryDir dir;
    Person agency, inspector;
    const QString tinh = province(inspector, dir);
    const QString a = submission(agency, dir, QStringLiteral("a.parx"), QStringLiteral("STP")); // its key made
    const QString pub = agency.exportKey(QStringLiteral("stp.pub"));
    const CliRun recorded = inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--agency"), QStringLiteral("STP"), pub});
    REQUIRE(recorded.exitCode == 0);
    CHECK(recorded.out.contains(agency.fingerprint()));
    QJsonArray keys = keysOf(inspector, tinh);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].toObject().value(QStringLiteral("source")).toString() == QStringLiteral("imported"));
    CHECK(keys[0].toObject().value(QStringLiteral("confirmed")).toBool());

    Person other;
    const QString b = submission(other, dir, QStringLiteral("b.parx"), QStringLiteral("STC"));
    const QByteArray before = fileHash(tinh);
    const CliRun dry = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, a, b, QStringLiteral("--dry-run"),
                                      QStringLiteral("--json")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json.value(QStringLiteral("learnedKeys")).toArray().size() == 1); // STC's, reported
    CHECK(fileHash(tinh) == before);
    CHECK(keysOf(inspector, tinh).size() == 1);

    const CliRun merged = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, a, b});
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("KEY LEARNT STC: ") + other.fingerprint()));
    CHECK_FALSE(merged.out.contains(QStringLiteral("KEY LEARNT STP")));
    CHECK(keysOf(inspector, tinh).size() == 2);
}

TEST_CASE("cli trust: refused outside a province file — a bad or missing key file — a wrong form")
{
    QTemporaryDir dir;
    Person agency, inspector;
    const QString a = submission(agency, dir, QStringLiteral("a.parx"), QStringLiteral("STP"));
    const QString pub = agency.exportKey(QStringLiteral("stp.pub"));
    const CliRun agencyFile = inspector.run({QStringLiteral("trust"), a, QStringLiteral("--agency"), QStringLiteral("STP"), pub});
    CHECK(agencyFile.exitCode == 1);
    CHECK(agencyFile.err.contains(QStringLiteral("not the inspectors' province file")));

    const QString tinh = province(inspector, dir);
    const QString bad = writeFile(dir, QStringLiteral("bad.pub"), "parscore-ed25519 AAAA Sở Tư pháp\n");
    const CliRun invalid = inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--agency"), QStringLiteral("STP"), bad});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("bad.pub")));
    const CliRun missing = inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--inspector"),
                                          dir.filePath(QStringLiteral("none.pub"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("none.pub")));
    CHECK(inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--agency"), QStringLiteral("STP")}).exitCode == 1);
    CHECK(inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--list"), QStringLiteral("--agency"),
                         QStringLiteral("STP")})
              .exitCode
          == 1);
    CHECK(keysOf(inspector, tinh).isEmpty());
}

TEST_CASE("cli trust: a colleague's appraisals are taken only once signed and its key trusted with --inspector")
{
    QTemporaryDir dir;
    Person agency, colleague, inspector;
    const QString a = submission(agency, dir, QStringLiteral("a.parx"), QStringLiteral("STP"));
    const QString theirs = province(colleague, dir, QStringLiteral("colleague.parx"));
    REQUIRE(colleague.run({QStringLiteral("merge"), QStringLiteral("-o"), theirs, a}).exitCode == 0);
    REQUIRE(colleague.run({QStringLiteral("answer"), theirs, QStringLiteral("--layer"), QStringLiteral("appraisal1"),
                           QStringLiteral("--agency"), QStringLiteral("STP"), QStringLiteral("--answers"),
                           QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-appraisal.json")})
                .exitCode
            == 0);
    const QString tinh = province(inspector, dir);
    const auto appraisal1 = [&tinh] {
        return shownAssessment(tinh, QStringLiteral("STP")).value(QStringLiteral("layers")).toObject().value(
            QStringLiteral("appraisal1"));
    };

    const CliRun unsignedRun = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, theirs,
                                              QStringLiteral("--accept-appraisals"), QStringLiteral("--json")});
    CHECK(unsignedRun.exitCode == 2);
    QJsonArray untrusted = unsignedRun.json.value(QStringLiteral("untrustedAppraisals")).toArray();
    REQUIRE(untrusted.size() == 1);
    CHECK(untrusted[0].toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("unsigned"));
    CHECK(appraisal1().isNull());

    REQUIRE(colleague.run({QStringLiteral("sign"), theirs}).exitCode == 0);
    const CliRun notTrusted = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, theirs,
                                             QStringLiteral("--accept-appraisals")});
    CHECK(notTrusted.exitCode == 2);
    CHECK(notTrusted.out.contains(QStringLiteral("APPRAISAL NOT TRUSTED STP")));
    CHECK(notTrusted.out.contains(colleague.fingerprint()));
    CHECK(appraisal1().isNull());

    const QString pub = colleague.exportKey(QStringLiteral("colleague.pub"));
    REQUIRE(inspector.run({QStringLiteral("trust"), tinh, QStringLiteral("--inspector"), pub}).exitCode == 0);
    const CliRun trusted = inspector.run({QStringLiteral("merge"), QStringLiteral("-o"), tinh, theirs,
                                          QStringLiteral("--accept-appraisals"), QStringLiteral("--json")});
    CHECK(trusted.exitCode == 0);
    CHECK(trusted.json.value(QStringLiteral("untrustedAppraisals")).toArray().isEmpty());
    CHECK(appraisal1().isObject());
    const CliRun verified = inspector.run({QStringLiteral("verify"), tinh});
    CHECK(verified.exitCode == 0);
}
