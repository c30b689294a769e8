// parscore: the agency officer's desktop application.
#include "demofile.h"
#include "language.h"
#include "mainwindow.h"
#include "messages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ParScore"));
    QApplication::setOrganizationName(QStringLiteral("ParScore"));
    QApplication::setApplicationVersion(QStringLiteral(PARSCORE_VERSION));
    const auto language = ParScore::languageFromCode(QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString());
    ParScore::setLanguage(language.value_or(ParScore::Language::Vietnamese));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PAR Index self-assessment"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An assessment to open (.parx)."),
                                 QStringLiteral("[FILE.parx]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo assessment (made on first use)."));
    parser.addOption(demo);
    parser.process(app);

    ParScore::MainWindow window; // at the size it was left at
    QString path = parser.positionalArguments().value(0);
    QSettings settings;
    if (path.isEmpty() && (parser.isSet(demo) || !settings.value(QStringLiteral("firstRunDone")).toBool())) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        path = folder + QStringLiteral("/demo-so-2026.parx");
        if (!QFileInfo::exists(path)) {
            const auto created = ParScore::DemoFile::create(path);
            if (!created) {
                ParScore::Messages::showError(&window, created.error());
                path.clear();
            }
        }
    }
    settings.setValue(QStringLiteral("firstRunDone"), true);
    if (!path.isEmpty())
        window.openFile(path);
    window.show();
    return app.exec();
}
