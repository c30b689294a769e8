#pragma once

#include "publickey.h"
#include "result.h"
#include "secretbytes.h"

#include <QCoreApplication>

// An Ed25519 key pair (libsodium's crypto_sign): signs for an agency or an inspector. The
// secret stays in sodium_malloc'd memory, zeroed when the pair goes.
namespace ParScore {

class KeyPair
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::KeyPair)

public:
    static constexpr qsizetype SeedSize = 32;

    // A new pair from the system's randomness.
    static Result<KeyPair> generate();
    // The pair a 32-byte seed determines (the secret as a key file keeps it).
    static Result<KeyPair> fromSeed(QByteArrayView seed);

    const PublicKey &publicKey() const { return m_publicKey; }
    // The 64-byte detached signature of `message`.
    QByteArray sign(QByteArrayView message) const;
    // The 32-byte seed, in secure memory, for storing.
    SecretBytes seed() const;

private:
    KeyPair(SecretBytes secret, PublicKey publicKey)
        : m_secret(std::move(secret))
        , m_publicKey(std::move(publicKey))
    {}
    SecretBytes m_secret; // libsodium's 64-byte secret key: seed, then public key
    PublicKey m_publicKey;
};

} // namespace ParScore
