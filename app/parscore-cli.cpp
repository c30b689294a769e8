// parscore-cli: the headless front end (criteria-format.md §5).
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ParScore"));
    QCoreApplication::setOrganizationName(QStringLiteral("ParScore"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARSCORE_VERSION));
    return ParScore::Cli::run(QCoreApplication::arguments().mid(1));
}
