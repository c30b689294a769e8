// parscore-cli report F.parx -o card.pdf [--agency C]
#include "commands.h"

#include "clioutput.h"
#include "commandline.h"
#include "fileaccess.h"
#include "finalcardhtml.h"
#include "overview.h"
#include "provincefile.h"
#include "rankinghtml.h"
#include "scorecardhtml.h"
#include "scorecardpdf.h"

#include <QDir>
#include <QSet>
#include <optional>
#include <variant>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ReportCommand)
};

// The file and its overview on the final result (of `group`), for the documents of many
// agencies; the exit status when it cannot be read or holds nobody to print.
struct Ranked
{
    std::unique_ptr<ParxFile> file;
    Overview overview;
};

std::variant<Ranked, int> rankedFile(const QString &path, const QString &group)
{
    auto opened = openFile(path, ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    Ranked ranked{std::move(std::get<std::unique_ptr<ParxFile>>(opened)), {}};
    auto overview = Overview::load(*ranked.file, {OverviewLayer::Final, group});
    if (!overview)
        return reportError(overview.error());
    if (overview.value().rows.isEmpty()) {
        printErr((group.isEmpty() ? Text::tr("The file holds no assessment.")
                                  : Text::tr("The file holds no assessment of the group %1.").arg(printableText(group)))
                 + u'\n');
        return InvalidInput;
    }
    ranked.overview = std::move(overview).value();
    return ranked;
}

// report F.parx --ranking [--group G] -o OUT.pdf: the ranking on the final result.
int ranking(const QString &path, const QString &group, const QString &output)
{
    auto read = rankedFile(path, group);
    if (std::holds_alternative<int>(read))
        return std::get<int>(read);
    const Ranked &ranked = std::get<Ranked>(read);
    ParxFile &file = *ranked.file;
    const auto province = ProvinceFile::read(file);
    const QString title = province ? province.value().title : QString();
    const auto written = ScorecardPdf::write(RankingHtml::pieces(ranked.overview, title),
                                             title.isEmpty() ? Text::tr("Ranking") : title, output);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the ranking of %n agency(ies) to %1", nullptr, int(ranked.overview.rows.size()))
                 .arg(printableText(output))
             + u'\n');
    return Success;
}

// A file name any file system takes, from what agencies wrote: letters, digits, "-", "_"
// and "." only (never a path).
QString safeName(const QString &text)
{
    QString name;
    for (const QChar c : text)
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c : (c == u'-' || c == u'.' ? c : u'_');
    return name;
}

// One agency's card: the self-assessment card, or the official card of every layer.
Result<ScorecardPieces> cardOf(ParxFile &file, const AssessmentInfo &assessment, const CriteriaSet &set, bool final)
{
    if (final) {
        auto content = FinalCardHtml::load(file, assessment, set);
        if (!content)
            return content.error();
        return FinalCardHtml::pieces(content.value());
    }
    auto content = ScorecardHtml::load(file, assessment, set);
    if (!content)
        return content.error();
    return ScorecardHtml::pieces(content.value());
}

// report F.parx --all [--group G] -o OUT.pdf|DIR/: every agency's scorecard, in the
// overview's order, into one PDF or one PDF each.
int allScorecards(const QString &path, const QString &group, const QString &output, bool final)
{
    auto read = rankedFile(path, group);
    if (std::holds_alternative<int>(read))
        return std::get<int>(read);
    Ranked &ranked = std::get<Ranked>(read);
    ParxFile &file = *ranked.file;
    const QList<OverviewRow> &rows = ranked.overview.rows;
    const bool oneEach = output.endsWith(u'/') || output.endsWith(u'\\');
    if (oneEach && !QDir().mkpath(output)) {
        printErr(Text::tr("The folder %1 cannot be made.").arg(printableText(output)) + u'\n');
        return Unreadable;
    }
    std::optional<ScorecardBatch> batch;
    if (!oneEach)
        batch.emplace(output, Text::tr("Scorecards"));
    QSet<QString> names;
    for (const OverviewRow &row : rows) {
        const auto set = ranked.overview.criteria.value(row.assessment.criteriaSha256);
        if (!set)
            return reportError(Error::unreadable(Text::tr("The criteria set of %1 cannot be read").arg(row.assessment.agencyCode)));
        const auto card = cardOf(file, row.assessment, *set, final);
        if (!card)
            return reportError(card.error());
        const ScorecardPieces &pieces = card.value();
        if (batch) {
            if (auto added = batch->add(pieces); !added)
                return reportError(added.error());
            continue;
        }
        // <year>-<group>-<code>.pdf; a second assessment of the same name gets "-2", "-3"…
        const QString base = safeName(QStringLiteral("%1-%2-%3").arg(QString::number(row.assessment.year),
                                                                      row.assessment.group, row.assessment.agencyCode));
        QString name = base + QStringLiteral(".pdf");
        for (int n = 2; names.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
        names.insert(name.toLower());
        if (auto written = ScorecardPdf::write(pieces, row.assessment.agencyName, QDir(output).filePath(name)); !written)
            return reportError(written.error());
    }
    if (batch) {
        if (auto finished = batch->finish(); !finished)
            return reportError(finished.error());
    }
    printOut(Text::tr("Wrote the scorecards of %n agency(ies) to %1", nullptr, int(rows.size())).arg(printableText(output))
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
    const auto card = cardOf(*target.file, target.info, *target.set, final);
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
