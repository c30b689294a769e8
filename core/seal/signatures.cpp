#include "signatures.h"

#include "parxfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ParScore {

QString signatureKindKey(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Final:
        return QStringLiteral("final");
    case SignatureKind::Appraisal:
        return QStringLiteral("appraisal");
    case SignatureKind::Seal:
        break;
    }
    return QStringLiteral("seal");
}

QString signatureStateName(const SignatureCheck &check)
{
    if (!check.isSigned)
        return Signatures::tr("not signed (made before signatures)");
    if (!check.signer)
        return Signatures::tr("SIGNATURE DOES NOT HOLD (the key is unreadable)");
    if (!check.valid)
        return Signatures::tr("SIGNATURE DOES NOT HOLD (key %1)").arg(check.signer->fingerprint());
    return Signatures::tr("signed by the key %1").arg(check.signer->fingerprint());
}

QString signatureStateShortName(const SignatureCheck &check)
{
    if (!check.isSigned)
        return Signatures::tr("not signed");
    return check.signer && check.valid ? Signatures::tr("signed") : Signatures::tr("SIGNATURE DOES NOT HOLD");
}

QByteArray Signatures::statement(SignatureKind kind, const QString &assessment, int version,
                                 const QString &fingerprint, const PublicKey &key)
{
    const QJsonArray parts{QStringLiteral("parscore-signature"), signatureKindKey(kind), assessment, version,
                           fingerprint, key.base64()};
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

Result<bool> Signatures::write(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                               const QString &fingerprint, const KeyPair &pair, qint64 now)
{
    const QByteArray signature =
        pair.sign(statement(kind, assessment, currentVersion, fingerprint, pair.publicKey()));
    return execSql(db,
                   QStringLiteral("INSERT OR REPLACE INTO signatures (assessment, kind, version, fingerprint, "
                                  "public_key, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {assessment, signatureKindKey(kind), currentVersion, fingerprint, pair.publicKey().base64(),
                    QString::fromLatin1(signature.toBase64()), now});
}

Result<bool> Signatures::remove(QSqlDatabase &db, const QString &assessment, SignatureKind kind)
{
    return execSql(db, QStringLiteral("DELETE FROM signatures WHERE assessment = ? AND kind = ?"),
                   {assessment, signatureKindKey(kind)});
}

Result<SignatureCheck> Signatures::check(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                                         const QString &fingerprint)
{
    return check(db, assessment, kind, [&fingerprint]() -> Result<QString> { return fingerprint; });
}

Result<SignatureCheck> Signatures::check(QSqlDatabase &db, const QString &assessment, SignatureKind kind,
                                         const std::function<Result<QString>()> &fingerprint)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT version, fingerprint, public_key, signature, signed_at FROM signatures "
                                 "WHERE assessment = ? AND kind = ?"));
    query.addBindValue(assessment);
    query.addBindValue(signatureKindKey(kind));
    if (!query.exec())
        return Error::unreadable(tr("The file cannot be read to check its signatures"));
    if (!query.next())
        return SignatureCheck{};
    const SignatureRow row{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toLongLong()};
    query.finish();
    auto now = fingerprint();
    if (!now)
        return now.error();
    return check(row, assessment, kind, now.value());
}

SignatureCheck Signatures::check(const SignatureRow &row, const QString &assessment, SignatureKind kind,
                                 const QString &fingerprint)
{
    SignatureCheck check;
    check.isSigned = true;
    check.signedAt = row.signedAt;
    // The validator admits only base64 of the right lengths; a key that is not a valid point
    // names no signer and holds nothing.
    check.signer = PublicKey::fromBase64(row.publicKey.toLatin1());
    if (!check.signer)
        return check;
    const QByteArray signature =
        QByteArray::fromBase64(row.signature.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    check.valid = row.version == currentVersion && row.fingerprint == fingerprint
                  && check.signer->verify(statement(kind, assessment, row.version, fingerprint, *check.signer),
                                          signature);
    return check;
}

} // namespace ParScore
