// parscore-cli new | answer | show | seal | log
#include "agencyfile.h"
#include "answersparser.h"
#include "builtincriteria.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "itemhistory.h"
#include "language.h"
#include "requeststore.h"
#include "scorejson.h"
#include "scorer.h"
#include "requestfile.h"
#include "seal.h"
#include "signingkey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::FileCommands)
};

// A moment as ISO 8601 in UTC, for the change log's JSON (people read local time).
QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A layer's score object (criteria-format.md §6); null where the layer is empty.
QJsonValue layerJson(const CriteriaSet &set, const AnswerSet &answers, Role role)
{
    const auto card = scoreLayer(set, answers, role);
    if (!card)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("total"), totalJson(*card)},
                       {QStringLiteral("nodes"), nodesJson(set, *card)}};
}

QString layerLine(const QString &label, const CriteriaSet &set, const AnswerSet &answers, Role role)
{
    const auto scored = scoreLayer(set, answers, role);
    if (!scored)
        return fitToWidth(label, 16) + Text::tr("(empty)") + u'\n';
    const Scorecard &card = *scored;
    return fitToWidth(label, 16) + formatPoints(card.total) + QStringLiteral(" / ")
           + formatPoints(card.maxPoints)
           + (card.percent
                  ? QStringLiteral("  ") + formatPercent(*card.percent) + QStringLiteral(" %")
                  : QString())
           + (card.grade ? QStringLiteral("  ") + printableText(*card.grade) : QString())
           + QStringLiteral("  (")
           + Text::tr("%1 of %2 items")
                 .arg(QString::number(card.answeredLeaves), QString::number(card.leaves))
           + QStringLiteral(")\n");
}

// What `show` prints of one assessment: its set, its layers and the state of its seal.
struct LoadedScores
{
    CriteriaSet set;
    AnswerSet layers[3]; // self, appraisal1, appraisal2
    AnswerSet final;
    SealState seal = SealState::NotSealed;
    SignatureCheck signature; // the seal's
    QList<ExplanationRequest> requests;
};

Result<LoadedScores> loadScores(ParxFile &file, AssessmentStore &store, const AssessmentInfo &info)
{
    LoadedScores loaded;
    auto set = store.criteria(info.criteriaSha256);
    if (!set)
        return set.error();
    loaded.set = std::move(set).value();
    for (const Layer layer : allLayers) {
        auto answers = store.answers(info, loaded.set, layer);
        if (!answers)
            return answers.error();
        loaded.layers[int(layer)] = answers.value();
    }
    const auto seal = Seal::verify(file, info, Seal::Depth::Records); // fast: documents are checked by verify
    if (!seal)
        return seal.error();
    loaded.seal = seal.value();
    auto signature = Seal::signature(file, info);
    if (!signature)
        return signature.error();
    loaded.signature = signature.value();
    loaded.final = finalAnswers({&loaded.layers[0], &loaded.layers[1], &loaded.layers[2]});
    auto requests = RequestStore(file).list(info);
    if (!requests)
        return requests.error();
    loaded.requests = std::move(requests).value();
    return loaded;
}

// The explanation requests of an assessment, oldest first, with the response imported (null
// and false until then).
QJsonArray requestsJson(const QList<ExplanationRequest> &requests)
{
    QJsonArray array;
    for (const ExplanationRequest &request : requests)
        array.append(QJsonObject{{QStringLiteral("node"), request.node},
                                 {QStringLiteral("text"), request.text},
                                 {QStringLiteral("response"),
                                  request.responded ? QJsonValue(request.response) : QJsonValue::Null},
                                 {QStringLiteral("responded"), request.responded}});
    return array;
}

