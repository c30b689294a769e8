#pragma once

#include "keystore.h"
#include "signatures.h"

#include <QJsonObject>

#include <variant>

namespace ParScore::Cli {

// The passphrase of the user's key: PARSCORE_KEY_PASSPHRASE, UTF-8; empty or unset: none.
QByteArray keyPassphrase();

// The user's signing key for a command that signs (seal, finalize, sign): loaded with the
// passphrase in PARSCORE_KEY_PASSPHRASE, or made on first use for `holder` (protected by that
// passphrase when set; its fingerprint said on standard error). Prints the problem and
// returns the exit status when there is none to be had.
std::variant<StoredKey, int> signingKey(const QString &holder);

// A signature as `verify --json` and `show --json` print it: {"signed", "signer" (the
// fingerprint), "signatureValid"}, null for what an unsigned part cannot say.
QJsonObject signatureJson(const SignatureCheck &check);

} // namespace ParScore::Cli
