// parscore-cli report F.parx -o card.pdf [--agency C]
#include "commands.h"

#include "clioutput.h"
#include "commandline.h"
#include "fileaccess.h"
#include "overview.h"
#include "provincefile.h"
#include "rankinghtml.h"
#include "scorecardpdf.h"
#include "scorecardrun.h"

#include <variant>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ReportCommand)
};

// report F.parx --ranking [--group G] -o OUT.pdf: the ranking on the final result.
int ranking(const QString &path, const QString &group, const QString &output)
{
    auto opened = openFile(path, ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    const auto overview = ScorecardRun::rankedOverview(file, group);
    if (!overview)
        return reportError(overview.error());
    const auto province = ProvinceFile::read(file);
    const QString title = province ? province.value().title : QString();
    const auto written = ScorecardPdf::write(RankingHtml::pieces(overview.value(), title),
                                             title.isEmpty() ? Text::tr("Ranking") : title, output);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the ranking of %n agency(ies) to %1", nullptr, int(overview.value().rows.size()))
                 .arg(printableText(output))
             + u'\n');
    return Success;
}

// report F.parx --all [--group G] -o OUT.pdf|DIR/: every agency's scorecard, in the
// overview's order, into one PDF or one PDF each.
int allScorecards(const QString &path, const QString &group, const QString &output, bool final)
{
    auto opened = openFile(path, ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    const bool oneEach = output.endsWith(u'/') || output.endsWith(u'\\');
    const auto run = ScorecardRun::run(*std::get<std::unique_ptr<ParxFile>>(opened), {group, final, output, oneEach});
    if (!run)
        return reportError(run.error());
    printOut(Text::tr("Wrote the scorecards of %n agency(ies) to %1", nullptr, int(run.value().written))
                 .arg(printableText(output))
             + u'\n');
    return Success;
}

} // namespace

int report(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("report"),
                        Text::tr("Prints an assessment's scorecard (self-assessment, or the official card of every "
                                 "layer), every agency's, or the ranking, to PDF."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."), QStringLiteral("F.parx"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The PDF to write."), QStringLiteral("card.pdf"));
    const QCommandLineOption rankingOption(QStringLiteral("ranking"),
                                           Text::tr("Print the ranking of every agency (per group) instead."));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Text::tr("Print every agency's scorecard: into one PDF, or one PDF each "
                                                "when -o ends with “/”."));
    const QCommandLineOption group(QStringLiteral("group"), Text::tr("With --ranking or --all: only this group."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Text::tr("The card: self (the self-assessment, default) or final (every layer, "
                                            "the official card of the appraisal)."),
                                   QStringLiteral("LAYER"), QStringLiteral("self"));
    command.parser().addOptions({output, agencyOption(), rankingOption, allOption, group, layer});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("o"));
    if (!outputPath)
        return InvalidInput;
    const int kinds = int(command.parser().isSet(rankingOption)) + int(command.parser().isSet(allOption))
                      + int(command.parser().isSet(QStringLiteral("agency")));
    if (kinds > 1) {
        printErr(Text::tr("Only one of --ranking, --all and --agency goes at a time.") + u'\n');
        return InvalidInput;
    }
    if (command.parser().isSet(group) && !command.parser().isSet(rankingOption) && !command.parser().isSet(allOption)) {
        printErr(Text::tr("--group goes with --ranking or --all.") + u'\n');
        return InvalidInput;
    }
    const auto layerValue = overviewLayerFromKey(command.parser().value(layer));
    if (!layerValue || (command.parser().isSet(layer) && command.parser().isSet(rankingOption))) {
        printErr(Text::tr("--layer must be self or final, and does not go with --ranking.") + u'\n');
        return InvalidInput;
    }
    const bool final = *layerValue == OverviewLayer::Final;
    if (command.parser().isSet(allOption))
        return allScorecards(command.positionalArguments().constFirst(), command.parser().value(group), *outputPath,
                             final);
    if (command.parser().isSet(rankingOption))
        return ranking(command.positionalArguments().constFirst(), command.parser().value(group), *outputPath);
    auto opened = openAssessment(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly,
                                 command.parser().value(QStringLiteral("agency")));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto card = ScorecardRun::card(*target.file, target.info, *target.set, final);
    if (!card)
        return reportError(card.error());
    const auto written = ScorecardPdf::write(card.value(), target.info.agencyName, *outputPath);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the scorecard of %1 to %2")
                 .arg(printableText(target.info.agencyCode), printableText(*outputPath))
             + u'\n');
    return Success;
}

} // namespace ParScore::Cli