QJsonObject assessmentJson(const AssessmentInfo &info, const LoadedScores &loaded)
{
    const CriteriaSet &set = loaded.set;
    QJsonObject json{
        {QStringLiteral("uuid"), info.uuid},
        {QStringLiteral("agencyCode"), info.agencyCode},
        {QStringLiteral("agencyName"), info.agencyName},
        {QStringLiteral("group"), info.group},
        {QStringLiteral("year"), info.year},
        {QStringLiteral("status"), statusKey(info.status)},
        {QStringLiteral("criteria"), criteriaIdentityJson(set)},
        {QStringLiteral("sealed"), info.isSealed()},
        {QStringLiteral("sealIntact"), loaded.seal == SealState::Intact},
        {QStringLiteral("sealSha256"), info.isSealed() ? QJsonValue(info.sealSha256) : QJsonValue()},
        {QStringLiteral("layers"),
         QJsonObject{{QStringLiteral("self"), layerJson(set, loaded.layers[0], Role::Agency)},
                     {QStringLiteral("appraisal1"), layerJson(set, loaded.layers[1], Role::Appraiser)},
                     {QStringLiteral("appraisal2"), layerJson(set, loaded.layers[2], Role::Appraiser)},
                     {QStringLiteral("final"), layerJson(set, loaded.final, Role::Appraiser)}}},
        {QStringLiteral("requests"), requestsJson(loaded.requests)},
    };
    // The seal's signature, as verify --json names it.
    const QJsonObject signature = signatureJson(loaded.signature);
    for (auto it = signature.begin(); it != signature.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QString assessmentText(const AssessmentInfo &info, const LoadedScores &loaded)
{
    const CriteriaSet &set = loaded.set;
    QString text = printableText(info.agencyName) + QStringLiteral(" (")
                   + printableText(info.agencyCode) + QStringLiteral(") — ")
                   + QString::number(info.year) + u'\n';
    text += fitToWidth(Text::tr("Assessment:"), 16) + printableText(info.uuid) + u'\n';
    text += fitToWidth(Text::tr("Criteria set:"), 16) + printableText(set.id()) + QStringLiteral(" @ ")
            + printableText(set.version()) + QStringLiteral(" (") + statusName(set.status())
            + QStringLiteral(")\n");
    text += fitToWidth(Text::tr("Status:"), 16) + statusName(info.status) + u'\n';
    QString sealText = Text::tr("not sealed");
    if (loaded.seal == SealState::Intact)
        sealText = Text::tr("sealed %1 by %2, intact, fingerprint %3")
                       .arg(formatLocalTime(info.sealedAt), printableText(info.sealedBy),
                            printableText(info.sealSha256));
    else if (loaded.seal == SealState::Tampered)
        sealText = Text::tr("SEAL BROKEN: the self-assessment was changed after it was sealed");
    text += fitToWidth(Text::tr("Seal:"), 16) + sealText + u'\n';
    if (info.isSealed())
        text += fitToWidth(Text::tr("Signature:"), 16) + signatureStateName(loaded.signature) + u'\n';
    text += layerLine(Text::tr("Self:"), set, loaded.layers[0], Role::Agency);
    text += layerLine(Text::tr("Appraisal 1:"), set, loaded.layers[1], Role::Appraiser);
    text += layerLine(Text::tr("Appraisal 2:"), set, loaded.layers[2], Role::Appraiser);
    text += layerLine(Text::tr("Final:"), set, loaded.final, Role::Appraiser) + u'\n';
    return text;
}

} // namespace

int newAssessment(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("new"),
                        Text::tr("Creates an assessment file for one agency and year."));
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        Text::tr("The criteria set: a JSON file or builtin:ID[@VERSION]."), QStringLiteral("SPEC"));
    const QCommandLineOption code(QStringLiteral("agency-code"), Text::tr("The agency's code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("agency-name"), Text::tr("The agency's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Text::tr("The agency group: so, xa, phuong, …"),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("The year assessed."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The new file (.parx); it must not exist."),
                                    QStringLiteral("FILE"));
    command.parser().addOptions({criteria, code, name, group, year, output, authorOption()});
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    std::optional<QString> values[6];
    const QString keys[] = {QStringLiteral("criteria"),    QStringLiteral("agency-code"),
                            QStringLiteral("agency-name"), QStringLiteral("group"),
                            QStringLiteral("year"),        QStringLiteral("o")};
    for (int i = 0; i < 6; ++i) {
        values[i] = command.required(keys[i]);
        if (!values[i])
            return InvalidInput;
    }
    std::optional<int> yearValue; // required above; checked like every --year
    if (!command.year(QStringLiteral("year"), yearValue))
        return InvalidInput;
    const auto set = BuiltinCriteria::load(*values[0]);
    if (!set)
        return reportError(set.error());

    // One step: the file appears with its role and its assessment, or not at all.
    const auto created =
        createAgencyFile(*values[5], set.value(), {*values[1], *values[2], *values[3], *yearValue},
                         authorName(command.parser().value(QStringLiteral("author"))));
    if (!created)
        return reportError(created.error());
    const AssessmentInfo &assessment = created.value().assessment;
    printOut(Text::tr("Created %1: %2 (%3), %4, criteria set %5 @ %6, assessment %7")
                 .arg(printableText(*values[5]), printableText(assessment.agencyName),
                      printableText(assessment.agencyCode), QString::number(assessment.year),
                      printableText(set.value().id()), printableText(set.value().version()),
                      assessment.uuid)
             + u'\n');
    return Success;
}

