// parscore-cli overview F.parx [--layer self|final] [--group G] [--json]
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "language.h"
#include "overviewjson.h"
#include "scoretable.h"

#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::OverviewCommand)
};

constexpr int columns = 11;
constexpr int nameColumn = 2;
constexpr int widestName = 30; // longer names are cut with "…"
// Numbers and ranks line up on the right.
constexpr bool alignedRight[columns] = {true, false, false, false, false, false,
                                        true, true,  true,  false, true};

// Names come from agencies' files: control characters would drive the terminal.
QString printable(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    return clean;
}

QString percentText(const std::optional<ScoreSummary> &total)
{
    return total && total->percent ? formatPercent(*total->percent) : QStringLiteral("—");
}

// "−2,50 (−3,57 %)": points, then percentage points; "—" with nothing to compare.
QString overclaimText(const std::optional<Overclaim> &overclaim)
{
    if (!overclaim)
        return QStringLiteral("—");
    const auto signedText = [](qint64 hundredths) {
        return formatSignedPoints(hundredths < 0 ? -hundredths : hundredths, hundredths < 0);
    };
    return signedText(overclaim->points) + QStringLiteral(" (")
           + (overclaim->percentPoints
                  ? signedText(*overclaim->percentPoints) + QStringLiteral(" %")
                  : QStringLiteral("—"))
           + u')';
}

QStringList headerCells()
{
    return {Text::tr("No."),        Text::tr("Code"),  Text::tr("Agency"), Text::tr("Group"),
            Text::tr("Status"),     Text::tr("Seal"),  Text::tr("Self %"), Text::tr("Final %"),
            Text::tr("Over-claim"), Text::tr("Grade"), Text::tr("Rank")};
}

// Each column as wide as its widest cell (names at most widestName), so that the table
// fits what it holds in either language.
QList<int> columnWidths(const QList<QStringList> &rows)
{
    QList<int> widths(columns, 0);
    for (const QStringList &cells : rows) {
        for (int i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    }
    widths[nameColumn] = std::min(widths[nameColumn], widestName);
    return widths;
}

QString tableLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < columns; ++i)
        line += (i > 0 ? QStringLiteral("  ") : QString())
                + fitToWidth(cells[i], widths[i], alignedRight[i]);
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

// One agency's cells; `*` marks final figures that stand until the appraisal is final.
QStringList agencyCells(int number, const OverviewRow &row, OverviewLayer layer)
{
    const QString star = row.provisional() ? QStringLiteral("*") : QString();
    const bool rankedOnFinal = layer == OverviewLayer::Final;
    const std::optional<ScoreSummary> &ranked = row.layer(layer);
    const QString grade = ranked && ranked->grade
                              ? *ranked->grade + (rankedOnFinal ? star : QString())
                              : QStringLiteral("—");
    const QString rank = row.rank ? QString::number(*row.rank) + (rankedOnFinal ? star : QString())
                                  : QStringLiteral("—");
    return {QString::number(number),
            printable(row.assessment.agencyCode),
            printable(row.assessment.agencyName),
            printable(row.assessment.group),
            statusName(row.assessment.status),
            sealStateName(row.seal),
            percentText(row.self),
            percentText(row.final) + (row.final ? star : QString()),
            overclaimText(row.overclaim) + (row.overclaim ? star : QString()),
            grade,
            rank};
}

