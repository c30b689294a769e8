#pragma once

#include <QStringList>

namespace ParScore::Cli {

// Runs `parscore-cli` with its arguments (without the program name) and returns the exit
// status. Needs a QCoreApplication.
int run(const QStringList &arguments);

// Whether the command needs a QGuiApplication (it renders documents).
bool needsGui(const QStringList &arguments);

} // namespace ParScore::Cli
