// parscore-cli criteria list | check | export
#include "builtincriteria.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "criteriaparser.h"
#include "language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::CriteriaCommands)
};

} // namespace

int criteriaList(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("criteria list"),
                        Text::tr("Lists the criteria sets built into ParScore."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print a JSON array instead of a table."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 0))
        return *stop;

    const QList<CriteriaSet> sets = BuiltinCriteria::all();
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const CriteriaSet &set : sets) {
            array.append(QJsonObject{
                {QStringLiteral("id"), set.id()},
                {QStringLiteral("version"), set.version()},
                {QStringLiteral("status"), statusKey(set.status())},
                {QStringLiteral("title"), set.title()},
                {QStringLiteral("unitKinds"), QJsonArray::fromStringList(set.unitKinds())}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString text = fitToWidth(Text::tr("ID"), 28) + u' ' + fitToWidth(Text::tr("Version"), 9) + u' '
                   + fitToWidth(Text::tr("Status"), 12) + u' ' + fitToWidth(Text::tr("Groups"), 10)
                   + u' ' + Text::tr("Title") + u'\n';
    for (const CriteriaSet &set : sets) {
        text += fitToWidth(set.id(), 28) + u' ' + fitToWidth(set.version(), 9) + u' '
                + fitToWidth(statusName(set.status()), 12) + u' '
                + fitToWidth(set.unitKinds().join(u','), 10) + u' ' + printableText(set.title())
                + u'\n';
    }
    printOut(text);
    return Success;
}

int criteriaCheck(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("criteria check"),
                        Text::tr("Validates a criteria set file and lists every problem."));
    command.addPositional(QStringLiteral("file"), Text::tr("The criteria set (JSON)."),
                          QStringLiteral("FILE.json"));
    if (const auto stop = command.parse(arguments, 1))
        return *stop;

    const QString path = command.positionalArguments().constFirst();
    const Result<CriteriaSet> set = CriteriaParser::parseFile(path);
    if (!set)
        return reportError(set.error());
    for (const QString &warning : set.value().warnings())
        printErr(Text::tr("warning: %1").arg(printableText(warning)) + u'\n');
    const CriteriaSet &valid = set.value();
    Hundredths total = 0;
    for (const int root : valid.roots())
        total += valid.nodes()[root].maxPoints;
    printOut(Text::tr("OK: %1 @ %2 (%3), %4 nodes, %5 leaves, %6 points, SHA-256 %7")
                 .arg(printableText(valid.id()), printableText(valid.version()),
                      statusName(valid.status()),
                      QString::number(valid.nodes().size()), QString::number(valid.leafCount()),
                      formatPoints(total), valid.sha256())
             + u'\n');
    return Success;
}

int criteriaExport(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("criteria export"),
                        Text::tr("Prints a built-in criteria set's JSON exactly as shipped."));
    command.addPositional(QStringLiteral("set"), Text::tr("builtin:ID or builtin:ID@VERSION"),
                          QStringLiteral("builtin:ID[@VERSION]"));
    if (const auto stop = command.parse(arguments, 1))
        return *stop;

    const QString spec = command.positionalArguments().constFirst();
    if (!BuiltinCriteria::isBuiltinSpec(spec)) {
        printErr(Text::tr("Only built-in sets can be exported; write builtin:ID[@VERSION] "
                          "(see “parscore-cli criteria list”).")
                 + u'\n');
        return InvalidInput;
    }
    const Result<CriteriaSet> set = BuiltinCriteria::load(spec);
    if (!set)
        return reportError(set.error());
    const QByteArray bytes = set.value().bytes();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0 ? Success : Unreadable;
}

} // namespace ParScore::Cli
