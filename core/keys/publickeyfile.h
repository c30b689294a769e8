#pragma once

#include "publickey.h"
#include "result.h"

#include <QCoreApplication>

// The public key file people exchange: one line of UTF-8 text
//     parscore-ed25519 <base64 of the 32 key bytes> <holder name>
// the holder being the rest of the line (docs/signatures.md).
namespace ParScore {

class PublicKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::PublicKeyFile)

public:
    static constexpr qsizetype MaxHolderLength = 200; // characters
    static constexpr qsizetype MaxFileSize = 4096;    // bytes

    PublicKey key;
    QString holder;

    // What is wrong with a holder name (empty: nothing): it must be 1 to 200 characters with
    // no space at either end, no control character, line or paragraph separator, nor
    // bidirectional control.
    static QString holderProblem(const QString &holder);
    // `name` made a holder's name a key file can keep (forbidden characters dropped, spaces
    // trimmed, cut to the longest allowed); "ParScore" when nothing is left. For keys made on
    // first use in an agency's or a person's name, which other rules bound.
    static QString holderFrom(const QString &name);

    // The line, ending with "\n".
    QByteArray toLine() const;
    // Parses the text of a public key file: one line, optionally ended by "\n" or "\r\n".
    static Result<PublicKeyFile> parse(QByteArrayView text);
    static Result<PublicKeyFile> read(const QString &path);
    // Writes the file atomically; refuses (Invalid) when `path` exists.
    Result<bool> write(const QString &path) const;
};

} // namespace ParScore
