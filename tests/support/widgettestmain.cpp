// Catch2's main() for widget tests: a QApplication on the offscreen platform unless a
// platform was chosen (test discovery runs this binary without the test environment).
#define CATCH_CONFIG_RUNNER
#include "language.h"

#include <QApplication>
#include <QSettings>
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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ParScoreTests"));
    // Settings (window size, recent files, folders) of this run only, never the user's.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ParScore::setLanguage(ParScore::Language::English);
    return Catch::Session().run(argc, argv);
}
