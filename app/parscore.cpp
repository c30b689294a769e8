// parscore: the agency officer's desktop application.
#include "demofile.h"
#include "frontdoor.h"
#include "language.h"
#include "messages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

// Qt's own file dialog writes dates, sizes and the decimal point in the system's regional
// format, read when the application starts: in Vietnamese they follow the window's
// language unless the user chose a format for everything (LC_ALL) or a Vietnamese one.
void localiseSystemFormats(ParScore::Language language)
{
    if (language != ParScore::Language::Vietnamese || qEnvironmentVariableIsSet("LC_ALL")
        || qEnvironmentVariable("LANG").startsWith(QLatin1String("vi")))
        return;
    for (const char *category : {"LC_TIME", "LC_NUMERIC"})
        qputenv(category, "vi_VN.UTF-8");
}

// The desktop icon's sizes, compiled in from packaging/linux/icons/ (app/CMakeLists.txt).
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/vn.parscore.ParScore.png").arg(size), QSize(size, size));
    return icon;
}

// The value of --lang VALUE or --lang=VALUE, read before QApplication exists: the language
// decides the regional formats Qt reads when it starts. Empty when not given.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// Asking for the version or the help opens no window: without a display they run on the
// offscreen platform, so both work on a console (and in CI).
void allowWithoutDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QLatin1String argument(argv[i]);
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("ParScore"));
    QCoreApplication::setOrganizationName(QStringLiteral("ParScore"));
    // --lang chooses this session's language; otherwise the one chosen in Settings.
    const QString languageCode = languageArgument(argc, argv);
    const auto asked = ParScore::languageFromCode(languageCode);
    const auto language =
        asked.value_or(ParScore::languageFromCode(
                           QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString())
                           .value_or(ParScore::Language::Vietnamese));
    localiseSystemFormats(language);
    allowWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(PARSCORE_VERSION));
    // The menu entry packaging/linux/vn.parscore.ParScore.desktop: Wayland compositors find
    // the windows' icon and name through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.parscore.ParScore"));
    QApplication::setWindowIcon(applicationIcon());
    ParScore::setLanguage(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PAR Index self-assessment"));
    parser.addHelpOption();
    // Not addVersionOption(): it prints the application name, "ParScore", which also names
    // the settings and data folders; the version line names the program, as parscore-cli.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("main", "Displays the version number."));
    parser.addOption(version);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "The language of this session: vi or en "
                                                                  "(otherwise the one chosen in Settings)."),
                                  QStringLiteral("vi|en"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An assessment to open (.parx)."),
                                 QStringLiteral("[FILE.parx]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo assessment (made on first use)."));
    parser.addOption(demo);
    parser.process(app);
    if (parser.isSet(version)) {
        std::printf("parscore %s\n", PARSCORE_VERSION);
        return 0;
    }
    if (parser.isSet(lang) && !asked) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Unknown language “%1”; use vi or en.")
                                    .arg(languageCode)));
        return 1;
    }

    QString path = parser.positionalArguments().value(0);
    if (!path.isEmpty()) {
        // The file named opens in the window its role calls for.
        if (!ParScore::FrontDoor::open(path))
            ParScore::FrontDoor::officerWindow();
        return app.exec();
    }
    QSettings settings;
    if (parser.isSet(demo) || !settings.value(QStringLiteral("firstRunDone")).toBool()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = folder + QStringLiteral("/demo-so-2026.parx");
        if (!QFileInfo::exists(path)) {
            const auto created = ParScore::DemoFile::create(path);
            if (!created) {
                ParScore::Messages::showError(nullptr, created.error());
                path.clear();
            }
        }
    }
    settings.setValue(QStringLiteral("firstRunDone"), true);
    ParScore::FrontDoor::officerWindow(path); // at the size it was left at
    return app.exec();
}
