#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

// SHA-256, the fingerprint of documents, criteria sets and seals, through OpenSSL: it uses
// the processor's SHA instructions where there are some, seven times as fast as Qt's own
// on the machines ParScore is measured on, which counts when a merge checks every new
// document of thousands of files.
namespace ParScore {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    QString hex(); // lower-case hexadecimal, as stored in .parx files; ends the hashing

    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace ParScore
