// parscore-cli report F.parx -o card.pdf [--agency C]
#include "commands.h"

#include "clioutput.h"
#include "commandline.h"
#include "fileaccess.h"
#include "provincefile.h"
#include "rankinghtml.h"
#include "scorecardhtml.h"
#include "scorecardpdf.h"

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
    auto overview = Overview::load(file, {OverviewLayer::Final, group});
    if (!overview)
        return reportError(overview.error());
    if (overview.value().rows.isEmpty()) {
        printErr((group.isEmpty() ? Text::tr("The file holds no assessment to rank.")
                                  : Text::tr("The file holds no assessment of the group %1.").arg(printableText(group)))
                 + u'\n');
        return InvalidInput;
    }
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

} // namespace

int report(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("report"),
                        Text::tr("Prints the self-assessment scorecard of an assessment to PDF."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."), QStringLiteral("F.parx"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The PDF to write."), QStringLiteral("card.pdf"));
    const QCommandLineOption rankingOption(QStringLiteral("ranking"),
                                           Text::tr("Print the ranking of every agency (per group) instead."));
    const QCommandLineOption group(QStringLiteral("group"), Text::tr("With --ranking: only this group."),
                                   QStringLiteral("GROUP"));
    command.parser().addOptions({output, agencyOption(), rankingOption, group});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("o"));
    if (!outputPath)
        return InvalidInput;
    if (command.parser().isSet(rankingOption) && command.parser().isSet(QStringLiteral("agency"))) {
        printErr(Text::tr("--ranking and --agency cannot go together.") + u'\n');
        return InvalidInput;
    }
    if (command.parser().isSet(group) && !command.parser().isSet(rankingOption)) {
        printErr(Text::tr("--group goes with --ranking.") + u'\n');
        return InvalidInput;
    }
    if (command.parser().isSet(rankingOption))
        return ranking(command.positionalArguments().constFirst(), command.parser().value(group), *outputPath);
    auto opened = openAssessment(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly,
                                 command.parser().value(QStringLiteral("agency")));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto content = ScorecardHtml::load(*target.file, target.info, *target.set);
    if (!content)
        return reportError(content.error());
    const auto written = ScorecardPdf::write(ScorecardHtml::pieces(content.value()),
                                             target.info.agencyName, *outputPath);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the scorecard of %1 to %2")
                 .arg(printableText(target.info.agencyCode), printableText(*outputPath))
             + u'\n');
    return Success;
}

} // namespace ParScore::Cli
