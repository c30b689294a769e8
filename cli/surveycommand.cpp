// parscore-cli survey F.parx --layer appraisal1|appraisal2 --tsv FILE [--year Y] [--dry-run]
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "surveygrid.h"

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::SurveyCommand)
};

// One line per row of the grid: how many of its cells changed an answer.
QString changedText(const SurveyGrid &grid, const QList<AnswerChange> &changes, Layer layer, bool dryRun)
{
    QHash<QString, int> changedOf; // assessment UUID → changed cells
    for (const AnswerChange &change : changes)
        ++changedOf[change.assessment.uuid];
    QString text = dryRun ? Text::tr("Dry run: nothing was written.") + u'\n' : QString();
    for (const SurveyRow &row : grid.rows) {
        const int changed = changedOf.value(row.assessment.uuid);
        text += (dryRun ? Text::tr("%1 (%2): %n cell(s) would change", nullptr, changed)
                        : Text::tr("%1 (%2): %n cell(s) changed", nullptr, changed))
                    .arg(printableText(row.assessment.agencyCode), QString::number(row.assessment.year))
                + u'\n';
    }
    text += (dryRun ? Text::tr("%n cell(s) would change in the %1 layer.", nullptr, int(changes.size()))
                    : Text::tr("%n cell(s) changed in the %1 layer.", nullptr, int(changes.size())))
                .arg(layerKey(layer))
            + u'\n';
    return text;
}

} // namespace

int survey(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("survey"),
                        Text::tr("Enters survey and other appraiser-only scores of many agencies from a "
                                 "tab-separated grid into an appraisal layer, all or nothing."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption layer(QStringLiteral("layer"), Text::tr("The layer: appraisal1 or appraisal2."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption tsv(QStringLiteral("tsv"),
                                 Text::tr("The grid (UTF-8, tab-separated): a header “agency” then item ids, "
                                          "one row per agency code."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  Text::tr("The year of the assessments (needed when the file holds an agency's "
                                           "assessments of several years)."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Check the grid and show what would change, writing nothing."));
    command.parser().addOptions({layer, tsv, year, dryRun, authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto layerText = command.required(QStringLiteral("layer"));
    if (!layerText)
        return InvalidInput;
    const auto layerValue = layerFromKey(*layerText);
    if (!layerValue || *layerValue == Layer::Self) {
        printErr(Text::tr("--layer must be appraisal1 or appraisal2: survey scores are the appraisers' (the final "
                          "result is computed from the layers).")
                 + u'\n');
        return InvalidInput;
    }
    const auto tsvPath = command.required(QStringLiteral("tsv"));
    if (!tsvPath)
        return InvalidInput;
    std::optional<int> yearValue;
    if (!command.year(year.names().constFirst(), yearValue))
        return InvalidInput;

    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    const auto target = SurveyGrid::checkTarget(file, *layerValue);
    if (!target)
        return reportError(target.error());
    const auto text = SurveyGrid::readFile(*tsvPath);
    if (!text)
        return reportError(text.error());
    QList<SurveyProblem> problems;
    const auto grid = SurveyGrid::read(file, text.value(), yearValue, problems);
    if (!grid)
        return reportError(grid.error());
    if (!problems.isEmpty())
        return reportError(SurveyGrid::refusal(problems));
    const bool dry = command.parser().isSet(dryRun);
    const auto changes = grid.value().apply(file, *layerValue,
                                            authorName(command.parser().value(QStringLiteral("author"))), !dry);
    if (!changes)
        return reportError(changes.error());
    printOut(changedText(grid.value(), changes.value(), *layerValue, dry));
    return Success;
}

} // namespace ParScore::Cli
