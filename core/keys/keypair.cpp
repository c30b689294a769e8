#include "keypair.h"

#include <sodium.h>

namespace ParScore {
namespace {

Result<KeyPair> failed()
{
    return Error::unreadable(KeyPair::tr("the signing library (libsodium) cannot start or has no secure memory"));
}

} // namespace

Result<KeyPair> KeyPair::generate()
{
    SecretBytes seed(SeedSize);
    if (seed.isNull())
        return failed();
    randombytes_buf(seed.data(), seed.size());
    return fromSeed(seed.view());
}

Result<KeyPair> KeyPair::fromSeed(QByteArrayView seed)
{
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    if (secret.isNull())
        return failed();
    if (seed.size() != SeedSize)
        return Error::invalid(tr("a key's seed has %1 bytes, not %2").arg(seed.size()).arg(SeedSize));
    QByteArray publicBytes(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicBytes.data()), secret.data(),
                             reinterpret_cast<const unsigned char *>(seed.data()));
    auto publicKey = PublicKey::fromBytes(publicBytes);
    if (!publicKey)
        return failed();
    return KeyPair(std::move(secret), std::move(*publicKey));
}

QByteArray KeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

SecretBytes KeyPair::seed() const
{
    SecretBytes seed(SeedSize);
    if (!seed.isNull())
        crypto_sign_ed25519_sk_to_seed(seed.data(), m_secret.data());
    return seed;
}

} // namespace ParScore
