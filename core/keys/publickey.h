#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>
#include <utility>

// An Ed25519 public key: what checks a signature, and the fingerprint people compare.
namespace ParScore {

class PublicKey
{
public:
    static constexpr qsizetype Size = 32;          // bytes of the key
    static constexpr qsizetype SignatureSize = 64; // bytes of a detached signature

    // The key of exactly 32 bytes that are a valid Ed25519 point (not of small order);
    // nullopt otherwise.
    static std::optional<PublicKey> fromBytes(QByteArrayView bytes);
    // The same from base64 (standard alphabet, padded, canonical: 44 characters).
    static std::optional<PublicKey> fromBase64(QByteArrayView text);

    const QByteArray &bytes() const { return m_bytes; }
    QString base64() const;
    // Eight groups of four upper-case hexadecimal digits separated by single spaces: the
    // first 16 bytes of SHA-256 of the 32 key bytes (docs/signatures.md), e.g.
    // "3F2A 9C01 77D0 B1E4 0A5C 2B9E 61F3 D8A7".
    QString fingerprint() const;
    // True when `signature` (64 bytes, detached) was made over `message` by this key's secret.
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const PublicKey &a, const PublicKey &b) { return a.m_bytes == b.m_bytes; }

private:
    explicit PublicKey(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    QByteArray m_bytes;
};

} // namespace ParScore
