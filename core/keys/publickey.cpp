#include "publickey.h"
#include "sha256.h"
#include "secretbytes.h"

#include <sodium.h>

namespace ParScore {
namespace {

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

std::optional<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size || !sodiumReady() || crypto_core_ed25519_is_valid_point(bytesOf(bytes)) != 1)
        return std::nullopt;
    return PublicKey(bytes.toByteArray());
}

std::optional<PublicKey> PublicKey::fromBase64(QByteArrayView text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text) // one spelling per key
        return std::nullopt;
    return fromBytes(decoded.decoded);
}

QString PublicKey::base64() const
{
    return QString::fromLatin1(m_bytes.toBase64());
}

QString PublicKey::fingerprint() const
{
    const QString hex = Sha256::hex(m_bytes).left(32).toUpper();
    QString text;
    for (int group = 0; group < 8; ++group) {
        if (group > 0)
            text += u' ';
        text += hex.mid(group * 4, 4);
    }
    return text;
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (signature.size() != SignatureSize || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message), static_cast<unsigned long long>(message.size()),
                                       bytesOf(m_bytes))
           == 0;
}

} // namespace ParScore
