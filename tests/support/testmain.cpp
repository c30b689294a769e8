// Catch2's main() for every test binary, with a QCoreApplication so translations and
// resources work. Tests run in English unless they switch language themselves.
#define CATCH_CONFIG_RUNNER
#include "language.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    ParScore::setLanguage(ParScore::Language::English);
    return Catch::Session().run(argc, argv);
}
