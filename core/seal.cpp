#include "seal.h"

#include "assessmentstore.h"
#include "clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ParScore {
namespace {

Result<QJsonArray> rows(QSqlDatabase &db, const QString &sql, const QString &assessment,
                        int columns)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(assessment);
    if (!query.exec())
        return Error::unreadable(Seal::tr("The file cannot be read to check its seal"));
    QJsonArray result;
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i).toString());
        result.append(row);
    }
    return result;
}

} // namespace

Result<QString> Seal::fingerprint(ParxFile &file, const AssessmentInfo &assessment)
{
    QSqlDatabase &db = file.db();
    // Each part in a fixed order with an ORDER BY, so the same content always gives the
    // same bytes. Evidence contributes the SHA-256 recomputed from its stored bytes.
    auto answers =
        rows(db,
             QStringLiteral(
                 "SELECT kind, item, answer FROM answers WHERE assessment = ? AND layer = 'self' "
                 "ORDER BY kind, item"),
             assessment.uuid, 3);
    auto notes =
        rows(db,
             QStringLiteral("SELECT node, text FROM notes WHERE assessment = ? AND layer = 'self' "
                            "ORDER BY node"),
             assessment.uuid, 2);
    auto links = rows(
        db,
        QStringLiteral(
            "SELECT sha256, node FROM evidence_links WHERE assessment = ? ORDER BY sha256, node"),
        assessment.uuid, 2);
    if (!answers || !notes || !links)
        return Error::unreadable(tr("The file cannot be read to check its seal"));

    QJsonArray documents;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT e.sha256, e.name, IFNULL(e.effective_date, ''), b.data FROM evidence e "
        "LEFT JOIN blobs b ON b.sha256 = e.sha256 WHERE e.assessment = ? ORDER BY e.sha256"));
    query.addBindValue(assessment.uuid);
    if (!query.exec())
        return Error::unreadable(tr("The file cannot be read to check its seal"));
    while (query.next()) {
        const QByteArray content = query.value(3).toByteArray();
        documents.append(QJsonArray{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())});
    }
    const QJsonArray canonical{QStringLiteral("parscore-seal-2"),
                               assessment.uuid,
                               assessment.criteriaSha256,
                               assessment.agencyCode,
                               assessment.agencyName,
                               assessment.group,
                               assessment.year,
                               answers.value(),
                               notes.value(),
                               documents,
                               links.value()};
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<AssessmentInfo> Seal::seal(ParxFile &file, const AssessmentInfo &assessment,
                                  const QString &author)
{
    AssessmentInfo sealed = assessment;
    sealed.sealedAt = Clock::nowMs();
    sealed.sealedBy = AssessmentStore::recordedAuthor(author);
    sealed.status = AssessmentStatus::Submitted;
    // Checked and fingerprinted inside the transaction, so that what is sealed is exactly
    // what the file holds, even if another program changed or sealed it meanwhile.
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto unsealed = AssessmentStore::requireUnsealed(db, assessment);
        if (!unsealed)
            return Error::invalid(
                tr("The self-assessment of %1 is already sealed").arg(assessment.agencyCode));
        auto print = fingerprint(file, assessment);
        if (!print)
            return print.error();
        sealed.sealSha256 = print.value();
        auto updated = execSql(
            db,
            QStringLiteral("UPDATE assessments SET seal_sha256 = ?, sealed_at = ?, sealed_by = ?, "
                           "status = ? WHERE uuid = ?"),
            {sealed.sealSha256, sealed.sealedAt, sealed.sealedBy, statusKey(sealed.status),
             sealed.uuid});
        if (!updated)
            return updated;
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

Result<SealState> Seal::verify(ParxFile &file, const AssessmentInfo &assessment)
{
    if (!assessment.isSealed())
        return SealState::NotSealed;
    auto print = fingerprint(file, assessment);
    if (!print)
        return print.error();
    return print.value() == assessment.sealSha256 ? SealState::Intact : SealState::Tampered;
}

} // namespace ParScore
