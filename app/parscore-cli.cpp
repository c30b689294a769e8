// parscore-cli: the headless front end (criteria-format.md §5).
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// Qt's own notes about the desktop environment (no XDG_RUNTIME_DIR on a server) are not
// the user's business; everything else is passed on.
void filterQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Rendering a PDF needs QtGui; it runs without a display on the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (ParScore::Cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(filterQtMessages);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ParScore"));
    QCoreApplication::setOrganizationName(QStringLiteral("ParScore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARSCORE_VERSION));
    return ParScore::Cli::run(QCoreApplication::arguments().mid(1));
}
