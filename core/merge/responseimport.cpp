#include "responseimport.h"

#include "blobstream.h"

namespace ParScore {

using namespace MergeRows;

namespace {

// Rows as text, NULL told apart from "": the two sides are read through different drivers,
// whose values of one column need not be of one type.
QStringList comparable(const Rows &rows)
{
    QStringList values;
    for (const QVariantList &row : rows)
        for (const QVariant &value : row)
            values.append(value.isNull() ? QStringLiteral("\x01") : value.toString());
    return values;
}

} // namespace

Result<bool> ResponseImport::run(const QString &province, const QString &targetProvince, MergeReport &report)
{
    if (province != targetProvince)
        return Error::invalid(tr("the response is for another province file"));
    auto responses = select(m_source,
                            QStringLiteral("SELECT uuid, request, text, created_at, created_by FROM responses "
                                           "ORDER BY request"),
                            {}, 5);
    if (!responses)
        return responses.error();
    const QString documentsSql = QStringLiteral("SELECT sha256, name, mime_type, effective_date FROM "
                                                "response_evidence WHERE response = ? ORDER BY sha256");
    int taken = 0;
    for (const QVariantList &response : responses.value()) {
        const QString uuid = response[0].toString();
        const QString requestUuid = response[1].toString();
        auto request = m_target.rows(QStringLiteral("SELECT r.assessment, r.node, r.closed_as, a.status, a.agency_code "
                                                    "FROM requests r JOIN assessments a ON a.uuid = r.assessment "
                                                    "WHERE r.uuid = ?"),
                                     {requestUuid}, 5);
        if (!request)
            return request.error();
        if (request.value().isEmpty())
            continue; // not a request of this province file: not taken
        const QVariantList &held = request.value().constFirst();
        const QString assessment = held[0].toString();
        const QString agency = held[4].toString();
        if (held[3].toString() == statusKey(AssessmentStatus::Final))
            return Error::invalid(tr("the result of %1 is final: its response is no longer taken").arg(agency));
        auto documents = select(m_source, documentsSql, {uuid}, 4);
        if (!documents)
            return documents.error();
        auto existing = m_target.rows(QStringLiteral("SELECT uuid, text FROM responses WHERE request = ?"),
                                      {requestUuid}, 2);
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty()) {
            auto heldDocuments = m_target.rows(documentsSql, {existing.value().constFirst()[0]}, 4);
            if (!heldDocuments)
                return heldDocuments.error();
            const QVariantList &before = existing.value().constFirst();
            if (before[0].toString() != uuid || before[1].toString() != response[2].toString()
                || comparable(heldDocuments.value()) != comparable(documents.value()))
                return Error::invalid(tr("%1 already responded to the request on item %2 differently: a second "
                                         "response is not taken")
                                          .arg(agency, held[1].toString()));
            ++report.unchanged;
            continue;
        }
        if (!held[2].isNull())
            return Error::invalid(tr("the request to %1 on item %2 was closed unanswered").arg(agency, held[1].toString()));
        auto inserted = m_target.exec(QStringLiteral("INSERT INTO responses (uuid, request, text, created_at, created_by) "
                                                     "VALUES (?, ?, ?, ?, ?)"),
                                      response);
        if (!inserted)
            return inserted;
        for (const QVariantList &document : documents.value()) {
            const QString sha256 = document[0].toString();
            auto stored = m_target.rows(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256}, 1);
            if (!stored)
                return stored.error();
            if (stored.value().isEmpty()) {
                auto copied = BlobStream::copy(m_source, m_target.db(), sha256);
                if (!copied)
                    return m_target.failedWith(copied.error());
                if (!copied.value())
                    return Error::invalid(tr("the response's document %1 does not match its fingerprint").arg(sha256.left(12)));
            }
            auto row = m_target.exec(QStringLiteral("INSERT INTO response_evidence (response, sha256, name, mime_type, "
                                                    "effective_date) VALUES (?, ?, ?, ?, ?)"),
                                     {uuid, sha256, document[1], document[2], document[3]});
            if (!row)
                return row;
        }
        auto logged = m_target.appendLog({{}, assessment, m_now, m_author, QStringLiteral("response"), {},
                                          held[1].toString(), {}, response[2].toString()});
        if (!logged)
            return logged;
        report.responses.append({m_sourcePath, assessment, agency, requestUuid, held[1].toString()});
        ++taken;
    }
    if (taken == 0 && report.unchanged == 0)
        return Error::invalid(tr("the file holds no response to a request of this province file"));
    return true;
}

} // namespace ParScore
