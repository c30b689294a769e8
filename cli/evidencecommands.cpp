// parscore-cli evidence add | list | extract
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "evidencestore.h"
#include "fileaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::EvidenceCommands)
};

} // namespace

int evidenceAdd(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("evidence add"),
                        Text::tr("Embeds evidence documents and links them to items."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    command.addPositional(QStringLiteral("documents"), Text::tr("The documents to embed."),
                          QStringLiteral("FILE..."));
    const QCommandLineOption node(QStringLiteral("node"),
                                  Text::tr("An item the documents support (repeatable)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("effective-date"),
                                  Text::tr("The documents' effective date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption agency = agencyOption();
    const QCommandLineOption author = authorOption();
    command.parser().addOptions({node, date, agency, author});
    if (const auto stop = command.parse(arguments, -1))
        return *stop;
    QStringList positional = command.positionalArguments();
    if (positional.size() < 2) {
        printErr(Text::tr("Name the .parx file and at least one document.") + u'\n');
        return InvalidInput;
    }
    const QString path = positional.takeFirst();
    auto opened = openAssessment(path, ParxFile::Mode::ReadWrite, command.parser().value(agency));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    EvidenceStore store(*target.file);
    const auto added =
        store.add(target.info, *target.set, command.parser().values(node), positional,
                  command.parser().value(date), authorName(command.parser().value(author)));
    if (!added)
        return reportError(added.error());
    printOut(Text::tr("%1: %2 document(s) embedded")
                 .arg(printableText(target.info.agencyCode), QString::number(added.value().size()))
             + u'\n');
    return Success;
}

int evidenceList(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("evidence list"),
                        Text::tr("Lists the evidence documents of a file."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    const auto evidence = EvidenceStore(*std::get<std::unique_ptr<ParxFile>>(opened)).list();
    if (!evidence)
        return reportError(evidence.error());
    QJsonArray array;
    QString text;
    for (const EvidenceInfo &e : evidence.value()) {
        QJsonArray links; // each item the document supports, under the name given there
        QStringList linkTexts;
        for (const QString &node : e.nodes) {
            links.append(QJsonObject{{QStringLiteral("node"), node}, {QStringLiteral("name"), e.nameAt(node)}});
            linkTexts.append(printableText(node)
                             + (e.nameAt(node) == e.name
                                    ? QString()
                                    : QStringLiteral(" (") + printableText(e.nameAt(node)) + u')'));
        }
        array.append(
            QJsonObject{{QStringLiteral("assessment"), e.assessment},
                        {QStringLiteral("sha256"), e.sha256},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("size"), e.size},
                        {QStringLiteral("mimeType"), e.mimeType},
                        {QStringLiteral("nodes"), QJsonArray::fromStringList(e.nodes)},
                        {QStringLiteral("links"), links},
                        {QStringLiteral("effectiveDate"),
                         e.effectiveDate.isEmpty() ? QJsonValue() : QJsonValue(e.effectiveDate)}});
        text += printableText(e.sha256.left(12)) + u' ' + fitToWidth(e.name, 40) + u' '
                + fitToWidth(QString::number(e.size), 10, true) + u' '
                + fitToWidth(e.effectiveDate, 10) + u' ' + linkTexts.join(QStringLiteral(", ")) + u'\n';
    }
    printOut(command.parser().isSet(json) ? QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("evidence"), array}}).toJson())
                                          : text);
    return Success;
}

int evidenceExtract(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("evidence extract"),
                        Text::tr("Writes the evidence documents into a folder."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("The folder to write into."),
                                QStringLiteral("DIR"));
    const QCommandLineOption agency = agencyOption();
    command.parser().addOptions({to, agency});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto directory = command.required(QStringLiteral("to"));
    if (!directory)
        return InvalidInput;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    AssessmentStore assessments(file);
    QList<AssessmentInfo> chosen;
    if (command.parser().isSet(agency)) {
        const auto one = assessments.find(command.parser().value(agency));
        if (!one)
            return reportError(one.error());
        chosen.append(one.value());
    } else {
        const auto all = assessments.list();
        if (!all)
            return reportError(all.error());
        chosen = all.value();
    }
    const auto written = EvidenceStore(file).extract(chosen, *directory);
    if (!written)
        return reportError(written.error());
    for (const QString &path : written.value())
        printOut(printableText(path) + u'\n');
    return Success;
}

} // namespace ParScore::Cli
