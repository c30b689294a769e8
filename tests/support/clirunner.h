#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ParScore::Test {

// One run of the real parscore-cli executable.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray rawOut;
    QJsonObject json; // stdout parsed as a JSON object, when it is one
};

// Runs parscore-cli with `arguments` in `language`, with `environment` added to this
// process's (e.g. TZ); fails the test if it crashes.
CliRun runCli(const QStringList &arguments, const QString &language = QStringLiteral("en"),
              const QMap<QString, QString> &environment = {});

// Makes `dir`/CODE.parx with parscore-cli: a so-group agency of 2026 that answered the demo
// self-assessment and sealed it; returns its path.
QString submittedAgencyFile(const QString &dir, const QString &code);
// Makes `dir`/tinh.parx with parscore-cli: a province file of 2026 into which agencies A and
// B (submittedAgencyFile) were merged, A appraised in round 1 with the demo appraisal.
QString appraisedProvince(const QString &dir);
// The assessment of agency `code` as `show --json` gives it (fails the test when absent).
QJsonObject shownAssessment(const QString &file, const QString &code);

} // namespace ParScore::Test
