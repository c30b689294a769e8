// parscore-cli request-explanation F.parx --agency C --node ID --text "…"
// parscore-cli finalize F.parx --agency C|--group G [--year Y]
// parscore-cli reopen F.parx --agency C --reason "…"
// parscore-cli export-request F.parx --agency C -o REQUEST.parx [--without-appraisal-notes]
// parscore-cli respond REQUEST.parx --node ID --text "…" [--effective-date YYYY-MM-DD] [FILE…]
// (seal and verify of a request file, called from filecommands.cpp: sealResponse, verifyResponse)
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "requestfile.h"
#include "signingkey.h"
#include "requeststore.h"
#include "responseseal.h"
#include "statusflow.h"

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::RequestCommands)
};

QString author(CommandLine &command)
{
    return authorName(command.parser().value(QStringLiteral("author")));
}

// Opens the assessment named by the required --agency option for writing.
std::variant<OpenedAssessment, int> openNamed(CommandLine &command)
{
    const auto agency = command.required(QStringLiteral("agency"));
    if (!agency)
        return InvalidInput;
    return openAssessment(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite, *agency);
}

} // namespace

int requestExplanation(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("request-explanation"),
                        Text::tr("Asks an agency to explain one item (a request for explanation); the "
                                 "assessment's status becomes “explanation requested”."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption node(QStringLiteral("node"), Text::tr("The item to explain (any node id of the set)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption text(QStringLiteral("text"), Text::tr("What the agency is asked to explain."),
                                  QStringLiteral("TEXT"));
    command.parser().addOptions({agencyOption(), node, text, authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto nodeId = command.required(QStringLiteral("node"));
    if (!nodeId)
        return InvalidInput;
    const auto textValue = command.required(QStringLiteral("text"));
    if (!textValue)
        return InvalidInput;
    auto opened = openNamed(command);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto added = RequestStore(*target.file).add(target.info, *target.set, *nodeId, *textValue, author(command));
    if (!added)
        return reportError(added.error());
    printOut(Text::tr("Requested an explanation of item %1 from %2.")
                 .arg(printableText(*nodeId), printableText(target.info.agencyCode))
             + u'\n');
    return Success;
}

int finalize(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("finalize"),
                        Text::tr("Locks the final result of an agency, or of every agency of a group whose final "
                                 "layer is complete; open requests are closed as unanswered."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption group(QStringLiteral("group"), Text::tr("Every agency of this group."),
                                   QStringLiteral("G"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("With --group: only the assessments of this year."),
                                  QStringLiteral("YEAR"));
    command.parser().addOptions({agencyOption(), group, year, authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const bool byGroup = command.parser().isSet(group);
    if (byGroup == command.parser().isSet(QStringLiteral("agency"))) {
        printErr(Text::tr("Name either --agency CODE or --group G.") + u'\n');
        return InvalidInput;
    }
    // Signed with the inspector's key, made on first use in the author's name.
    const auto key = signingKey(author(command));
    if (std::holds_alternative<int>(key))
        return std::get<int>(key);
    const KeyPair &signer = std::get<StoredKey>(key).pair;
    const QString signedLine = Text::tr("Signed with the key %1").arg(signer.publicKey().fingerprint()) + u'\n';
    if (!byGroup) {
        auto opened = openNamed(command);
        if (std::holds_alternative<int>(opened))
            return std::get<int>(opened);
        OpenedAssessment &target = std::get<OpenedAssessment>(opened);
        const auto closed = StatusFlow::finalize(*target.file, target.info, author(command), &signer);
        if (!closed)
            return reportError(closed.error());
        printOut(Text::tr("Finalized %1 (%2); %n open request(s) closed as unanswered.", nullptr, closed.value())
                     .arg(printableText(target.info.agencyCode), QString::number(target.info.year))
                 + u'\n' + signedLine);
        return Success;
    }
    std::optional<int> yearValue;
    if (!command.year(year.names().constFirst(), yearValue))
        return InvalidInput;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    const auto outcomes =
        StatusFlow::finalizeGroup(file, command.parser().value(group), yearValue, author(command), &signer);
    if (!outcomes)
        return reportError(outcomes.error());
    QString text;
    int finalized = 0;
    for (const FinalizeOutcome &outcome : outcomes.value()) {
        const QString agency = printableText(outcome.assessment.agencyCode) + QStringLiteral(" (")
                               + QString::number(outcome.assessment.year) + u')';
        if (outcome.finalized) {
            ++finalized;
            text += Text::tr("FINALIZED %1; %n open request(s) closed as unanswered", nullptr, outcome.closedRequests)
                        .arg(agency)
                    + u'\n';
        } else {
            text += Text::tr("NOT FINALIZED %1: %2").arg(agency, outcome.reason) + u'\n';
        }
    }
    text += Text::tr("%n of %1 assessment(s) finalized.", nullptr, finalized)
                .arg(QString::number(outcomes.value().size()))
            + u'\n';
    if (finalized > 0)
        text += signedLine;
    printOut(text);
    return Success;
}

int reopen(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("reopen"),
                        Text::tr("Reopens a final result for appraisal; the reason is recorded in the log."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption reason(QStringLiteral("reason"), Text::tr("Why the final result is reopened."),
                                    QStringLiteral("TEXT"));
    command.parser().addOptions({agencyOption(), reason, authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto reasonText = command.required(QStringLiteral("reason"));
    if (!reasonText)
        return InvalidInput;
    auto opened = openNamed(command);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto reopened = StatusFlow::reopen(*target.file, target.info, *reasonText, author(command));
    if (!reopened)
        return reportError(reopened.error());
    printOut(Text::tr("Reopened %1 (%2): it is in appraisal again.")
                 .arg(printableText(target.info.agencyCode), QString::number(target.info.year))
             + u'\n');
    return Success;
}

int exportRequest(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("export-request"),
                        Text::tr("Writes the request file for one agency: its submission, the round-1 appraisal "
                                 "and its open explanation requests, never other agencies' data."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' province file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The request file to write (a new file)."), QStringLiteral("REQUEST.parx"));
    const QCommandLineOption withoutNotes(QStringLiteral("without-appraisal-notes"),
                                          Text::tr("Send the round-1 points without the appraisers' notes."));
    command.parser().addOptions({agencyOption(), output, withoutNotes, authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("output"));
    if (!outputPath)
        return InvalidInput;
    auto opened = openNamed(command);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &source = std::get<OpenedAssessment>(opened);
    const auto written = RequestFile::exportFor(*source.file, source.info, *outputPath,
                                                !command.parser().isSet(withoutNotes), author(command));
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the request file for %1 to %2.")
                 .arg(printableText(source.info.agencyCode), printableText(*outputPath))
             + u'\n');
    return Success;
}

int respond(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("respond"),
                        Text::tr("Answers the explanation request on one item of a request file, with documents "
                                 "when given; before sealing, answering again replaces the text."));
    command.addPositional(QStringLiteral("file"), Text::tr("The request file."), QStringLiteral("REQUEST.parx"));
    command.addPositional(QStringLiteral("documents"), Text::tr("Documents to attach."), QStringLiteral("[FILE…]"));
    const QCommandLineOption node(QStringLiteral("node"), Text::tr("The item the request is on."),
                                  QStringLiteral("ID"));
    const QCommandLineOption text(QStringLiteral("text"), Text::tr("The explanation."), QStringLiteral("TEXT"));
    const QCommandLineOption date(QStringLiteral("effective-date"), Text::tr("The documents' effective date."),
                                  QStringLiteral("YYYY-MM-DD"));
    command.parser().addOptions({node, text, date, authorOption()});
    if (const auto stop = command.parse(arguments, -1))
        return *stop;
    const auto nodeId = command.required(QStringLiteral("node"));
    if (!nodeId)
        return InvalidInput;
    const auto textValue = command.required(QStringLiteral("text"));
    if (!textValue)
        return InvalidInput;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    const QStringList files = command.positionalArguments().mid(1);
    const auto responded = RequestFile::respond(file, *nodeId, *textValue, files,
                                                command.parser().value(date), author(command));
    if (!responded)
        return reportError(responded.error());
    printOut(Text::tr("Recorded the response on item %1 (%n document(s)).", nullptr,
                      int(responded.value().documents.size()))
                 .arg(printableText(*nodeId))
             + u'\n');
    return Success;
}

int sealResponse(ParxFile &file, const QString &authorOption)
{
    const auto sealed = ResponseSeal::seal(file, authorName(authorOption));
    if (!sealed)
        return reportError(sealed.error());
    printOut(Text::tr("Sealed the response; fingerprint %1").arg(printableText(sealed.value())) + u'\n');
    return Success;
}

int verifyResponse(ParxFile &file)
{
    const auto state = ResponseSeal::verify(file);
    if (!state)
        return reportError(state.error());
    switch (state.value()) {
    case SealState::Intact:
        printOut(Text::tr("Response: sealed, intact (%1)").arg(printableText(file.info(QStringLiteral("response_seal"))))
                 + u'\n');
        return Success;
    case SealState::NotSealed:
        printErr(Text::tr("Response: not sealed") + u'\n');
        return InvalidInput;
    case SealState::Tampered:
        printErr(Text::tr("Response: SEAL BROKEN, the response was changed after sealing") + u'\n');
        return InvalidInput;
    }
    return InvalidInput;
}

} // namespace ParScore::Cli
