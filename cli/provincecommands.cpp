// parscore-cli province new | show
#include "agencylist.h"
#include "builtincriteria.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "provincefile.h"
#include "scorejson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ProvinceCommands)
};

QJsonObject provinceJson(const ProvinceInfo &info, const QList<CriteriaSet> &sets)
{
    QJsonArray criteria;
    for (const CriteriaSet &set : sets) {
        QJsonObject identity = criteriaIdentityJson(set);
        identity.insert(QStringLiteral("title"), set.title());
        criteria.append(identity);
    }
    QJsonArray agencies;
    for (const ExpectedAgency &agency : info.agencies)
        agencies.append(QJsonObject{{QStringLiteral("agencyCode"), agency.code},
                                    {QStringLiteral("agencyName"), agency.name},
                                    {QStringLiteral("group"), agency.group}});
    return {{QStringLiteral("title"), info.title.isEmpty() ? QJsonValue() : QJsonValue(info.title)},
            {QStringLiteral("year"), info.year == 0 ? QJsonValue() : QJsonValue(info.year)},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("agencies"), agencies}};
}

QString provinceText(const ProvinceInfo &info, const QList<CriteriaSet> &sets)
{
    const QString none = QStringLiteral("—");
    QString text = fitToWidth(Text::tr("Title:"), 16) + (info.title.isEmpty() ? none : printableText(info.title))
                   + u'\n';
    text += fitToWidth(Text::tr("Year:"), 16) + (info.year == 0 ? none : QString::number(info.year)) + u'\n';
    text += Text::tr("Accepted criteria sets: %1").arg(sets.size()) + u'\n';
    for (const CriteriaSet &set : sets)
        text += QStringLiteral("  ") + printableText(set.id()) + QStringLiteral(" @ ") + printableText(set.version())
                + QStringLiteral("  ") + printableText(set.title()) + u'\n';
    text += Text::tr("Expected agencies: %1").arg(info.agencies.size()) + u'\n';
    for (const ExpectedAgency &agency : info.agencies)
        text += QStringLiteral("  ") + fitToWidth(agency.group, 8) + u' ' + fitToWidth(agency.code, 12) + u' '
                + printableText(agency.name) + u'\n';
    return text;
}

} // namespace

int provinceNew(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("province new"),
                        Text::tr("Creates the inspectors' province file: its title, year, the criteria sets it "
                                 "accepts and the agencies expected to submit."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The new province file (.parx); it must not exist."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("The year appraised."), QStringLiteral("YEAR"));
    const QCommandLineOption title(QStringLiteral("title"), Text::tr("The file's title."), QStringLiteral("TITLE"));
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        Text::tr("A criteria set the province file accepts (repeatable): builtin:ID[@VERSION] or a file. "
                 "Without it, the built-in sets."),
        QStringLiteral("SPEC"));
    const QCommandLineOption agencies(
        QStringLiteral("agencies"),
        Text::tr("The agencies expected to submit: a CSV or TSV file with the columns code, name and group."),
        QStringLiteral("LIST"));
    command.parser().addOptions({output, year, title, criteria, agencies});
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    std::optional<QString> values[3];
    const QString keys[] = {QStringLiteral("o"), QStringLiteral("year"), QStringLiteral("title")};
    for (int i = 0; i < 3; ++i) {
        values[i] = command.required(keys[i]);
        if (!values[i])
            return InvalidInput;
    }
    const QString &path = *values[0];
    if (QFileInfo::exists(path)) // before reading the list: nothing else matters then
        return reportError(Error::unreadable(ParxFile::tr("%1 already exists; choose another name").arg(path)));

    NewProvince province;
    province.title = *values[2];
    province.year = values[1]->toInt(); // anything but a year is refused by ProvinceFile::create
    for (const QString &spec : command.parser().values(criteria)) {
        auto set = BuiltinCriteria::load(spec);
        if (!set)
            return reportError(set.error());
        province.criteria.append(std::move(set).value());
    }
    if (province.criteria.isEmpty())
        province.criteria = BuiltinCriteria::all();
    if (command.parser().isSet(agencies)) {
        auto list = AgencyList::readFile(command.parser().value(agencies));
        if (!list)
            return reportError(list.error());
        province.agencies = std::move(list).value();
    }
    const auto created = ProvinceFile::create(path, province);
    if (!created)
        return reportError(created.error());
    printOut(Text::tr("Created %1: %2, %3, %4 criteria set(s), %5 expected agencies")
                 .arg(printableText(path), printableText(province.title.trimmed()), QString::number(province.year),
                      QString::number(province.criteria.size()), QString::number(province.agencies.size()))
             + u'\n');
    return Success;
}

int provinceShow(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("province show"),
                        Text::tr("Shows a province file's title, year, accepted criteria sets and expected "
                                 "agencies."));
    command.addPositional(QStringLiteral("file"), Text::tr("The province file."), QStringLiteral("F.parx"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    if (file.info(QStringLiteral("role")) != QLatin1String("inspector"))
        return reportError(Error::invalid(
            Text::tr("%1 is an agency's own file, not a province file").arg(file.path())));
    const auto info = ProvinceFile::read(file);
    if (!info)
        return reportError(info.error());
    const auto sets = ProvinceFile::acceptedSets(file);
    if (!sets)
        return reportError(sets.error());
    printOut(command.parser().isSet(json)
                 ? QString::fromUtf8(QJsonDocument(provinceJson(info.value(), sets.value())).toJson())
                 : provinceText(info.value(), sets.value()));
    return Success;
}

} // namespace ParScore::Cli
