#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

namespace ParScore::Test {

CliRun runCli(const QStringList &arguments, const QString &language, const QMap<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("PARSCORE_LANG"), language);
    for (auto variable = environment.cbegin(); variable != environment.cend(); ++variable)
        variables.insert(variable.key(), variable.value());
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(PARSCORE_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // never a crash
    CliRun run;
    run.exitCode = process.exitCode();
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(run.rawOut).object();
    return run;
}

QString submittedAgencyFile(const QString &dir, const QString &code)
{
    const QString path = dir + u'/' + code + QStringLiteral(".parx");
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--criteria"), QStringLiteral("builtin:vn.ninhbinh.par.so"),
                    QStringLiteral("--agency-code"), code, QStringLiteral("--agency-name"), QStringLiteral("Sở ") + code,
                    QStringLiteral("--group"), QStringLiteral("so"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("-o"), path})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("answer"), path, QStringLiteral("--answers"),
                    QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-self.json")})
                .exitCode
            == 0);
    REQUIRE(runCli({QStringLiteral("seal"), path}).exitCode == 0);
    return path;
}

QString appraisedProvince(const QString &dir)
{
    const QString a = submittedAgencyFile(dir, QStringLiteral("A"));
    const QString b = submittedAgencyFile(dir, QStringLiteral("B"));
    const QString province = dir + QStringLiteral("/tinh.parx");
    REQUIRE(runCli({QStringLiteral("province"), QStringLiteral("new"), QStringLiteral("-o"), province,
                    QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--title"),
                    QStringLiteral("Thẩm định Chỉ số CCHC năm 2026")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("merge"), QStringLiteral("-o"), province, a, b}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("answer"), province, QStringLiteral("--layer"), QStringLiteral("appraisal1"),
                    QStringLiteral("--agency"), QStringLiteral("A"), QStringLiteral("--answers"),
                    QStringLiteral(PARSCORE_RESOURCES_DIR "/demo/so-2026-appraisal.json")})
                .exitCode == 0);
    return province;
}

QJsonObject shownAssessment(const QString &file, const QString &code)
{
    const CliRun run = runCli({QStringLiteral("show"), file, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    for (const QJsonValue &value : run.json.value(QStringLiteral("assessments")).toArray())
        if (value.toObject().value(QStringLiteral("agencyCode")).toString() == code)
            return value.toObject();
    FAIL("no assessment " + code.toStdString());
    return {};
}

} // namespace ParScore::Test
