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

} // namespace ParScore::Test
