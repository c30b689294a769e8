#include "seal.h"
#include "sha256.h"

#include "assessmentstore.h"
#include "blobstream.h"
#include "clock.h"
#include "preparedqueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ParScore {
namespace {

Error unreadableForSeal()
{
    return Error::unreadable(Seal::tr("The file cannot be read to check its seal"));
}

Result<QJsonArray> rows(QSqlDatabase &db, const QString &sql, const QString &assessment,
                        int columns)
{
    QSqlQuery &query = PreparedQueries::get(db, sql);
    query.addBindValue(assessment);
    if (!query.exec())
        return unreadableForSeal();
    QJsonArray result;
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i).toString());
        result.append(row);
    }
    query.finish();
    return result;
}

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

// The self answers and notes: the same part in every version.
Result<std::pair<QJsonArray, QJsonArray>> selfLayer(QSqlDatabase &db, const QString &uuid)
{
    auto answers = rows(db,
                        QStringLiteral("SELECT kind, item, answer FROM answers WHERE assessment = ? "
                                       "AND layer = 'self' ORDER BY kind, item"),
                        uuid, 3);
    auto notes = rows(db,
                      QStringLiteral("SELECT node, text FROM notes WHERE assessment = ? AND "
                                     "layer = 'self' ORDER BY node"),
                      uuid, 2);
    if (!answers || !notes)
        return unreadableForSeal();
    return std::pair{answers.value(), notes.value()};
}

// Version 2: the documents' SHA-256 recomputed from their stored bytes (or, checking the
// records alone, the recorded SHA-256 standing for them); links without names.
Result<QJsonArray> canonicalV2(QSqlDatabase &db, const AssessmentInfo &a, Seal::Depth depth)
{
    auto self = selfLayer(db, a.uuid);
    auto links = rows(db,
                      QStringLiteral("SELECT sha256, node FROM evidence_links WHERE assessment = ? "
                                     "ORDER BY sha256, node"),
                      a.uuid, 2);
    if (!self || !links)
        return unreadableForSeal();
    // In depth, a document whose bytes do not match its key stands for other bytes than
    // those sealed: its recorded SHA-256 is replaced by a mark no fingerprint contains.
    QJsonArray documents;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sha256, name, IFNULL(effective_date, '') FROM evidence "
                                 "WHERE assessment = ? ORDER BY sha256"));
    query.addBindValue(a.uuid);
    if (!query.exec())
        return unreadableForSeal();
    while (query.next()) {
        const QString sha256 = query.value(0).toString();
        QString bytesHash = sha256;
        if (depth == Seal::Depth::Documents) {
            auto intact = BlobStream::intact(db, sha256);
            if (!intact)
                return intact.error();
            if (!intact.value())
                bytesHash = QStringLiteral("altered");
        }
        documents.append(QJsonArray{sha256, query.value(1).toString(), query.value(2).toString(), bytesHash});
    }
    return QJsonArray{QStringLiteral("parscore-seal-2"), a.uuid, a.criteriaSha256, a.agencyCode,
                      a.agencyName, a.group, a.year, self.value().first, self.value().second,
                      documents, links.value()};
}

// Version 3: also when and by whom it was sealed, each document's recorded SHA-256 and
// size, and the name each link gives its document. Made from the records alone; that the
// stored bytes match their SHA-256 is checked beside it (Seal::verify).
Result<QJsonArray> canonicalV3(QSqlDatabase &db, const AssessmentInfo &a)
{
    auto self = selfLayer(db, a.uuid);
    auto documents = rows(db,
                          QStringLiteral("SELECT e.sha256, IFNULL(b.size, ''), e.name, "
                                         "IFNULL(e.effective_date, '') FROM evidence e LEFT JOIN blobs b "
                                         "ON b.sha256 = e.sha256 WHERE e.assessment = ? ORDER BY e.sha256"),
                          a.uuid, 4);
    auto links = rows(db,
                      QStringLiteral("SELECT l.sha256, l.node, IFNULL(l.name, e.name) FROM evidence_links l "
                                     "LEFT JOIN evidence e ON e.assessment = l.assessment AND e.sha256 = l.sha256 "
                                     "WHERE l.assessment = ? ORDER BY l.sha256, l.node"),
                      a.uuid, 3);
    if (!self || !documents || !links)
        return unreadableForSeal();
    return QJsonArray{QStringLiteral("parscore-seal-3"), a.uuid, a.criteriaSha256, a.agencyCode,
                      a.agencyName, a.group, a.year, QString::number(a.sealedAt), a.sealedBy,
                      self.value().first, self.value().second, documents.value(), links.value()};
}

