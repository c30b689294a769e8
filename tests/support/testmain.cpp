// Catch2's main() for every test binary, with a QCoreApplication so translations and
// resources work. Tests run in English unless they switch language themselves.
#define CATCH_CONFIG_RUNNER
#include "language.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Commands that sign make the user's key on first use: a run outside CTest (which sets
    // a folder in the build tree) keeps its keys in a folder of its own, never the user's.
    QTemporaryDir keys;
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        qputenv("XDG_CONFIG_HOME", keys.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    ParScore::setLanguage(ParScore::Language::English);
    return Catch::Session().run(argc, argv);
}