int answer(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("answer"),
                        Text::tr("Stores an answers file into one layer of an assessment."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     Text::tr("The answers file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Text::tr("The layer: self (default), appraisal1 or appraisal2."),
                                   QStringLiteral("LAYER"), QStringLiteral("self"));
    command.parser().addOptions({answers, layer, agencyOption(), authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    const auto answersPath = command.required(QStringLiteral("answers"));
    if (!answersPath)
        return InvalidInput;
    const auto layerValue = layerFromKey(command.parser().value(layer));
    if (!layerValue) {
        printErr(Text::tr("--layer must be self, appraisal1 or appraisal2.") + u'\n');
        return InvalidInput;
    }
    auto opened =
        openAssessment(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite,
                       command.parser().value(QStringLiteral("agency")));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto parsed = AnswersParser::parseFile(*target.set, *answersPath, roleOf(*layerValue));
    if (!parsed)
        return reportError(parsed.error());
    AssessmentStore store(*target.file);
    const auto changed =
        store.applyAnswers(target.info, *target.set, *layerValue, parsed.value(),
                           authorName(command.parser().value(QStringLiteral("author"))));
    if (!changed)
        return reportError(changed.error());
    printOut(Text::tr("%1: %2 item(s) changed in the %3 layer")
                 .arg(printableText(target.info.agencyCode), QString::number(changed.value()),
                      layerKey(*layerValue))
             + u'\n');
    return Success;
}

int show(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("show"),
                        Text::tr("Shows every assessment of a file with its scores."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    AssessmentStore store(file);
    const auto assessments = store.list();
    if (!assessments)
        return reportError(assessments.error());

    QJsonArray array;
    QString text;
    for (const AssessmentInfo &info : assessments.value()) {
        const auto loaded = loadScores(file, store, info);
        if (!loaded)
            return reportError(loaded.error());
        if (command.parser().isSet(json))
            array.append(assessmentJson(info, loaded.value()));
        else
            text += assessmentText(info, loaded.value());
    }
    if (command.parser().isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("assessments"), array}}).toJson()));
    else
        printOut(text.isEmpty() ? Text::tr("The file holds no assessment.") + u'\n' : text);
    return Success;
}

int seal(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("seal"),
                        Text::tr("Submits an assessment: seals its self-assessment."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    command.parser().addOptions({agencyOption(), authorOption()});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    {
        // In a request file, sealing seals the response; the submission's seal stays as it is.
        auto file = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite);
        if (std::holds_alternative<int>(file))
            return std::get<int>(file);
        if (RequestFile::isRequestFile(*std::get<std::unique_ptr<ParxFile>>(file)))
            return sealResponse(*std::get<std::unique_ptr<ParxFile>>(file),
                                command.parser().value(QStringLiteral("author")));
    }
    auto opened =
        openAssessment(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite,
                       command.parser().value(QStringLiteral("agency")));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    // Signed with the user's key, made on first use in the agency's name.
    const auto key = signingKey(target.info.agencyName);
    if (std::holds_alternative<int>(key))
        return std::get<int>(key);
    const KeyPair &signer = std::get<StoredKey>(key).pair;
    const auto sealed = Seal::seal(*target.file, target.info,
                                   authorName(command.parser().value(QStringLiteral("author"))), &signer);
    if (!sealed)
        return reportError(sealed.error());
    printOut(Text::tr("Sealed the self-assessment of %1; fingerprint %2")
                 .arg(printableText(target.info.agencyCode),
                      printableText(sealed.value().sealSha256))
             + u'\n' + Text::tr("Signed with the key %1").arg(signer.publicKey().fingerprint()) + u'\n');
    return Success;
}

