#pragma once

#include "parxfile.h"
#include "publickey.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ParScore {

// Whose key the province file keeps: an agency's (one per agency code, signs its
// submissions) or a colleague inspector's (signs appraisals sent to this file).
enum class KeyHolderKind
{
    Agency,
    Inspector
};

// How the key came: recorded from a public key file by an inspector (confirmed by that act),
// or learnt from the first signed submission of an agency (to be confirmed by comparing its
// fingerprint with the agency's, by phone or on paper).
enum class KeySource
{
    Imported,
    Learned
};

// One row of the province file's known_keys (docs/signatures.md, "Trust").
struct KnownKey
{
    KeyHolderKind holderKind = KeyHolderKind::Agency;
    QString agencyCode; // empty for an inspector
    PublicKey key;
    QString holder; // the name the key file gave, or the agency's name for a learnt key
    KeySource source = KeySource::Imported;
    qint64 recordedAt = 0;
    std::optional<qint64> confirmedAt; // nullopt: learnt and not yet confirmed
    bool confirmed() const { return confirmedAt.has_value(); }
};

// What recording, confirming or removing a key changed.
struct TrustChange
{
    KnownKey key;                    // as it is now (as it was, for a removal)
    std::optional<KnownKey> replaced; // the agency's key it replaced, if another
    bool changed = true;             // false: the file already said so; nothing written
};

// The keys a province file (role "inspector") trusts. An agency has at most one key: a new
// key recorded for it replaces the old one (an agency that made a new key says so, and the
// inspector records it); inspectors have as many as they are. Every change is one
// transaction with its entry in the change log (action "trust", no assessment: a fact of
// the whole file).
class TrustedKeys
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::TrustedKeys)

public:
    // Agencies by code, then inspectors by holder and fingerprint.
    static Result<QList<KnownKey>> list(ParxFile &file);
    // The same on a connection already in a transaction (the merge's).
    static Result<QList<KnownKey>> read(QSqlDatabase &db);

    // Records `key` as the agency's, imported and confirmed now; replaces its key if another.
    static Result<TrustChange> recordAgency(ParxFile &file, const QString &agencyCode, const PublicKey &key,
                                            const QString &holder, const QString &author);
    // Records a colleague inspector's key, imported and confirmed now.
    static Result<TrustChange> recordInspector(ParxFile &file, const PublicKey &key, const QString &holder,
                                               const QString &author);
    // Confirms the agency's learnt key (its fingerprint compared with the agency's).
    static Result<TrustChange> confirmAgency(ParxFile &file, const QString &agencyCode, const QString &author);
    // Forgets the agency's key, or an inspector's.
    static Result<TrustChange> removeAgency(ParxFile &file, const QString &agencyCode, const QString &author);
    static Result<TrustChange> removeInspector(ParxFile &file, const PublicKey &key, const QString &author);

    // Inside the caller's write transaction (the merge): `key` learnt for an agency the file
    // knows no key of, from its first signed submission; not confirmed.
    static Result<bool> learn(QSqlDatabase &db, const QString &agencyCode, const PublicKey &key,
                              const QString &holder, const QString &author, qint64 now);

    // Why an agency code cannot name a key (empty: it can).
    static QString agencyCodeProblem(const QString &agencyCode);
};

QString keyHolderKindKey(KeyHolderKind kind); // "agency", "inspector"
QString keySourceKey(KeySource source);       // "imported", "learned"

} // namespace ParScore
