#pragma once

#include <QByteArrayView>
#include <cstddef>

// libsodium, made ready once, and the secure memory secrets live in.
namespace ParScore {

// sodium_init() once per process, whatever the thread; false when libsodium cannot start
// (no source of randomness).
bool sodiumReady();

// Bytes in sodium_malloc'd memory: guarded pages, kept out of swap where the system allows,
// zeroed when freed. Move-only; null when the memory could not be had.
class SecretBytes
{
public:
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    bool isNull() const { return m_data == nullptr; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    QByteArrayView view() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace ParScore