int log(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("log"),
                        Text::tr("Prints the change log of a file, oldest first."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOptions({agencyOption(), json});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    AssessmentStore store(*std::get<std::unique_ptr<ParxFile>>(opened));
    QString uuid;
    if (command.parser().isSet(QStringLiteral("agency"))) {
        const auto info = store.find(command.parser().value(QStringLiteral("agency")));
        if (!info)
            return reportError(info.error());
        uuid = info.value().uuid;
    }
    const auto entries = store.log(uuid);
    if (!entries)
        return reportError(entries.error());
    QJsonArray array;
    QString text;
    for (const LogEntry &e : entries.value()) {
        array.append(QJsonObject{{QStringLiteral("uuid"), e.uuid},
                                 {QStringLiteral("assessment"), e.assessment},
                                 {QStringLiteral("at"), timeText(e.at)},
                                 {QStringLiteral("author"), e.author},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("layer"), e.layer},
                                 {QStringLiteral("item"), e.item},
                                 {QStringLiteral("old"), e.oldValue},
                                 {QStringLiteral("new"), e.newValue}});
        text += formatLocalTime(e.at) + u' ' + printableText(e.author) + u' '
                + printableText(e.action) + u' ' + printableText(e.layer) + u' '
                + printableText(e.item) + QStringLiteral(": ")
                + (e.oldValue.isEmpty() ? QStringLiteral("—") : printableText(e.oldValue))
                + QStringLiteral(" → ")
                + (e.newValue.isEmpty() ? QStringLiteral("—") : printableText(e.newValue)) + u'\n';
    }
    printOut(command.parser().isSet(json) ? QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("log"), array}}).toJson())
                                          : text);
    return Success;
}

int history(const QStringList &arguments)
{
    CommandLine command(
        QStringLiteral("history"),
        Text::tr("Prints the history of one item of an assessment, oldest first: every "
                 "change of its answers in every layer and of its notes."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption node(QStringLiteral("node"),
                                  Text::tr("The item: a node id, or bonus:ID / penalty:ID."),
                                  QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    const QCommandLineOption agency = agencyOption();
    command.parser().addOptions({agency, node, json});
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    if (!command.parser().isSet(node)) {
        printErr(Text::tr("Name the item with --node ID.") + u'\n');
        return InvalidInput;
    }
    auto opened = openAssessment(command.positionalArguments().constFirst(),
                                 ParxFile::Mode::ReadOnly, command.parser().value(agency));
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    OpenedAssessment &target = std::get<OpenedAssessment>(opened);
    const auto changes =
        ItemHistory::read(*target.file, target.info, *target.set, command.parser().value(node));
    if (!changes)
        return reportError(changes.error());
    QJsonArray array;
    QString text;
    const auto shown = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("—") : printableText(value);
    };
    for (const ItemChange &c : changes.value()) {
        array.append(QJsonObject{{QStringLiteral("at"), timeText(c.at)},
                                 {QStringLiteral("author"), c.author},
                                 {QStringLiteral("action"), c.action},
                                 {QStringLiteral("layer"), c.layer},
                                 {QStringLiteral("item"), c.item},
                                 {QStringLiteral("old"), c.oldValue},
                                 {QStringLiteral("new"), c.newValue},
                                 {QStringLiteral("oldText"), c.oldText},
                                 {QStringLiteral("newText"), c.newText}});
        text += formatLocalTime(c.at) + u' ' + printableText(c.author) + u' '
                + printableText(c.layer) + u' ' + printableText(c.action) + QStringLiteral(": ")
                + shown(c.oldText) + QStringLiteral(" → ") + shown(c.newText) + u'\n';
    }
    printOut(command.parser().isSet(json) ? QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("history"), array}}).toJson())
                                          : text);
    return Success;
}

} // namespace ParScore::Cli
