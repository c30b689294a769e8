// parscore-cli report F.parx -o card.pdf [--agency C]
#include "commands.h"

#include "clioutput.h"
#include "commandline.h"
#include "fileaccess.h"
#include "scorecardhtml.h"
#include "scorecardpdf.h"

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ReportCommand)
};

} // namespace

int report(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("report"),
                        Text::tr("Prints the self-assessment scorecard of an assessment to PDF."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."), QStringLiteral("F.parx"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The PDF to write."), QStringLiteral("card.pdf"));
    command.parser().addOptions({output, agencyOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("o"));
    if (!outputPath)
        return InvalidInput;
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
