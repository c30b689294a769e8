#pragma once

#include "keypair.h"
#include "publickey.h"
#include "result.h"

#include <QCoreApplication>

// The user's own key pair, kept in the configuration folder: on Linux
// $XDG_CONFIG_HOME/ParScore/keys/ (~/.config when unset), elsewhere the system's generic
// configuration folder + ParScore/keys. The folder is 0700 and the key file 0600; a key file
// that others may read or write is refused, as ssh does. The file is text
// (docs/signatures.md): the public part in plain, the secret plain or sealed under a
// passphrase (argon2id + XSalsa20-Poly1305).
namespace ParScore {

// What a key file says without its secret.
struct StoredKeyInfo
{
    PublicKey key;
    QString holder;
    bool passphraseProtected = false;
};

struct StoredKey
{
    KeyPair pair;
    QString holder;
};

struct CreatedKey
{
    StoredKey key;
    bool created = false; // made just now
};

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::KeyStore)

public:
    static constexpr const char *FileName = "signing.key";

    // The default folder, read from the environment at each call.
    static QString defaultFolder();

    explicit KeyStore(QString folder = defaultFolder());

    const QString &folder() const { return m_folder; }
    QString path() const;
    bool exists() const;

    // The public part and holder; checks the file's permissions, needs no passphrase.
    Result<StoredKeyInfo> info() const;
    // The whole pair: `passphrase` (UTF-8) must open a protected key and is ignored for a
    // plain one. The secret must give the public key the file records.
    Result<StoredKey> load(QByteArrayView passphrase) const;
    // Writes the pair atomically, sealed when `passphrase` is not empty. An existing key is
    // replaced only when `replace` is true (Invalid otherwise).
    Result<bool> save(const KeyPair &pair, const QString &holder, QByteArrayView passphrase, bool replace) const;

    // The key of a program that signs: loaded, or made for `holder` (sealed under `passphrase`
    // when not empty) when there is none yet — under a lock, so that two programs signing
    // their first file at once end with one key.
    Result<CreatedKey> loadOrCreate(QByteArrayView passphrase, const QString &holder) const;

private:
    QString m_folder;
};

} // namespace ParScore