// Every stored document of the assessment against its recorded SHA-256 and size, read in
// pieces.
Result<bool> documentsIntact(QSqlDatabase &db, const QString &uuid)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sha256 FROM evidence WHERE assessment = ?"));
    query.addBindValue(uuid);
    if (!query.exec())
        return unreadableForSeal();
    QStringList documents;
    while (query.next())
        documents.append(query.value(0).toString());
    for (const QString &sha256 : std::as_const(documents)) {
        auto intact = BlobStream::intact(db, sha256);
        if (!intact || !intact.value())
            return false; // missing or altered: the seal does not hold
    }
    return true;
}

} // namespace

Result<QString> Seal::fingerprint(ParxFile &file, const AssessmentInfo &assessment, int version, Depth depth)
{
    // Each part in a fixed order with an ORDER BY, so the same content always gives the
    // same bytes.
    auto canonical = version == 2 ? canonicalV2(file.db(), assessment, depth)
                     : version == 3
                         ? canonicalV3(file.db(), assessment)
                         : Result<QJsonArray>(Error::invalid(tr("The seal of %1 is of an unknown kind (%2)")
                                                                 .arg(assessment.agencyCode, QString::number(version))));
    if (!canonical)
        return canonical.error();
    return sha256Hex(QJsonDocument(canonical.value()).toJson(QJsonDocument::Compact));
}

Result<AssessmentInfo> Seal::seal(ParxFile &file, const AssessmentInfo &assessment,
                                  const QString &author, const KeyPair *signer)
{
    AssessmentInfo sealed = assessment;
    sealed.sealedAt = Clock::nowMs();
    sealed.sealedBy = AssessmentStore::recordedAuthor(author);
    sealed.sealVersion = currentVersion;
    sealed.status = AssessmentStatus::Submitted;
    // Checked and fingerprinted inside the transaction, so that what is sealed is exactly
    // what the file holds, even if another program changed or sealed it meanwhile.
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto unsealed = AssessmentStore::requireUnsealed(db, assessment);
        if (!unsealed)
            return Error::invalid(
                tr("The self-assessment of %1 is already sealed").arg(assessment.agencyCode));
        auto intact = documentsIntact(db, assessment.uuid);
        if (!intact)
            return intact.error();
        if (!intact.value())
            return Error::unreadable(tr("A document of %1 was altered inside the file: it cannot be sealed")
                                         .arg(assessment.agencyCode));
        auto print = fingerprint(file, sealed, currentVersion, Depth::Records);
        if (!print)
            return print.error();
        sealed.sealSha256 = print.value();
        auto updated = execSql(
            db,
            QStringLiteral("UPDATE assessments SET seal_sha256 = ?, sealed_at = ?, sealed_by = ?, "
                           "seal_version = ?, status = ? WHERE uuid = ?"),
            {sealed.sealSha256, sealed.sealedAt, sealed.sealedBy, sealed.sealVersion,
             statusKey(sealed.status), sealed.uuid});
        if (!updated)
            return updated;
        if (signer) {
            auto signature = Signatures::write(db, sealed.uuid, SignatureKind::Seal, sealed.sealSha256, *signer,
                                               sealed.sealedAt);
            if (!signature)
                return signature;
        }
        return AssessmentStore::appendLog(db, {{},
                                               sealed.uuid,
                                               sealed.sealedAt,
                                               author,
                                               QStringLiteral("seal"),
                                               layerKey(Layer::Self),
                                               {},
                                               statusKey(assessment.status),
                                               sealed.sealSha256});
    });
    if (!written)
        return written.error();
    return sealed;
}

Result<SealState> Seal::verify(ParxFile &file, const AssessmentInfo &assessment, Depth depth)
{
    if (!assessment.isSealed())
        return SealState::NotSealed;
    auto print = fingerprint(file, assessment, assessment.sealVersion, depth);
    if (!print)
        return print.error();
    if (print.value() != assessment.sealSha256)
        return SealState::Tampered;
    // Version 2 hashed the bytes into the fingerprint when checked in depth.
    if (depth == Depth::Documents && assessment.sealVersion >= 3) {
        auto intact = documentsIntact(file.db(), assessment.uuid);
        if (!intact)
            return intact.error();
        if (!intact.value())
            return SealState::Tampered;
    }
    return SealState::Intact;
}

Result<SignatureCheck> Seal::signature(ParxFile &file, const AssessmentInfo &assessment)
{
    if (!assessment.isSealed())
        return SignatureCheck{};
    return Signatures::check(file.db(), assessment.uuid, SignatureKind::Seal, assessment.sealSha256);
}

QString sealStateName(SealState state)
{
    switch (state) {
    case SealState::Intact:
        return Seal::tr("intact");
    case SealState::Tampered:
        return Seal::tr("BROKEN");
    case SealState::NotSealed:
        break;
    }
    return Seal::tr("not sealed");
}

} // namespace ParScore
