#include "signingkey.h"

#include "clioutput.h"
#include "commands.h"
#include "publickeyfile.h"

#include <QDir>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::KeyCommands)
};

} // namespace

QByteArray keyPassphrase()
{
    return qEnvironmentVariable("PARSCORE_KEY_PASSPHRASE").toUtf8();
}

std::variant<StoredKey, int> signingKey(const QString &holder)
{
    const KeyStore store;
    const QString name = PublicKeyFile::holderFrom(holder);
    auto key = store.loadOrCreate(keyPassphrase(), name);
    if (!key)
        return reportError(key.error());
    if (key.value().created)
        printErr(Text::tr("Created your signing key in %1; its fingerprint is %2.")
                     .arg(printableText(QDir::toNativeSeparators(store.path())),
                          key.value().key.pair.publicKey().fingerprint())
                 + u'\n');
    return std::move(key).value().key;
}

QJsonObject signatureJson(const SignatureCheck &check)
{
    return {{QStringLiteral("signed"), check.isSigned},
            {QStringLiteral("signer"), check.signer ? QJsonValue(check.signer->fingerprint()) : QJsonValue()},
            {QStringLiteral("signatureValid"), check.isSigned ? QJsonValue(check.valid) : QJsonValue()}};
}

} // namespace ParScore::Cli
