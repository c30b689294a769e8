#pragma once

#include "keystore.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace ParScore {

// The user's own key for a window that signs (submitting, finalizing): the key of the
// KeyStore, made on first use, its passphrase asked for in the window when it has one.
class KeyPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::KeyPrompt)

public:
    // The key to sign with: loaded (its passphrase asked for, and asked again after a wrong
    // one) or made now in `holder`'s name when there is none yet (`created`). None when the
    // user cancelled or the key cannot be had (the problem shown): then nothing is signed,
    // and nothing may be changed.
    static std::optional<CreatedKey> signingKey(QWidget *parent, const QString &holder);
    // What a success message says of the key: its fingerprint and, for a key made just now,
    // where it is kept and that others compare that fingerprint.
    static QString signedText(const CreatedKey &key);
};

} // namespace ParScore
