#pragma once

#include <QStringList>

namespace ParScore::Cli {

// Runs `parscore-cli` with its arguments (without the program name) and returns the exit
// status. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace ParScore::Cli