// The warnings of the criteria sets that are not official, once each.
QString criteriaWarnings(const Overview &overview)
{
    QString text;
    QSet<QString> seen;
    for (const OverviewRow &row : overview.rows) {
        const QString warning = criteriaStatusWarning(row.criteriaStatus);
        const QString key = row.criteriaId + u'@' + row.criteriaVersion;
        if (warning.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        text += QStringLiteral("*** ") + printable(row.criteriaId) + QStringLiteral(" @ ")
                + printable(row.criteriaVersion) + QStringLiteral(": ") + warning
                + QStringLiteral(" ***\n");
    }
    return text;
}

bool startsSection(const OverviewRow *previous, const OverviewRow &row)
{
    return !previous || previous->assessment.year != row.assessment.year
           || previous->assessment.group != row.assessment.group;
}

// The expected agencies that have not submitted, after the table.
QString missingText(const Overview &overview)
{
    if (overview.missing.isEmpty())
        return {};
    int codeWidth = 0;
    int nameWidth = 0;
    for (const ExpectedAgency &agency : overview.missing) {
        codeWidth = std::max(codeWidth, displayWidth(printable(agency.code)));
        nameWidth = std::min(std::max(nameWidth, displayWidth(printable(agency.name))), widestName);
    }
    QString text =
        u'\n'
        + (overview.provinceYear != 0
               ? Text::tr("Not submitted for %1 (%n agency(ies)):", nullptr,
                          int(overview.missing.size()))
                     .arg(overview.provinceYear)
               : Text::tr("Not submitted (%n agency(ies)):", nullptr, int(overview.missing.size())))
        + u'\n';
    for (const ExpectedAgency &agency : overview.missing) {
        QString line = QStringLiteral("  ") + fitToWidth(printable(agency.code), codeWidth)
                       + QStringLiteral("  ") + fitToWidth(printable(agency.name), nameWidth)
                       + QStringLiteral("  ") + printable(agency.group);
        text += line + u'\n';
    }
    return text;
}

// The table, one section per (year, group) since ranks count within them.
QString overviewText(const Overview &overview, const QString &group)
{
    if (overview.rows.isEmpty())
        return (group.isEmpty() ? Text::tr("The file holds no assessment.")
                                : Text::tr("The file holds no assessment of the group %1.")
                                      .arg(printable(group)))
               + u'\n' + missingText(overview);
    QList<QStringList> cells{headerCells()};
    for (const OverviewRow &row : overview.rows)
        cells.append(agencyCells(int(cells.size()), row, overview.layer));
    const QList<int> widths = columnWidths(cells);
    QString text = overview.layer == OverviewLayer::Final
                       ? Text::tr("Ranked on the final result (scored as the appraisers).")
                       : Text::tr("Ranked on the self-assessment (scored as the agency).");
    text += u'\n';
    bool anyProvisional = false;
    const OverviewRow *previous = nullptr;
    for (qsizetype i = 0; i < overview.rows.size(); ++i) {
        const OverviewRow &row = overview.rows[i];
        if (startsSection(previous, row))
            text += u'\n'
                    + Text::tr("Year %1, group %2")
                          .arg(row.assessment.year)
                          .arg(printable(row.assessment.group))
                    + u'\n' + tableLine(cells.constFirst(), widths);
        text += tableLine(cells[i + 1], widths);
        anyProvisional = anyProvisional || (row.provisional() && row.final);
        previous = &row;
    }
    text += u'\n';
    if (anyProvisional)
        text += Text::tr("* provisional: the appraisal of this agency is not final yet.") + u'\n';
    text +=
        Text::tr(
            "“—”: no percent, or not ranked (the layer is empty or not every item is answered).")
        + u'\n';
    text +=
        Text::tr("Over-claim: the final answers scored as the agency minus the self-assessment, in "
                 "points (percentage points); negative when the agency claimed more than the "
                 "appraisers give; “—” when the appraisers have not scored the agency's items.")
        + u'\n';
    return text + missingText(overview) + criteriaWarnings(overview);
}

} // namespace

int overview(const QStringList &arguments)
{
    CommandLine command(
        QStringLiteral("overview"),
        Text::tr("Lists every assessment of a file with its self and final scores and its rank "
                 "within its year and group."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Text::tr("The layer ranked on: final (default) or self."),
                                   QStringLiteral("LAYER"), QStringLiteral("final"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("Show only this group (ranks unchanged)."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOptions({layer, group, json});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto layerValue = overviewLayerFromKey(command.parser().value(layer));
    if (!layerValue) {
        printErr(Text::tr("--layer must be self or final.") + u'\n');
        return InvalidInput;
    }
    // Every row is validated, the answers by Overview as it reads them all (once, not
    // twice); no document is read (verify checks their bytes).
    const auto result = Overview::open(command.positionalArguments().constFirst(),
                                       {*layerValue, command.parser().value(group)});
    if (!result)
        return reportError(result.error());
    printOut(command.parser().isSet(json)
                 ? QString::fromUtf8(QJsonDocument(overviewJson(result.value())).toJson())
                 : overviewText(result.value(), command.parser().value(group)));
    return Success;
}

} // namespace ParScore::Cli
