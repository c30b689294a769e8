#include "clirunner.h"

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

} // namespace ParScore::Test
