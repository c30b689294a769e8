#pragma once

#include "keypair.h"
#include "publickey.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace ParScore {

// What a signature stands behind: an agency's seal (its submission), the inspectors' final
// result, or an inspector's appraisal sent to a colleague (docs/signatures.md).
enum class SignatureKind
{
    Seal,
    Final,
    Appraisal
};

// A stored signature as found, and whether it holds for the content as it is now.
struct SignatureCheck
{
    bool isSigned = false;
    std::optional<PublicKey> signer; // the key the file names (nullopt: unsigned)
    bool valid = false;              // signed by `signer` over the fingerprint the content gives now
    qint64 signedAt = 0;
};

// One row of the signatures table as stored: what a merge carries from file to file.
struct SignatureRow
{
    int version = 0;
    QString fingerprint; // what was signed
    QString publicKey;   // base64
    QString signature;   // base64
    qint64 signedAt = 0;
};

// The signatures table of a .parx: one signature per assessment and kind. What is signed is
// never the fingerprint alone but a statement naming the kind, the assessment, the version of
// the statement, the fingerprint and the signer's public key, so that a signature cannot be
// moved to another assessment, another kind or another key.
class Signatures
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Signatures)

public:
    static constexpr int currentVersion = 1;

    static QByteArray statement(SignatureKind kind, const QString &assessment, int version,
                                const QString &fingerprint, const PublicKey &key);
    // Inside a write transaction: signs `fingerprint` with `pair` and stores it, replacing the
    // assessment's signature of that kind.
    static Result<bool> write(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                              const QString &fingerprint, const KeyPair &pair, qint64 now);
    static Result<bool> remove(QSqlDatabase &db, const QString &assessment, SignatureKind kind);
    // The stored signature of `kind`, checked against `fingerprint` (what the content gives now).
    static Result<SignatureCheck> check(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                                        const QString &fingerprint);
    // The same with the fingerprint computed only when there is a signature to check: the
    // content of an unsigned assessment (most of a province file) is never read for it.
    static Result<SignatureCheck> check(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                                        const std::function<Result<QString>()> &fingerprint);
    // The same for a row read elsewhere (from another file).
    static SignatureCheck check(const SignatureRow &row, const QString &assessment, SignatureKind kind,
                                const QString &fingerprint);
};

QString signatureKindKey(SignatureKind kind);

// A signature as a person reads it, in the current language, wherever a seal or a result is
// shown: "signed by the key XXXX …", "not signed (made before signatures)" (a file of an older
// version), "SIGNATURE DOES NOT HOLD (key XXXX …)".
QString signatureStateName(const SignatureCheck &check);
// The same in a word or two, for a table cell: "signed", "not signed", "SIGNATURE DOES NOT HOLD".
QString signatureStateShortName(const SignatureCheck &check);

} // namespace ParScore
