#include "resultseal.h"

#include "assessmentstore.h"
#include "clock.h"
#include "sha256.h"
#include "signatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ParScore {
namespace {

Error unreadable()
{
    return Error::unreadable(ResultSeal::tr("The file cannot be read to check its signatures"));
}

// Every row of `sql` (one bound value: the assessment) as arrays of text; NULL stays null.
Result<QJsonArray> rows(QSqlDatabase &db, const QString &sql, const QString &assessment)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(assessment);
    if (!query.exec())
        return unreadable();
    QJsonArray result;
    const int columns = query.record().count();
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < columns; ++i)
            row.append(query.isNull(i) ? QJsonValue() : QJsonValue(query.value(i).toString()));
        result.append(row);
    }
    return result;
}

Result<QString> fingerprintOf(QSqlDatabase &db, const AssessmentInfo &a, const QString &kind,
                              const QStringList &queries)
{
    QJsonArray parts{kind, a.uuid, a.criteriaSha256, a.agencyCode, a.agencyName, a.group, a.year, a.sealSha256};
    if (kind == QLatin1String("parscore-final-1")) {
        // The status as the file has it now: signing happens after the change to final.
        auto status = rows(db, QStringLiteral("SELECT status FROM assessments WHERE uuid = ?"), a.uuid);
        if (!status)
            return status.error();
        parts.append(status.value());
    }
    for (const QString &sql : queries) {
        auto part = rows(db, sql, a.uuid);
        if (!part)
            return part.error();
        parts.append(part.value());
    }
    return Sha256::hex(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace

Result<SignatureCheck> ResultSeal::finalSignature(QSqlDatabase &db, const AssessmentInfo &assessment)
{
    if (assessment.status != AssessmentStatus::Final)
        return SignatureCheck{};
    return Signatures::check(db, assessment.uuid, SignatureKind::Final,
                             [&] { return finalFingerprint(db, assessment); });
}

Result<QString> ResultSeal::finalFingerprint(QSqlDatabase &db, const AssessmentInfo &assessment)
{
    return fingerprintOf(
        db, assessment, QStringLiteral("parscore-final-1"),
        {QStringLiteral("SELECT layer, kind, item, answer FROM answers WHERE assessment = ? ORDER BY layer, kind, item"),
         QStringLiteral("SELECT layer, node, text FROM notes WHERE assessment = ? ORDER BY layer, node"),
         QStringLiteral("SELECT uuid, node, text, created_at, created_by, closed_at, closed_as FROM requests "
                        "WHERE assessment = ? ORDER BY uuid"),
         QStringLiteral("SELECT s.uuid, s.request, s.text, s.created_at, s.created_by FROM responses s "
                        "JOIN requests r ON r.uuid = s.request WHERE r.assessment = ? ORDER BY s.uuid"),
         QStringLiteral("SELECT e.response, e.sha256, e.name, e.mime_type, e.effective_date FROM response_evidence e "
                        "JOIN responses s ON s.uuid = e.response JOIN requests r ON r.uuid = s.request "
                        "WHERE r.assessment = ? ORDER BY e.response, e.sha256")});
}

Result<QString> ResultSeal::appraisalFingerprint(QSqlDatabase &db, const AssessmentInfo &assessment)
{
    return fingerprintOf(
        db, assessment, QStringLiteral("parscore-appraisal-1"),
        {QStringLiteral("SELECT layer, kind, item, answer FROM answers WHERE assessment = ? AND layer <> 'self' "
                        "ORDER BY layer, kind, item"),
         QStringLiteral("SELECT layer, node, text FROM notes WHERE assessment = ? AND layer <> 'self' "
                        "ORDER BY layer, node")});
}

Result<int> ResultSeal::signAppraisals(ParxFile &file, const KeyPair &signer)
{
    auto inspectors = AssessmentStore::requireInspectorFile(file);
    if (!inspectors)
        return inspectors.error();
    auto all = AssessmentStore(file).list();
    if (!all)
        return all.error();
    int signedCount = 0;
    const qint64 now = Clock::nowMs();
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        for (const AssessmentInfo &assessment : all.value()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM answers WHERE assessment = ? AND layer <> 'self') "
                                         "OR EXISTS (SELECT 1 FROM notes WHERE assessment = ? AND layer <> 'self')"));
            query.addBindValue(assessment.uuid);
            query.addBindValue(assessment.uuid);
            if (!query.exec() || !query.next())
                return unreadable();
            if (!query.value(0).toBool() || !assessment.isSealed())
                continue;
            auto fingerprint = appraisalFingerprint(db, assessment);
            if (!fingerprint)
                return fingerprint.error();
            auto stored = Signatures::write(db, assessment.uuid, SignatureKind::Appraisal, fingerprint.value(), signer, now);
            if (!stored)
                return stored;
            ++signedCount;
        }
        if (signedCount == 0)
            return Error::invalid(tr("The file holds no appraisal to sign"));
        return true;
    });
    if (!written)
        return written.error();
    return signedCount;
}

} // namespace ParScore
