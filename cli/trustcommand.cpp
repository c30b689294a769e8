// parscore-cli trust F.parx --agency C KEY.pub | --inspector KEY.pub | --list [--json]
//     | --confirm --agency C | --remove (--agency C | --inspector KEY.pub)
// The public keys a province file trusts (core/province/trustedkeys.h).
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "language.h"
#include "publickeyfile.h"
#include "trustedkeys.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::TrustCommand)
};

QJsonObject keyJson(const KnownKey &key)
{
    const auto isoTime = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    return {{QStringLiteral("holderKind"), keyHolderKindKey(key.holderKind)},
            {QStringLiteral("agencyCode"),
             key.holderKind == KeyHolderKind::Agency ? QJsonValue(key.agencyCode) : QJsonValue()},
            {QStringLiteral("fingerprint"), key.key.fingerprint()},
            {QStringLiteral("publicKey"), key.key.base64()},
            {QStringLiteral("holder"), key.holder},
            {QStringLiteral("source"), keySourceKey(key.source)},
            {QStringLiteral("confirmed"), key.confirmed()},
            {QStringLiteral("recordedAt"), isoTime(key.recordedAt)},
            {QStringLiteral("confirmedAt"), key.confirmedAt ? QJsonValue(isoTime(*key.confirmedAt)) : QJsonValue()}};
}

QString keyLine(const KnownKey &key)
{
    const QString who = key.holderKind == KeyHolderKind::Agency
                            ? Text::tr("Agency %1").arg(printableText(key.agencyCode))
                            : Text::tr("Inspector");
    const QString state =
        !key.confirmed() ? Text::tr("learnt, NOT CONFIRMED: compare the fingerprint with the agency by phone or on "
                                    "paper, then run “trust --confirm --agency %1”")
                               .arg(printableText(key.agencyCode))
        : key.source == KeySource::Learned ? Text::tr("learnt, confirmed %1").arg(formatLocalTime(*key.confirmedAt))
                                           : Text::tr("imported %1").arg(formatLocalTime(key.recordedAt));
    return QStringLiteral("%1: %2 — %3 (%4)").arg(who, key.key.fingerprint(), printableText(key.holder), state) + u'\n';
}

int listKeys(ParxFile &file, bool json)
{
    const auto keys = TrustedKeys::list(file);
    if (!keys)
        return reportError(keys.error());
    if (json) {
        QJsonArray array;
        for (const KnownKey &key : keys.value())
            array.append(keyJson(key));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson()));
        return Success;
    }
    if (keys.value().isEmpty()) {
        printOut(Text::tr("The province file trusts no key yet.") + u'\n');
        return Success;
    }
    QString text;
    for (const KnownKey &key : keys.value())
        text += keyLine(key);
    printOut(text);
    return Success;
}

int reportChange(const Result<TrustChange> &change, const QString &done)
{
    if (!change)
        return reportError(change.error());
    QString text = change.value().changed ? done : Text::tr("Nothing to change: the province file already says so.");
    text += u'\n' + keyLine(change.value().key);
    if (const auto &old = change.value().replaced)
        text += Text::tr("It replaces the key %1 (%2).").arg(old->key.fingerprint(), printableText(old->holder)) + u'\n';
    printOut(text);
    return Success;
}

} // namespace

int trust(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("trust"),
                        Text::tr("Records the public keys the province file trusts: an agency's (one per agency: a "
                                 "new one replaces the old) or a colleague inspector's; lists, confirms and removes "
                                 "them."));
    command.addPositional(QStringLiteral("file"), Text::tr("The province file."), QStringLiteral("F.parx"));
    command.addPositional(QStringLiteral("key"), Text::tr("The public key file (one line, as key export writes it)."),
                          QStringLiteral("[KEY.pub]"));
    const QCommandLineOption agency(QStringLiteral("agency"), Text::tr("The agency whose key it is."),
                                    QStringLiteral("C"));
    const QCommandLineOption inspector(QStringLiteral("inspector"), Text::tr("The key is a colleague inspector's."));
    const QCommandLineOption list(QStringLiteral("list"), Text::tr("List the keys the file trusts."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("With --list: print one JSON object."));
    const QCommandLineOption confirm(
        QStringLiteral("confirm"),
        Text::tr("Confirm the agency's learnt key, once its fingerprint was compared with the agency's."));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    Text::tr("Forget the agency's key (--agency C) or an inspector's (--inspector "
                                             "KEY.pub)."));
    command.parser().addOptions({agency, inspector, list, json, confirm, remove, authorOption()});
    if (const auto stop = command.parse(arguments, -1))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QStringList positionals = command.positionalArguments();
    const bool listing = parser.isSet(list), confirming = parser.isSet(confirm), removing = parser.isSet(remove);
    const bool forAgency = parser.isSet(agency), forInspector = parser.isSet(inspector);
    // Exactly one of the forms, each with its own arguments.
    const bool keyFileForm = !listing && !confirming && (forAgency != forInspector)
                             && positionals.size() == (removing && forAgency ? 1 : 2);
    const bool valid = listing ? !confirming && !removing && !forAgency && !forInspector && positionals.size() == 1
                       : confirming ? !removing && forAgency && !forInspector && positionals.size() == 1
                                    : keyFileForm;
    if (!valid || (parser.isSet(json) && !listing)) {
        printErr(Text::tr("Use one of: trust F.parx --agency C KEY.pub | trust F.parx --inspector KEY.pub | "
                          "trust F.parx --list [--json] | trust F.parx --confirm --agency C | "
                          "trust F.parx --remove --agency C | trust F.parx --remove --inspector KEY.pub")
                 + u'\n');
        return InvalidInput;
    }
    const QString code = parser.value(agency);
    if (forAgency) {
        if (const QString problem = TrustedKeys::agencyCodeProblem(code); !problem.isEmpty())
            return reportError(Error::invalid(Text::tr("--agency: %1").arg(problem)));
    }
    std::optional<PublicKeyFile> keyFile;
    if (positionals.size() == 2) {
        auto read = PublicKeyFile::read(positionals[1]);
        if (!read)
            return reportError(read.error());
        keyFile = std::move(read).value();
    }
    auto opened = openFile(positionals[0], listing ? ParxFile::Mode::ReadOnly : ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    if (listing)
        return listKeys(file, parser.isSet(json));
    const QString author = authorName(parser.value(QStringLiteral("author")));
    if (confirming)
        return reportChange(TrustedKeys::confirmAgency(file, code, author),
                            Text::tr("Confirmed the key of the agency %1.").arg(printableText(code)));
    if (removing)
        return forAgency ? reportChange(TrustedKeys::removeAgency(file, code, author),
                                        Text::tr("Removed the key of the agency %1.").arg(printableText(code)))
                         : reportChange(TrustedKeys::removeInspector(file, keyFile->key, author),
                                        Text::tr("Removed the inspector's key."));
    if (forAgency)
        return reportChange(TrustedKeys::recordAgency(file, code, keyFile->key, keyFile->holder, author),
                            Text::tr("Recorded the key of the agency %1.").arg(printableText(code)));
    return reportChange(TrustedKeys::recordInspector(file, keyFile->key, keyFile->holder, author),
                        Text::tr("Recorded the inspector's key."));
}

} // namespace ParScore::Cli
