// parscore-cli key new | show | export: the user's own signing key (core/keys).
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "keystore.h"
#include "publickeyfile.h"
#include "signingkey.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::KeyCommands)
};

// The key's public part, or the exit status after printing why it cannot be had.
std::variant<StoredKeyInfo, int> storedInfo(const KeyStore &store)
{
    if (!store.exists()) {
        printErr(Text::tr("There is no key in %1 yet: create one with “parscore-cli key new”.")
                     .arg(printableText(QDir::toNativeSeparators(store.folder())))
                 + u'\n');
        return Unreadable;
    }
    auto info = store.info();
    if (!info)
        return reportError(info.error());
    return std::move(info).value();
}

QString fingerprintLine(const PublicKey &key)
{
    return Text::tr("Fingerprint: %1").arg(key.fingerprint()) + u'\n';
}

} // namespace

int keyNew(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("key new"),
                        Text::tr("Creates your signing key (Ed25519) in your configuration folder, protected by the "
                                 "passphrase in PARSCORE_KEY_PASSPHRASE when it is set."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("The holder's name shown with the key (default: your login name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Replace an existing key; what it signed can then no longer be signed "
                                            "again with it."));
    command.parser().addOptions({name, force});
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    const KeyStore store;
    if (store.exists() && !command.parser().isSet(force)) {
        QString text = Text::tr("A key already exists in %1; “--force” replaces it.")
                           .arg(printableText(QDir::toNativeSeparators(store.folder())))
                       + u'\n';
        if (const auto info = store.info())
            text += fingerprintLine(info.value().key);
        printErr(text);
        return InvalidInput;
    }
    const QString holder = command.parser().isSet(name) ? command.parser().value(name) : authorName({});
    if (const QString problem = PublicKeyFile::holderProblem(holder); !problem.isEmpty())
        return reportError(Error::invalid(Text::tr("--name: %1").arg(problem)));
    const auto pair = KeyPair::generate();
    if (!pair)
        return reportError(pair.error());
    const QByteArray secret = keyPassphrase();
    const auto saved = store.save(pair.value(), holder, secret, true);
    if (!saved)
        return reportError(saved.error());
    printOut(Text::tr("Created the key of %1 in %2.")
                 .arg(printableText(holder), printableText(QDir::toNativeSeparators(store.path())))
             + u'\n' + fingerprintLine(pair.value().publicKey())
             + (secret.isEmpty() ? Text::tr("It is not protected by a passphrase (PARSCORE_KEY_PASSPHRASE was not set).")
                                 : Text::tr("It is protected by the passphrase in PARSCORE_KEY_PASSPHRASE."))
             + u'\n');
    return Success;
}

int keyShow(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("key show"),
                        Text::tr("Shows your signing key's fingerprint and holder; needs no passphrase."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    const KeyStore store;
    const auto read = storedInfo(store);
    if (std::holds_alternative<int>(read))
        return std::get<int>(read);
    const StoredKeyInfo &info = std::get<StoredKeyInfo>(read);
    if (command.parser().isSet(json)) {
        const QJsonObject object{{QStringLiteral("fingerprint"), info.key.fingerprint()},
                                 {QStringLiteral("holder"), info.holder},
                                 {QStringLiteral("publicKey"), info.key.base64()},
                                 {QStringLiteral("passphrase"), info.passphraseProtected},
                                 {QStringLiteral("path"), QDir::toNativeSeparators(store.path())}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson()));
        return Success;
    }
    printOut(Text::tr("Holder: %1").arg(printableText(info.holder)) + u'\n' + fingerprintLine(info.key)
             + (info.passphraseProtected ? Text::tr("Protected by a passphrase.") : Text::tr("Not protected by a passphrase."))
             + u'\n' + Text::tr("Key file: %1").arg(printableText(QDir::toNativeSeparators(store.path()))) + u'\n');
    return Success;
}

int keyExport(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("key export"),
                        Text::tr("Writes your public key to a file of one line, to give to those who check your "
                                 "signatures; needs no passphrase."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The public key file to write (KEY.pub); it must not exist."),
                                    QStringLiteral("FILE"));
    command.parser().addOption(output);
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    const auto path = command.required(QStringLiteral("o"));
    if (!path)
        return InvalidInput;
    const auto read = storedInfo(KeyStore());
    if (std::holds_alternative<int>(read))
        return std::get<int>(read);
    const StoredKeyInfo &info = std::get<StoredKeyInfo>(read);
    const auto written = PublicKeyFile{info.key, info.holder}.write(*path);
    if (!written)
        return reportError(written.error());
    printOut(Text::tr("Wrote the public key of %1 to %2.").arg(printableText(info.holder), printableText(*path)) + u'\n'
             + fingerprintLine(info.key));
    return Success;
}

} // namespace ParScore::Cli
