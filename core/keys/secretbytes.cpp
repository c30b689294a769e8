#include "secretbytes.h"

#include <sodium.h>
#include <utility>

namespace ParScore {

bool sodiumReady()
{
    // A function-local static is initialised exactly once, even when threads race to it.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretBytes::SecretBytes(std::size_t size)
{
    if (!sodiumReady())
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, size);
    }
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // zeroes the bytes first
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

QByteArrayView SecretBytes::view() const
{
    return {m_data, static_cast<qsizetype>(m_size)};
}

} // namespace ParScore
