#include "keyprompt.h"

#include "messages.h"
#include "publickeyfile.h"

#include <QDir>

namespace ParScore {

std::optional<CreatedKey> KeyPrompt::signingKey(QWidget *parent, const QString &holder)
{
    const KeyStore store;
    const QString name = PublicKeyFile::holderFrom(holder);
    auto key = store.loadOrCreate({}, name);
    if (key)
        return std::move(key).value();
    const auto info = store.info();
    if (!info || !info.value().passphraseProtected) {
        Messages::showError(parent, key.error());
        return std::nullopt;
    }
    const QString fingerprint = info.value().key.fingerprint();
    QString question = tr("Your signing key (%1) is protected by a passphrase. Enter it to sign:").arg(fingerprint);
    for (;;) {
        const auto passphrase = Messages::askPassphrase(parent, tr("Passphrase of your signing key"), question);
        if (!passphrase)
            return std::nullopt;
        auto loaded = store.load(passphrase->toUtf8());
        if (loaded)
            return CreatedKey{std::move(loaded).value(), false};
        // Invalid: the passphrase (none, or not the key's); anything else is no typing mistake.
        if (loaded.error().kind != ErrorKind::Invalid) {
            Messages::showError(parent, loaded.error());
            return std::nullopt;
        }
        question = tr("That passphrase does not open your signing key (%1). Enter it again:").arg(fingerprint);
    }
}

QString KeyPrompt::signedText(const CreatedKey &key)
{
    const QString fingerprint = key.key.pair.publicKey().fingerprint();
    if (!key.created)
        return tr("Signed with the key %1.").arg(fingerprint);
    return tr("Signed with your new signing key %1, made now and kept in %2. Whoever checks your files compares "
              "this fingerprint.")
        .arg(fingerprint, QDir::toNativeSeparators(KeyStore().folder()));
}

} // namespace ParScore
